//! The one integration-test binary: the `unspent` command run as a user runs it,
//! against real SQLite files and real servers in temporary directories.
//!
//! Each module covers one area; `util` holds the harness.

mod alerts;
mod export;
mod imap;
mod ledger;
mod plan;
mod scan;
mod util;
