//! Reads one e-mail into credit events.
//!
//! Pure: bytes in, [`Extraction`] out. It never fails and never panics on
//! a bad message: what it cannot read becomes a [`Problem`]. It knows
//! nothing about files, mailboxes, IMAP, SQL or the clock.

use unspent_core::{Evidence, Problem, Recorded, SourceKind};

/// Where the message was found, for its evidence.
#[derive(Clone, Debug)]
pub struct MailContext<'a> {
    pub source: SourceKind,
    /// Where this copy is: `path:offset`, a Maildir file, an IMAP UID.
    pub origin: Option<&'a str>,
}

/// What one message said.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The message's evidence, when it could be identified at all.
    pub evidence: Option<Evidence>,
    pub events: Vec<Recorded>,
    pub problems: Vec<Problem>,
    pub verdict: Verdict,
}

/// Whose message it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    /// Not from Amazon (ordinary mail, a forward by the user).
    #[default]
    NotAmazon,
    /// From an Amazon domain and believed.
    Amazon,
    /// Claims to be Amazon but is not believed (look-alike, failed authentication).
    Rejected,
}

/// Reads one raw RFC 5322 message.
pub fn extract(_raw: &[u8], _ctx: &MailContext<'_>) -> Extraction {
    Extraction::default()
}

/// Whether a message with this header block (everything before the first
/// blank line) could carry a credit. Cheap: called for every message of a
/// 20 GB mailbox. False positives cost a MIME parse; false negatives lose credits.
pub fn may_matter(_headers: &[u8]) -> bool {
    true
}
