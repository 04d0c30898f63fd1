//! The one integration-test binary: the `unspent` command run as a user runs it,
//! against real SQLite files in temporary directories.
//!
//! Each module covers one area; `util` holds the harness.

mod ledger;
mod plan;
mod util;
