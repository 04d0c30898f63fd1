//! Command-line types of the alert commands: remind, calendar, missing, claim, digest, add promise.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, after_long_help = REMIND_HELP)]
pub struct RemindArgs {
    #[command(subcommand)]
    pub action: Option<RemindAction>,
    /// Print what would be sent, send nothing and record nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum RemindAction {
    /// Set one credit's reminder days, overriding the settings file
    Set(RemindSet),
    /// Forget one credit's own reminder days (the settings file applies again)
    Clear(RemindClear),
    /// Show each credit's reminder days and which reminders were sent
    List(RemindList),
}

#[derive(Debug, Args)]
pub struct RemindSet {
    /// The credit's id (see `unspent credits`)
    pub lot: String,
    /// Days before expiry, comma-separated, e.g. 14,3 (0 = on the expiry day)
    #[arg(long, value_name = "DAYS", required_unless_present = "off", conflicts_with = "off")]
    pub days: Option<String>,
    /// No reminders for this credit
    #[arg(long)]
    pub off: bool,
}

#[derive(Debug, Args)]
pub struct RemindClear {
    /// The credit's id (see `unspent credits`)
    pub lot: String,
}

#[derive(Debug, Args)]
pub struct RemindList {
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecurrenceArg {
    Weekly,
    Monthly,
}

#[derive(Debug, Args)]
#[command(after_long_help = CALENDAR_HELP)]
pub struct CalendarArgs {
    /// Write the calendar to this file [default: standard output]
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Add a repeating "check your balances" reminder
    #[arg(long, value_enum, value_name = "HOW_OFTEN")]
    pub check_balances: Option<RecurrenceArg>,
    /// Local time of day the alarms go off, HH:MM [default: 09:00, or [calendar] alarm_time]
    #[arg(long, value_name = "HH:MM")]
    pub alarm_time: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_long_help = MISSING_HELP)]
pub struct MissingArgs {
    /// Print JSON (every promise, whatever its status)
    #[arg(long)]
    pub json: bool,
    /// Judge as of this date (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Also list promises whose credit arrived on time
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
#[command(after_long_help = CLAIM_HELP)]
pub struct ClaimArgs {
    /// The order number, e.g. 111-1234567-1234567
    pub order_id: String,
    /// The marketplace whose language to write in (US, UK, CA, DE, FR, JP)
    /// [default: the promise's, else from its currency]
    #[arg(long)]
    pub marketplace: Option<String>,
    /// Judge as of this date [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Draft it even when the credit is not (yet) known to be missing
    #[arg(long)]
    pub anyway: bool,
}

#[derive(Debug, Args)]
#[command(after_long_help = DIGEST_HELP)]
pub struct DigestArgs {
    /// Send it by e-mail instead of printing it
    #[arg(long)]
    pub send: bool,
    /// Print the HTML version instead of the text
    #[arg(long, conflicts_with = "send")]
    pub html: bool,
    /// Remember this digest as delivered without sending it (when you deliver the printed one yourself)
    #[arg(long, conflicts_with = "send")]
    pub mark: bool,
}

#[derive(Debug, Args)]
pub struct AddPromise {
    /// Which program the credit will come from, e.g. no-rush, trade-in, promotional
    #[arg(long)]
    pub program: String,
    /// The order it was promised on
    #[arg(long, value_name = "ID")]
    pub order: Option<String>,
    /// The promised amount, e.g. 1.00 or '$1.00'
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// ISO 4217 currency when --amount has no symbol
    #[arg(long)]
    pub currency: Option<String>,
    /// The day of the order or shipment [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// The marketplace (US, UK, CA, DE, FR, JP), for the claim's language
    #[arg(long)]
    pub marketplace: Option<String>,
    /// Where it was promised, quoted in a claim (e.g. "checkout page: $1 digital reward")
    #[arg(long)]
    pub note: Option<String>,
}

const REMIND_HELP: &str = "\
Reminders go out through the channels in the settings file (`--config`):

  [email]                      # security: \"starttls\" (587), \"tls\" (465), \"none\" (localhost)
  host = \"smtp.example.org\"
  username = \"me@example.org\"  # the password comes from $UNSPENT_SMTP_PASSWORD
  from = \"unspent <me@example.org>\"
  to = \"me@example.org\"

  [[webhook]]
  url = \"https://ntfy.sh/my-secret-topic\"   # ntfy, or any URL taking a JSON POST

  [reminders]
  days = [30, 7, 1]            # per program: [reminders.programs] no-rush = [14, 3]

Each reminder is recorded per credit, offset and channel only after the
channel accepted it: running twice never sends twice, and a failed send is
tried again on the next run. A reminder whose day passed while unspent did
not run is still sent once, as long as the credit has not expired.";

const CALENDAR_HELP: &str = "\
One all-day event per credit on its expiry date, with an alarm at each
reminder day. UIDs are stable: importing the file again updates the events
instead of adding copies, and credits used up since are cancelled.";

const MISSING_HELP: &str = "\
Matches every promise (No-Rush chosen, trade-in accepted, promotion joined)
with the credit that should follow. Statuses: expected (still within the
grace window), received, resolved (arrived late), wrong-amount, missing,
and cannot-check (the newest mail scanned is older than the end of the grace
window, so unspent cannot tell yet).";

const CLAIM_HELP: &str = "\
Drafts the message for Amazon customer service, in the marketplace's
language: the order, what was promised and where, what arrived.";

const DIGEST_HELP: &str = "\
The weekly summary. Run it weekly; `--send` mails it (text and HTML) through
the [email] settings and remembers it, so the next one lists what is new since.";
