//! The timeline model: everything the timeline explorer computes that does not need egui.
//!
//! | module       | job                                                                  |
//! |--------------|----------------------------------------------------------------------|
//! | [`time`]     | the x axis: f64 seconds of civil time since 1970-01-01T00:00:00      |
//! | [`geometry`] | [`TimeView`]: time ↔ pixel, zoom around a point, pan, fit, clamping  |
//! | [`ticks`]    | calendar ticks and labels (millennia … minutes, BCE), grid marks     |
//! | [`format`]   | a date or interval written to its granularity ("Aug 2023")           |
//! | [`density`]  | per-pixel bins and clusters over sorted times (cost follows pixels)  |
//! | [`lanes`]    | stacking overlapping items of a lane into sub-rows                   |
//! | [`synth`]    | a deterministic synthetic events file for benches and demos          |
//!
//! Nothing here draws, reads input events from the user or keeps state between frames: the
//! app owns a [`TimeView`] (serde view state), calls these pure functions every frame and
//! paints what they return.

pub mod density;
pub mod format;
pub mod geometry;
pub mod lanes;
pub mod synth;
pub mod ticks;
pub mod time;

pub use geometry::{PixelRange, TimeView};
