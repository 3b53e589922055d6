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

/// A company's legal suffixes: "Apple Inc." is the company "Apple" names.
const LEGAL_SUFFIXES: &[&str] = &[
    "Inc",
    "Corp",
    "Corporation",
    "Co",
    "Company",
    "Ltd",
    "LLC",
    "plc",
    "PLC",
    "AG",
    "SA",
    "NV",
    "GmbH",
    "Group",
    "Holdings",
];

const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame"];

/// Lone words that name an organisation or other thing somewhere in the set: the thing
/// itself ("IBM") or the first word of its name ("Apple" of "Apple Inc.").
fn lone_word_owners(docs: &[(&str, &str, &[Mention])]) -> HashMap<String, (ActorKind, String)> {
    let mut owners: HashMap<String, BTreeSet<(ActorKind, String)>> = HashMap::new();
    for (_, text, mentions) in docs {
        for m in mentions
            .iter()
            .filter(|m| m.kind != ActorKind::Person && m.kind != ActorKind::Place)
        {
            let surface = text.get(m.span.range()).unwrap_or_default();
            let name = m.canonical.clone().unwrap_or_else(|| surface.to_string());
            let first = name.split(' ').next().unwrap_or(&name).to_string();
            owners.entry(first).or_default().insert((m.kind, name));
        }
    }
    // One owner: that one. Several ("Apple Inc.", "Apple Corps"): the word is a thing of
    // their kind, but which one the text does not say, so it stays its own actor.
    owners
        .into_iter()
        .map(|(word, set)| {
            let kinds: BTreeSet<ActorKind> = set.iter().map(|(k, _)| *k).collect();
            // "Apple" is short for "Apple Inc." (the word and a legal suffix) rather than
            // for "Apple Corps" or "Apple Stores".
            let legal: Vec<&(ActorKind, String)> = set
                .iter()
                .filter(|(_, name)| {
                    name.strip_prefix(word.as_str())
                        .map(|rest| rest.trim().trim_end_matches('.'))
                        .is_some_and(|suffix| LEGAL_SUFFIXES.contains(&suffix))
                })
                .collect();
            let forms: BTreeSet<&str> =
                legal.iter().map(|(_, n)| n.trim_end_matches('.')).collect();
            if let (Some(first), 1) = (legal.first(), forms.len()) {
                let owner = (*first).clone();
                return (word, owner);
            }
            let mut it = set.into_iter();
            let owner = match (it.next(), it.next()) {
                (Some(only), None) => only,
                (Some((k, _)), Some(_)) if kinds.len() == 1 => (k, word.clone()),
                _ => (ActorKind::Organization, word.clone()),
            };
            (word, owner)
        })
        .collect()
}

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
    let borrow = lone_word_owners(docs);
    for (doc_id, text, mentions) in docs {
        let mut ids = Vec::with_capacity(mentions.len());
        for m in mentions.iter() {
            let surface = text.get(m.span.range()).unwrap_or_default().to_string();
            let mut name = m.canonical.clone().unwrap_or_else(|| surface.clone());
            let mut kind = m.kind;
            let lone = matches!(m.kind, ActorKind::Person | ActorKind::Organization)
                && !name.contains(' ');
            // A lone word the finder guessed a person ("Apple said") or knew only as an
            // organisation that other documents name in full ("Apple Inc.") is that one.
            if lone && m.canonical.is_none() {
                if let Some((k, owner)) = borrow.get(name.as_str()) {
                    kind = *k;
                    name = owner.clone();
                }
            }
            let local = kind == ActorKind::Person && !name.contains(' ');
            // "Apple Inc" and "Apple Inc." are one name.
            let key = if local {
                (kind, format!("{doc_id}\u{0}{name}"))
            } else {
                (kind, name.trim_end_matches('.').to_string())
            };
            let at = *index.entry(key).or_insert_with(|| {
                actors.push((
                    Actor {
                        id: format!("a{}", actors.len() + 1),
                        name: name.clone(),
                        kind,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{find_mentions, Gazetteer};

    fn actors_of(texts: &[&str]) -> Vec<(String, ActorKind)> {
        let found: Vec<Vec<Mention>> = texts
            .iter()
            .map(|t| find_mentions(t, Gazetteer::get()))
            .collect();
        let ids: Vec<String> = (1..=texts.len()).map(|i| format!("d{i}")).collect();
        let docs: Vec<(&str, &str, &[Mention])> = texts
            .iter()
            .zip(&found)
            .zip(&ids)
            .map(|((t, m), id)| (id.as_str(), *t, m.as_slice()))
            .collect();
        join(&docs)
            .0
            .into_iter()
            .map(|a| (a.name, a.kind))
            .collect()
    }

    #[test]
    fn full_names_join_across_documents_lone_surnames_do_not() {
        let got = actors_of(&[
            "Prime Minister Fumio Kishida spoke. It was late, Smith said.",
            "Mr. Kishida and Fumio Kishida's aides left. It was not, Smith said.",
        ]);
        let kishidas = got.iter().filter(|(n, _)| n == "Fumio Kishida").count();
        assert_eq!(kishidas, 1, "{got:?}");
        let smiths = got.iter().filter(|(n, _)| n == "Smith").count();
        assert_eq!(smiths, 2, "two documents' Smiths stay apart: {got:?}");
    }

    #[test]
    fn a_lone_word_takes_the_organisation_another_document_names() {
        let got = actors_of(&[
            "Shares of Boeing Co. rose on Monday.",
            "Analysts said Boeing would gain.",
        ]);
        assert!(
            got.contains(&("Boeing Co.".into(), ActorKind::Organization)),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(n, k)| n == "Boeing" && *k == ActorKind::Person),
            "{got:?}"
        );
    }

    #[test]
    fn a_short_company_name_is_the_company_with_a_legal_suffix() {
        let got = actors_of(&[
            "Shares of Apple Inc. rose on Monday.",
            "The Beatles' company Apple Corps sued again.",
            "Analysts said Apple would gain.",
            "In 2007, Apple Inc unveiled a phone.",
        ]);
        let apples: Vec<&(String, ActorKind)> =
            got.iter().filter(|(n, _)| n.starts_with("Apple")).collect();
        assert_eq!(apples.len(), 2, "Apple Inc. and Apple Corps only: {got:?}");
    }
}
