//! The domain of unspent, with no I/O.
//!
//! This crate owns the words of the domain ([`money::Money`], [`date`],
//! [`marketplace::Marketplace`], [`program::Program`], [`event::Event`],
//! [`event::Evidence`], [`ledger::Lot`]) and the rules that derive lots and
//! balances from events. It must not know about files, terminals, SQL,
//! networks or the clock: "today" is always passed in. Everything here is
//! deterministic and cheap to test.

pub mod date;
pub mod event;
pub mod ledger;
pub mod marketplace;
pub mod money;
pub mod order;
pub mod problem;
pub mod program;

pub use date::Date;
pub use event::{Event, EventKind, Evidence, Recorded, SourceKind, Trust};
pub use ledger::{Ledger, Lot, LotStatus};
pub use marketplace::Marketplace;
pub use money::{Currency, Money, MoneyStyle};
pub use problem::{Problem, ProblemKind};
pub use program::{BalanceKind, Category, ProgramCatalog, ProgramId};
