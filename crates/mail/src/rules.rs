//! From a message's text to events: which amounts are credits, and of what.
//!
//! The rules work on cues (from the phrase tables), amounts, dates and
//! order ids found in the text, and on the segment (sentence or line) each
//! sits in. Roughly:
//!
//! * an amount on an order-summary line after a credit label ("Gift Card
//!   Amount: -$10.00") is a **redeem**;
//! * an amount after "instead of", "total", "balance is" or inside "of $10
//!   or more" is never the credit;
//! * otherwise an amount in a sentence that speaks of a credit (a credit
//!   word or a program name, there or next door) is, by the cues of its
//!   sentence: excluded (donated, refunded, refused), a **notice**
//!   (reminder), an **offer** (conditional marketing), a **promise**
//!   (future: "once your order ships"), or a **grant** (past: "added",
//!   "earned"; or a "Benefit: $2 credit" line in a message that says
//!   something was given, or a "Reward: $1 / Expires: …" statement in a
//!   message that neither sells, promises, reminds nor bills);
//! * more than three such labelled amounts are a price list, not credits;
//! * quoted text (after "Original Message", lines starting with `>`) is not
//!   the sender's word and yields nothing;
//! * program, expiry, order id and categories are the ones nearest the amount;
//! * promo codes and Kindle points are read from their own cues.
//!
//! Nothing here is a template: see docs/notes/mail.md for the reasoning.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use unspent_core::date::{DateError, scan_dates, weekday_prefix_len};
use unspent_core::marketplace::DateOrder;
use unspent_core::{Category, Currency, Date, Event, EventKind, Marketplace, Money, ProblemKind, ProgramId};

use crate::phrases::{Cue, Hit, Phrases, Program, Strength};
use crate::text::{Doc, is_list_item};

/// What the rules know besides the text.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub marketplace: Option<Marketplace>,
    /// What a bare `$` means when it is not the US or Canadian dollar.
    pub dollar: Option<Currency>,
    /// The message's date, UTC.
    pub occurred_on: Option<Date>,
    /// The sender's address (already judged to be Amazon's): its mailbox and
    /// subdomain may name a program (`panel@amazon.co.uk`,
    /// `tradein-notifications@amazon.com`), a hint when the text names none.
    pub sender: Option<String>,
}

/// The events read, in order of where they are anchored in the text, and
/// what could not be read.
#[derive(Debug, Default)]
pub struct Findings {
    pub events: Vec<Event>,
    pub problems: Vec<(ProblemKind, String)>,
    /// The text says a credit was given but no credit could be read from
    /// it: another rendering of the message (its HTML part) may say more.
    pub says_more_elsewhere: bool,
}

pub fn read(doc: &Doc, ctx: &Context) -> Findings {
    Facts::new(doc, ctx).events()
}

/// What the rules saw, segment by segment: for `unspent_mail::explain`.
pub fn explain(doc: &Doc, ctx: &Context) -> String {
    let facts = Facts::new(doc, ctx);
    let mut out = String::new();
    for (i, range) in doc.segments.iter().enumerate() {
        out.push_str(&format!("[{i}] {:?}\n", &doc.text[range.clone()]));
        let cues: Vec<String> = facts
            .hits
            .iter()
            .filter(|h| doc.segment_of(h.start) == i)
            .map(|h| format!("{:?}({})", h.cue, &doc.text[h.start..h.end]))
            .collect();
        if !cues.is_empty() {
            out.push_str(&format!("      cues: {}\n", cues.join(" ")));
        }
        for (a, role) in facts.amounts.iter().zip(&facts.roles).filter(|(a, _)| a.seg == i) {
            out.push_str(&format!("      amount {} {:?} kind {:?}\n", a.money, role, facts.kind_of(a)));
        }
        for e in facts.expiries.iter().filter(|e| e.seg == i) {
            out.push_str(&format!("      expiry {:?}\n", e.date));
        }
    }
    out.push_str(&format!(
        "message: excluded={} out_of_scope={} notice={} gift_outgoing={} grant_context={} statement_only={}\n",
        facts.excluded,
        facts.out_of_scope,
        facts.notice,
        facts.gift_outgoing,
        facts.grant_context,
        facts.statement_only
    ));
    out
}

/// Whether an event of this kind and program keeps the order id written
/// near it. A No-Rush reward is earned by its order, and a promise is
/// about the order it waits on; other credits merely mention the order
/// that was late or bought something (every labelled set we measure
/// against leaves their order id empty).
fn keeps_order(kind: Kind, program: Program) -> bool {
    match kind {
        Kind::Grant | Kind::Stated => program == Program::NoRush,
        Kind::Promise | Kind::Offer | Kind::Notice => {
            matches!(program, Program::NoRush | Program::Promotional | Program::KindleRewards | Program::PromoCode)
        }
    }
}

/// Programs that name where a credit lands rather than where it came from:
/// they yield to any other program the message names.
fn destination(program: Program) -> bool {
    program == Program::GiftCard
}

#[derive(Clone, Debug)]
struct Amount {
    range: Range<usize>,
    money: Money,
    /// Written with a minus sign (or in parentheses) attached.
    negative: bool,
    /// Written with a plus sign attached ("+1,00 €", "+$1.00"): money put
    /// on the account, as a statement line writes it.
    plus: bool,
    seg: usize,
    /// A count of Amazon Coins (one coin is one minor unit).
    coins: bool,
}

#[derive(Clone, Debug)]
struct Expiry {
    at: usize,
    seg: usize,
    text: String,
    date: Result<Date, DateError>,
    /// Found after a word that may end anything ("until", "before").
    weak: bool,
}

#[derive(Clone, Debug)]
struct OrderId {
    at: usize,
    id: String,
}

impl SegCues {
    /// The segment says something was given: a grant word, a conversion, or
    /// a weaker sign (or a present tense) in a sentence that neither sells
    /// nor promises; a present tense also not under a condition ("if you …").
    fn given(&self) -> bool {
        self.strongly_given()
            || (self.grant_weak && self.plain())
            || (self.grant_present && self.plain() && !self.conditional)
    }

    /// Given in so many words ("added", "earned"), not only by a weak sign.
    fn strongly_given(&self) -> bool {
        self.grant || self.conversion || self.gift_in
    }

    /// Neither selling, promising nor reminding.
    fn plain(&self) -> bool {
        !self.promise && !self.promise_strong && !self.offer && !self.notice_strong
    }

    /// The cues of a list item read together with its lead-in sentence.
    fn with_lead_in(self, lead: SegCues) -> SegCues {
        SegCues {
            conditional: self.conditional || lead.conditional,
            usage: self.usage || lead.usage,
            grant: self.grant || lead.grant,
            grant_weak: self.grant_weak || lead.grant_weak,
            grant_present: self.grant_present || lead.grant_present,
            conversion: self.conversion || lead.conversion,
            promise: self.promise || lead.promise,
            promise_strong: self.promise_strong || lead.promise_strong,
            offer: self.offer || lead.offer,
            notice: self.notice || lead.notice,
            notice_strong: self.notice_strong || lead.notice_strong,
            exclude_message: self.exclude_message || lead.exclude_message,
            exclude_segment: self.exclude_segment || lead.exclude_segment,
            gift_out: self.gift_out || lead.gift_out,
            gift_in: self.gift_in || lead.gift_in,
            credit: self.credit || lead.credit,
            program: self.program || lead.program,
            eligible: self.eligible,
            rate: self.rate,
            price: self.price,
            expiry: self.expiry,
            deal: self.deal,
            price_label: self.price_label,
            strong_program: self.strong_program,
            summed: self.summed,
            points: self.points,
            conversion_later: self.conversion_later,
        }
    }
}

/// Which cues a segment carries.
#[derive(Clone, Copy, Debug, Default)]
struct SegCues {
    conditional: bool,
    usage: bool,
    grant: bool,
    grant_weak: bool,
    grant_present: bool,
    conversion: bool,
    promise: bool,
    promise_strong: bool,
    offer: bool,
    notice: bool,
    notice_strong: bool,
    exclude_message: bool,
    exclude_segment: bool,
    gift_out: bool,
    gift_in: bool,
    credit: bool,
    program: bool,
    eligible: bool,
    rate: bool,
    price: bool,
    expiry: bool,
    /// Also written, for rules that ask of a whole segment (no rescans).
    deal: bool,
    price_label: bool,
    strong_program: bool,
    summed: bool,
    points: bool,
    conversion_later: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Free,
    Redeem(Program),
    /// Not the credit: a price, a superseded quote.
    Context,
    /// A balance seen ("you have $12.00 in credits"): only ever a notice.
    Balance,
    /// A minimum basket ("on orders of $40 or more").
    Minimum,
    /// A ceiling ("up to $10"): only ever an offer.
    Ceiling,
}

/// How far from a credit its program may be named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// Its own sentence and the subject.
    Own,
    /// Anywhere, nearer counting more.
    Message,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Grant,
    /// A grant read from a label and its value ("Benefit: $2 credit") in a
    /// message that says something was given, rather than from a sentence.
    Stated,
    Promise,
    Offer,
    Notice,
}

struct Candidate {
    kind: Kind,
    amount: Amount,
    /// Said to be given only by a weak sign ("you now have $5.00 in rewards").
    weak: bool,
    /// An item of a list whose lead-in says what the items are.
    listed: bool,
    /// A labelled amount that only the subject says is a credit.
    by_subject: bool,
}

struct Facts<'a> {
    doc: &'a Doc,
    ctx: &'a Context,
    /// Every cue, sorted by position.
    hits: Vec<Hit>,
    /// The hits of each segment: `hits[seg_hits[s].clone()]`.
    seg_hits: Vec<Range<usize>>,
    /// The program cues, with their segments.
    programs: Vec<(usize, Program, Strength)>,
    /// Where quoted text ("-----Original Message-----") begins.
    quote_from: Option<usize>,
    seg: Vec<SegCues>,
    amounts: Vec<Amount>,
    roles: Vec<Role>,
    /// Whether each amount is the credit its clause speaks of (`bind_amounts`).
    bound: Vec<bool>,
    expiries: Vec<Expiry>,
    orders: Vec<OrderId>,
    problems: Vec<(ProblemKind, String)>,
    /// Message-wide: the subject or a sentence says the credit was not the user's.
    excluded: bool,
    /// Message-wide: about another Amazon business's credits (AWS, Audible):
    /// nothing in it is a store credit, given or spent.
    out_of_scope: bool,
    /// Message-wide: the subject calls it a summary or a statement.
    summary: bool,
    /// Message-wide: a summary, or the subject names a balance ("Your
    /// Amazon gift card balance"): its dated rows are the account's history.
    statement: bool,
    /// Message-wide: a reminder, not news.
    notice: bool,
    /// Message-wide: a gift card sent to someone else (and none received).
    gift_outgoing: bool,
    /// Message-wide: some sentence says something was given.
    grant_context: bool,
    /// Message-wide: nothing says "given", but labelled amounts and an
    /// expiry state a credit ("Reward: $1.00 / Expires: June 30").
    statement_only: bool,
    kindle: bool,
    /// The programs the sender's address names (each once).
    sender_programs: Vec<Program>,
    /// Message-wide: a credit word or a program's name is written somewhere.
    speaks_of_credit: bool,
}

/// An order id, set off by anything but ASCII letters and digits: written
/// right after a Japanese word too ("注文番号503-…の特典").
static ORDER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:\d{3}|D\d{2})-\d{7}-\d{7}(?-u:\b)").expect("order id regex compiles"));
/// Words that, right after a credit, introduce what it is for.
const FOR_WORDS: &[&str] = &["for", "towards", "toward", "on", "für", "pour", "sur", "en"];

static SUFFIX_DOLLAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d$.,])((?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:,\d{2})?\s?\$)").expect("dollar suffix regex compiles")
});
static COINS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3}(?:,\d{3})+|\d+)\s*(?:amazon\s*)?(?:coins?\b|コイン)").expect("coins regex compiles")
});
/// A word of 5 to 24 capitals and digits standing alone (not part of a
/// dashed claim code or order id).
static CODE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(\x22'“«「])([A-Z0-9]{5,24})(?:$|[\s,.;:!?)\x22'”»」])").expect("code token regex compiles")
});
static PERCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{1,3})(?:[.,]\d+)?\s?%").expect("percent regex compiles"));

impl<'a> Facts<'a> {
    fn new(doc: &'a Doc, ctx: &'a Context) -> Facts<'a> {
        let mut hits = Phrases::builtin().find(&doc.folded);
        future_grants_are_promises(&mut hits, doc);
        let mut seg = vec![SegCues::default(); doc.segments.len()];
        let mut seg_hits = vec![0..0; doc.segments.len()];
        let mut programs = Vec::new();
        for (i, hit) in hits.iter().enumerate() {
            let index = doc.segment_of(hit.start);
            let range = &mut seg_hits[index];
            if range.start == range.end {
                *range = i..i + 1;
            } else {
                range.end = i + 1;
            }
            if let Cue::Program(program, strength) = hit.cue
                && !named_inside_longer(&hits, i)
            {
                programs.push((index, program, strength));
            }
            let s = &mut seg[index];
            match hit.cue {
                Cue::Grant => s.grant = true,
                Cue::GrantWeak => s.grant_weak = true,
                Cue::GrantPresent => s.grant_present = true,
                Cue::Usage => s.usage = true,
                Cue::Conditional => s.conditional = true,
                Cue::Conversion => s.conversion = true,
                Cue::ConversionLater => {
                    s.promise = true;
                    s.conversion_later = true;
                }
                Cue::Deal => s.deal = true,
                Cue::PriceLabel => s.price_label = true,
                Cue::Aggregate | Cue::Running => s.summed = true,
                Cue::Points => s.points = true,
                Cue::Promise => s.promise = true,
                Cue::PromiseStrong => s.promise_strong = true,
                Cue::Offer => s.offer = true,
                Cue::Notice => s.notice = true,
                Cue::NoticeStrong => s.notice_strong = true,
                Cue::ExcludeMessage | Cue::OutOfScope => s.exclude_message = true,
                Cue::ExcludeSegment => s.exclude_segment = true,
                Cue::GiftOutgoing => s.gift_out = true,
                Cue::GiftIncoming => s.gift_in = true,
                // A claim code is a gift card's: it speaks of a credit.
                Cue::Credit | Cue::ClaimCode => s.credit = true,
                Cue::Program(_, strength) => {
                    s.program = true;
                    s.strong_program |= strength == Strength::Strong;
                }
                Cue::Eligible => s.eligible = true,
                Cue::Rate => s.rate = true,
                Cue::Price => s.price = true,
                Cue::Expiry | Cue::ExpiryWeak | Cue::ExpiryAfter => s.expiry = true,
                _ => {}
            }
        }
        let order = ctx.marketplace.map_or(DateOrder::Ambiguous, |m| m.date_order());
        let mut facts = Facts {
            doc,
            ctx,
            quote_from: hits.iter().find(|h| h.cue == Cue::Forward).map(|h| h.start),
            hits,
            seg_hits,
            programs,
            seg,
            amounts: Vec::new(),
            roles: Vec::new(),
            bound: Vec::new(),
            expiries: Vec::new(),
            orders: Vec::new(),
            problems: Vec::new(),
            excluded: false,
            out_of_scope: false,
            summary: false,
            statement: false,
            notice: false,
            gift_outgoing: false,
            grant_context: false,
            statement_only: false,
            kindle: false,
            speaks_of_credit: false,
            sender_programs: Vec::new(),
        };
        if let Some(sender) = &ctx.sender {
            let address = crate::text::fold(sender);
            for hit in Phrases::builtin().find(&address) {
                if let Cue::Program(program, _) = hit.cue
                    && !facts.sender_programs.contains(&program)
                    && !destination(program)
                {
                    facts.sender_programs.push(program);
                }
            }
        }
        facts.scan_amounts();
        facts.summary = facts.is_summary();
        facts.statement =
            facts.summary || facts.hits_in(0).iter().any(|h| matches!(h.cue, Cue::Balance | Cue::BalanceNoun));
        facts.roles = (0..facts.amounts.len()).map(|i| facts.role(i)).collect();
        facts.bound = facts.bind_amounts();
        facts.scan_expiries(order);
        facts.orders =
            ORDER_ID.find_iter(&doc.text).map(|m| OrderId { at: m.start(), id: m.as_str().to_string() }).collect();
        facts.message_flags();
        facts
    }

    fn message_flags(&mut self) {
        let subject = self.seg[0];
        // "Your credit expires soon", or "Your $5 credit expires March 5" with no word of it being added.
        self.notice = subject.notice || subject.notice_strong || (subject.expiry && !subject.grant);
        // Said about the credit (not in a policy's "if …"): the whole message adds nothing.
        let with_amount: HashSet<usize> = self.amounts.iter().map(|a| a.seg).collect();
        self.excluded = self.seg.iter().enumerate().any(|(i, s)| {
            s.exclude_message
                && !s.conditional
                && (i == 0 || s.grant || s.program || s.credit || with_amount.contains(&i))
        });
        self.out_of_scope = self.hits.iter().any(|h| {
            let seg = self.doc.segment_of(h.start);
            let s = self.seg[seg];
            h.cue == Cue::OutOfScope
                && !self.quoted(h.start)
                && (seg == 0 || s.grant || s.program || s.credit || with_amount.contains(&seg))
        });
        self.gift_outgoing = self.seg.iter().any(|s| s.gift_out) && !self.seg.iter().any(|s| s.gift_in);
        // Said of a credit (or of the one the sentence before names: "# $5.00
        // Prime Video credit" / "has been added to your account.", "It has been
        // added …"), not "Sales tax is collected in states that require it".
        let of_a_credit = |i: usize| {
            let s = &self.seg[i];
            let previous = |i: usize| i > 1 && (self.seg[i - 1].credit || self.seg[i - 1].program);
            s.credit || s.program || s.gift_in || with_amount.contains(&i) || (previous(i) && self.refers_back(i))
        };
        let says_given = self.seg.iter().enumerate().any(|(i, s)| {
            s.given() && !s.exclude_message && !s.exclude_segment && (s.grant || !s.offer) && of_a_credit(i)
        });
        // A bare statement ("Reward: $1.00 / Expires: March 31") in a message
        // that neither sells, promises, reminds nor bills says a credit is there.
        // A sentence on how the credit is used ("it is taken off your next
        // purchase automatically") neither sells nor promises.
        let statement = !self.expiries.is_empty()
            && !self.seg.iter().enumerate().any(|(i, s)| {
                let sells = s.offer || s.promise || s.promise_strong || s.notice || s.notice_strong || s.price;
                let describes_use = s.usage && !with_amount.contains(&i);
                sells && !describes_use
            });
        self.grant_context = says_given;
        self.statement_only = statement && !says_given;
        self.kindle = self.hits.iter().any(|h| matches!(h.cue, Cue::Program(Program::KindleRewards, Strength::Strong)))
            || self.points_named_by_owner();
        self.speaks_of_credit = self.seg.iter().any(|s| s.credit)
            || self.hits.iter().any(|h| matches!(h.cue, Cue::Program(_, Strength::Strong)));
    }

    /// "Your Kindle purchase earned 29 points", "Double points on your
    /// Kindle purchase": points named with their programme's short name in
    /// one segment (not beside a card's name, "Prime Visa"); Kindle Rewards
    /// is not run on amazon.co.jp, whose own points are out of scope.
    fn points_named_by_owner(&self) -> bool {
        if self.ctx.marketplace == Some(Marketplace::Jp) {
            return false;
        }
        (0..self.seg.len()).any(|i| {
            let hits = self.hits_in(i);
            hits.iter().any(|h| h.cue == Cue::PointsOwner)
                && hits.iter().any(|h| h.cue == Cue::Points)
                && !hits.iter().any(|h| h.cue == Cue::NotCredit)
        })
    }

    /// Whether a segment turns points into the credit it states ("300
    /// points redeemed -> $3.00 Kindle credit"), in a message naming the
    /// points as Kindle's (never on amazon.co.jp; see `points_named_by_owner`).
    fn points_converted(&self, seg: usize) -> bool {
        let hits = self.hits_in(seg);
        hits.iter().any(|h| h.cue == Cue::Conversion)
            && hits.iter().any(|h| h.cue == Cue::Points)
            && self.points_named_by_owner()
    }

    /// A summary or a statement: said so in the subject, or a summary of a
    /// period in the subject or a short heading ("Your monthly Kindle Rewards
    /// summary", "February summary").
    fn is_summary(&self) -> bool {
        // "February summary", not "your Amazon Day summary for March 11" (a date).
        let a_period = |h: &Hit| {
            let after = self.doc.text[h.end..].trim_start_matches([' ', '.']);
            h.cue == Cue::Period && !after.starts_with(|c: char| c.is_ascii_digit())
        };
        let of_period = |seg: usize| {
            let hits = self.hits_in(seg);
            hits.iter().any(|h| h.cue == Cue::SummaryOfPeriod) && hits.iter().any(a_period)
        };
        let heading = |seg: usize| {
            let text = &self.doc.text[self.doc.segments[seg].clone()];
            short(text, 48) && !is_sentence(text) && self.amounts_of(seg).is_empty()
        };
        self.hits_in(0).iter().any(|h| h.cue == Cue::Summary)
            || of_period(0)
            || (1..self.seg.len().min(12)).any(|i| heading(i) && of_period(i))
    }

    /// "Your Shopper Panel reward" / "February receipts (12 at 10p each):
    /// £1.20": the subject names what a labelled amount at the top of the
    /// body is, when no sentence comes between them.
    fn subject_heads(&self, amount: &Amount) -> bool {
        // A sentence, or a heading of the body's own ("Package details": a
        // short line that is neither a label, a greeting nor a value), comes between.
        let between = |i: usize| {
            let text = self.doc.text[self.doc.segments[i].clone()].trim();
            let heading = !text.is_empty()
                && !text.ends_with([',', ':', '：', '、'])
                && !text.contains(['\t', ':', '：'])
                && !ORDER_ID.is_match(text)
                && self.amounts_of(i).is_empty();
            is_sentence(text) || heading
        };
        self.seg[0].credit && amount.seg <= 3 && self.labelled(amount) && !(1..amount.seg).any(between)
    }

    /// "Your £20.00 gift card has been applied to your account": a card the
    /// user redeemed, which its own e-mail (or the card itself) already
    /// gave; unless someone is said to have sent it ("sent you", "a gift
    /// from") or the message holds its claim code.
    fn gift_card_redeemed(&self) -> bool {
        let applied_in = |i: usize, after: usize| {
            let hits = self.hits_in(i);
            hits.iter().any(|h| h.cue == Cue::Used && h.start >= after)
                && hits.iter().any(|h| matches!(h.cue, Cue::Program(Program::GiftCard, Strength::Strong)))
        };
        // "Sie haben einen Geschenkgutschein über 25,00 € eingelöst": a
        // sentence whose own verb, after the words of receiving, is a use.
        let received_in = |i: usize| {
            let first = self.hits_in(i).iter().find(|h| h.cue == Cue::GiftIncoming).map(|h| h.end);
            first.is_some_and(|end| !applied_in(i, end))
        };
        let received = (0..self.seg.len()).any(received_in) || self.hits.iter().any(|h| h.cue == Cue::ClaimCode);
        let applied = (0..self.seg.len()).any(|i| applied_in(i, 0));
        applied && !received
    }

    /// "This device comes with a $10.00 Prime Video credit. We'll add it to
    /// your account once the device ships.": a credit named in a sentence
    /// that says nothing of it, then given or promised in the next one,
    /// which speaks of it again ("it", "the credit") and names no amount.
    fn told_next(&self, amount: &Amount) -> Option<Kind> {
        let next = amount.seg + 1;
        if amount.seg == 0
            || next >= self.seg.len()
            || !(self.bound_at(amount) || self.named_again_next(amount))
            || !self.amounts_of(next).is_empty()
        {
            return None;
        }
        let s = self.seg[next];
        let again = self.refers_back(next) || self.names_again(next) || self.named_again_next(amount);
        if !again || s.exclude_segment || s.exclude_message {
            return None;
        }
        if s.promise_strong || (s.promise && !s.conditional && !s.offer) {
            Some(Kind::Promise)
        } else if s.strongly_given() && s.plain() {
            Some(Kind::Grant)
        } else {
            None
        }
    }

    /// Whether a segment names again something said before: "it", "them",
    /// or a credit word after "the", "this", "that" ("We'll add the credit").
    fn names_again(&self, seg: usize) -> bool {
        let range = self.doc.segments[seg].clone();
        let folded = &self.doc.folded[range.start..char_floor(&self.doc.folded, range.end.min(range.start + 240))];
        let pronoun = folded
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| ["it", "them", "es", "ihn", "sie", "le", "la", "les"].contains(&w));
        pronoun
            || self.hits_within(range.clone()).any(|h| {
                h.cue == Cue::Credit && {
                    let before = self.doc.folded[range.start..h.start].trim_end();
                    [
                        "the", "this", "that", "these", "der", "die", "das", "diese", "dieser", "le", "la", "ce",
                        "cet", "cette",
                    ]
                    .iter()
                    .any(|d| before.ends_with(d) && !before[..before.len() - d.len()].ends_with(char::is_alphanumeric))
                }
            })
    }

    /// Whether the next segment opens by naming this amount again: it is
    /// the last amount of its own ("… at 10p each … came to £5.00. That
    /// amount has been credited").
    fn named_again_next(&self, amount: &Amount) -> bool {
        let next = amount.seg + 1;
        next < self.seg.len()
            && self.amounts_of(amount.seg).last().is_some_and(|a| a.range == amount.range)
            && self.names_amount_again(next)
    }

    /// Whether a segment opens by naming the amount of the one before:
    /// "came to £5.00. That amount has been credited …", "Dieser Betrag
    /// wurde …", "Ce montant a été …", "この金額は…". The next sentence then
    /// says what that amount is, as a credit word beside it would.
    fn names_amount_again(&self, seg: usize) -> bool {
        let range = self.doc.segments[seg].clone();
        let end = char_floor(&self.doc.folded, range.end.min(range.start + 48)).max(range.start);
        let folded = self.doc.folded.get(range.start..end).unwrap_or("").trim_start();
        [
            "that amount",
            "this amount",
            "the amount",
            "that sum",
            "this sum",
            "dieser betrag",
            "diesen betrag",
            "der betrag",
            "den betrag",
            "ce montant",
            "cette somme",
            "le montant",
            "この金額",
            "その金額",
        ]
        .iter()
        .any(|p| folded.starts_with(p))
    }

    /// Whether a segment goes on about what the one before named: it starts
    /// in lower case (a sentence broken after its subject) or with a pronoun.
    fn refers_back(&self, seg: usize) -> bool {
        let text = self.doc.text[self.doc.segments[seg].clone()].trim_start();
        let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        text.chars().next().is_some_and(char::is_lowercase)
            || [
                "it", "this", "they", "these", "es", "sie", "dieser", "diese", "il", "elle", "ils", "elles", "ce",
                "cet", "cette",
            ]
            .contains(&first.as_str())
            || text.starts_with(['こ', 'そ'])
    }

    fn scan_amounts(&mut self) {
        let text = &self.doc.text;
        for (range, money) in Money::scan(text, self.ctx.marketplace) {
            // The scanner may take the white space before a sign or symbol.
            let lead = text[range.clone()].len() - text[range.clone()].trim_start().len();
            let range = range.start + lead..range.end;
            let written = &text[range.clone()];
            if foreign_dollar(text, &range) {
                let seg = self.doc.segment_of(range.start);
                if self.seg[seg].grant || self.seg[seg].credit {
                    self.problems.push((
                        ProblemKind::Unknown,
                        format!("the amount `{}` is in a currency unspent does not know", written.trim()),
                    ));
                }
                continue;
            }
            let money = match self.ctx.dollar {
                Some(dollar) if bare_dollar(written) => Money::from_minor(money.minor(), dollar),
                _ => money,
            };
            let negative = (money.is_negative() && !detached_sign(written)) || bracketed_value(text, &range);
            let plus = written.starts_with('+') || text[..range.start].ends_with('+');
            self.amounts.push(Amount {
                seg: self.doc.segment_of(range.start),
                range,
                money: money.abs(),
                negative,
                plus,
                coins: false,
            });
        }
        self.scan_dollar_suffixes();
        self.scan_coins();
        let amounts = std::mem::take(&mut self.amounts);
        self.amounts = amounts.into_iter().filter(|a| !self.quoted(a.range.start)).collect();
        self.amounts.sort_by_key(|a| a.range.start);
    }

    /// Text quoted from another message: after an "Original Message" or
    /// "Forwarded message" line, or on a line starting with `>`. Amazon's
    /// replies quote the customer; what is quoted is not Amazon's word.
    fn quoted(&self, at: usize) -> bool {
        let after_marker = self.quote_from.is_some_and(|from| from < at);
        after_marker || self.doc.text[self.doc.line_of(at)].trim_start().starts_with('>')
    }

    /// `1,00 $` (French Canada): a dollar sign after the number, which
    /// `Money::scan` does not look for.
    fn scan_dollar_suffixes(&mut self) {
        let text = &self.doc.text;
        for caps in SUFFIX_DOLLAR.captures_iter(text) {
            let Some(whole) = caps.get(1) else { continue };
            let range = whole.start()..whole.end();
            if self.amounts.iter().any(|a| a.range.start < range.end && range.start < a.range.end) {
                continue;
            }
            if text[range.end..].chars().next().is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            let Ok(money) = Money::parse(whole.as_str(), self.ctx.marketplace) else { continue };
            let money = match self.ctx.dollar {
                Some(dollar) => Money::from_minor(money.minor(), dollar),
                None => money,
            };
            self.amounts.push(Amount {
                seg: self.doc.segment_of(range.start),
                range,
                money,
                negative: false,
                plus: false,
                coins: false,
            });
        }
    }

    /// `500 Amazon Coins`: one coin is one cent (or yen) of the storefront's currency.
    fn scan_coins(&mut self) {
        let Some(currency) = self.ctx.marketplace.map(|m| m.currency()) else { return };
        for caps in COINS.captures_iter(&self.doc.text) {
            let (Some(whole), Some(count)) = (caps.get(0), caps.get(1)) else { continue };
            let digits: String = count.as_str().chars().filter(char::is_ascii_digit).collect();
            let Ok(count) = digits.parse::<i64>() else { continue };
            self.amounts.push(Amount {
                seg: self.doc.segment_of(whole.start()),
                range: whole.start()..whole.end(),
                money: Money::from_minor(count, currency),
                negative: false,
                plus: false,
                coins: true,
            });
        }
    }

    /// Pairs each expiry cue with the date it introduces (or follows).
    fn scan_expiries(&mut self, order: DateOrder) {
        let mut taken = HashSet::new();
        for hit in &self.hits {
            // Dates are looked for only around expiry cues: a long newsletter
            // is not read for dates it never ties to a credit.
            if matches!(hit.cue, Cue::Expiry | Cue::ExpiryWeak | Cue::ExpiryTight) && self.dates_an_event(hit) {
                continue;
            }
            let found = match hit.cue {
                Cue::Expiry | Cue::ExpiryWeak => self
                    .dates_in(hit.end, hit.end + 160, order)
                    .into_iter()
                    .find(|(r, _)| r.start - hit.end <= 120)
                    .filter(|(r, _)| self.introduces(hit, r.start)),
                Cue::ExpiryTight => {
                    // "by 9 April 2026", "by Thursday, 9 April 2026": nothing but a weekday between.
                    let rest = &self.doc.text[hit.end..];
                    let space = rest.len() - rest.trim_start_matches([' ', '\t', '\n']).len();
                    let reach = if space <= 2 { space + weekday_prefix_len(&rest[space..]) } else { 2 };
                    self.dates_in(hit.end, hit.end + 60, order)
                        .into_iter()
                        .find(|(r, _)| r.start >= hit.end && r.start - hit.end <= reach.max(2))
                }
                Cue::ExpiryAfter => self
                    .dates_in(hit.start.saturating_sub(48), hit.start, order)
                    .into_iter()
                    .rev()
                    .find(|(r, _)| r.end <= hit.start && hit.start - r.end <= 6),
                _ => continue,
            };
            let Some((range, date)) = found else { continue };
            if !taken.insert(range.start) {
                continue;
            }
            self.expiries.push(Expiry {
                at: range.start,
                seg: self.doc.segment_of(range.start),
                text: self.doc.text[range.clone()].to_string(),
                date: date.clone(),
                weak: matches!(hit.cue, Cue::ExpiryWeak | Cue::ExpiryTight),
            });
        }
        self.scan_table_expiries(order, &mut taken);
        self.expiries.sort_by_key(|e| e.at);
    }

    /// A table whose header row names an expiry ("Order  Reward  Expires",
    /// "Code  Discount  Valid until"): the date in each row below, in the
    /// header's column when the row has as many cells (else the row's last
    /// date), ends that row's credit.
    fn scan_table_expiries(&mut self, order: DateOrder, taken: &mut HashSet<usize>) {
        let text = &self.doc.text;
        let row = |i: usize| {
            let t = &text[self.doc.segments[i].clone()];
            t.len() <= 400 && t.contains('\t') && !t.contains('\n')
        };
        let mut headers: Vec<(usize, usize)> = Vec::new();
        for hit in self.hits.iter().filter(|h| matches!(h.cue, Cue::Expiry | Cue::ExpiryWeak)) {
            let seg = self.doc.segment_of(hit.start);
            let header = &text[self.doc.segments[seg].clone()];
            let is_header = seg > 0 && header.len() <= 100 && row(seg) && !header.chars().any(|c| c.is_ascii_digit());
            if is_header && headers.last().is_none_or(|&(s, _)| s != seg) {
                let column = text[self.doc.segments[seg].start..hit.start].matches('\t').count();
                headers.push((seg, column));
            }
        }
        for (header, column) in headers {
            let cells = text[self.doc.segments[header].clone()].split('\t').count();
            for i in (header + 1..self.doc.segments.len()).take(50).take_while(|&i| row(i)) {
                let range = self.doc.segments[i].clone();
                let values: Vec<&str> = text[range.clone()].split('\t').collect();
                let (from, to) = if values.len() == cells {
                    let from = range.start + values[..column].iter().map(|v| v.len() + 1).sum::<usize>();
                    (from, from + values[column].len())
                } else {
                    (range.start, range.end)
                };
                let Some((found, date)) = self.dates_in(from, to, order).into_iter().last() else { continue };
                if taken.insert(found.start) {
                    self.expiries.push(Expiry {
                        at: found.start,
                        seg: i,
                        text: text[found.clone()].to_string(),
                        date,
                        weak: false,
                    });
                }
            }
        }
    }

    /// An expiry cue right after a word of delivery or ordering ("will arrive
    /// by", "delivered before", "geliefert bis") dates that event, not a credit:
    /// in its clause, and not a word inside the name of what the credit is
    /// for ("items shipped by Amazon", "articles expédiés par Amazon").
    fn dates_an_event(&self, cue: &Hit) -> bool {
        let seg = self.doc.segment_of(cue.start);
        let from = self.doc.segments[seg].start.max(cue.start.saturating_sub(64));
        self.hits_within(from..cue.start).any(|h| {
            h.cue == Cue::EventDate
                && cue.start - h.end <= 20
                && same_clause(&self.doc.text[h.end..cue.start])
                && !self
                    .hits_within(h.start.saturating_sub(48)..cue.start)
                    .any(|c| matches!(c.cue, Cue::Category(_)) && c.start <= h.start && h.end <= c.end)
                && !self.hits_within(h.end..cue.start).any(|c| matches!(c.cue, Cue::Credit | Cue::Program(..)))
        })
    }

    /// The dates written within `from..to` (widened to character
    /// boundaries), at their offsets in the whole text.
    fn dates_in(&self, from: usize, to: usize, order: DateOrder) -> Vec<(Range<usize>, Result<Date, DateError>)> {
        let text = &self.doc.text;
        let mut from = from.min(text.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = to.min(text.len()).max(from);
        while !text.is_char_boundary(to) {
            to += 1;
        }
        scan_dates(&text[from..to], order).into_iter().map(|(r, date)| (r.start + from..r.end + from, date)).collect()
    }

    /// Whether an expiry cue speaks of the date starting at `date_at`: close
    /// by in the same sentence, or the value of a label ("Expires:" then the
    /// date on the next line, "… is shown below:" then the date).
    fn introduces(&self, cue: &Hit, date_at: usize) -> bool {
        let between = &self.doc.text[cue.end..date_at];
        // In the same sentence ("use it by 11:59 p.m. PT on Oct 1, 2026").
        if date_at - cue.end <= 48 && self.doc.segment_of(date_at) == self.doc.segment_of(cue.start) {
            return true;
        }
        if date_at - cue.end <= 12 {
            return true;
        }
        let before_break = between.split('\n').next().unwrap_or("").trim_end();
        let only_space_after = between[before_break.len()..].trim().is_empty();
        if before_break.ends_with([':', '：']) && only_space_after {
            return true;
        }
        // A table's header row ("Order  Reward  Expires") above its values.
        let cue_seg = self.doc.segment_of(cue.start);
        let header = &self.doc.text[self.doc.segments[cue_seg].clone()];
        self.doc.segment_of(date_at) == cue_seg + 1
            && header.len() <= 80
            && !header.chars().any(|c| c.is_ascii_digit())
            && header.contains('\t')
    }

    /// The cues of one segment.
    fn hits_in(&self, seg: usize) -> &[Hit] {
        self.seg_hits.get(seg).map_or(&[], |r| &self.hits[r.clone()])
    }

    /// What an amount is, from the words right around it and the label it is
    /// the value of.
    fn role(&self, i: usize) -> Role {
        let amount = &self.amounts[i];
        let (start, end) = (amount.range.start, amount.range.end);
        let line = self.doc.line_of(start);
        // "Jan 11, 2026 - Gift card applied to order  -$20.00": a dated row of
        // a statement's history restates what happened, it is no new event.
        if self.statement && self.history_row(line.clone()) {
            return Role::Context;
        }
        let previous_amount_end =
            self.amounts[..i].iter().rev().map(|a| a.range.end).find(|&e| e <= start).unwrap_or(0);
        let label = self.label_of(amount).map(|r| r.start.max(previous_amount_end)..r.end);
        // The words before the amount that may speak of it: its label, else
        // its own sentence (not the one before it on the same line).
        let sentence_start = self.doc.segments[amount.seg].start;
        let scope = label.clone().unwrap_or(line.start.max(previous_amount_end).max(sentence_start).min(start)..start);
        // "Paid by: Gift card balance and Visa ending in 1234 ($17.20)": the card's amount, not the gift card's.
        let redeem_label = self
            .hits_within(scope.clone())
            .filter(|h| matches!(h.cue, Cue::Redeem(_)) && h.end <= start && self.span(h.end, start) <= 40)
            .filter(|h| !self.hits_within(h.end..start).any(|p| p.cue == Cue::Price))
            .max_by_key(|h| (h.end, h.end - h.start));
        if let Some(redeem_label) = redeem_label {
            // "Promotion applied: $3.00", and "Paid with promotional balance: $3.00"
            // (the verb right before the label, not anywhere in the sentence).
            let used_before = || {
                self.hits_within(scope.clone()).any(|h| {
                    h.cue == Cue::Used && h.end <= redeem_label.start && self.span(h.end, redeem_label.start) <= 2
                })
            };
            let used = self.span(redeem_label.start, start) <= 80
                && (self.hits_within(redeem_label.start..start).any(|h| h.cue == Cue::Used) || used_before());
            if let (Cue::Redeem(program), true) = (redeem_label.cue, amount.negative || used) {
                return Role::Redeem(program);
            }
        }
        if let (Some(label), true) = (&label, amount.negative) {
            // "Kindle Rewards: -$3.00", "Amazon Day reward  -$1.00": spent from the credit the label names
            // (not "Gift card balance and Visa ending in 1234 ($17.20)", the card's part).
            let card = self.hits_within(label.clone()).any(|h| h.cue == Cue::Price);
            if let (Some(program), false) = (self.spent_from(label.clone()), card) {
                return Role::Redeem(program);
            }
        }
        // A cue speaks of the first amount after it: in "revised from $40.00
        // to $28.00" only the $40.00 is superseded.
        let before_where = |cue: Cue, window: usize, clause: bool| {
            let own = self.doc.segments[amount.seg].start.max(previous_amount_end).min(start)..start;
            self.hits_within(own).chain(self.hits_within(scope.clone())).any(|h| {
                h.cue == cue
                    && h.end <= start
                    && h.end >= previous_amount_end
                    && self.span(h.end, start) <= window
                    && !self.hits_within(h.end..start).any(|c| c.cue == Cue::Credit)
                    && (!clause || same_clause(&self.doc.text[h.end..start]))
            })
        };
        let before = |cue: Cue, window: usize| before_where(cue, window, false);
        if before(Cue::Superseded, 24) || before(Cue::PriceTight, 2) || (before(Cue::Price, 24) && !self.payout(amount))
        {
            return Role::Context;
        }
        // "the monthly maximum, so $10.00 has been added": a ceiling word speaks of an amount in its own clause.
        if before_where(Cue::Ceiling, 16, true) {
            return Role::Ceiling;
        }
        if let Some(label) = &label {
            // "Purchased: The Long Field  $24.50", "Charged to Visa ending in 4417: $5.99".
            let mut hits = self.hits_within(label.clone());
            let names_a_price = hits.clone().any(|h| matches!(h.cue, Cue::Price | Cue::PriceLabel | Cue::Superseded));
            if names_a_price && !hits.any(|h| matches!(h.cue, Cue::Credit | Cue::Redeem(_))) {
                return Role::Context;
            }
        }
        // "Balance  $68.46", "Your total No-Rush balance after these rewards: $2.00".
        let balance_label =
            label.as_ref().is_some_and(|l| self.hits_within(l.clone()).any(|h| h.cue == Cue::BalanceNoun));
        if self.running_total(amount) || ((before(Cue::Balance, 24) || balance_label) && !self.perfect_tense(amount)) {
            return Role::Balance;
        }
        // "$10 or more", "£20 spend", "3,000円以上": right after the amount.
        let segment_end = self.doc.segments[amount.seg].end.max(end);
        let minimum_after = self.hits_within(end..segment_end.min(end + 24)).any(|h| {
            h.cue == Cue::MinimumAfter
                && h.start - end <= 3
                && self.doc.text[end..h.start].trim().is_empty()
                && self.doc.text[end..h.start].trim().is_empty()
        });
        if before_where(Cue::MinimumBefore, 16, true) || minimum_after {
            return Role::Minimum;
        }
        Role::Free
    }

    /// "Your earnings so far this month: $4.25", "Year to date you have
    /// earned $23.00", "This month you've earned £2.10 so far": a running
    /// total or a period's total (a word of it in the amount's clause, on
    /// either side) restates credits, it gives none.
    fn running_total(&self, amount: &Amount) -> bool {
        let (start, end) = (amount.range.start, amount.range.end);
        let segment = self.doc.segments[amount.seg].clone();
        let window = segment.start.max(start.saturating_sub(120))..segment.end.min(end + 120).max(end);
        self.hits_within(window).filter(|h| h.cue == Cue::Running).any(|h| {
            let between = if h.end <= start {
                self.doc.text.get(h.end..start)
            } else if h.start >= end {
                self.doc.text.get(end..h.start)
            } else {
                None
            };
            between.is_some_and(same_clause)
        })
    }

    /// A line that starts with a date: a row of an account's history.
    fn history_row(&self, line: Range<usize>) -> bool {
        let text = &self.doc.text;
        let head = &text[line.start..char_floor(text, (line.start + 40).min(line.end))];
        let head = head.trim_start_matches(|c: char| c.is_whitespace() || "-*•|[".contains(c));
        scan_dates(head, DateOrder::Ambiguous).first().is_some_and(|(r, _)| r.start == 0)
    }

    /// "Your Shopper Panel payment of $5.00", "trade-in payment of": a
    /// programme's payment is paid to the user, not by them.
    fn payout(&self, amount: &Amount) -> bool {
        let start = amount.range.start;
        let from = self.doc.segments[amount.seg].start.max(start.saturating_sub(120)).min(start);
        self.hits_within(from..start).filter(|h| h.cue == Cue::Price).any(|price| {
            self.hits_within(price.start.saturating_sub(48)..price.start).any(|p| {
                matches!(p.cue, Cue::Program(program, Strength::Strong) if !destination(program))
                    && price.start - p.end <= 3
            })
        })
    }

    /// "You have earned $5", "Sie haben 1,00 € Guthaben erhalten": the
    /// balance words are the auxiliary of a past tense, and a grant word
    /// follows them in the same clause (before the amount, or after it where
    /// German puts the participle).
    fn perfect_tense(&self, amount: &Amount) -> bool {
        let (start, end) = (amount.range.start, amount.range.end);
        let granting = |h: &&Hit| matches!(h.cue, Cue::Grant | Cue::GrantWeak | Cue::GiftIncoming | Cue::Conversion);
        let from = self.doc.segments[amount.seg].start.max(start.saturating_sub(120)).min(start);
        let balance_end =
            self.hits_within(from..start).filter(|h| h.cue == Cue::Balance).map(|h| h.end).max().unwrap_or(start);
        let between = self.hits_within(balance_end..start).any(|h| granting(&h));
        // "Reward added to your Amazon balance: £5.00": the balance is where the credit went.
        let segment_start = self.doc.segments[amount.seg].start;
        let destination = self
            .hits_within(segment_start.max(balance_end.saturating_sub(48))..balance_end)
            .filter(granting)
            .any(|h| same_clause(&self.doc.text[h.end..balance_end]));
        let segment_end = self.doc.segments[amount.seg].end;
        let after = self
            .hits_within(end..segment_end.min(end + 48))
            .filter(granting)
            .any(|h| !self.doc.text[end..h.start].contains([',', ';', '.', '\n']));
        between || after || destination
    }

    /// The label an amount is the value of: `Order total: $5`, `Purchased:
    /// The Long Field, $24.50`, `Gift Card Amount: ....... -$10.00`, a table
    /// row `Value<TAB>2,00 €`, or a short line right above an amount that
    /// stands alone on its line (`Grand total:` / `$18.75`). Not a sentence
    /// that happens to hold a colon: the words between the colon and the
    /// amount must not say anything was given, promised or offered.
    fn label_of(&self, amount: &Amount) -> Option<Range<usize>> {
        let text = &self.doc.text;
        let line = self.doc.line_of(amount.range.start);
        let before = &text[line.start..amount.range.start];
        if before.chars().all(is_filler) {
            // A wrapped sentence ("We've added a" / "$2 reward …") is not a label and its value.
            let own_line = self.doc.segments[amount.seg].start >= line.start;
            if line.start < 2 || !own_line {
                return None;
            }
            let above = self.doc.line_of(line.start - 1);
            let label = text[above.clone()].trim_end();
            let holds_amount = self.amount_within(above.clone());
            let short_label = !label.trim().is_empty()
                && short(label, 80)
                && !is_sentence(label)
                && !holds_amount
                && !self.hits_within(above.clone()).any(|h| says_something(h.cue));
            return short_label.then_some(above.start..amount.range.start);
        }
        if line.len() > 120 {
            return None;
        }
        let separator = before.rfind([':', '\t', '：'])?;
        let value_said = self.hits_within(line.start + separator..amount.range.start).any(|h| says_something(h.cue));
        (!value_said).then_some(line.start..amount.range.start)
    }

    /// The credit a label names ("Kindle Rewards", "Promotional balance",
    /// "Amazon Day reward"), for a negative amount under it on an order.
    fn spent_from(&self, label: Range<usize>) -> Option<Program> {
        let hits: Vec<&Hit> = self.hits_within(label).collect();
        let credit = hits.iter().any(|h| h.cue == Cue::Credit);
        let refused = hits.iter().any(|h| matches!(h.cue, Cue::ExcludeSegment | Cue::ExcludeMessage | Cue::Code));
        // "Card Reward Points: -$8.00": a card issuer's points, not an Amazon credit.
        let kindle = hits.iter().any(|h| matches!(h.cue, Cue::Program(Program::KindleRewards, _)));
        let points = hits.iter().any(|h| h.cue == Cue::Points) && !kindle;
        if !credit || refused || points {
            return None;
        }
        let named: Vec<Program> = hits
            .iter()
            .filter_map(|h| match h.cue {
                Cue::Program(p, _) if p != Program::PromoCode => Some(p),
                _ => None,
            })
            .collect();
        let source = named.iter().copied().find(|p| !destination(*p));
        Some(source.or(named.first().copied()).unwrap_or(Program::Promotional))
    }

    /// The amounts of one segment (amounts are sorted by position, so by segment).
    fn amounts_of(&self, seg: usize) -> &[Amount] {
        let first = self.amounts.partition_point(|a| a.seg < seg);
        let end = self.amounts.partition_point(|a| a.seg <= seg);
        &self.amounts[first..end.max(first)]
    }

    /// Whether an amount is written within `range` (amounts are sorted by position).
    fn amount_within(&self, range: Range<usize>) -> bool {
        let first = self.amounts.partition_point(|a| a.range.start < range.start);
        self.amounts.get(first).is_some_and(|a| a.range.end <= range.end)
    }

    /// The cues lying within `range`, whatever their segment.
    fn hits_within(&self, range: Range<usize>) -> impl Iterator<Item = &Hit> + Clone {
        let first = self.hits.partition_point(|h| h.start < range.start);
        self.hits[first..].iter().take_while(move |h| h.start < range.end).filter(move |h| h.end <= range.end)
    }

    /// The length in bytes of `from..to`, a run of filler (dot leaders,
    /// table padding, a line break) counting as one: `Total: ........ $5`
    /// is as near as `Total: $5`.
    fn span(&self, from: usize, to: usize) -> usize {
        let Some(between) = self.doc.text.get(from..to) else { return usize::MAX };
        let mut length = 0;
        let (mut run, mut run_breaks) = (0, false);
        for c in between.chars() {
            if is_filler(c) {
                run += 1;
                run_breaks |= c == '\n';
                continue;
            }
            length += if run >= 3 || run_breaks { 1 } else { run };
            (run, run_breaks) = (0, false);
            length += c.len_utf8();
        }
        length + if run >= 3 || run_breaks { 1 } else { run }
    }

    /// Whether a segment, or one next to it, speaks of a credit.
    fn credit_nearby(&self, seg: usize) -> bool {
        let speaks = |s: &SegCues| s.credit || s.program;
        if speaks(&self.seg[seg]) {
            return true;
        }
        if seg == 0 {
            return false;
        }
        let lo = seg.saturating_sub(1).max(1);
        let hi = (seg + 1).min(self.seg.len() - 1);
        (lo..=hi).any(|i| speaks(&self.seg[i]))
    }

    /// What an amount is, from the cues of its sentence; a grant or a
    /// promise only when the amount is the credit the sentence speaks of
    /// (not the price in "your purchase ($8.99) earned you 27 points").
    fn kind_of(&self, amount: &Amount) -> Option<Kind> {
        match self.kind_by_cues(amount)? {
            Kind::Grant | Kind::Promise if !self.bound_at(amount) => None,
            // "Rewards Points: -$12.40": money taken off is never a credit given.
            Kind::Grant | Kind::Promise | Kind::Stated if amount.negative => None,
            kind => Some(kind),
        }
    }

    /// Whether each amount is the credit its clause speaks of: a credit
    /// word or a program's name next to it ("a $5.00 credit", "credit of
    /// $5", "5 € Aktionsguthaben", "￥300分の特典"), or a word of giving right
    /// before or after it ("we've added $5", "credited your account with
    /// $5", "$5.00 has been added", "1,00 € gutgeschrieben"), or listed with
    /// such an amount ("$1.00 for order A and $1.00 for order B"). An amount
    /// in brackets speaks with what is in the brackets only, unless a credit
    /// names it right before them ("a gift card ($25.00)"). A list item is
    /// the credit its lead-in speaks of; a coin count is a credit by its unit.
    fn bind_amounts(&self) -> Vec<bool> {
        let mut bound: Vec<bool> = Vec::with_capacity(self.amounts.len());
        for (i, amount) in self.amounts.iter().enumerate() {
            let listed_with_bound = i > 0 && bound[i - 1] && {
                let previous = &self.amounts[i - 1];
                let between = self.doc.text.get(previous.range.end..amount.range.start).unwrap_or("");
                previous.seg == amount.seg
                    && between.len() <= 80
                    && !between.contains([';', '.', '(', ')', '。'])
                    && (between.contains(", ") || [" and ", " und ", " et ", "、"].iter().any(|c| between.contains(c)))
            };
            bound.push(listed_with_bound || self.bound_by_words(amount));
        }
        bound
    }

    fn bound_at(&self, amount: &Amount) -> bool {
        let i = self.amounts.partition_point(|a| a.range.start < amount.range.start);
        self.bound.get(i).copied().unwrap_or(false)
    }

    /// See [`Facts::bind_amounts`]: the words around one amount.
    fn bound_by_words(&self, amount: &Amount) -> bool {
        // "… came to £5.00. That amount has been credited …": the next
        // sentence names it as what it speaks of.
        if amount.coins || self.lead_in(amount.seg).is_some() || self.named_again_next(amount) {
            return true;
        }
        let text = &self.doc.text;
        let segment = self.doc.segments[amount.seg].clone();
        let (start, end) = (amount.range.start, amount.range.end);
        // The brackets the amount stands in, if any: its clause ends there.
        let before = &text[char_floor(text, segment.start.max(start.saturating_sub(120)).min(start))..start];
        let after = &text[end..char_floor(text, segment.end.max(end).min(end + 120)).max(end)];
        let opened = before.rfind(['(', '（']).filter(|&o| before.rfind([')', '）']).is_none_or(|c| c < o));
        let closed = after.find([')', '）']).filter(|&c| after.find(['(', '（']).is_none_or(|o| o > c));
        let bracketed = opened.zip(closed).map(|(o, c)| (start - before.len() + o, end + c));
        // "Amazonギフトカード(3,000円)", "a gift card ($25.00)": the credit right before the bracket.
        if let Some((open, _)) = bracketed
            && text[open..start].trim_start_matches(['(', '（']).trim().is_empty()
        {
            let lead = self.hits_within(open.saturating_sub(64)..open).filter(|h| self.binds_as_credit(h));
            if lead.into_iter().any(|h| words_between(&text[h.end..open]).is_some_and(|n| n <= 1)) {
                return true;
            }
        }
        let (from, to) = bracketed.map_or((segment.start, segment.end.max(end)), |(o, c)| (o + 1, c));
        let window = from.max(start.saturating_sub(64))..to.min(end + 64);
        self.hits_within(window).any(|h| {
            if !(self.binds_as_credit(h) || binds_as_giving(h.cue)) {
                return false;
            }
            let gap = if h.end <= start {
                h.end..start
            } else if h.start >= end {
                end..h.start
            } else {
                start..start
            };
            // "We've received your order 113-… for $54.20": what was received is the order, not the amount.
            let object = !self.binds_as_credit(h)
                && self.hits_within(gap.clone()).any(|o| {
                    matches!(
                        o.cue,
                        Cue::PriceLabel | Cue::Price | Cue::MinimumAfter | Cue::MinimumBefore | Cue::EventDate
                    )
                });
            !object && words_between(&text[gap]).is_some_and(|n| n <= 4)
        }) || self.label_of(amount).is_some_and(|label| self.hits_within(label).any(|h| self.binds_as_credit(h)))
    }

    /// A credit word, or the name of a program (not a balance it lands in,
    /// not "Kindle Points", which counts points, not money).
    fn binds_as_credit(&self, h: &Hit) -> bool {
        match h.cue {
            Cue::Credit | Cue::ClaimCode => true,
            Cue::Program(program, Strength::Strong) => {
                !destination(program) && !self.hits_within(h.start..h.end).any(|p| p.cue == Cue::Points)
            }
            _ => false,
        }
    }

    fn kind_by_cues(&self, amount: &Amount) -> Option<Kind> {
        // A list item reads as the rest of its lead-in: "Two credits are now
        // on your account:" / "- $3.00 toward music" / "- $2.00 toward video".
        let lead = self.lead_in(amount.seg);
        // "Betrag:" / "5,00 €": a value under its label reads as the label's line.
        let stacked = self.stacked_label(amount);
        let s = self.cues_of(amount.seg);
        let block = self.label_block(amount);
        // "We added $5.00 to your account", "Dafür schreiben wir Ihnen 1,00 € gut"
        // under a heading "Prämie für No-Rush-Versand": money given to the user,
        // in a message about a credit, is a credit.
        let to_the_account = s.grant && s.grant_weak;
        let given_money = s.given() && (self.speaks_of_credit || to_the_account) && self.bound_at(amount);
        let speaks = given_money
            || self.credit_nearby(amount.seg)
            || self.named_again_next(amount)
            || lead.is_some_and(|l| self.credit_nearby(l))
            || stacked.is_some_and(|l| self.credit_nearby(l))
            || block.as_ref().is_some_and(|b| self.block_names(b.clone(), amount.seg, true));
        if s.exclude_segment || s.exclude_message || self.at_a_rate(amount) || !speaks {
            return None;
        }
        // "+1,00 € für No-Rush-Versand": a plus sign is money put on the
        // account, a word of giving, in a sentence that neither sells,
        // promises nor sets a condition.
        let given = s.given() || (amount.plus && s.plain() && !s.conditional);
        if self.notice || s.notice_strong {
            return Some(Kind::Notice);
        }
        if s.promise_strong && !self.orders.is_empty() {
            // "You'll get a $1 reward when your order ships", about a named order.
            return Some(Kind::Promise);
        }
        if s.offer && !given {
            // Marketing names prices everywhere: only an amount said to be a
            // credit ("get a $5 credit") is an offer of one.
            return s.credit.then_some(Kind::Offer);
        }
        if s.promise_strong {
            return Some(Kind::Promise);
        }
        if given {
            return Some(Kind::Grant);
        }
        if s.promise {
            // "If everything is as described, we'll add £20": a possibility, not a promise.
            return (!s.conditional).then_some(Kind::Promise);
        }
        if s.notice {
            return Some(Kind::Notice);
        }
        if !given && self.followed_by_expiry(amount) {
            // "$5.00 expires on 3/31": a credit already there, running out.
            return Some(Kind::Notice);
        }
        if let Some(kind) = self.told_next(amount) {
            return Some(kind);
        }
        let credit_word = self.label_names_credit(amount, lead, stacked, block) || self.subject_heads(amount);
        if credit_word
            && ((self.grant_context && self.label_like(amount)) || (self.statement_only && self.labelled(amount)))
        {
            return Some(Kind::Stated);
        }
        None
    }

    /// Whether the label of an amount, or what stands beside it as its
    /// label (see `credit_word_beside`), its list's lead-in or its block of
    /// label lines, names a credit.
    fn label_names_credit(
        &self,
        amount: &Amount,
        lead: Option<usize>,
        stacked: Option<usize>,
        block: Option<Range<usize>>,
    ) -> bool {
        self.credit_word_beside(amount.seg, self.stands_alone(amount))
            || lead.is_some_and(|l| self.credit_word_beside(l, true))
            || stacked.is_some_and(|l| self.credit_word_beside(l, true))
            || block.is_some_and(|b| self.block_names(b, amount.seg, false))
    }

    /// Whether a block of label lines names a credit (or, with `program`, a
    /// programme) for the value in `seg`: not by a label below it that
    /// holds no value of its own ("Your reward:" under "Desk fan: $39.99"),
    /// which heads the value under it.
    fn block_names(&self, block: Range<usize>, seg: usize, program: bool) -> bool {
        block.into_iter().any(|i| {
            let heads_next = i > seg && {
                let text = self.doc.text[self.doc.segments[i].clone()].trim_end();
                text.ends_with([':', '：']) && self.amounts_of(i).is_empty()
            };
            !heads_next && (self.seg[i].credit || (program && self.seg[i].program))
        })
    }

    /// A labelled amount that is a credit only because the subject heads it
    /// ("Your Shopper Panel reward" / "February receipts: £1.20"): when the
    /// body gives a credit in a sentence, the subject speaks of that one.
    fn headed_by_subject_only(&self, amount: &Amount) -> bool {
        let lead = self.lead_in(amount.seg);
        let stacked = self.stacked_label(amount);
        let block = self.label_block(amount);
        !self.label_names_credit(amount, lead, stacked, block) && self.subject_heads(amount)
    }

    /// The segment of the label an amount is the value of, when the label
    /// is the line above ("Amount:" / "$5.00").
    fn stacked_label(&self, amount: &Amount) -> Option<usize> {
        let label = self.label_of(amount)?;
        let seg = self.doc.segment_of(label.start);
        (label.start < self.doc.line_of(amount.range.start).start && seg < amount.seg).then_some(seg)
    }

    /// Where the parts of a given total are written: the labelled amounts on
    /// the lines right above a granted amount that add up to it exactly.
    fn parts_of_totals(&self, candidates: &[Candidate]) -> HashSet<usize> {
        let mut parts = HashSet::new();
        for total in candidates.iter().filter(|c| matches!(c.kind, Kind::Grant | Kind::Stated) && !c.listed) {
            let mut sum = 0i64;
            let mut run = Vec::new();
            let mut seg = total.amount.seg;
            while seg > 1 && run.len() < 8 {
                seg -= 1;
                let [part] = self.amounts_of(seg) else { break };
                if part.money.currency() != total.amount.money.currency() || self.label_of(part).is_none() {
                    break;
                }
                sum += part.money.minor();
                run.push(part.range.start);
                if run.len() >= 2 && sum == total.amount.money.minor() {
                    parts.extend(run.iter().copied());
                    break;
                }
            }
        }
        parts
    }

    /// The cues of a segment, read with its lead-in when it is a list item.
    fn cues_of(&self, seg: usize) -> SegCues {
        self.lead_in(seg).map_or(self.seg[seg], |l| self.seg[seg].with_lead_in(self.seg[l]))
    }

    /// The segment introducing the list `seg` is an item of: the nearest
    /// sentence above the items that ends with a colon.
    fn lead_in(&self, seg: usize) -> Option<usize> {
        let text = |i: usize| &self.doc.text[self.doc.segments[i].clone()];
        if seg == 0 || !is_list_item(text(seg)) {
            return None;
        }
        (1..seg).rev().take(12).find(|&i| !is_list_item(text(i))).filter(|&i| text(i).trim_end().ends_with([':', '：']))
    }

    /// The block of label lines a labelled amount sits in ("Order no.: …",
    /// "Amount: 1,00 EUR", "Expires: …", one per line), with the short
    /// heading above it: the segments that say what the amount is. None for
    /// a bill (a block naming a price or a thing bought).
    fn label_block(&self, amount: &Amount) -> Option<Range<usize>> {
        let text = |i: usize| &self.doc.text[self.doc.segments[i].clone()];
        // "Montant : 1,00 €", and a line naming the order without a colon ("Commande n° 402-…").
        let label_line = |i: usize| {
            let t = text(i);
            let labelled = || t.contains([':', '\t', '：']) || (!is_sentence(t) && ORDER_ID.is_match(t));
            i > 0 && short(t, 80) && labelled() && !t.contains('\n')
        };
        let next_line = |a: usize, b: usize| {
            let between = &self.doc.text[self.doc.segments[a].end..self.doc.segments[b].start];
            between.trim_matches([' ', '\t']) == "\n"
        };
        let seg = amount.seg;
        if !label_line(seg) || self.label_of(amount).is_none() {
            return None;
        }
        let mut first = seg;
        while first > 1 && seg - first < 6 && label_line(first - 1) && next_line(first - 1, first) {
            first -= 1;
        }
        let heading = first - 1;
        let holds_amount = |i: usize| self.amount_within(self.doc.segments[i].clone());
        if heading > 0 && short(text(heading), 80) && !is_sentence(text(heading)) && !holds_amount(heading) {
            first = heading;
        }
        let mut last = seg;
        while last + 1 < self.seg.len() && last - seg < 6 && label_line(last + 1) && next_line(last, last + 1) {
            last += 1;
        }
        let bill = (first..=last).any(|i| self.seg[i].price || self.seg[i].price_label);
        (!bill).then_some(first..last + 1)
    }

    /// "$5.00 expires on 3/31": the amount is the subject of an expiry
    /// verb. Not "digital reward $1.00 (expires July 15)", where the
    /// brackets only describe the credit.
    fn followed_by_expiry(&self, amount: &Amount) -> bool {
        let end = amount.range.end;
        let segment_end = self.doc.segments[amount.seg].end.max(end);
        self.hits_within(end..segment_end.min(end + 32)).any(|h| {
            matches!(h.cue, Cue::Expiry | Cue::Notice)
                && h.start - end <= 4
                && !self.doc.text[end..h.start].contains(['(', '（', '['])
        })
    }

    /// A label and its value: `Reward: $1.00`, a table row.
    /// Not a sentence that holds a colon somewhere ("New this week: rent
    /// recent releases from $5.99"): at most three words between the
    /// separator and the amount.
    fn labelled(&self, amount: &Amount) -> bool {
        let range = &self.doc.segments[amount.seg];
        let from = char_floor(&self.doc.text, range.start.max(amount.range.start.saturating_sub(160)));
        let before = &self.doc.text[from.min(amount.range.start)..amount.range.start];
        let Some(separator) = before.rfind([':', '\t', '：']) else { return false };
        words_between(&before[separator + 1..]).is_some_and(|n| n <= 3)
    }

    /// A credit word in the segment itself, or in a label or heading right
    /// above or below it, or in a sentence there that says a credit was
    /// given but not how much ("Alex hat Ihnen einen Geschenkgutschein
    /// geschickt." / "Betrag: 50,00 €"): what a labelled amount is the value
    /// of. Any other sentence beside a product line ("Rewards can't be used
    /// on subscriptions.", "We've added a $1.00 reward.") does not make its
    /// price a credit. The line below speaks of the segment only when
    /// `below` says so: a value standing alone on its line may have its
    /// caption under it ("$25.00" / "Amazon.com eGift Card"), but a value
    /// with its own label ("Printer paper, 500 sheets  $10.99") is told by
    /// that label, and a heading under it ("Your benefit") opens what follows.
    fn credit_word_beside(&self, seg: usize, below: bool) -> bool {
        if self.seg[seg].credit {
            return true;
        }
        let lo = seg.saturating_sub(1).max(1).min(seg);
        let hi = if below { (seg + 1).min(self.seg.len() - 1) } else { seg };
        (lo..=hi).filter(|&i| i != seg).any(|i| {
            let text = self.doc.text[self.doc.segments[i].clone()].trim_end();
            let sentence = is_sentence(text);
            let own_amount = !self.amounts_of(i).is_empty();
            let completes = self.seg[i].given() && !own_amount;
            // A label with its own value ("Promotion applied: -$2.00") speaks of that value.
            self.seg[i].credit && ((!sentence && !own_amount) || completes)
        })
    }

    /// Whether an amount stands alone on its line: nothing but padding, a
    /// sign or brackets beside it ("$25.00", "  -£1.00  ").
    fn stands_alone(&self, amount: &Amount) -> bool {
        let text = &self.doc.text;
        let line = self.doc.line_of(amount.range.start);
        let end = line.end.max(amount.range.end);
        let bare = |s: &str| s.chars().all(|c| is_filler(c) || "()（）+−–".contains(c));
        bare(&text[line.start..amount.range.start]) && bare(&text[amount.range.end..end])
    }

    /// An amount in an earning rule: "3 points per $1", "300 points become a
    /// $3 reward", "collect 300 points to get a $3 reward".
    fn at_a_rate(&self, amount: &Amount) -> bool {
        // "Collect 300 and we'll turn them into a $3 reward": a rate word and points or a conversion.
        let s = self.seg[amount.seg];
        let points_rule = s.rate && (s.points || s.conversion || s.conversion_later);
        let (start, end) = (amount.range.start, amount.range.end);
        let segment = self.doc.segments[amount.seg].clone();
        let window = segment.start.max(start.saturating_sub(48)).min(start)..segment.end.min(end + 32).max(end);
        points_rule
            || self.hits_within(window).any(|h| {
                // "per $1", "$1 each", but not "10p apiece, so 60p": a rate word
                // speaks of the amount in its own clause.
                let before = h.end <= amount.range.start
                    && amount.range.start - h.end <= 16
                    && !self.doc.text[h.end..amount.range.start].contains([',', ';', ':']);
                let after = h.start >= amount.range.end && h.start - amount.range.end <= 8;
                h.cue == Cue::Rate && (before || after)
            })
    }

    /// A label and its value ("Benefit: $2 credit", a table row, a list
    /// item, a short line that is not a sentence, a line under its label
    /// "Ihr Vorteil:" / "1,00 € Guthaben …", the subject) rather than a
    /// sentence of its own ("That brings your rewards to $7.00.").
    fn label_like(&self, amount: &Amount) -> bool {
        let range = &self.doc.segments[amount.seg];
        let segment = &self.doc.text[range.clone()];
        let sentence = is_sentence(segment);
        amount.seg == 0
            || self.labelled(amount)
            || (range.len() <= 60 && !sentence)
            || is_list_item(segment)
            || (!sentence && self.stacked_label(amount).is_some())
    }

    /// The program a credit at `at` (in segment `seg`) belongs to: the one
    /// named most and nearest, source programs before the balance they pay into.
    fn program_near(&self, seg: usize, reach: Reach) -> Option<Program> {
        let mut scores = [0.0f32; Program::ALL.len()];
        for &(hit_seg, program, strength) in &self.programs {
            if reach == Reach::Own && hit_seg != seg && hit_seg != 0 {
                continue;
            }
            let weight = if strength == Strength::Strong { 2.0 } else { 1.0 };
            let nearness = if hit_seg == seg {
                4.0
            } else if hit_seg == 0 {
                3.0
            } else if hit_seg.abs_diff(seg) <= 2 {
                2.0
            } else {
                1.0
            };
            let index = Program::ALL.iter().position(|p| *p == program).unwrap_or(0);
            scores[index] += weight * nearness;
        }
        // The sender's address counts as a program named weakly, once, two sentences away.
        for program in &self.sender_programs {
            let index = Program::ALL.iter().position(|p| p == program).unwrap_or(0);
            scores[index] += 2.0;
        }
        let others_named = Program::ALL
            .iter()
            .zip(scores)
            .any(|(p, score)| !destination(*p) && *p != Program::PromoCode && score > 0.0);
        Program::ALL
            .iter()
            .zip(scores)
            .filter(|(p, _)| **p != Program::PromoCode)
            .map(|(p, score)| (*p, if destination(*p) && others_named { score * 0.5 } else { score }))
            .filter(|(_, score)| *score > 0.0)
            // Highest score; on a tie, the earlier program in precedence order.
            .fold(None, |best: Option<(Program, f32)>, (p, score)| match best {
                Some((_, top)) if top >= score => best,
                _ => Some((p, score)),
            })
            .map(|(p, _)| p)
    }

    /// The stated expiry nearest a credit, sentences after it first.
    /// In its own sentence, the first date after the credit (else the last
    /// before it: "Expires June 1 — reward $1.00"); then the nearest
    /// sentences, those after it first.
    fn expiry_near(&self, seg: usize, at: usize, kind: Kind) -> Option<&Expiry> {
        // Expiries are sorted by position, so by segment too.
        let own_first = self.expiries.partition_point(|e| e.seg < seg);
        let own_end = self.expiries.partition_point(|e| e.seg <= seg);
        let own = &self.expiries[own_first..own_end];
        let after = own.partition_point(|e| e.at < at);
        if let Some(e) = own.get(after).or_else(|| after.checked_sub(1).and_then(|i| own.get(i))) {
            return Some(e);
        }
        let first = self.expiries.partition_point(|e| e.seg + 8 < seg);
        let last = self.expiries.partition_point(|e| e.seg <= seg + 8);
        // A long list of dated lines around: the nearest few of each side are enough.
        let before = &self.expiries[first.max(own_first.saturating_sub(64))..own_first];
        let beyond = &self.expiries[own_end..last.min(own_end + 64)];
        before
            .iter()
            .chain(beyond)
            .filter(|e| {
                let s = self.seg[e.seg];
                // "They'll expire on 12/30 if you don't use them": an offer's
                // words, but the sentence goes on about the credit.
                let goes_on = !e.weak && self.refers_back(e.seg);
                kind != Kind::Grant
                    || !(s.notice_strong || (s.offer && !s.grant && !goes_on) || self.ends_something_else(seg, e.seg))
            })
            .min_by_key(|e| (e.seg.abs_diff(seg) * 2 + usize::from(e.seg < seg) + self.weakness(e), e.at))
    }

    /// How much less an expiry is to be believed than one stated in so many
    /// words: "you uploaded a photo before July 12, so you qualified" is a
    /// date, "the credit is valid through August 10" is the credit's end.
    fn weakness(&self, expiry: &Expiry) -> usize {
        let s = self.seg[expiry.seg];
        let speaks_of_credit = s.credit || s.strong_program;
        match (expiry.weak, speaks_of_credit) {
            (false, _) => 0,
            (true, true) => 1,
            (true, false) => 4,
        }
    }

    /// Whether a date in `date_seg` ends something the message turned to
    /// after speaking of the credit in `credit_seg`: an offer or a discount
    /// ("save 20% on a new Kindle. The discount applies until October 1"),
    /// not a mere percentage ("15% of the way to your next reward").
    /// A sentence that names a credit or a program speaks of the credit again.
    fn ends_something_else(&self, credit_seg: usize, date_seg: usize) -> bool {
        let s = self.seg[date_seg];
        if date_seg == credit_seg {
            return false;
        }
        // "Bonus: 20 % de réduction sur une liseuse jusqu'au 31/05": a discount
        // in so many words (a deal and a percentage), whatever else it is called.
        let range = self.doc.segments[date_seg].clone();
        let text = &self.doc.text[range.start..char_floor(&self.doc.text, range.end.min(range.start + 400))];
        if s.deal && PERCENT.is_match(text) {
            return true;
        }
        if s.credit || s.program {
            return false;
        }
        if s.deal {
            return true;
        }
        // Walking from the date back to the credit: a turn to a deal or an
        // offer, unless the message came back to the credit after it
        // ("This week's deals: … / Digital rewards don't last forever. / This
        // one runs out on 05/31/2026").
        let turned = |i: usize| {
            let s = self.seg[i];
            (s.offer && !s.given()) || s.deal
        };
        let back = |i: usize| {
            let s = self.seg[i];
            (s.credit || s.program) && !turned(i)
        };
        if date_seg > credit_seg {
            for i in (credit_seg + 1..date_seg).rev() {
                if back(i) {
                    return false;
                }
                if turned(i) {
                    return true;
                }
            }
            false
        } else {
            (date_seg..credit_seg).any(turned)
        }
    }

    /// The order id nearest a position: in its own sentence or table row
    /// first ("114-8080808-8080808  $1.00  Apr 10, 2026"), then by distance.
    fn order_near(&self, at: usize) -> Option<&OrderId> {
        // Order ids are sorted by position: the nearest are around where `at` would go.
        let segment = self.doc.segments[self.doc.segment_of(at)].clone();
        let orders = &self.orders;
        let next = orders.partition_point(|o| o.at < at);
        let own_first = orders.partition_point(|o| o.at < segment.start);
        let own_end = orders.partition_point(|o| o.at < segment.end).max(own_first);
        let around = next.saturating_sub(1)..(next + 1).min(orders.len());
        let nearest = |range: Range<usize>| orders[range].iter().min_by_key(|o| o.at.abs_diff(at));
        nearest(own_first..own_end).or_else(|| nearest(around))
    }

    /// Categories the message states for a credit at `at` in `seg`: named
    /// in a "can be used on …" sentence nearby, or right in the credit's own
    /// words ("a $5.00 digital music credit").
    /// `own`, when given, is the part of the credit's own segment that speaks
    /// of it alone: every category named there counts, and no other in that
    /// segment does.
    fn categories_near(&self, seg: usize, at: usize, own: Option<Range<usize>>) -> Option<Vec<Category>> {
        let mut found: Vec<Category> = Vec::new();
        // "… a reward of £1.00 for Kindle books, films and music": the list after "for".
        let seg_end = self.doc.segments.get(seg).map_or(at, |r| r.end).max(at);
        let window_end = (at + 14).min(seg_end);
        let window = self.doc.folded.get(at..window_end).unwrap_or("");
        let for_list = FOR_WORDS.iter().find_map(|w| {
            window.match_indices(w).find_map(|(i, _)| {
                let whole = !window[..i].ends_with(char::is_alphanumeric)
                    && !window[i + w.len()..].starts_with(char::is_alphanumeric);
                whole.then_some(at + i + w.len())
            })
        });
        // A list item describes its own credit; its neighbours describe theirs.
        let item = seg > 0 && is_list_item(&self.doc.text[self.doc.segments[seg].clone()]);
        let own = own.or_else(|| item.then(|| self.doc.segments[seg].clone()));
        let (first, last) = if item {
            (seg, seg)
        } else {
            (seg.saturating_sub(3), (seg + 3).min(self.doc.segments.len().saturating_sub(1)))
        };
        for hit_seg in first..=last {
            // In a long segment, only the words around the credit speak of it.
            let range = self.doc.segments[hit_seg].clone();
            let range = match hit_seg.cmp(&seg) {
                std::cmp::Ordering::Equal => {
                    range.start.max(at.saturating_sub(400))..range.end.min(at + 400).max(range.start)
                }
                std::cmp::Ordering::Less => range.start.max(range.end.saturating_sub(400))..range.end,
                std::cmp::Ordering::Greater => range.start..range.end.min(range.start + 400),
            };
            for hit in self.hits_within(range) {
                let Cue::Category(category) = hit.cue else { continue };
                let in_noun_phrase = hit_seg == seg
                    && hit.start >= at
                    && hit.start - at <= 24
                    && self.hits_within(hit.end..hit.end + 24).any(|c| c.cue == Cue::Credit && c.start - hit.end <= 4);
                let right_after = hit_seg == seg && for_list.is_some_and(|from| hit.start >= from);
                let describes_use = |s: &SegCues| s.eligible || s.usage;
                let stated = match (&own, hit_seg == seg) {
                    (Some(own), true) => hit.start >= own.start && hit.end <= own.end,
                    _ => {
                        in_noun_phrase
                            || right_after
                            || (hit_seg.abs_diff(seg) <= 3 && hit_seg != 0 && describes_use(&self.seg[hit_seg]))
                    }
                };
                if stated && !found.contains(&category) {
                    found.push(category);
                }
            }
        }
        found.sort();
        (!found.is_empty()).then_some(found)
    }

    fn events(mut self) -> Findings {
        if self.out_of_scope {
            return Findings::default();
        }
        let mut anchored: Vec<(usize, Event)> = Vec::new();
        let (codes, consumed) = self.codes();
        anchored.extend(codes);
        if !self.summary {
            // A summary's rows are history: what was spent is told by the orders.
            anchored.extend(self.redeems());
        }
        anchored.extend(self.points());
        anchored.extend(self.credits(&consumed));
        anchored.sort_by_key(|(at, _)| *at);
        let mut events: Vec<Event> = anchored.into_iter().map(|(_, e)| e).collect();
        for event in &mut events {
            event.marketplace = self.ctx.marketplace;
            event.occurred_on = self.ctx.occurred_on;
        }
        self.report_missing_amount(&events);
        let credit_events = events.iter().any(|e| !matches!(e.kind, EventKind::Offer | EventKind::Notice));
        let says_more_elsewhere = !credit_events
            && (self.grant_context || self.statement_only || self.seg.iter().any(|s| s.promise || s.promise_strong))
            && self.seg.iter().any(|s| s.credit || s.program);
        Findings { events, problems: self.problems, says_more_elsewhere }
    }

    fn credits(&mut self, consumed: &HashSet<usize>) -> Vec<(usize, Event)> {
        let mut candidates: Vec<Candidate> = Vec::new();
        for (i, amount) in self.amounts.iter().enumerate() {
            let role = self.roles[i];
            if !matches!(role, Role::Free | Role::Balance | Role::Ceiling)
                || consumed.contains(&i)
                || amount.money.is_zero()
            {
                continue;
            }
            // "You've got a Kindle Reward" / "you have $3 to spend on Kindle
            // books": an amount there to be used, in a message that gives a
            // credit, is only weakly a balance; it is the credit given when
            // the message gives no other.
            let to_use = role == Role::Balance && self.there_to_use(amount);
            let kind = self.kind_of(amount).filter(|k| match role {
                Role::Balance => *k == Kind::Notice || (to_use && matches!(k, Kind::Grant | Kind::Stated)),
                Role::Ceiling => *k == Kind::Offer,
                _ => true,
            });
            // A summary's labelled amounts ("January reward (added on February 3): $10.00")
            // restate credits told before; a sentence of news in it still counts.
            let restated = self.summary && (kind == Some(Kind::Stated) || self.labelled(amount));
            if let (Some(kind), false) = (kind, restated) {
                let cues = self.cues_of(amount.seg);
                let weak = (kind == Kind::Grant && !cues.strongly_given() && !cues.grant_present)
                    || (to_use && kind != Kind::Notice);
                let listed = self.lead_in(amount.seg).is_some() && !self.seg[amount.seg].given();
                let by_subject = kind == Kind::Stated && self.headed_by_subject_only(amount);
                candidates.push(Candidate { kind, amount: amount.clone(), weak, listed, by_subject });
            }
        }
        // "We've added a $1.00 reward. You now have $5.00 in rewards.": beside
        // a credit said to be given, an amount only weakly said to be there is
        // the running total.
        let given: HashSet<Money> = candidates
            .iter()
            .filter(|c| matches!(c.kind, Kind::Grant | Kind::Stated) && !c.weak)
            .map(|c| c.amount.money)
            .collect();
        if !given.is_empty() {
            candidates.retain(|c| !c.weak || given.contains(&c.amount.money));
        }
        // "Benefit Confirmation" / "USB cable  ¥1,280" / "We've added a ¥100
        // reward": the subject speaks of the credit a sentence of the body gives.
        if candidates.iter().any(|c| c.kind == Kind::Grant && !c.weak && c.amount.seg != 0) {
            candidates.retain(|c| !c.by_subject);
        }
        // Many different labelled amounts are a price list (a catalogue, a
        // newsletter), not a credit: a credit message states one or two.
        let stated: HashSet<Money> =
            candidates.iter().filter(|c| c.kind == Kind::Stated && c.amount.seg != 0).map(|c| c.amount.money).collect();
        if stated.len() > 3 {
            candidates.retain(|c| c.kind != Kind::Stated);
        }
        // So is a long list under one lead-in ("Rewards you earned this year:"
        // and an item a month): a summary of credits told before, not new ones.
        if candidates.iter().filter(|c| c.listed).count() > 3 {
            candidates.retain(|c| !c.listed);
        }
        // "Surveys: $1.00 / Receipts: $9.00 / Total reward: $10.00": the parts
        // of a total given are not given again.
        let parts = self.parts_of_totals(&candidates);
        candidates.retain(|c| !parts.contains(&c.amount.range.start));
        for c in &mut candidates {
            if c.kind == Kind::Stated {
                c.kind = Kind::Grant;
            }
        }
        // The subject only speaks when the body does not.
        let in_body: HashSet<Kind> = candidates.iter().filter(|c| c.amount.seg != 0).map(|c| c.kind).collect();
        candidates.retain(|c| c.amount.seg != 0 || !in_body.contains(&c.kind));

        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for candidate in candidates {
            let Candidate { kind, amount, .. } = candidate;
            if self.excluded && matches!(kind, Kind::Grant | Kind::Promise) {
                continue;
            }
            // Marketing lists unrelated things side by side: only an offer's own
            // sentence (and the subject) says what it is about.
            let reach = if kind == Kind::Offer { Reach::Own } else { Reach::Message };
            let program = if amount.coins { Some(Program::Coins) } else { self.program_near(amount.seg, reach) };
            if kind == Kind::Grant
                && program == Some(Program::GiftCard)
                && (self.gift_outgoing || self.gift_card_redeemed())
            {
                continue;
            }
            let program = match (kind, program) {
                // A credit the message ties to an order it names, and to no
                // programme: a reward earned by that order (No-Rush, Amazon
                // Day; no other programme pays per order).
                // Points turned into money, the points named as Kindle's
                // ("300 points redeemed -> $3.00 Kindle credit"): Kindle Rewards.
                (Kind::Grant, None | Some(Program::Promotional)) if self.points_converted(amount.seg) => {
                    Some(Program::KindleRewards)
                }
                (Kind::Grant | Kind::Promise, None) if self.earned_by_order(&amount) => Some(Program::NoRush),
                (Kind::Grant | Kind::Promise, None) => Some(Program::Promotional),
                (_, p) => p,
            };
            let order_id = program
                .filter(|p| keeps_order(kind, *p))
                .and_then(|_| self.order_near(amount.range.start))
                .map(|o| o.id.clone());
            // Two equal credits with their own expiries ("shipment 1: $1.00 reward, expires
            // Apr 30" / "shipment 2: $1.00 reward, expires May 14") are two credits.
            let ends = if kind == Kind::Promise {
                None
            } else {
                // By the day it states, not where: a bilingual message states
                // one credit twice ("can be used until 2027-01-02" / "jusqu'au
                // 2 janvier 2027"), once in each language.
                self.expiry_near(amount.seg, amount.range.start, kind).map(|e| match &e.date {
                    Ok(day) => (Some(*day), None),
                    Err(_) => (None, Some(e.at)),
                })
            };
            if !seen.insert((kind, program, amount.money, order_id.clone(), ends)) {
                continue;
            }
            let event_kind = match kind {
                Kind::Grant | Kind::Stated => EventKind::Grant,
                Kind::Promise => EventKind::Promise,
                Kind::Offer => EventKind::Offer,
                Kind::Notice => EventKind::Notice,
            };
            let mut event = Event::new(event_kind);
            event.program = program.map(|p| ProgramId::known(p.id()));
            event.amount = Some(amount.money);
            event.order_id = order_id;
            if kind != Kind::Promise {
                event.expires_on = self.stated_expiry(amount.seg, amount.range.start, kind);
            }
            if kind == Kind::Grant {
                event.categories = self.categories_near(amount.seg, amount.range.end, None);
                if program == Some(Program::GiftCard) {
                    event.note = self.masked_claim_code();
                }
            }
            out.push((amount.range.start, event));
        }
        out
    }

    /// "you have $3 to spend": words of use right after an amount that
    /// possession words made a balance (not a balance noun's value, not a
    /// running total).
    fn there_to_use(&self, amount: &Amount) -> bool {
        let end = amount.range.end;
        let balance_label =
            self.label_of(amount).is_some_and(|l| self.hits_within(l).any(|h| h.cue == Cue::BalanceNoun));
        let segment_end = self.doc.segments[amount.seg].end.max(end);
        !balance_label
            && !self.running_total(amount)
            && self
                .hits_within(end..segment_end.min(end + 24))
                .any(|h| h.cue == Cue::ToUse && self.doc.text[end..h.start].trim().is_empty())
    }

    /// An order id in the credit's own sentence ("A $1.00 credit for order
    /// 112-…") or in the block of label lines it is a value of ("Order: …" /
    /// "Reward: $1.00"), not merely somewhere in the message. An order that
    /// ships: a digital order (`D01-…`) has no delivery to slow down.
    fn earned_by_order(&self, amount: &Amount) -> bool {
        let segments = self.label_block(amount).unwrap_or(amount.seg..amount.seg + 1);
        let from = self.doc.segments[segments.start].start;
        let to = self.doc.segments[segments.end - 1].end;
        let first = self.orders.partition_point(|o| o.at < from);
        self.orders[first.min(self.orders.len())..]
            .iter()
            .take_while(|o| o.at < to)
            .any(|o| o.id.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// The expiry for a credit, reporting a date that cannot be read for sure.
    fn stated_expiry(&mut self, seg: usize, at: usize, kind: Kind) -> Option<Date> {
        let expiry = self.expiry_near(seg, at, kind)?.clone();
        match expiry.date {
            Ok(date) => Some(date),
            Err(DateError::Ambiguous(_)) => {
                self.problems.push((
                    ProblemKind::Incomplete,
                    format!(
                        "the expiry date `{}` could be day-first or month-first; the credit is recorded without an expiry",
                        expiry.text
                    ),
                ));
                None
            }
            Err(e) => {
                self.problems.push((ProblemKind::Incomplete, format!("{e}; the credit is recorded without an expiry")));
                None
            }
        }
    }

    fn redeems(&self) -> Vec<(usize, Event)> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, amount) in self.amounts.iter().enumerate() {
            let Role::Redeem(program) = self.roles[i] else { continue };
            if amount.money.is_zero() {
                continue;
            }
            let order_id = self.order_near(amount.range.start).map(|o| o.id.clone());
            if !seen.insert((program, amount.money, order_id.clone())) {
                continue;
            }
            let mut event = Event::new(EventKind::Redeem);
            event.program = Some(ProgramId::known(program.id()));
            event.amount = Some(amount.money);
            event.order_id = order_id;
            out.push((amount.range.start, event));
        }
        out
    }

    /// Kindle points earned ("You earned 45 Kindle Points"), or about to expire.
    fn points(&mut self) -> Vec<(usize, Event)> {
        if !self.kindle {
            return Vec::new();
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let points_hits: Vec<Hit> = self.hits.iter().copied().filter(|h| h.cue == Cue::Points).collect();
        for hit in points_hits {
            if self.quoted(hit.start) {
                continue;
            }
            let seg = self.doc.segment_of(hit.start);
            // The number is in the same sentence: not a price on the line above.
            let sentence_start = self.doc.segments[seg].start.min(hit.start);
            let before = &self.doc.text[sentence_start..hit.start];
            if possessive_count(before) || threshold_count(before) {
                // "a $3.00 reward from your 300 points", "you've reached 300 points
                // and earned a $3.00 reward": points had, not earned.
                continue;
            }
            // "instead of the usual 27 points you earned 54": a count superseded.
            let superseded_from = sentence_start.max(hit.start.saturating_sub(28));
            if self.hits_within(superseded_from..hit.start).any(|h| h.cue == Cue::Superseded) {
                continue;
            }
            // A summary's "Points earned: 86" restates the month; only a sentence says news.
            let labelled = || if self.summary { None } else { number_after_label(&self.doc.text[hit.end..]) };
            let count = number_before(before).or_else(labelled);
            let Some(count) = count else { continue };
            let s = self.seg[seg];
            let summed = self.seg[seg].summed;
            if self.points_at_a_rate(&hit)
                || summed
                || s.conversion
                || s.exclude_message
                || s.exclude_segment
                || count <= 0
            {
                continue;
            }
            let kind = if self.notice || s.notice_strong || (s.notice && !s.grant) {
                EventKind::Notice
            } else if s.grant && !self.offer_in_clause(&hit) {
                EventKind::Points
            } else {
                continue;
            };
            if !seen.insert((kind, count)) {
                continue;
            }
            let mut event = Event::new(kind);
            event.program = Some(ProgramId::known(Program::KindleRewards.id()));
            event.points = Some(count);
            event.expires_on = self.stated_expiry(seg, hit.start, Kind::Grant);
            out.push((hit.start, event));
        }
        if out.is_empty() && !self.notice && !self.summary {
            out = self.points_in_tables();
        }
        out
    }

    /// Whether the clause of a points count sells: "earn 300 points", not
    /// an earning rule set off before it ("Members earn 1 point per dollar on
    /// print books: 14 points were added to your balance").
    fn offer_in_clause(&self, points: &Hit) -> bool {
        let segment = self.doc.segments[self.doc.segment_of(points.start)].clone();
        let text = &self.doc.text;
        let breaks = |c: char| [':', ';', '：', '；', '。'].contains(&c);
        let from = char_floor(text, segment.start.max(points.start.saturating_sub(240)).min(points.start));
        let to = char_floor(text, segment.end.min(points.end + 240).max(points.end));
        let start = text[from..points.start].rfind(breaks).map_or(from, |i| from + i + 1);
        let end = text[points.end..to].find(breaks).map_or(to, |i| points.end + i);
        self.hits_within(start..end).any(|h| h.cue == Cue::Offer)
    }

    /// Points in a table whose header names them ("Title  Price  Kindle
    /// Points  Expire on" / "Winter Orchard  $4.99  45  12/01/2025"): the
    /// number in that column of each row, with the row's expiry. Not a
    /// column of points used, expired, or a balance.
    fn points_in_tables(&mut self) -> Vec<(usize, Event)> {
        // Points a purchase earned: a message about an order or a given credit, not a balance.
        let balance_subject = self.hits_in(0).iter().any(|h| matches!(h.cue, Cue::Balance | Cue::BalanceNoun));
        let purchase = !self.orders.is_empty() || self.seg.iter().any(|s| s.grant || s.price || s.price_label);
        if balance_subject || !purchase {
            return Vec::new();
        }
        let text = &self.doc.text;
        let row = |i: usize| {
            let t = &text[self.doc.segments[i].clone()];
            t.len() <= 400 && t.contains('\t') && !t.contains('\n')
        };
        let mut columns: Vec<(usize, usize)> = Vec::new();
        for hit in self.hits.iter().filter(|h| h.cue == Cue::Points) {
            let seg = self.doc.segment_of(hit.start);
            let range = self.doc.segments[seg].clone();
            let header = &text[range.clone()];
            if seg == 0 || header.len() > 100 || !row(seg) || header.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let column = text[range.start..hit.start].matches('\t').count();
            // The header cell itself: "Points used", "Points balance", "Points expire" are other columns.
            let cell_start = range.start + text[range.start..hit.start].rfind('\t').map_or(0, |t| t + 1);
            let cell_end = text[hit.end..range.end].find('\t').map_or(range.end, |t| hit.end + t);
            let other = self.hits_within(cell_start..cell_end).any(|h| {
                matches!(
                    h.cue,
                    Cue::Used
                        | Cue::Balance
                        | Cue::BalanceNoun
                        | Cue::Credit
                        | Cue::Running
                        | Cue::Aggregate
                        | Cue::Expiry
                        | Cue::ExpiryWeak
                        | Cue::Rate
                )
            });
            if !other && !columns.contains(&(seg, column)) {
                columns.push((seg, column));
            }
        }
        let mut found: Vec<(usize, usize, i64)> = Vec::new();
        for (header, column) in columns {
            let cells = text[self.doc.segments[header].clone()].split('\t').count();
            for i in (header + 1..self.doc.segments.len()).take(50).take_while(|&i| row(i)) {
                let range = self.doc.segments[i].clone();
                let values: Vec<&str> = text[range.clone()].split('\t').collect();
                if values.len() != cells {
                    continue;
                }
                let value = values[column].trim();
                let digits: String = value.chars().filter(|c| *c != ',').collect();
                let at = range.start + values[..column].iter().map(|v| v.len() + 1).sum::<usize>();
                if let Ok(count) = digits.parse::<i64>()
                    && digits.len() <= 9
                    && digits.chars().all(|c| c.is_ascii_digit())
                    && count > 0
                {
                    found.push((i, at, count));
                }
            }
        }
        let mut out = Vec::new();
        for (seg, at, count) in found {
            let mut event = Event::new(EventKind::Points);
            event.program = Some(ProgramId::known(Program::KindleRewards.id()));
            event.points = Some(count);
            event.expires_on = self.stated_expiry(seg, at, Kind::Grant);
            out.push((at, event));
        }
        out
    }

    /// Points in an earning rule ("3 points per dollar", "every 300 points
    /// become", "collect 300 points"): a rate word right around the number,
    /// not just anywhere in the sentence ("earned you 59 Kindle Points (2×
    /// the usual 3 points per dollar)" earns 59).
    fn points_at_a_rate(&self, points: &Hit) -> bool {
        let seg = self.doc.segments[self.doc.segment_of(points.start)].clone();
        let window = seg.start.max(points.start.saturating_sub(64))..seg.end.min(points.end + 32).max(points.end);
        self.hits_within(window).any(|h| {
            h.cue == Cue::Rate
                && ((h.end <= points.start && points.start - h.end <= 24)
                    || (h.start >= points.end && h.start - points.end <= 12))
        })
    }

    /// Promo codes, with the amount or percentage off, the minimum basket and
    /// the expiry said around them. Returns the amounts a code used up.
    fn codes(&mut self) -> (Vec<(usize, Event)>, HashSet<usize>) {
        let mut consumed = HashSet::new();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let written = self.written_codes();
        for (n, (at, code, seg)) in written.iter().cloned().enumerate() {
            if !seen.insert(code.clone()) {
                continue;
            }
            // Several codes in one sentence: each is described from where it
            // is written up to the next ("use A for $4 off books, or B for $2 off films").
            let segment = self.doc.segments[seg].clone();
            let next = written.get(n + 1).map(|(next, ..)| *next).filter(|&next| next < segment.end);
            let previous = n.checked_sub(1).map(|p| written[p].0).filter(|&p| p >= segment.start);
            let at = at.clamp(segment.start, segment.end);
            let own = match (previous, next) {
                (None, None) => segment,
                (_, Some(next)) => at..next,
                (Some(_), None) => at..segment.end,
            };
            // A code's own words say what it takes off: "take 15% off … with code
            // MOVIENIGHT10" takes no amount from the sentence before it, and an
            // amount that sentence gives ("We've added a $5.00 credit") is the credit's.
            let percent_own = PERCENT.is_match(&self.doc.text[own.clone()]);
            let near = |a: &Amount| {
                let beside = if percent_own { a.seg == seg } else { a.seg.abs_diff(seg) <= 1 };
                a.seg != 0
                    && beside
                    && (!matches!(self.kind_of(a), Some(Kind::Grant | Kind::Promise)) || self.taken_off(a))
            };
            // Amounts are sorted by position, so by segment: only those of the segments around.
            let around =
                self.amounts.partition_point(|a| a.seg + 1 < seg)..self.amounts.partition_point(|a| a.seg <= seg + 1);
            let by_nearness = |i: &usize| {
                let a = &self.amounts[*i];
                (a.seg.abs_diff(seg) * 2 + usize::from(a.seg > seg), a.range.start.abs_diff(at))
            };
            let unused = |i: &usize| !consumed.contains(i);
            let off = around
                .clone()
                .filter(|&i| self.roles[i] == Role::Free && near(&self.amounts[i]))
                .filter(unused)
                .min_by_key(by_nearness);
            let minimum = around
                .filter(|&i| self.roles[i] == Role::Minimum && near(&self.amounts[i]))
                .filter(unused)
                .min_by_key(by_nearness);
            let mut event = Event::new(EventKind::Code);
            event.program = Some(ProgramId::known(Program::PromoCode.id()));
            event.code = Some(code);
            if let Some(i) = off {
                event.amount = Some(self.amounts[i].money);
                consumed.insert(i);
            } else {
                event.percent_off = self.percent_near(seg);
            }
            if let Some(i) = minimum {
                event.min_purchase = Some(self.amounts[i].money);
                consumed.insert(i);
            }
            event.expires_on = self.stated_expiry(seg, at, Kind::Offer);
            // A code's own sentence says what it is for ("15% off Kindle eBooks").
            event.categories = self.categories_near(seg, at, Some(own));
            out.push((at, event));
        }
        (out, consumed)
    }

    /// Whether an amount is what a discount takes off, said right after it:
    /// "a code worth $10 off", "5 € Rabatt", "5 € de réduction", "500円割引".
    /// In a code's own sentence such an amount is the code's, never a credit
    /// given, whatever word of giving the sentence holds ("Here is a code …").
    fn taken_off(&self, amount: &Amount) -> bool {
        let text = &self.doc.text;
        let end = char_floor(text, amount.range.end + 16);
        let after = text[amount.range.end..end].trim_start();
        let off = after.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("off"))
            && !after[3..].starts_with(|c: char| c.is_alphanumeric());
        off || self
            .hits_within(amount.range.end..end)
            .any(|h| h.cue == Cue::Deal && self.span(amount.range.end, h.start) <= 4)
    }

    /// Every promo code the message writes, with where: after a "code" cue
    /// ("use code SAVE5"); and, in a message that speaks of codes, at the
    /// head of a line of a list or table ("BOOKS5 – $5 off a Kindle book" /
    /// "MUSIC3 – $3 off an album") or as a token of letters and digits in a
    /// sentence that states an amount or a percentage ("use FALLREAD4 for $4
    /// off a Kindle book, or FALLFILM2 for $2 off a rental").
    ///
    /// Each comes with the segment that speaks of it: its own line when that
    /// states a value (a list or table row), else the sentence of its cue
    /// ("Your code:" / "PVRENT7").
    fn written_codes(&self) -> Vec<(usize, String, usize)> {
        let mut found: Vec<(usize, String, usize)> = Vec::new();
        let cues: Vec<&Hit> = self.hits.iter().filter(|h| h.cue == Cue::Code && !self.quoted(h.start)).collect();
        let with_amount: HashSet<usize> = self.amounts.iter().map(|a| a.seg).collect();
        let states_value =
            |seg: usize| with_amount.contains(&seg) || PERCENT.is_match(&self.doc.text[self.doc.segments[seg].clone()]);
        for hit in &cues {
            if let Some((offset, code)) = code_after(&self.doc.text[hit.end..]) {
                let at = hit.end + offset;
                let own = self.doc.segment_of(at);
                let seg = if states_value(own) { own } else { self.doc.segment_of(hit.start) };
                found.push((at, code, seg));
            }
        }
        if !cues.is_empty() {
            let mut known: HashSet<String> = found.iter().map(|(_, code, _)| code.clone()).collect();
            for (i, range) in self.doc.segments.iter().enumerate().skip(1) {
                if self.quoted(range.start) {
                    continue;
                }
                if !states_value(i) {
                    continue;
                }
                if let Some((offset, code)) = code_heading(&self.doc.text[range.clone()]) {
                    known.insert(code.clone());
                    found.push((range.start + offset, code, i));
                }
                for token in CODE_TOKEN.captures_iter(&self.doc.text[range.clone()]).filter_map(|c| c.get(1)) {
                    let code = token.as_str();
                    let mixed =
                        code.chars().any(|c| c.is_ascii_digit()) && code.chars().any(|c| c.is_ascii_uppercase());
                    if mixed && !is_asin(code) && !known.contains(code) {
                        known.insert(code.to_string());
                        found.push((range.start + token.start(), code.to_string(), i));
                    }
                }
            }
        }
        // "promo code SAVE5" is found from "promo code" and from "code": once.
        found.sort();
        let mut seen = HashSet::new();
        found.retain(|(_, code, _)| seen.insert(code.clone()));
        found
    }

    fn percent_near(&self, seg: usize) -> Option<u32> {
        let lo = seg.saturating_sub(1).max(1);
        let hi = (seg + 1).min(self.doc.segments.len() - 1);
        let mut order: Vec<usize> = (lo..=hi).collect();
        order.sort_by_key(|i| i.abs_diff(seg));
        order.into_iter().find_map(|i| {
            let range = self.doc.segments[i].clone();
            let caps = PERCENT.captures(&self.doc.text[range])?;
            caps.get(1)?.as_str().parse().ok().filter(|p| (1..=100).contains(p))
        })
    }

    /// The claim code of a gift card, all but its last four characters hidden.
    fn masked_claim_code(&self) -> Option<String> {
        let hit = self.hits.iter().find(|h| h.cue == Cue::ClaimCode)?;
        let rest = self.doc.text[hit.end..].trim_start_matches([':', ' ', '\t']);
        let token: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        let visible: Vec<char> = token.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if visible.len() < 8 {
            return None;
        }
        let tail: String = visible[visible.len() - 4..].iter().collect();
        Some(format!("gift card claim code ending {tail} (redeem it in your Amazon account)"))
    }

    /// A message that says a credit was given but states no amount at all.
    fn report_missing_amount(&mut self, events: &[Event]) {
        let strong_program = self.hits.iter().any(|h| matches!(h.cue, Cue::Program(_, Strength::Strong)));
        if events.is_empty()
            && self.amounts.is_empty()
            && !self.problems.iter().any(|(kind, _)| *kind == ProblemKind::Unknown)
            && self.grant_context
            && strong_program
            && !self.excluded
            && !self.notice
            && self.seg.iter().any(|s| s.credit)
        {
            self.problems.push((
                ProblemKind::Incomplete,
                "the message says a credit was given but no amount could be read".into(),
            ));
        }
    }
}

/// "The credit will then be added", "Das Guthaben wird nach der Bestellung
/// gutgeschrieben", "il sera automatiquement crédité": a grant word after an
/// auxiliary of the future in the same clause says what will happen, not
/// what did (the phrase tables cannot list every adverb and object that may
/// stand between, and German puts the participle last). So does a grant
/// word a delay follows: "credits are issued within 5 days of delivery".
fn future_grants_are_promises(hits: &mut [Hit], doc: &Doc) {
    let same_clause = |from: usize, to: usize| {
        let Some(between) = doc.text.get(from..to) else { return false };
        to - from <= 80
            && doc.segment_of(from) == doc.segment_of(to)
            && !between.contains([';', ':', '\n'])
            && !between.contains(", ")
            && !between.contains(" and ")
            && !between.contains(" und ")
    };
    let mut future: Option<usize> = None;
    for hit in hits.iter_mut() {
        match hit.cue {
            Cue::Future => future = Some(hit.end),
            Cue::Grant | Cue::GrantWeak | Cue::Conversion
                if future.is_some_and(|end| end <= hit.start && same_clause(end, hit.start)) =>
            {
                hit.cue = if hit.cue == Cue::Conversion { Cue::ConversionLater } else { Cue::Promise };
            }
            _ => {}
        }
    }
    // "could not be applied", "wurde nicht gutgeschrieben", "n'a pas été crédité": not given.
    let mut negation: Option<usize> = None;
    for hit in hits.iter_mut() {
        match hit.cue {
            Cue::Negation => negation = Some(hit.end),
            Cue::Grant | Cue::GrantWeak | Cue::GrantPresent
                if negation
                    .is_some_and(|end| end <= hit.start && hit.start - end <= 24 && same_clause(end, hit.start)) =>
            {
                hit.cue = Cue::ExcludeSegment;
            }
            _ => {}
        }
    }
    // "credited after your package ships", "ajouté une fois vos articles
    // expédiés": a word of time right before an event still to come is a
    // promise tied to the order, whatever the words between.
    let mut ahead: Vec<usize> = Vec::new();
    for i in 0..hits.len() {
        if hits[i].cue != Cue::When {
            continue;
        }
        let end = hits[i].end;
        let near = || hits[i + 1..].iter().take(24).take_while(|h| h.start <= end + 40);
        let event = near().find(|h| {
            h.cue == Cue::EventAhead
                && same_clause(end, h.start)
                && doc.text.get(end..h.start).and_then(words_between).is_some_and(|n| n <= 4)
        });
        // "when your order was delivered": it happened.
        let event = event.is_some_and(|e| !near().any(|h| h.cue == Cue::Past && h.start < e.end));
        if event {
            hits[i].cue = Cue::PromiseStrong;
            ahead.push(hits[i].start);
        }
    }
    for hit in hits.iter_mut().filter(|h| matches!(h.cue, Cue::Grant | Cue::GrantWeak)) {
        let next = ahead.partition_point(|&a| a < hit.end);
        if ahead.get(next).is_some_and(|&a| a - hit.end <= 40 && same_clause(hit.end, a)) {
            hit.cue = Cue::Promise;
        }
    }
    let delays: Vec<usize> = hits.iter().filter(|h| h.cue == Cue::Within).map(|h| h.start).collect();
    for hit in hits.iter_mut().filter(|h| h.cue == Cue::Grant) {
        let next = delays.partition_point(|&d| d < hit.end);
        if delays.get(next).is_some_and(|&d| d - hit.end <= 40 && same_clause(hit.end, d)) {
            hit.cue = Cue::Promise;
        }
    }
}

/// At most `chars` characters (without counting those of a long text).
fn short(text: &str, chars: usize) -> bool {
    text.len() <= chars || (text.len() <= chars * 4 && text.chars().count() <= chars)
}

/// Whether a line ends as a sentence does (not with the dot leaders of a
/// label: "Reward amount ........").
fn is_sentence(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(['!', '?', '。', '！']) || (line.ends_with('.') && !line.ends_with(".."))
}

/// Whether the words between a cue and an amount stay in one clause: no
/// semicolon, no comma or dash setting a clause off, no sentence end.
fn same_clause(between: &str) -> bool {
    !between.contains([';', '。', '；'])
        && !between.contains(", ")
        && !between.contains(". ")
        && !between.contains(" - ")
}

/// `at`, or the nearest character boundary before it.
fn char_floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether the program named by `hits[i]` is named by a longer phrase of
/// the same program around it: "gift card" inside "gift card balance" (a
/// balance the credit lands in) does not name a gift card again.
fn named_inside_longer(hits: &[Hit], i: usize) -> bool {
    let Cue::Program(program, _) = hits[i].cue else { return false };
    let (start, end) = (hits[i].start, hits[i].end);
    // Hits are sorted by (start, end): a covering hit starts at most a phrase's length before.
    hits[..i].iter().rev().take(16).chain(hits[i + 1..].iter().take(16)).any(|h| {
        matches!(h.cue, Cue::Program(p, _) if p == program)
            && h.start <= start
            && end <= h.end
            && h.end - h.start > end - start
    })
}

/// A word of giving or promising, which names the amount right before or after it.
fn binds_as_giving(cue: Cue) -> bool {
    matches!(
        cue,
        Cue::Grant
            | Cue::GrantWeak
            | Cue::GrantPresent
            | Cue::GiftIncoming
            | Cue::Conversion
            | Cue::ConversionLater
            | Cue::Promise
            | Cue::PromiseStrong
    )
}

/// The number of words in `between` (the text separating an amount from a
/// word that may speak of it), or None when a clause ends there: a full
/// stop, a semicolon, a bracket, a conjunction.
fn words_between(between: &str) -> Option<usize> {
    if between.contains([';', '(', ')', '（', '）', '。']) || between.contains(". ") {
        return None;
    }
    let mut words = 0;
    for word in between.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if ["and", "und", "et", "or", "oder", "ou", "but", "aber", "mais"].contains(&word.to_lowercase().as_str()) {
            return None;
        }
        if !word.is_empty() {
            words += 1;
        }
    }
    Some(words)
}

/// A cue that makes words a sentence about a credit rather than a label.
fn says_something(cue: Cue) -> bool {
    matches!(
        cue,
        Cue::Grant
            | Cue::GrantWeak
            | Cue::GrantPresent
            | Cue::Promise
            | Cue::PromiseStrong
            | Cue::Offer
            | Cue::Notice
            | Cue::NoticeStrong
            | Cue::Conversion
    )
}

/// Padding between a label and its value: spaces, dot leaders, a colon, a line break.
fn is_filler(c: char) -> bool {
    c.is_whitespace() || ".:…_·-".contains(c)
}

/// `R$ 10`, `A$5`, `NZ$`: a dollar of a country unspent does not read.
fn foreign_dollar(text: &str, range: &Range<usize>) -> bool {
    let written = &text[range.clone()];
    let Some(dollar) = written.find('$') else { return false };
    let marker = written[..dollar].trim_start_matches(['-', '−', ' ']);
    if !marker.is_empty() {
        return false;
    }
    text[..range.start + dollar].chars().next_back().is_some_and(|c| c.is_alphabetic())
}

fn bare_dollar(written: &str) -> bool {
    written.find('$').is_some_and(|at| written[..at].trim_start_matches(['-', '−', ' ']).is_empty())
}

/// `Gift Card balance: ($5.00)`: an amount in brackets at the end of its line
/// is negative, as accounts write it (not "an eGift Card (£25.00) for Sam").
fn bracketed_value(text: &str, range: &Range<usize>) -> bool {
    let opened = text[..range.start].ends_with('(');
    let rest = &text[range.end..];
    let line_ends = |after: &str| after.trim_start_matches([' ', '\t']).chars().next().is_none_or(|c| c == '\n');
    let closed = rest.strip_prefix(')').is_some_and(line_ends);
    opened && closed
}

/// `- $50.00` (a dash used as a separator) is not a negative amount.
fn detached_sign(written: &str) -> bool {
    let trimmed = written.trim_start();
    trimmed.starts_with(['-', '−']) && trimmed[trimmed.chars().next().map_or(1, char::len_utf8)..].starts_with(' ')
}

/// The whole number written just before a points word: `27 Kindle Points`,
/// `1,250 points`, `45 points Kindle`, `100ポイント`.
fn number_before(text: &str) -> Option<i64> {
    let rest = without_kindle(text);
    let digits: String = rest.chars().rev().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
    let digits: String = digits.chars().rev().collect();
    let lead = &rest[..rest.len() - digits.len()];
    let glued = lead.chars().next_back().is_some_and(|c| c.is_alphanumeric() && !crate::phrases::is_cjk(c));
    let money = lead.trim_end().chars().next_back().is_some_and(|c| "$£€¥￥".contains(c));
    if glued || money {
        return None;
    }
    let clean: String = digits.chars().filter(char::is_ascii_digit).collect();
    if clean.is_empty() || clean.len() > 9 {
        return None;
    }
    clean.parse().ok()
}

/// `text` without the "Kindle" that may stand between a number and "points".
fn without_kindle(text: &str) -> &str {
    let mut rest = text.trim_end();
    for word in ["kindle-", "kindle"] {
        let cut = rest.len().saturating_sub(word.len());
        if rest.get(cut..).is_some_and(|tail| tail.eq_ignore_ascii_case(word)) {
            rest = rest[..cut].trim_end();
        }
    }
    rest
}

/// Whether the number right before a points word follows a possessive
/// ("your 300 points", "Ihre 300 Punkte", "vos 300 points").
fn possessive_count(text: &str) -> bool {
    word_before_count(text)
        .is_some_and(|w| ["your", "ihre", "ihren", "ihrer", "vos", "votre", "tes"].contains(&w.as_str()))
}

/// Whether the number right before a points word is a threshold reached
/// ("you've reached 300 points and earned a $3.00 reward").
fn threshold_count(text: &str) -> bool {
    word_before_count(text)
        .is_some_and(|w| ["reached", "reach", "hit", "erreicht", "atteint", "atteignez"].contains(&w.as_str()))
}

/// The word (lower case) before the number that ends `text`, if one does.
fn word_before_count(text: &str) -> Option<String> {
    let number_end = without_kindle(text);
    let rest = number_end.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    if rest.len() == number_end.len() {
        return None;
    }
    let word: String = rest.trim_end().chars().rev().take_while(|c| c.is_alphabetic()).collect();
    Some(word.chars().rev().collect::<String>().to_lowercase())
}

/// The count in a label and its value: `Points earned: 120`, `ポイント\t100`,
/// or a table row that ends with the number (`Kindle Points earned 36`).
fn number_after_label(text: &str) -> Option<i64> {
    let label: String = text.chars().take_while(|c| !c.is_ascii_digit() && *c != '\n').take(24).collect();
    let rest = &text[label.len()..];
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ',').collect();
    let after = rest[digits.len()..].chars().next();
    if after.is_some_and(|c| (c.is_alphanumeric() && !crate::phrases::is_cjk(c)) || "/.$€£".contains(c)) {
        return None;
    }
    let ends_row = after.is_none_or(|c| c == '\n');
    let short_label = label.split_whitespace().count() <= 2 && label.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !(label.contains([':', '\t']) || (ends_row && short_label)) {
        return None;
    }
    let clean: String = digits.chars().filter(char::is_ascii_digit).collect();
    (!clean.is_empty() && clean.len() <= 9).then(|| clean.parse().ok()).flatten()
}

/// The code written after a "code" cue, with its offset in `text`:
/// upper-case letters and digits, at least one letter, no dashes (dashed
/// tokens are gift-card claim codes).
fn code_after(text: &str) -> Option<(usize, String)> {
    // "code required: SAVE10", "Code at checkout: SAVE10": a short label, then a colon.
    let head: String = text.chars().take(24).take_while(|c| *c != '\n').collect();
    let mut rest = match head.find([':', '：']) {
        Some(colon) if head[..colon].chars().all(|c| c.is_alphabetic() || c == ' ') => {
            &text[colon + head[colon..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => text,
    };
    for _ in 0..3 {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ":：\"'「」『』«»*(“`".contains(c));
        let word: String = rest.chars().take_while(|c| c.is_lowercase()).collect();
        if ["is", "ist", "lautet", "est", "de", "du"].contains(&word.as_str()) {
            rest = &rest[word.len()..];
        } else {
            break;
        }
    }
    let token: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    let valid = (5..=24).contains(&token.len())
        && token.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && token.chars().any(|c| c.is_ascii_uppercase());
    valid.then(|| (text.len() - rest.len(), token))
}

/// An Amazon product number (`B08XYZ1234`), which order and deal mails print.
fn is_asin(token: &str) -> bool {
    token.len() == 10 && token.starts_with("B0")
}

/// A code heading a line of a list or table (`BOOKS5 – $5 off …`,
/// `1) READMORE5: $5 off …`, `CAFILM4<TAB>CDN$ 4.00 off …`), with its offset.
/// Without a digit in it, the code must be set off by a colon, a dash or a
/// tab, so that a capitalised word ("KINDLE 15% off") is not taken for one.
fn code_heading(line: &str) -> Option<(usize, String)> {
    let mut rest = line.trim_start();
    if is_list_item(rest) {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "-*•·◦▪–—+).・･".contains(c)).trim_start();
    }
    let token: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let valid = (5..=24).contains(&token.len())
        && token.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && token.chars().any(|c| c.is_ascii_uppercase());
    if !valid {
        return None;
    }
    let after = &rest[token.len()..];
    let separated = after.trim_start_matches(' ').starts_with([':', '-', '–', '—', '\t']) || after.starts_with('\t');
    let digit = token.chars().any(|c| c.is_ascii_digit());
    let spaced = after.starts_with([' ', '\t', ':']);
    (spaced && (digit || separated)).then(|| (line.len() - rest.len(), token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_before_points_words() {
        assert_eq!(number_before("You earned 27 Kindle "), Some(27));
        assert_eq!(number_before("You earned 27 "), Some(27));
        assert_eq!(number_before("Vous avez gagné 1,250 "), Some(1250));
        assert_eq!(number_before("合計100"), Some(100));
        assert_eq!(number_before("earned X27 "), None);
        assert_eq!(number_before("Purchase: The Long Field, $24.50\n"), None);
        assert_eq!(number_before("for € 12 "), None);
        assert_eq!(number_before("earned "), None);
        assert_eq!(number_after_label(" earned: 120\n"), Some(120));
        assert_eq!(number_after_label("\t1,500 "), Some(1500));
        assert_eq!(number_after_label(" expire on 5/1/2026"), None);
        assert_eq!(number_after_label(" for $5"), None);
        assert_eq!(number_after_label(" earned 36\nPoints expire"), Some(36));
        assert_eq!(number_after_label(" on 3 books\n"), None);
    }

    #[test]
    fn points_had_are_not_points_earned() {
        assert!(possessive_count("a $3.00 Kindle Reward from your 300 "));
        assert!(possessive_count("mit Ihren 1.200 Kindle "));
        assert!(!possessive_count("You earned 300 "));
        assert!(!possessive_count("your "));
    }

    #[test]
    fn reads_codes_but_not_claim_codes_or_words() {
        let code = |text: &str| code_after(text).map(|(_, c)| c);
        assert_eq!(code(" SAVE5NOW at checkout").as_deref(), Some("SAVE5NOW"));
        assert_eq!(code(": \"KINDLE3OFF\"").as_deref(), Some("KINDLE3OFF"));
        assert_eq!(code(" is SPRING25.").as_deref(), Some("SPRING25"));
        assert_eq!(code("「PRIME500」").as_deref(), Some("PRIME500"));
        assert_eq!(code(" 2LCF-SGTFJF-6R253"), None);
        assert_eq!(code(" at checkout"), None);
        assert_eq!(code(" 12345"), None);
        assert_eq!(code(" required: GIFT10").as_deref(), Some("GIFT10"));
        assert_eq!(code_after(" is SPRING25."), Some((4, "SPRING25".into())));
    }

    #[test]
    fn reads_codes_heading_list_lines() {
        let head = |line: &str| code_heading(line).map(|(_, c)| c);
        assert_eq!(head("BOOKS5\t- $5 off a Kindle book").as_deref(), Some("BOOKS5"));
        assert_eq!(head("1) READMORE5: $5 off").as_deref(), Some("READMORE5"));
        assert_eq!(head("• FILM2DE – 2 € Rabatt").as_deref(), Some("FILM2DE"));
        assert_eq!(head("CABOOK15 15% off").as_deref(), Some("CABOOK15"));
        assert_eq!(head("SPRINGREAD: 10% off").as_deref(), Some("SPRINGREAD"));
        assert_eq!(head("KINDLE 15% off"), None);
        assert_eq!(head("Order Total: $5"), None);
        assert_eq!(head("ABC12"), None);
        assert_eq!(code_heading("  - MUSIC3: $3"), Some((4, "MUSIC3".into())));
    }

    #[test]
    fn signs_and_dollars() {
        assert!(detached_sign("- $50.00"));
        let line = "Gift Card balance: ($5.00)\nTotal";
        assert!(bracketed_value(line, &(20..25)));
        let prose = "an eGift Card ($5.00) for Sam";
        assert!(!bracketed_value(prose, &(15..20)));
        assert!(!detached_sign("-$50.00"));
        let text = "Total R$ 10,00 and $5";
        let r = text.find("$ 10").unwrap();
        assert!(foreign_dollar(text, &(r..r + 8)));
        let r = text.rfind('$').unwrap();
        assert!(!foreign_dollar(text, &(r - 1..r + 2)));
    }
}
