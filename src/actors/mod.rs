//! Actors: the people, organisations, places and other named things of the articles.
//!
//! [`find_mentions`] reads one text (`find`: rules over `tokens` and `words`, and
//! the shipped [`Gazetteer`]; then `coref` ties the names of the text together); [`join`] makes one actor per real-world name across
//! documents. Mentions are spans into the document text; nothing is copied but names.

mod coref;
mod find;
mod gazetteer;
mod join;
mod tokens;
mod types;
mod words;

pub use find::find_mentions;
pub use gazetteer::Gazetteer;
pub use join::{join, Actor};
pub use types::{ActorKind, Mention};
