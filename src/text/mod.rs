//! Text utilities that work on byte spans into the original text.
//!
//! Nothing here copies or normalizes text: every function returns ranges into the `&str`
//! it was given, so callers can always slice the original (`&text[span]`).

mod sentences;

pub use sentences::{sentence_at, sentences};
