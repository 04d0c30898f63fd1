//! What unspent tells the user, worked out without touching the world.
//!
//! This crate decides *what* to say and *when*: which expiry reminders are
//! due ([`schedule`]), which promised credits arrived, are late or went
//! missing ([`reconcile`]), the claim message for Amazon's customer service
//! ([`claim`]), the weekly digest ([`digest`]), and the iCalendar file of
//! expiry dates ([`calendar`]). It is pure: it never reads the clock, the
//! disk, the network or the database. "Today", the lots, the events, what
//! was already sent and how far the scanned mail reaches are all passed in,
//! so every answer here is a function of its arguments and cheap to test.
//!
//! It must not know how a message is delivered (SMTP, webhooks: the
//! `unspent-notify` crate and the CLI do that), where settings come from
//! (it only defines their shape), or SQL.
//!
//! Dates are civil dates (no time zone): a credit expires on a day, a
//! reminder is due on a day, and a day is the user's local day. That keeps
//! daylight-saving changes out of every calculation here; the only place a
//! time of day appears is the alarm time in the calendar, expressed
//! relative to the all-day event so calendar apps resolve it in local time.

pub mod calendar;
pub mod claim;
pub mod digest;
pub mod message;
pub mod reconcile;
pub mod schedule;
pub mod settings;
pub mod text;

pub use reconcile::{Reconciliation, Status};
pub use schedule::Reminder;
pub use settings::{AlertSettings, GraceSettings, ReminderSettings};
