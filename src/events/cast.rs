//! Who: the actors of each event. Names are found in every document
//! ([`crate::actors::find_mentions`], in parallel), joined into one actor per real-world
//! name across the set ([`crate::actors::join`]), and each event lists the actors named in
//! its sources' passages: the first source's names in text order (the subject of a news
//! sentence usually comes first), then names the other sources add.
//!
//! Recomputed from the documents on every load, so actors of events files opened together
//! are joined like any others.

use super::EventsFile;
use crate::actors::{find_mentions, join, Gazetteer, Mention};
use rayon::prelude::*;
use std::collections::HashMap;

/// Fills `file.actors` and every event's `actors`.
pub fn cast(file: &mut EventsFile) {
    let gaz = Gazetteer::get();
    let mentions: Vec<Vec<Mention>> = file
        .documents
        .par_iter()
        .map(|d| find_mentions(&d.text, gaz))
        .collect();
    let inputs: Vec<(&str, &str, &[Mention])> = file
        .documents
        .iter()
        .zip(&mentions)
        .map(|(d, m)| (d.id.as_str(), d.text.as_str(), m.as_slice()))
        .collect();
    let (actors, per_doc) = join(&inputs);
    let doc_index: HashMap<&str, usize> = file
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    for ev in &mut file.events {
        let mut ids: Vec<usize> = Vec::new();
        for src in &ev.sources {
            let Some(&d) = doc_index.get(src.document.as_str()) else {
                continue;
            };
            // Mentions are in text order: the ones inside the passage form a run.
            let ms = &mentions[d];
            let from = ms.partition_point(|m| m.span.start < src.passage.start);
            for (m, &actor) in ms[from..].iter().zip(&per_doc[d][from..]) {
                if m.span.end > src.passage.end {
                    break;
                }
                if !ids.contains(&actor) {
                    ids.push(actor);
                }
            }
        }
        ev.actors = ids.into_iter().map(|i| actors[i].id.clone()).collect();
    }
    file.actors = actors;
}
