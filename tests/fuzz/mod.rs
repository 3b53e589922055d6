//! The fuzz harness, on stable Rust: a mutation loop seeded from the fixtures, over every
//! reader (text with a header, TimeML, JSON Lines, HTML, feeds, PDF, Word, e-mail), the
//! events file, the project file and extraction. Checks: no panic; every span (document
//! body, event passage and expression, temporal mention) on character boundaries and inside
//! its text; the events file round-trips. Written by hand (a few lines of xorshift and byte
//! edits) because cargo-fuzz needs a nightly toolchain; the inputs that failed are kept in
//! `tests/fixtures/fuzz/` and replayed by `cargo test` (`tests/fuzz_short.rs`).
//!
//! Used by `tests/fuzz_short.rs` (a short pass in CI) and `examples/fuzz.rs` (long runs:
//! `cargo run --release --example fuzz -- 10000000`; `FUZZ_ONLY=eml,pdf` runs some targets).
#![allow(dead_code)]

use chronoscope::documents::{read_bytes, Document, Format, Span};
use chronoscope::events::{extract_events, EventsFile};
use chronoscope::temporal::Options;
use std::path::{Path, PathBuf};

/// A target: a format and what a file of it is called.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    Read(Format, &'static str),
    EventsFile,
    Project,
    Temporal,
}

impl Target {
    pub fn name(self) -> String {
        match self {
            Target::Read(_, ext) => format!("read .{ext}"),
            Target::EventsFile => "events file".into(),
            Target::Project => "project file".into(),
            Target::Temporal => "temporal extract".into(),
        }
    }

    fn ext(self) -> &'static str {
        match self {
            Target::Read(_, ext) => ext,
            Target::EventsFile | Target::Project => "json",
            Target::Temporal => "txt",
        }
    }
}

/// Every target, with the fixture folder its seeds come from and its share of a run
/// (slow readers get fewer inputs).
pub fn targets() -> Vec<(Target, &'static str, u32)> {
    vec![
        (Target::Read(Format::Text, "txt"), "documents/text", 20),
        (Target::Read(Format::Timeml, "tml"), "documents/timeml", 12),
        (Target::Read(Format::Jsonl, "jsonl"), "documents/jsonl", 10),
        (Target::Read(Format::Html, "html"), "documents/html", 8),
        (Target::Read(Format::Feed, "rss"), "documents/feed", 8),
        (Target::Read(Format::Xml, "xml"), "documents/feed", 4),
        (Target::Read(Format::Email, "eml"), "documents/eml", 8),
        (Target::Read(Format::Docx, "docx"), "documents/docx", 2),
        (Target::Read(Format::Pdf, "pdf"), "documents/pdf", 2),
        (Target::EventsFile, "events", 8),
        (Target::Project, "project", 8),
        (Target::Temporal, "documents/text", 10),
    ]
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The seed inputs of a target: its fixture files (at most 64 KiB each). `events`: the
/// embedded seed's events file (version 2) and the checked-in one of the walk fixture.
pub fn seeds(dir: &str) -> Vec<Vec<u8>> {
    if dir == "events" {
        let seed = chronoscope::corpus::load_embedded_seed(&Options::default());
        let mut out = vec![seed.to_json().into_bytes()];
        out.extend(std::fs::read(fixtures().join("documents/walk/g.json")));
        return out;
    }
    let mut out = Vec::new();
    let mut stack = vec![fixtures().join(dir)];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&p)
                .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            stack.extend(entries);
        } else if let Ok(bytes) = std::fs::read(&p) {
            if bytes.len() <= 64 * 1024 {
                out.push(bytes);
            }
        }
    }
    if out.is_empty() {
        out.push(b"date 2023-11-17\nTalks opened on Thursday.".to_vec());
    }
    out
}

/// xorshift64*: small, seeded, reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Words the formats care about, spliced into inputs.
const DICTIONARY: &[&str] = &[
    "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2023-11\">",
    "</TIMEX3>",
    "<TEXT>",
    "</TEXT>",
    "<DCT>",
    "date ",
    "\n\n",
    "Nov. 16, 2023",
    "on Thursday evening",
    "in August",
    "1999",
    "-",
    "\u{2019}",
    "\u{e9}",
    "\u{1F600}",
    "\u{0}",
    "&amp;",
    "&#x1F600;",
    "&bogus;",
    "<![CDATA[",
    "<item>",
    "<entry>",
    "<pubDate>",
    "<html><body><article>",
    "</p>",
    "{\"text\":",
    "\"format\": \"chronoscope-events/2\"",
    "\"format\": \"chronoscope-project/1\"",
    "\"start\": 18446744073709551615",
    "\"end\": 3",
    "Content-Type: text/plain; charset=utf-16\r\n",
    "=?utf-8?B?",
    "obj",
    "endobj",
    "stream\n",
    "/Length 99999",
    "PK\u{3}\u{4}",
    "\r\n",
];

/// One mutation of `input` (seeds from `others` can be spliced in).
pub fn mutate(rng: &mut Rng, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(8) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let end = (at + 1 + rng.below(64)).min(v.len());
                v.drain(at.min(end)..end);
            }
            2 => {
                let w = DICTIONARY[rng.below(DICTIONARY.len())].as_bytes();
                v.splice(at..at, w.iter().copied());
            }
            3 if !v.is_empty() => {
                let start = rng.below(v.len());
                let end = (start + 1 + rng.below(256)).min(v.len());
                let piece = v[start..end].to_vec();
                v.splice(at..at, piece);
            }
            4 => {
                let other = &others[rng.below(others.len())];
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + 1 + rng.below(512)).min(other.len());
                    v.splice(at..at, other[start..end].iter().copied());
                }
            }
            5 => v.truncate(at),
            6 => v.insert(at, rng.next() as u8),
            _ => {
                let b = [0xC3u8, 0xE2, 0x80, 0xF0, 0x9F, 0xFF];
                v.insert(at, b[rng.below(b.len())]);
            }
        }
        v.truncate(32 * 1024); // bigger inputs only slow the loop down
    }
    v
}

/// Why an input failed.
pub type Failure = String;

fn check_span(what: &str, s: Span, text: &str) -> Result<(), Failure> {
    if s.is_valid_in(text) {
        Ok(())
    } else {
        Err(format!(
            "{what} {s:?} is not a char-boundary span of a {}-byte text",
            text.len()
        ))
    }
}

fn check_document(d: &Document, options: &Options) -> Result<(), Failure> {
    if let Some(b) = d.body {
        check_span("body", b, &d.text)?;
    }
    for ev in extract_events(d, options) {
        for src in &ev.sources {
            check_span("passage", src.passage, &d.text)?;
            if let Some(x) = &src.expression {
                check_span("expression", x.span(), &d.text)?;
                let (p, e) = (src.passage, x.span());
                if e.start < p.start || e.end > p.end {
                    return Err(format!("expression {:?} outside its passage", x.span()));
                }
            }
        }
    }
    Ok(())
}

/// Runs `target` on `input`; `Err` for a broken check (a panic is caught by the caller).
pub fn run(target: Target, input: &[u8]) -> Result<(), Failure> {
    let options = Options::default();
    match target {
        Target::Read(format, ext) => {
            let out = read_bytes(&format!("fuzz.{ext}"), format, input);
            out.documents
                .iter()
                .try_for_each(|d| check_document(d, &options))
        }
        Target::EventsFile => {
            let Ok(text) = std::str::from_utf8(input) else {
                return Ok(());
            };
            match EventsFile::from_json(text) {
                Ok(file) => {
                    for d in &file.documents {
                        for ev in file.events.iter().filter(|e| e.document() == d.id) {
                            for src in ev.sources.iter().filter(|s| s.document == d.id) {
                                check_span("passage", src.passage, &d.text)?;
                            }
                        }
                    }
                    let back = EventsFile::from_json(&file.to_json())
                        .map_err(|e| format!("its own JSON does not read back: {e}"))?;
                    if back != file {
                        return Err("the events file does not round-trip".into());
                    }
                    Ok(())
                }
                Err(_) => Ok(()),
            }
        }
        Target::Project => {
            let text = String::from_utf8_lossy(input);
            if let Ok(p) = chronoscope::project::Project::parse(&text, "fuzz.json") {
                let json = serde_json::to_string(&p).map_err(|e| e.to_string())?;
                let back = chronoscope::project::Project::parse(&json, "again")
                    .map_err(|e| format!("its own JSON does not read back: {e}"))?;
                if back != p {
                    return Err("the project does not round-trip".into());
                }
            }
            Ok(())
        }
        Target::Temporal => {
            let text = String::from_utf8_lossy(input);
            for m in chronoscope::temporal::extract(&text, None, &options) {
                let s = Span {
                    start: m.span.start,
                    end: m.span.end,
                };
                check_span("mention", s, &text)?;
            }
            Ok(())
        }
    }
}

/// What a pass did.
#[derive(Debug, Default)]
pub struct Tally {
    pub inputs: u64,
    pub failures: Vec<(String, PathBuf, String)>,
}

/// Runs `total` inputs over every target (by their shares) from `seed`, keeping every
/// failing input in `keep` (a folder) as a regression file.
pub fn pass(total: u64, seed: u64, keep: Option<&Path>) -> Tally {
    let targets = targets();
    let weight: u64 = targets.iter().map(|t| u64::from(t.2)).sum();
    let mut tally = Tally::default();
    let mut rng = Rng::new(seed);
    // Panics are results here, not noise: the hook stays quiet and the failure is listed.
    std::panic::set_hook(Box::new(|_| {}));
    // `FUZZ_ONLY=eml,pdf`: only the targets whose names hold one of these (same counts).
    let only: Option<Vec<String>> = std::env::var("FUZZ_ONLY")
        .ok()
        .map(|v| v.split(',').map(str::to_string).collect());
    for (target, dir, share) in targets {
        if let Some(only) = &only {
            if !only.iter().any(|o| target.name().contains(o.as_str())) {
                continue;
            }
        }
        let started = std::time::Instant::now();
        let seeds = seeds(dir);
        let n = total * u64::from(share) / weight;
        let mut corpus = seeds.clone();
        for i in 0..n {
            let base = &corpus[rng.below(corpus.len())];
            let input = if i < seeds.len() as u64 {
                seeds[i as usize].clone()
            } else {
                mutate(&mut rng, base, &seeds)
            };
            let outcome = std::panic::catch_unwind(|| run(target, &input));
            tally.inputs += 1;
            let why = match outcome {
                Ok(Ok(())) => {
                    // Keep a few mutants as bases: deeper paths get explored.
                    if corpus.len() < 256 && rng.below(64) == 0 {
                        corpus.push(input);
                    }
                    continue;
                }
                Ok(Err(e)) => e,
                Err(p) => format!(
                    "panic: {}",
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default()
                ),
            };
            let name = format!(
                "{}-{:016x}.{}",
                target.name().replace([' ', '.'], "_"),
                chronoscope::hash::fnv1a(chronoscope::hash::OFFSET, &input),
                target.ext()
            );
            let path = keep
                .map(|k| k.join(&name))
                .unwrap_or_else(|| PathBuf::from(&name));
            if let Some(k) = keep {
                let _ = std::fs::create_dir_all(k);
                let _ = std::fs::write(&path, &input);
            }
            tally.failures.push((target.name(), path, why));
        }
        if keep.is_some() {
            // Long runs: a line per target as it finishes.
            println!(
                "{:<18} {n:>10} inputs {:>8.1} s",
                target.name(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    let _ = std::panic::take_hook();
    tally
}

/// The target a regression file is for, from its name.
pub fn target_of(name: &str) -> Option<Target> {
    targets()
        .into_iter()
        .map(|t| t.0)
        .find(|t| name.starts_with(&t.name().replace([' ', '.'], "_")))
}
