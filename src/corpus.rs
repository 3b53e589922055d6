//! Loading a set of paths into one [`EventsFile`]: walk the paths, read every document
//! (in parallel), extract its events, number the documents, join events files, merge the
//! events that report the same happening ([`crate::events::merge`]), and collect the
//! warnings. One bad file never stops the others. Event ids are stable (derived from the
//! first source), so they are never renumbered.

use crate::documents::{self, Format, Warning};
use crate::events::{extract_events, merge, Event, EventsFile};
use crate::temporal::Options;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Progress of a load, reported after each file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    /// The file just finished.
    pub current: String,
}

/// What one file gave.
enum Part {
    Documents(Vec<(crate::documents::Document, Vec<Event>)>, Vec<Warning>),
    EventsFile(EventsFile),
    Failed(Warning),
}

/// Loads `paths` (files or folders). `progress` is called from worker threads.
pub fn load(
    paths: &[PathBuf],
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> EventsFile {
    let never = AtomicBool::new(false);
    load_cancellable(paths, options, progress, &never).unwrap_or_default()
}

/// [`load`], given up (`None`) as soon as `cancel` is set: no file is started after that
/// (files being read finish), nothing is merged.
pub fn load_cancellable(
    paths: &[PathBuf],
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Option<EventsFile> {
    let walk = documents::walk(paths);
    let total = walk.files.len();
    let done = AtomicUsize::new(0);
    let parts: Option<Vec<Part>> = walk
        .files
        .par_iter()
        .map(|file| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let part = match file.format {
                Format::EventsFile => match std::fs::read_to_string(&file.path) {
                    Ok(json) => match EventsFile::from_json(&json) {
                        Ok(f) => Part::EventsFile(f),
                        Err(e) => Part::Failed(Warning::for_path(
                            file.display.clone(),
                            format!("{}: not a Chronoscope events file: {e}", file.display),
                        )),
                    },
                    Err(e) => Part::Failed(Warning::for_path(
                        file.display.clone(),
                        format!("{}: cannot read: {e}", file.display),
                    )),
                },
                _ => {
                    let read = documents::read(file);
                    let docs = read
                        .documents
                        .into_par_iter()
                        .map(|d| {
                            let events = extract_events(&d, options);
                            (d, events)
                        })
                        .collect();
                    Part::Documents(docs, read.warnings)
                }
            };
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(Progress {
                done: n,
                total,
                current: file.display.clone(),
            });
            Some(part)
        })
        .collect();
    let parts = parts.filter(|_| !cancel.load(Ordering::Relaxed))?;
    Some(join(parts, walk.warnings))
}

/// Numbers documents `d1…` in load order, rewrites references, merges the events.
fn join(parts: Vec<Part>, walk_warnings: Vec<Warning>) -> EventsFile {
    let mut out = EventsFile::new(Vec::new(), Vec::new(), walk_warnings);
    for part in parts {
        match part {
            Part::Failed(w) => out.warnings.push(w),
            Part::Documents(docs, warnings) => {
                // A warning is about the document read from the same path (a whole text
                // file, or one line `corpus.jsonl:N`); file-level warnings name no document.
                let first = out.documents.len() + 1;
                for mut w in warnings {
                    if w.document.is_none() {
                        let pos = docs
                            .iter()
                            .position(|(d, _)| Some(&d.path) == w.path.as_ref());
                        w.document = pos.map(|p| format!("d{}", first + p));
                    }
                    out.warnings.push(w);
                }
                for (mut doc, events) in docs {
                    doc.id = format!("d{}", out.documents.len() + 1);
                    for mut ev in events {
                        for src in &mut ev.sources {
                            src.document = doc.id.clone();
                        }
                        out.events.push(ev);
                    }
                    out.documents.push(doc);
                }
            }
            Part::EventsFile(file) => {
                let mut ids = HashMap::new();
                for mut doc in file.documents {
                    let new_id = format!("d{}", out.documents.len() + 1);
                    ids.insert(doc.id.clone(), new_id.clone());
                    doc.id = new_id;
                    out.documents.push(doc);
                }
                for mut ev in file.events {
                    for src in &mut ev.sources {
                        if let Some(id) = ids.get(&src.document) {
                            src.document = id.clone();
                        }
                    }
                    out.events.push(ev);
                }
                for mut w in file.warnings {
                    w.document = w.document.and_then(|d| ids.get(&d).cloned());
                    out.warnings.push(w);
                }
            }
        }
    }
    let events = std::mem::take(&mut out.events);
    out.events = merge::merge(&out.documents, events);
    unique_ids(&mut out.events);
    crate::events::cast::cast(&mut out);
    out
}

/// Ids are derived from the first source; the same source loaded twice (two copies of a
/// file that did not merge, an events file opened twice) gets `-2`, `-3`, … so ids stay
/// unique in a file.
fn unique_ids(events: &mut [Event]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for ev in events {
        let n = seen.entry(ev.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            ev.id = format!("{}-{n}", ev.id);
        }
    }
}

/// The seed article, embedded in the binary: the data set the app opens on when given
/// nothing else and no `seeds/` folder is at hand.
pub const SEED_NAME: &str = "seeds/000_e2108d0b9f2792be.txt";
const SEED_BYTES: &[u8] = include_bytes!("../seeds/000_e2108d0b9f2792be.txt");

/// Loads the embedded seed article.
pub fn load_embedded_seed(options: &Options) -> EventsFile {
    let read = documents::read_bytes(SEED_NAME, Format::Text, SEED_BYTES);
    let docs = read
        .documents
        .into_iter()
        .map(|d| {
            let events = extract_events(&d, options);
            (d, events)
        })
        .collect();
    join(vec![Part::Documents(docs, read.warnings)], Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_seed_loads_with_its_events() {
        let file = load_embedded_seed(&Options::default());
        assert_eq!(file.documents.len(), 1);
        assert_eq!(file.documents[0].path, SEED_NAME);
        assert_eq!(file.documents[0].id, "d1");
        assert!(file.events.len() >= 6, "{:?}", file.events);
        assert!(file.events.iter().all(|e| e.document() == "d1"));
        assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    }

    #[test]
    fn a_cancelled_load_stops_taking_files_and_gives_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = (0..40)
            .map(|i| {
                let p = dir.path().join(format!("{i}.txt"));
                std::fs::write(&p, "date 2023-11-17\nTalks opened on Thursday.").unwrap();
                p
            })
            .collect();
        let cancel = AtomicBool::new(false);
        let read = AtomicUsize::new(0);
        // Cancelled after the third file: later files are not started.
        let progress = |p: Progress| {
            read.fetch_add(1, Ordering::Relaxed);
            if p.done >= 3 {
                cancel.store(true, Ordering::Relaxed);
            }
        };
        let out = load_cancellable(&paths, &Options::default(), &progress, &cancel);
        assert!(out.is_none());
        assert!(
            read.load(Ordering::Relaxed) < 40,
            "files stopped being read"
        );
        let never = AtomicBool::new(false);
        let whole = load_cancellable(&paths, &Options::default(), &|_| {}, &never).unwrap();
        assert_eq!(whole.documents.len(), 40);
    }

    #[test]
    fn merging_renumbers_documents_and_events_across_files() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(
            &a,
            "date 2023-11-17 Talks opened on Thursday. They ended in 2008.",
        )
        .unwrap();
        let events = dir.path().join("b.json");
        std::fs::write(&events, load_embedded_seed(&Options::default()).to_json()).unwrap();
        let file = load(&[a, events], &Options::default(), &|_| {});
        let ids: Vec<&str> = file.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["d1", "d2"]);
        let event_ids: std::collections::HashSet<&str> =
            file.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(event_ids.len(), file.events.len(), "event ids are unique");
        assert!(
            file.events.iter().any(|e| e.document() == "d2"),
            "the events file's events point at its document"
        );
    }
}
