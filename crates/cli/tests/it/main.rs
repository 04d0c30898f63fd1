//! The one integration-test binary: the `unspent` command run as a user runs it.

mod imap;
mod scan;
