//! One actor per real-world name across documents.
//!
//! Within a document the finder already joined surnames, short names and acronyms to
//! their full forms ([`Mention::canonical`]). Across documents, actors are the same when
//! their kind and canonical name are: "Xi Jinping" in two articles is one person, "Apple
//! Inc." one company. A person known only by one word in a document ("Smith") stays that
//! document's own: two articles' Smiths are not joined without a full name to tie them.

use super::types::{ActorKind, Mention};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame"];

/// A named actor of the loaded set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// `a1`, `a2`, … in order of first mention.
    pub id: String,
    /// The canonical name ("Fumio Kishida", "China").
    pub name: String,
    pub kind: ActorKind,
    /// Every other way the texts wrote it ("Kishida", "Japanese").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Roles written before the name ("Prime Minister").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// The actors of a set of documents, and for each document the actor index of each of
/// its mentions (same order as given).
pub fn join(docs: &[(&str, &str, &[Mention])]) -> (Vec<Actor>, Vec<Vec<usize>>) {
    let mut index: HashMap<(ActorKind, String), usize> = HashMap::new();
    let mut actors: Vec<(Actor, BTreeSet<String>, BTreeSet<String>)> = Vec::new();
    let mut per_doc = Vec::with_capacity(docs.len());
    for (doc_id, text, mentions) in docs {
        let mut ids = Vec::with_capacity(mentions.len());
        for m in mentions.iter() {
            let surface = text.get(m.span.range()).unwrap_or_default().to_string();
            let name = m.canonical.clone().unwrap_or_else(|| surface.clone());
            let local = m.kind == ActorKind::Person && !name.contains(' ');
            let key = if local {
                (m.kind, format!("{doc_id}\u{0}{name}"))
            } else {
                (m.kind, name.clone())
            };
            let at = *index.entry(key).or_insert_with(|| {
                actors.push((
                    Actor {
                        id: format!("a{}", actors.len() + 1),
                        name: name.clone(),
                        kind: m.kind,
                        aliases: Vec::new(),
                        roles: Vec::new(),
                    },
                    BTreeSet::new(),
                    BTreeSet::new(),
                ));
                actors.len() - 1
            });
            if surface != name {
                actors[at].1.insert(surface);
            }
            if let Some(role) = m.role.and_then(|r| text.get(r.range())) {
                // "Mr." and "Ms." are forms of address, not roles.
                if !HONORIFICS.contains(&role.trim_end_matches('.')) {
                    actors[at].2.insert(role.to_string());
                }
            }
            ids.push(at);
        }
        per_doc.push(ids);
    }
    let actors = actors
        .into_iter()
        .map(|(mut a, aliases, roles)| {
            a.aliases = aliases.into_iter().collect();
            a.roles = roles.into_iter().collect();
            a
        })
        .collect();
    (actors, per_doc)
}
