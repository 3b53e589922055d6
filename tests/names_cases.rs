//! Names in news sentences against a blind fixture (`tests/fixtures/names/*.names`, marked
//! by hand before the rules were written; conventions in its README). Reports span and
//! typed (span + kind) precision, recall and F1, per kind, and how often the canonical
//! name given by the annotator is the one found (`cargo test --no-default-features --test
//! names_cases -- --nocapture`; `NAMES_VERBOSE=1` lists every difference). Holds the typed
//! F1 above a floor.

use chronoscope::actors::{find_mentions, Gazetteer};
use std::collections::BTreeMap;
use std::path::Path;

/// Typed F1 must stay above this.
const TYPED_F1_FLOOR: f64 = 0.70;

struct Case {
    file: String,
    text: String,
    /// (start, end, kind, canonical)
    names: Vec<(usize, usize, String, Option<String>)>,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/names");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/names")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "names"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let data = std::fs::read_to_string(&path).unwrap();
        for block in data.split("\n\n").filter(|b| !b.trim().is_empty()) {
            out.push(parse_block(&file, block));
        }
    }
    out
}

fn parse_block(file: &str, block: &str) -> Case {
    let mut text = String::new();
    let mut names = Vec::new();
    let mut from = 0;
    for line in block.lines().map(str::trim_end) {
        if line.starts_with('#') || line.trim() == "none" || line.is_empty() {
            continue;
        }
        if let Some(t) = line.strip_prefix("text: ") {
            text = t.to_string();
            continue;
        }
        let (kind, rest) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("{file}: bad line {line:?}"));
        let (surface, canonical) = match rest.split_once(" | ") {
            Some((s, c)) => (s.trim(), Some(c.trim().to_string())),
            None => (rest.trim(), None),
        };
        let at = text[from..]
            .find(surface)
            .unwrap_or_else(|| panic!("{file}: {surface:?} not in order in {text:?}"))
            + from;
        names.push((at, at + surface.len(), kind.to_string(), canonical));
        from = at + surface.len();
    }
    Case {
        file: file.to_string(),
        text,
        names,
    }
}

#[derive(Default)]
struct Count {
    gold: usize,
    found: usize,
    right: usize,
}

impl Count {
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.right as f64 / self.found.max(1) as f64;
        let r = self.right as f64 / self.gold.max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    }
}

#[test]
fn names_in_news_sentences() {
    let all = cases();
    assert!(all.len() >= 300, "only {} sentences", all.len());
    let gaz = Gazetteer::get();
    let verbose = std::env::var_os("NAMES_VERBOSE").is_some();
    let (mut spans, mut typed) = (Count::default(), Count::default());
    let mut by_kind: BTreeMap<String, Count> = BTreeMap::new();
    let (mut canon_total, mut canon_right) = (0, 0);
    for case in &all {
        let found: Vec<(usize, usize, String, Option<String>)> = find_mentions(&case.text, gaz)
            .into_iter()
            .map(|m| {
                (
                    m.span.start,
                    m.span.end,
                    m.kind.as_str().to_string(),
                    m.canonical,
                )
            })
            .collect();
        spans.gold += case.names.len();
        spans.found += found.len();
        typed.gold += case.names.len();
        typed.found += found.len();
        for g in &case.names {
            by_kind.entry(g.2.clone()).or_default().gold += 1;
        }
        for f in &found {
            by_kind.entry(f.2.clone()).or_default().found += 1;
        }
        for f in &found {
            let Some(g) = case.names.iter().find(|g| g.0 == f.0 && g.1 == f.1) else {
                if verbose {
                    println!(
                        "  EXTRA {:?} ({}) in {}: {}",
                        &case.text[f.0..f.1],
                        f.2,
                        case.file,
                        case.text
                    );
                }
                continue;
            };
            spans.right += 1;
            if g.2 == f.2 {
                typed.right += 1;
                by_kind.entry(g.2.clone()).or_default().right += 1;
            } else if verbose {
                println!(
                    "  KIND {:?}: expected {}, found {}",
                    &case.text[g.0..g.1],
                    g.2,
                    f.2
                );
            }
            if let Some(c) = &g.3 {
                canon_total += 1;
                canon_right += usize::from(f.3.as_deref() == Some(c.as_str()));
            }
        }
        if verbose {
            for g in &case.names {
                if !found.iter().any(|f| f.0 == g.0 && f.1 == g.1) {
                    println!(
                        "  MISS {:?} ({}) in {}: {}",
                        &case.text[g.0..g.1],
                        g.2,
                        case.file,
                        case.text
                    );
                }
            }
        }
    }
    let (sp, sr, sf) = spans.prf();
    let (tp, tr, tf) = typed.prf();
    println!("names: {} sentences, {} gold names", all.len(), spans.gold);
    println!("  spans  P {sp:.3} R {sr:.3} F1 {sf:.3}");
    println!("  typed  P {tp:.3} R {tr:.3} F1 {tf:.3}");
    for (kind, c) in &by_kind {
        let (p, r, f) = c.prf();
        println!("  {kind:<12} P {p:.3} R {r:.3} F1 {f:.3} (gold {})", c.gold);
    }
    println!("  canonical names right where the span is: {canon_right}/{canon_total}");
    assert!(
        tf >= TYPED_F1_FLOOR,
        "typed F1 {tf:.3} is below the floor {TYPED_F1_FLOOR}"
    );
}
