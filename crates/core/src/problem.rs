//! Problems: what a reader could not read or would not believe.
//!
//! Readers never fail on one bad message, row or page; they report a
//! problem and go on. Problems are kept so the user can find the evidence
//! again (`origin`) and see why it did not count.

use std::fmt;

use crate::event::SourceKind;

/// Why a piece of evidence added nothing (or less than it seemed to say).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The bytes could not be read as a message, row or page.
    Unreadable,
    /// Read, but a part that matters (an amount, a date) could not be understood.
    Incomplete,
    /// Not believed: a look-alike sender, failed authentication, a forged name.
    Suspicious,
    /// Something unspent does not know yet (a CSV with unknown headers…).
    Unknown,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 4] =
        [ProblemKind::Unreadable, ProblemKind::Incomplete, ProblemKind::Suspicious, ProblemKind::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Unreadable => "unreadable",
            ProblemKind::Incomplete => "incomplete",
            ProblemKind::Suspicious => "suspicious",
            ProblemKind::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<ProblemKind> {
        ProblemKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem, with enough to find the evidence again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub source: SourceKind,
    /// The evidence's identity (a Message-ID, `file.csv#row`), or the origin when it has none.
    pub locator: String,
    /// Where the copy is: a path and byte offset, an IMAP UID, a zip entry.
    pub origin: Option<String>,
    /// One line a user can act on.
    pub message: String,
}
