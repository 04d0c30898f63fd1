//! Reads the places a user's mail lives into raw messages with their origin.
//!
//! - [`detect`] tells what a path or URL holds, by content, never by name:
//!   an mbox, a Maildir, a folder of messages, one message, an IMAP mailbox,
//!   an archive of mail, or Amazon export files (which another reader handles).
//! - [`mbox`] splits an mbox at disk speed in bounded memory, asking its
//!   caller from the header block alone whether a message is wanted.
//! - [`message`] takes cheap looks at a raw header block (a field's value,
//!   Takeout's `Chat` label, the date) and undoes mbox `>From ` quoting.
//! - [`imap`] reads a live mailbox read-only over TLS.
//! - [`packed`] streams the mbox files out of a Takeout `.zip`/`.tgz` or a
//!   gzipped mbox, without unpacking anything to disk.
//!
//! Sources only read bytes and say where they came from: they do not
//! decide what a message means (that is `unspent-mail`'s job), never write
//! to what they read, and know nothing about the database or the terminal.

pub mod detect;
pub mod imap;
pub mod mbox;
pub mod message;
pub mod packed;

pub use detect::{DetectError, Input, Sniffed, detect, maildir_messages, sniff};
pub use mbox::{Limits, Mbox, Sink, SplitProblem, SplitStats};
