//! The phrase tables (`data/phrases/*.toml`) and the cue finder built from them.
//!
//! Every wording the rules react to lives in data, one file per language,
//! so a changed Amazon template is a one-line edit. All languages are
//! matched at once: a German message from amazon.com still reads. A phrase
//! matches whole words, case-insensitively; `*` at its end (or start)
//! accepts any ending (or beginning): `expir*`, `*guthaben`. Phrases with
//! Japanese characters match anywhere, since Japanese has no spaces.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Deserialize;
use unspent_core::Category;

use crate::text::fold;

/// The built-in tables, one per language.
pub const TABLES: [(&str, &str); 4] = [
    ("en", include_str!("../../../data/phrases/en.toml")),
    ("de", include_str!("../../../data/phrases/de.toml")),
    ("fr", include_str!("../../../data/phrases/fr.toml")),
    ("ja", include_str!("../../../data/phrases/ja.toml")),
];

/// The credit programs the rules can name (ids as in data/programs.toml).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Program {
    KindleRewards,
    ShopperPanel,
    TradeIn,
    Coins,
    NoRush,
    Promotional,
    GiftCard,
    PromoCode,
}

impl Program {
    /// In order of precedence when a message names several equally: the
    /// programs that earn a credit before the balance it lands in.
    pub const ALL: [Program; 8] = [
        Program::KindleRewards,
        Program::ShopperPanel,
        Program::TradeIn,
        Program::Coins,
        Program::NoRush,
        Program::Promotional,
        Program::GiftCard,
        Program::PromoCode,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Program::KindleRewards => "kindle-rewards",
            Program::ShopperPanel => "shopper-panel",
            Program::TradeIn => "trade-in",
            Program::Coins => "coins",
            Program::NoRush => "no-rush",
            Program::Promotional => "promotional",
            Program::GiftCard => "gift-card",
            Program::PromoCode => "promo-code",
        }
    }

    pub fn from_id(id: &str) -> Option<Program> {
        Program::ALL.into_iter().find(|p| p.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    Strong,
    Weak,
}

/// What a phrase signals. See the comments in data/phrases/en.toml.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    Grant,
    GrantWeak,
    GrantPresent,
    Conditional,
    Usage,
    Promise,
    PromiseStrong,
    Offer,
    Notice,
    NoticeStrong,
    Expiry,
    /// A word that may end a credit or anything else ("until", "before",
    /// "bis", "jusqu'au"): an expiry, but a stated one is preferred.
    ExpiryWeak,
    ExpiryTight,
    ExpiryAfter,
    EventDate,
    Deal,
    ExcludeMessage,
    ExcludeSegment,
    OutOfScope,
    GiftOutgoing,
    GiftIncoming,
    Superseded,
    Ceiling,
    Price,
    PriceLabel,
    PriceTight,
    Balance,
    /// Right after an amount: it is there to be used ("you have $3 to
    /// spend"), which a credit just given is too.
    ToUse,
    MinimumBefore,
    MinimumAfter,
    Credit,
    NotCredit,
    Eligible,
    Code,
    ClaimCode,
    Points,
    /// A programme's name that makes a count of points beside it its
    /// points ("Kindle"), short of the programme's full name.
    PointsOwner,
    Aggregate,
    Rate,
    Conversion,
    /// A conversion in the future ("they'll be converted into a $3 reward"),
    /// set by the rules from a conversion after a future auxiliary.
    ConversionLater,
    Used,
    Forward,
    /// An auxiliary of the future ("will", "wird", "sera"): a grant word
    /// later in its clause is a promise ("will then be added", "wird nach
    /// dem Versand gutgeschrieben").
    Future,
    /// A word of time ("after", "once", "sobald", "une fois"): before an
    /// event still to come ([`Cue::EventAhead`]) it makes a promise tied to
    /// the order ("credited after your items ship").
    When,
    /// An event still to come for an order ("ships", "is delivered",
    /// "versandt wird", "expédiés"), after a [`Cue::When`].
    EventAhead,
    /// An auxiliary of the past ("was", "wurde", "a été"): between a
    /// [`Cue::When`] and its event, the event happened.
    Past,
    /// A delay ("within 5 days"): a grant word just before it in its clause
    /// is a rule or a promise ("credits are issued within 5 days of delivery").
    Within,
    /// A negation ("not", "n't", "nicht", "pas"): a grant word right after it
    /// in its clause says what was not given ("could not be applied").
    Negation,
    /// A running total or a period's total ("so far", "year to date",
    /// "since you joined", "last year"): amounts in its clause restate
    /// credits, they give none.
    Running,
    /// A summary or a statement of an account ("Your monthly Kindle Rewards
    /// summary", "Kontoauszug"): in the subject, the message restates
    /// credits told one by one before.
    Summary,
    /// "summary", "Übersicht": a summary when said of a period ("monthly",
    /// "February summary"), else perhaps one credit's confirmation.
    SummaryOfPeriod,
    /// A period: "monthly", "annual", a month's name.
    Period,
    /// The noun of a balance ("balance", "solde", "残高"): as the label of an
    /// amount, a balance stated.
    BalanceNoun,
    Redeem(Program),
    Program(Program, Strength),
    Category(Category),
}

/// One phrase found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[allow(dead_code)]
    language: String,
    #[serde(default)]
    cues: CueLists,
    #[serde(default)]
    redeem: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    programs: BTreeMap<String, ProgramPhrases>,
    #[serde(default)]
    categories: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    prefilter: Prefilter,
    /// Other ways of writing a part of a phrase ("your account" is also
    /// "your Amazon account"): every phrase of the table holding the part is
    /// matched in each of its variants too.
    #[serde(default)]
    variants: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramPhrases {
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Prefilter {
    #[serde(default)]
    subject: Vec<String>,
}

macro_rules! cue_lists {
    ($($field:ident => $cue:expr),* $(,)?) => {
        #[derive(Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct CueLists {
            $(#[serde(default)] $field: Vec<String>,)*
        }

        impl CueLists {
            fn each(&self, mut f: impl FnMut(&str, Cue)) {
                $(for phrase in &self.$field { f(phrase, $cue); })*
            }
        }
    };
}

cue_lists! {
    grant => Cue::Grant,
    grant_weak => Cue::GrantWeak,
    grant_present => Cue::GrantPresent,
    conditional => Cue::Conditional,
    usage => Cue::Usage,
    promise => Cue::Promise,
    promise_strong => Cue::PromiseStrong,
    offer => Cue::Offer,
    notice => Cue::Notice,
    notice_strong => Cue::NoticeStrong,
    expiry => Cue::Expiry,
    expiry_weak => Cue::ExpiryWeak,
    expiry_after => Cue::ExpiryAfter,
    expiry_tight => Cue::ExpiryTight,
    event_date => Cue::EventDate,
    deal => Cue::Deal,
    exclude_message => Cue::ExcludeMessage,
    exclude_segment => Cue::ExcludeSegment,
    out_of_scope => Cue::OutOfScope,
    gift_outgoing => Cue::GiftOutgoing,
    gift_incoming => Cue::GiftIncoming,
    superseded => Cue::Superseded,
    ceiling => Cue::Ceiling,
    price => Cue::Price,
    price_label => Cue::PriceLabel,
    price_tight => Cue::PriceTight,
    balance => Cue::Balance,
    to_use => Cue::ToUse,
    minimum_before => Cue::MinimumBefore,
    minimum_after => Cue::MinimumAfter,
    credit => Cue::Credit,
    not_credit => Cue::NotCredit,
    eligible => Cue::Eligible,
    code => Cue::Code,
    claim_code => Cue::ClaimCode,
    points => Cue::Points,
    points_owner => Cue::PointsOwner,
    aggregate => Cue::Aggregate,
    rate => Cue::Rate,
    conversion => Cue::Conversion,
    used => Cue::Used,
    forward => Cue::Forward,
    future => Cue::Future,
    within => Cue::Within,
    when => Cue::When,
    event_ahead => Cue::EventAhead,
    past => Cue::Past,
    negation => Cue::Negation,
    running => Cue::Running,
    summary => Cue::Summary,
    summary_of_period => Cue::SummaryOfPeriod,
    period => Cue::Period,
    balance_noun => Cue::BalanceNoun,
}

/// Why the phrase tables could not be read (a defect in data/phrases, caught by tests).
#[derive(Debug, thiserror::Error)]
pub enum PhraseError {
    #[error("data/phrases/{file}.toml: {message}")]
    Invalid { file: String, message: String },
}

struct Pattern {
    cues: Vec<Cue>,
    whole_start: bool,
    whole_end: bool,
}

/// Finds every cue of every language in a folded text.
pub struct Phrases {
    matcher: AhoCorasick,
    patterns: Vec<Pattern>,
    subject_keywords: Vec<String>,
}

static BUILTIN: LazyLock<Phrases> = LazyLock::new(|| {
    // The tables are compiled in and checked by this crate's tests, so a
    // failure here is a build defect, not something a message can cause.
    Phrases::from_tables(&TABLES).expect("built-in phrase tables are valid")
});

impl Phrases {
    pub fn builtin() -> &'static Phrases {
        &BUILTIN
    }

    pub fn from_tables(tables: &[(&str, &str)]) -> Result<Phrases, PhraseError> {
        let mut by_phrase: BTreeMap<(String, bool, bool), Vec<Cue>> = BTreeMap::new();
        let mut subject_keywords = Vec::new();
        for (file, source) in tables {
            let invalid = |message: String| PhraseError::Invalid { file: file.to_string(), message };
            let table: Table = toml::from_str(source).map_err(|e| invalid(e.to_string()))?;
            let variants = &table.variants;
            let mut add = |phrase: &str, cue: Cue| -> Result<(), PhraseError> {
                for written in with_variants(phrase, variants) {
                    let (key, whole_start, whole_end) =
                        pattern_key(&written).ok_or_else(|| invalid(format!("empty phrase in {cue:?}")))?;
                    let cues = by_phrase.entry((key, whole_start, whole_end)).or_default();
                    if !cues.contains(&cue) {
                        cues.push(cue);
                    }
                }
                Ok(())
            };
            let mut failed = None;
            table.cues.each(|phrase, cue| {
                if let Err(e) = add(phrase, cue) {
                    failed.get_or_insert(e);
                }
            });
            if let Some(e) = failed {
                return Err(e);
            }
            for (id, phrases) in &table.redeem {
                let program =
                    Program::from_id(id).ok_or_else(|| invalid(format!("unknown program `{id}` in [redeem]")))?;
                for phrase in phrases {
                    add(phrase, Cue::Redeem(program))?;
                }
            }
            for (id, phrases) in &table.programs {
                let program =
                    Program::from_id(id).ok_or_else(|| invalid(format!("unknown program `{id}` in [programs]")))?;
                for phrase in &phrases.strong {
                    add(phrase, Cue::Program(program, Strength::Strong))?;
                }
                for phrase in &phrases.weak {
                    add(phrase, Cue::Program(program, Strength::Weak))?;
                }
            }
            for (name, phrases) in &table.categories {
                let category: Category = name.parse().map_err(invalid)?;
                for phrase in phrases {
                    add(phrase, Cue::Category(category))?;
                }
            }
            subject_keywords.extend(table.prefilter.subject.iter().map(|k| fold(k.trim())));
        }
        let keys: Vec<&str> = by_phrase.keys().map(|(k, _, _)| k.as_str()).collect();
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keys)
            .map_err(|e| PhraseError::Invalid { file: "*".into(), message: e.to_string() })?;
        let patterns = by_phrase
            .into_iter()
            .map(|((_, whole_start, whole_end), cues)| Pattern { cues, whole_start, whole_end })
            .collect();
        Ok(Phrases { matcher, patterns, subject_keywords })
    }

    /// Subject keywords of every language, folded, for the cheap pre-filter.
    pub fn subject_keywords(&self) -> &[String] {
        &self.subject_keywords
    }

    /// Every cue in `folded` (a text from [`fold`]), sorted by position.
    /// Cues inside a phrase that says otherwise are dropped: "added" inside
    /// "will be added" is a promise, not a grant; "credit" inside "credit
    /// card" is no credit.
    pub fn find(&self, folded: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.matcher.find_overlapping_iter(folded) {
            let pattern = &self.patterns[m.pattern().as_usize()];
            if pattern.whole_start && !boundary_before(folded, m.start()) {
                continue;
            }
            if pattern.whole_end && !boundary_after(folded, m.end()) {
                continue;
            }
            hits.extend(pattern.cues.iter().map(|&cue| Hit { start: m.start(), end: m.end(), cue }));
        }
        let mut maskers: Vec<Hit> = hits.iter().copied().filter(|h| masks_anything(h.cue)).collect();
        maskers.sort_by_key(|m| m.start);
        let longest = maskers.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        hits.retain(|h| {
            // Only a masker starting at most its own length before `h` can contain it.
            let first = maskers.partition_point(|m| m.start + longest < h.start);
            !maskers[first..]
                .iter()
                .take_while(|m| m.start <= h.start)
                .any(|m| m != h && masks(m.cue, h.cue) && (h.end <= m.end || overlap_masks(m.cue, h.cue, m, h)))
        });
        hits.sort_by_key(|h| (h.start, h.end));
        hits
    }
}

fn masks_anything(cue: Cue) -> bool {
    matches!(
        cue,
        Cue::Grant
            | Cue::GrantPresent
            | Cue::GiftIncoming
            | Cue::Promise
            | Cue::Usage
            | Cue::Eligible
            | Cue::Conversion
            | Cue::PromiseStrong
            | Cue::Offer
            | Cue::ExcludeMessage
            | Cue::ExcludeSegment
            | Cue::GiftOutgoing
            | Cue::NotCredit
            | Cue::ClaimCode
            | Cue::Rate
            | Cue::Notice
            | Cue::NoticeStrong
            | Cue::Redeem(_)
    )
}

/// Whether a hit of `outer` hides a hit of `inner` lying inside it.
fn masks(outer: Cue, inner: Cue) -> bool {
    match inner {
        // "Rewards applied" on an order is a credit spent, not one given.
        Cue::Grant | Cue::GrantWeak | Cue::GrantPresent => !matches!(
            outer,
            Cue::Grant
                | Cue::GrantPresent
                | Cue::GiftIncoming
                | Cue::NotCredit
                | Cue::ClaimCode
                | Cue::Eligible
                | Cue::Conversion
        ),
        Cue::Credit | Cue::Program(..) => outer == Cue::NotCredit,
        Cue::Code => outer == Cue::ClaimCode,
        Cue::Offer => {
            matches!(
                outer,
                Cue::Notice
                    | Cue::NoticeStrong
                    | Cue::Promise
                    | Cue::PromiseStrong
                    | Cue::Usage
                    | Cue::Eligible
                    | Cue::GrantPresent
            )
        }
        Cue::Promise => outer == Cue::Usage,
        Cue::Balance => matches!(outer, Cue::Grant | Cue::GiftIncoming),
        Cue::Rate => outer == Cue::Conversion,
        _ => false,
    }
}

/// A promise hides a sales word that starts inside it: "you'll get a $1
/// credit" is a promise, though "get a" alone would be marketing.
fn overlap_masks(outer: Cue, inner: Cue, m: &Hit, h: &Hit) -> bool {
    matches!(outer, Cue::Promise | Cue::PromiseStrong) && inner == Cue::Offer && h.start < m.end
}

/// A phrase and its variants: each part of it that `variants` lists,
/// written in each of its other ways (one part replaced at a time).
fn with_variants(phrase: &str, variants: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut all = vec![phrase.to_string()];
    let folded = fold(phrase);
    for (part, others) in variants {
        let part_folded = fold(part);
        if let Some(at) = folded.find(&part_folded) {
            for other in others {
                all.push(format!("{}{}{}", &phrase[..at], other, &phrase[at + part_folded.len()..]));
            }
        }
    }
    all
}

/// The folded phrase and whether each end must fall on a word boundary.
fn pattern_key(phrase: &str) -> Option<(String, bool, bool)> {
    let trimmed = phrase.trim();
    let whole_start = !trimmed.starts_with('*');
    let whole_end = !trimmed.ends_with('*');
    let core = fold(trimmed.trim_matches('*').trim());
    if core.is_empty() {
        return None;
    }
    let first = core.chars().next()?;
    let last = core.chars().last()?;
    Some((core.clone(), whole_start && is_word_char(first), whole_end && is_word_char(last)))
}

/// A letter or digit of a script that separates words with spaces.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xff66..=0xff9f | 0x20000..=0x2fa1f)
}

fn boundary_before(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !is_word_char(c))
}

fn boundary_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_none_or(|c| !is_word_char(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::ProgramCatalog;

    fn cues(text: &str) -> Vec<(String, Cue)> {
        let folded = fold(text);
        Phrases::builtin().find(&folded).into_iter().map(|h| (text[h.start..h.end].to_string(), h.cue)).collect()
    }

    fn has(text: &str, word: &str, cue: Cue) -> bool {
        cues(text).iter().any(|(w, c)| w == word && *c == cue)
    }

    #[test]
    fn builtin_tables_load_and_name_known_programs() {
        let catalog = ProgramCatalog::builtin();
        for program in Program::ALL {
            assert!(catalog.get(program.id()).is_some(), "{} is not in data/programs.toml", program.id());
        }
        let phrases = Phrases::from_tables(&TABLES).unwrap();
        assert!(!phrases.subject_keywords().is_empty());
    }

    #[test]
    fn matches_whole_words_case_insensitively() {
        assert!(has("We've ADDED a reward", "ADDED", Cue::Grant));
        assert!(!cues("Reloaded").iter().any(|(w, c)| w == "Reload" && *c == Cue::ExcludeMessage));
        assert!(!cues("learned").iter().any(|(_, c)| *c == Cue::Grant));
        assert!(has("Das Guthaben ist gültig bis", "gültig bis", Cue::Expiry));
        assert!(has("クレジットを付与しました", "付与しました", Cue::Grant));
    }

    #[test]
    fn longer_phrases_overrule_the_cues_inside_them() {
        assert!(!cues("It will be added once your order ships").iter().any(|(_, c)| *c == Cue::Grant));
        assert!(!cues("charged to your credit card").iter().any(|(_, c)| *c == Cue::Credit));
        assert!(has("We've added a credit", "credit", Cue::Credit));
        assert!(!cues("You'll get a $1.00 credit").iter().any(|(_, c)| *c == Cue::Offer));
        assert!(has("Get a $5 credit when you join", "Get a", Cue::Offer));
    }

    #[test]
    fn phrases_match_in_their_variants() {
        assert!(has("It is now on your Amazon.com account", "now on your Amazon.com account", Cue::Grant));
        assert!(has("It is now on your Amazon account", "now on your Amazon account", Cue::Grant));
        assert!(has("Wir haben Ihrem Kundenkonto 5 € gutgeschrieben", "Ihrem Kundenkonto", Cue::GrantWeak));
        let table = [(
            "xx",
            "language = \"xx\"\n[cues]\ngrant = [\"in your account\"]\n[variants]\n\"your account\" = [\"your wallet\"]\n",
        )];
        let phrases = Phrases::from_tables(&table).unwrap();
        assert_eq!(phrases.find(&fold("now in your wallet")).len(), 1);
    }

    #[test]
    fn rejects_a_table_naming_an_unknown_program() {
        let bad = [("xx", "language = \"xx\"\n[programs.nope]\nstrong = [\"x\"]\n")];
        assert!(Phrases::from_tables(&bad).is_err());
        let typo = [("xx", "language = \"xx\"\n[cues]\ngrnat = [\"x\"]\n")];
        assert!(Phrases::from_tables(&typo).is_err());
    }
}
