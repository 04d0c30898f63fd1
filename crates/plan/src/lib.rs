//! Planning how to spend credits before they expire, with no I/O.
//!
//! Given the credits left on a day (what each can buy, until when), a wishlist
//! (each item with a regular price and optional sale windows) and an optional
//! out-of-pocket budget per currency, [`optimize`] finds the plan that uses the
//! most credit, then spends the least out of pocket, then buys the most `want`
//! and `maybe` items, and proves it (or, past a time limit, says how far from
//! proven it is). [`greedy`] is the by-hand baseline; [`check`] verifies any
//! plan against every rule independently of both. [`codes`] tells which promo
//! codes apply to planned purchases, and [`points`] projects Kindle Rewards.
//!
//! This crate must not know about files, SQL, terminals or the calendar's
//! "today": the plan's day comes in the [`Request`]. Money is integer minor
//! units throughout; the MILP solver's floating-point answer is only a choice
//! of purchases, which is re-paid and re-scored exactly.

mod check;
pub mod codes;
mod exact;
mod greedy;
mod milp;
mod model;
mod network;
pub mod points;
mod refill;

#[cfg(test)]
mod tests;

pub use check::{Violation, check};
pub use exact::optimize;
pub use greedy::greedy;
pub use model::{
    Credit, CurrencyPlan, Infeasible, Item, Plan, PlanError, Proof, Purchase, Request, Sale, Score, Stage, Want, Window,
};
