//! The command line, as clap types. Parsing only: no I/O happens here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Never let an Amazon credit go unspent.
///
/// unspent finds the credits you were given (No-Rush and Amazon Day rewards,
/// promotional credits, Kindle Rewards, Shopper Panel and Trade-In payouts,
/// gift cards, promo codes) in data you already own, keeps an exact ledger of
/// them, and tells you what expires when. It never logs in to Amazon and
/// never sends your mail anywhere.
#[derive(Debug, Parser)]
#[command(name = "unspent", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The database file [default: $XDG_DATA_HOME/unspent/unspent.db]
    #[arg(long, global = true, env = "UNSPENT_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// A programs file that overrides or extends the built-in programs
    /// [default: $XDG_CONFIG_HOME/unspent/programs.toml when it exists]
    #[arg(long, global = true, env = "UNSPENT_PROGRAMS", value_name = "FILE")]
    pub programs: Option<PathBuf>,

    /// The settings file: reminders, channels, grace window, calendar
    /// [default: $XDG_CONFIG_HOME/unspent/config.toml when it exists]
    #[arg(long, global = true, env = "UNSPENT_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Pretend today is this date (YYYY-MM-DD), for reports and reminders
    #[arg(long, global = true, env = "UNSPENT_TODAY", value_name = "DATE")]
    pub today: Option<String>,

    /// When to use colour (NO_COLOR in the environment means never)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// No progress bars or notes on stderr (errors are still printed)
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

impl Global {
    /// An empty environment variable (`UNSPENT_TODAY=`) means "not set", as it does for most tools.
    pub fn ignore_empty_values(&mut self) {
        if self.today.as_deref().is_some_and(str::is_empty) {
            self.today = None;
        }
        if self.db.as_ref().is_some_and(|p| p.as_os_str().is_empty()) {
            self.db = None;
        }
        if self.programs.as_ref().is_some_and(|p| p.as_os_str().is_empty()) {
            self.programs = None;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Try unspent on a sample mailbox, in a throw-away database
    Demo(DemoArgs),
    /// Read credits from your mail or Amazon data: an mbox, a Maildir, .eml files,
    /// imaps://user@host/INBOX, an Amazon data-export .zip/folder/CSV, or a saved .html page
    Scan(ScanArgs),
    /// Record a credit, a use of one, points or a promo code by hand
    #[command(subcommand)]
    Add(AddCommand),
    /// List your credits: what is left of each, when it expires, what it can buy
    Credits(CreditsArgs),
    /// Totals per program and currency, digital-credit vs gift-card balance
    Balance(BalanceArgs),
    /// List every recorded event (the facts the ledger is built from)
    Events(EventsArgs),
    /// List what could not be read or was not believed, and where to find it
    Problems(ListArgs),
    /// Write your credits or events as JSON or CSV
    Export(ExportArgs),
    /// List the orders read from Amazon's data export, or (--shipping) which
    /// shipping option means No-Rush, learned from your No-Rush credits
    Orders(OrdersArgs),
    /// Show the credit programs unspent knows and their rules
    Programs(ProgramsArgs),
    /// Send the expiry reminders that are due (run it daily from cron or a systemd timer)
    Remind(crate::alerts_args::RemindArgs),
    /// Write an iCalendar file with every credit's expiry date and reminders
    Calendar(crate::alerts_args::CalendarArgs),
    /// Promised credits (No-Rush, trade-in, promotions) that did not arrive
    Missing(crate::alerts_args::MissingArgs),
    /// Draft the message to Amazon customer service for a missing credit
    Claim(crate::alerts_args::ClaimArgs),
    /// The weekly summary: new, expiring and missing credits, points, a checklist
    Digest(crate::alerts_args::DigestArgs),
    /// Your wishlist: what you would buy with your credits (add, import, list, remove)
    #[command(subcommand)]
    Wish(WishCommand),
    /// Plan purchases from your wishlist that use the most expiring credit, exactly
    Plan(PlanArgs),
    /// List saved promo codes and their terms; `codes check` tells which fit the plan
    Codes(CodesArgs),
    /// Kindle Rewards points: balance, expiry, next reward at your pace, points that will be lost
    Points(PointsArgs),
}

#[derive(Debug, Subcommand)]
pub enum WishCommand {
    /// Add an item: `unspent wish add "Dune" --price 9.99 --currency USD --category ebook`
    Add(WishAdd),
    /// Add items from a CSV with the header title,price,currency,category,want,sale_price,sale_from,sale_to
    /// (all rows or none)
    Import(WishImport),
    /// List the wishlist
    List(ListArgs),
    /// Remove an item by its id or its exact title
    Remove(WishRemove),
}

#[derive(Debug, Args)]
pub struct WishAdd {
    /// What it is called
    pub title: String,
    /// The regular price, e.g. 4.99 or '$4.99'
    #[arg(long, allow_hyphen_values = true)]
    pub price: String,
    /// ISO 4217 currency when --price has no symbol
    #[arg(long)]
    pub currency: Option<String>,
    /// ebook, music, video, app or physical
    #[arg(long)]
    pub category: String,
    /// must (always bought), want or maybe
    #[arg(long, default_value = "want")]
    pub want: String,
    /// A sale price, with --from and --to
    #[arg(long, allow_hyphen_values = true, requires_all = ["from", "to"])]
    pub sale: Option<String>,
    /// First day of the sale (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "sale")]
    pub from: Option<String>,
    /// Last day of the sale (YYYY-MM-DD), included
    #[arg(long, value_name = "DATE", requires = "sale")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct WishImport {
    /// The CSV file
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct WishRemove {
    /// The item's id (from `wish list`) or its exact title
    pub item: String,
}

#[derive(Debug, Args)]
pub struct PlanOptions {
    /// Plan as of this date (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The most you will pay out of pocket, per currency: '$20', 'GBP 10', or a plain
    /// number for every currency; repeat for several currencies [default: no limit]
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub budget: Vec<String>,
    /// Stop the exact search after this many seconds and show the best plan with its proven gap
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub time_limit: f64,
    /// Also spend credit that never expires (gift-card balance); by default the plan uses expiring credit only
    #[arg(long)]
    pub all_credits: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub options: PlanOptions,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Args)]
pub struct CodesArgs {
    #[command(subcommand)]
    pub command: Option<CodesCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
pub enum CodesCommand {
    /// Which saved codes apply to the planned purchases, and how much each saves
    Check(CodesCheckArgs),
}

#[derive(Debug, Args)]
pub struct CodesCheckArgs {
    #[command(flatten)]
    pub options: PlanOptions,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Args)]
pub struct PointsArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// As of this date (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// A credit you were given
    Grant(AddGrant),
    /// A credit you used on an order (a negative amount records credit given back)
    Redeem(AddRedeem),
    /// Kindle Rewards points you earned
    Points(AddPoints),
    /// A promo code you were given
    Code(AddCode),
    /// A balance you saw on Amazon's pages, to check the ledger against
    Balance(AddBalance),
    /// A credit you were promised (No-Rush chosen, trade-in accepted, promotion joined)
    Promise(crate::alerts_args::AddPromise),
}

#[derive(Debug, Args)]
pub struct Amount {
    /// The amount, e.g. 1.00, or with its currency: '$1.00', '£2', '1,00 €'
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// ISO 4217 currency (USD, GBP, CAD, EUR, JPY…) when --amount has no symbol
    #[arg(long)]
    pub currency: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddGrant {
    /// Which program the credit comes from (see `unspent programs`)
    #[arg(long)]
    pub program: String,
    #[command(flatten)]
    pub amount: Amount,
    /// The last day it can be used (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// What it can buy, comma-separated: ebook, music, video, app, physical [default: the program's]
    #[arg(long)]
    pub categories: Option<String>,
    /// The order it came with
    #[arg(long, value_name = "ID")]
    pub order: Option<String>,
    /// The day you got it [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The marketplace (US, UK, CA, DE, FR, JP), for its expiry rules
    #[arg(long)]
    pub marketplace: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddRedeem {
    #[command(flatten)]
    pub amount: Amount,
    /// The program whose credit was used [default: promotional, the digital-credit balance]
    #[arg(long)]
    pub program: Option<String>,
    /// The order it was used on
    #[arg(long, value_name = "ID")]
    pub order: Option<String>,
    /// The credit it used (an id from `unspent credits`); otherwise the soonest-expiring eligible one
    #[arg(long, value_name = "ID")]
    pub lot: Option<String>,
    /// The day it was used [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddPoints {
    /// How many points
    #[arg(long)]
    pub points: i64,
    #[arg(long, default_value = "kindle-rewards")]
    pub program: String,
    /// When they expire [default: by the program's rule, 3 months for Kindle]
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// The day you earned them [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddCode {
    /// The code to enter at checkout
    #[arg(long)]
    pub code: String,
    /// Amount off, e.g. 5.00 or '$5'
    #[arg(long, allow_hyphen_values = true, conflicts_with = "percent")]
    pub amount: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
    /// Percent off, e.g. 20
    #[arg(long)]
    pub percent: Option<u32>,
    /// The minimum purchase it needs, e.g. 10.00
    #[arg(long, value_name = "AMOUNT")]
    pub min: Option<String>,
    /// What it applies to, comma-separated [default: everything]
    #[arg(long)]
    pub categories: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// The day you got it [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddBalance {
    #[command(flatten)]
    pub amount: Amount,
    /// Which balance: digital or gift-card
    #[arg(long, default_value = "gift-card")]
    pub balance: String,
    /// Only this program's lots (e.g. no-rush for the No-Rush rewards page)
    #[arg(long)]
    pub program: Option<String>,
    /// The day you saw it [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Only events of this kind (grant, redeem, promise, points, code, offer, notice, balance)
    #[arg(long)]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct OrdersArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Show each shipping option instead: how many orders used it, how many of
    /// those got a No-Rush credit, and whether unspent takes it to mean No-Rush
    #[arg(long, conflicts_with = "uncredited")]
    pub shipping: bool,
    /// Only orders shipped with a shipping option learned to mean No-Rush that
    /// no No-Rush credit names (credits that may never have arrived)
    #[arg(long)]
    pub uncredited: bool,
}

#[derive(Debug, Args)]
pub struct CreditsArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Only credits that expire within this many days
    #[arg(long, value_name = "DAYS")]
    pub expiring: Option<i64>,
    /// Show the credits as they stood on this date (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Also list used-up, expired and not-yet-granted credits
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// On this date (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    /// A Beancount journal of the credits, with balance assertions (credits only)
    Beancount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// One row per credit (lot) with what is left and its expiry
    Credits,
    /// One row per event, with its evidence
    Events,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    #[arg(long, value_enum, default_value_t = ExportWhat::Credits)]
    pub what: ExportWhat,
    /// Write to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Credits as they stood on this date [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

#[derive(Debug, Args)]
pub struct ProgramsArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Print the built-in programs file, to copy and edit
    #[arg(long)]
    pub defaults: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Keep the demo database at this path instead of throwing it away
    #[arg(long, value_name = "PATH")]
    pub keep: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_long_help = SCAN_HELP)]
pub struct ScanArgs {
    /// What to read; the kind of each is detected from its content
    #[arg(required = true, value_name = "PATH|URL")]
    pub paths: Vec<String>,
    /// Print the summary as JSON
    #[arg(long)]
    pub json: bool,
    /// Read mbox files through a memory map instead of reads (no copying; not
    /// always faster). The file must not change while it is read: do not use
    /// it on a mailbox a mail program is writing to
    #[arg(long, overrides_with = "no_mmap")]
    pub mmap: bool,
    /// Read mbox files with plain reads (the default)
    #[arg(long, overrides_with = "mmap")]
    pub no_mmap: bool,
    /// IMAP: read the password from this file (it must be mode 0600) instead of
    /// the UNSPENT_IMAP_PASSWORD environment variable
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// IMAP: also trust the CA certificates in this PEM file (a self-hosted server)
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// IMAP: with imap://, skip STARTTLS and log in without TLS (your password
    /// would cross the network unencrypted); imap:// otherwise upgrades with STARTTLS
    #[arg(long)]
    pub insecure_plaintext: bool,
    /// IMAP: download every message, not only those whose From mentions Amazon
    #[arg(long)]
    pub fetch_all: bool,
    /// Commit to the database after this many messages (and at least every two seconds)
    #[arg(long, value_name = "N", default_value_t = 5000, hide = true)]
    pub commit_every: usize,
}

const SCAN_HELP: &str = "\
Examples:
  unspent scan ~/Takeout/Mail/'All mail Including Spam and Trash.mbox'
  unspent scan ~/Maildir ~/Downloads/credit.eml
  UNSPENT_IMAP_PASSWORD=... unspent scan imaps://me%40example.com@imap.example.com/INBOX
  unspent scan --password-file ~/.config/unspent/imap-pass imaps://me@mail.example.org/Archive

Kinds are told apart by content: an mbox starts with a `From ` line, a Maildir has cur/ or
new/, a message starts with header fields; zips, CSVs and HTML pages are Amazon's data export
or saved account pages. All paths are checked before anything is read; a path that cannot be
read stops the scan with exit code 5 and a one-line reason.

Nothing is ever changed in what is read: IMAP mailboxes are opened read-only and messages are
fetched without marking them read. A second scan of the same IMAP mailbox fetches only new
mail; scanning the same file again adds nothing.";
