//! The explorer's model: a loaded corpus arranged for exploring — dated events sorted by
//! time, lanes, filters and the queries the timeline and the list ask every frame.
//!
//! Pure data, no egui: the app draws from it, tests and benches drive it directly. Built
//! once per load ([`Explorer::new`]); a filter change recomputes the [`Visible`] set once,
//! never per frame.

mod actors;
mod bounds;
mod filter;
pub mod framing;
mod model;

pub use actors::{ActorStat, ACTOR_LANES};
pub use bounds::parse_date_bound;
pub use filter::{Filter, Visible};
pub use model::{Explorer, Item, Lane, LaneMode};
