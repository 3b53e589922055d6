//! Actors and their mentions.

use crate::documents::Span;
use serde::{Deserialize, Serialize};

/// What kind of named thing an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Place,
    /// Products, named events, works, laws, vessels.
    Other,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Other => "other",
        }
    }
}

/// One name in one text: its span (the name only: no title, no "the", no possessive),
/// its kind, the role written before it ("President", "Prime Minister"), and the
/// canonical name it stands for when the text tells ("Mr. Kishida" → "Fumio Kishida",
/// "Chinese" → "China", "USAF" → "United States Air Force").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: ActorKind,
    pub role: Option<Span>,
    pub canonical: Option<String>,
}
