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

/// Progress of a load: after each file, about every megabyte of text within a large
/// one, and when the merging starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Files finished, of `total`.
    pub done: usize,
    pub total: usize,
    /// Bytes of the files read and extracted so far, of `bytes_total` (their sizes on
    /// disk; a file's share advances with the text extracted from it).
    pub bytes_done: u64,
    pub bytes_total: u64,
    /// The file last worked on.
    pub current: String,
    /// What the load is doing.
    pub stage: Stage,
}

/// The steps of a load a user is told about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    /// Reading the files and extracting their events.
    #[default]
    Reading,
    /// Every file is extracted; these many events are being merged.
    Merging { events: usize },
    /// The merged events are being arranged for display (the app's timeline and list).
    Arranging { events: usize },
}

impl Progress {
    /// How far the reading is, 0–1: by bytes when the sizes are known, else by files (1
    /// once every file is read).
    pub fn fraction(&self) -> f32 {
        if self.stage != Stage::Reading {
            1.0
        } else if self.bytes_total > 0 {
            (self.bytes_done as f64 / self.bytes_total as f64).min(1.0) as f32
        } else if self.total > 0 {
            self.done as f32 / self.total as f32
        } else {
            0.0
        }
    }
}

/// Adds a file's extracted bytes to the load's count and reports, at most once per
/// megabyte of progress (and at the end of each file), so a corpus of small documents
/// does not flood the receiver.
struct Meter<'a> {
    done_files: AtomicUsize,
    bytes: std::sync::atomic::AtomicU64,
    total: usize,
    bytes_total: u64,
    progress: &'a (dyn Fn(Progress) + Sync),
}

impl Meter<'_> {
    fn add(&self, bytes: u64, current: &str, file_done: bool) {
        let before = self.bytes.fetch_add(bytes, Ordering::Relaxed);
        let after = before + bytes;
        let done = if file_done {
            self.done_files.fetch_add(1, Ordering::Relaxed) + 1
        } else {
            self.done_files.load(Ordering::Relaxed)
        };
        let step = crate::events::REPORT_EVERY as u64;
        if file_done || after / step > before / step {
            (self.progress)(Progress {
                done,
                total: self.total,
                bytes_done: after,
                bytes_total: self.bytes_total,
                current: current.to_string(),
                stage: Stage::Reading,
            });
        }
    }
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
    let sizes: Vec<u64> = walk
        .files
        .iter()
        .map(|f| std::fs::metadata(&f.path).map_or(0, |m| m.len()))
        .collect();
    let meter = Meter {
        done_files: AtomicUsize::new(0),
        bytes: Default::default(),
        total: walk.files.len(),
        bytes_total: sizes.iter().sum(),
        progress,
    };
    let parts: Option<Vec<Part>> = walk
        .files
        .par_iter()
        .zip(&sizes)
        .map(|(file, &size)| {
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
                _ => extract_file(file, size, options, &meter),
            };
            // What is left of the file's share (all of it for an events file).
            let credited = match &part {
                Part::Documents(_, _) => 0,
                _ => size,
            };
            meter.add(credited, &file.display, true);
            Some(part)
        })
        .collect();
    let parts = parts.filter(|_| !cancel.load(Ordering::Relaxed))?;
    let events: usize = parts
        .iter()
        .map(|p| match p {
            Part::Documents(docs, _) => docs.iter().map(|(_, e)| e.len()).sum(),
            Part::EventsFile(f) => f.events.len(),
            Part::Failed(_) => 0,
        })
        .sum();
    progress(Progress {
        done: meter.total,
        total: meter.total,
        bytes_done: meter.bytes_total,
        bytes_total: meter.bytes_total,
        current: String::new(),
        stage: Stage::Merging { events },
    });
    Some(join(parts, walk.warnings))
}

/// Reads one file and extracts its documents' events (in parallel), adding the file's
/// `size` to the meter as its text is extracted: each document's share of the file is
/// its share of the file's text.
fn extract_file(file: &documents::SourceFile, size: u64, options: &Options, meter: &Meter) -> Part {
    let read = documents::read(file);
    let text_total: usize = read.documents.iter().map(|d| d.text.len()).sum();
    let share = |bytes: usize| {
        if text_total == 0 {
            0
        } else {
            (size as u128 * bytes as u128 / text_total as u128) as u64
        }
    };
    let docs: Vec<_> = read
        .documents
        .into_par_iter()
        .map(|d| {
            let mut credited = 0u64;
            let events = crate::events::extract_events_reporting(&d, options, &mut |at| {
                let now = share(at.min(d.text.len()));
                meter.add(now.saturating_sub(credited), &file.display, false);
                credited = credited.max(now);
            });
            (d, events)
        })
        .collect();
    // Rounding leaves a few bytes: the file ends at its size.
    let given: u64 = docs.iter().map(|(d, _)| share(d.text.len())).sum();
    meter.add(size.saturating_sub(given), &file.display, false);
    Part::Documents(docs, read.warnings)
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
    fn a_large_file_reports_its_bytes_as_it_is_extracted() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let mut text = String::from("Date: 2024-01-15\n\n");
        let mut k = 0;
        while text.len() < 3 * REPORT_EVERY_BYTES {
            k += 1;
            text.push_str(&format!(
                "Ann met Bo on March {}, {}. ",
                1 + k % 28,
                1950 + k % 70
            ));
        }
        std::fs::write(&big, &text).unwrap();
        let small = dir.path().join("small.txt");
        let small_text = "date 2023-11-17\nTalks opened on Thursday.";
        std::fs::write(&small, small_text).unwrap();
        let seen = std::sync::Mutex::new(Vec::new());
        let file = load(&[big, small], &Options::default(), &|p| {
            seen.lock().unwrap().push(p)
        });
        let seen = seen.into_inner().unwrap();
        let total = seen[0].bytes_total;
        assert_eq!(total, (text.len() + small_text.len()) as u64);
        // Within the big file, before it is done: at least two reports part-way.
        let partway = seen
            .iter()
            .filter(|p| p.current.ends_with("big.txt") && p.bytes_done > 0 && p.bytes_done < total)
            .filter(|p| p.done < 2)
            .count();
        assert!(partway >= 2, "{seen:?}");
        let bytes: Vec<u64> = seen.iter().map(|p| p.bytes_done).collect();
        assert!(bytes.windows(2).all(|w| w[0] <= w[1]), "{bytes:?}");
        // The last report: everything read, merging the extracted events.
        let last = seen.last().unwrap();
        assert_eq!((last.done, last.bytes_done), (2, total));
        let Stage::Merging { events: merging } = last.stage else {
            panic!("the last report is not the merging: {last:?}");
        };
        assert!(merging >= file.events.len() && file.events.len() > 1000);
        assert!((last.fraction() - 1.0).abs() < 1e-6);
    }

    const REPORT_EVERY_BYTES: usize = crate::events::REPORT_EVERY;

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
