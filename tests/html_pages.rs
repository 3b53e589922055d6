//! The HTML reader on 129 real saved pages (`../shared/data/readability-pages/`, Mozilla
//! Readability's test pages): titles and bylines where the page's expected metadata gives
//! them, and no article invented on pages that have none (`readerable: false`). Prints
//! the figures (`cargo test --test html_pages -- --nocapture`; `HTML_VERBOSE=1` lists the
//! misses) and holds them above floors. Without the data the test fails in CI
//! (`CI` set) and says "skipped" loudly elsewhere.

mod shared_data;

use chronoscope::documents::{read_bytes, Format};
use std::path::PathBuf;

const TITLE_FLOOR: f64 = 0.98;
const BYLINE_FLOOR: f64 = 0.95;

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .replace(['’', '‘'], "'")
}

#[test]
fn readability_pages() {
    let root = shared_data::path("readability-pages");
    if !shared_data::present(std::slice::from_ref(&root), "readability_pages") {
        return;
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").exists())
        .collect();
    dirs.sort();
    let (mut titles, mut title_ok, mut bylines, mut byline_ok) = (0, 0, 0, 0);
    let (mut not_readerable, mut none_invented, mut readerable, mut read_as_article) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let verbose = std::env::var_os("HTML_VERBOSE").is_some();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(dir.join("source.html")).unwrap();
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected-metadata.json")).unwrap(),
        )
        .unwrap();
        let out = read_bytes(&format!("{name}/source.html"), Format::Html, &bytes);
        let doc = out.documents.first();
        let no_article = out
            .warnings
            .iter()
            .any(|w| w.message.contains("no article found"));
        if meta["readerable"] == false {
            not_readerable += 1;
            none_invented += usize::from(no_article || doc.is_none());
        } else {
            readerable += 1;
            read_as_article += usize::from(!no_article && doc.is_some());
        }
        if let Some(t) = meta["title"].as_str().filter(|t| !t.trim().is_empty()) {
            titles += 1;
            let ours = doc.map(|d| d.title.as_str()).unwrap_or("");
            // Ours is cut to a title length with "…": compare what we kept.
            let kept = ours.trim_end_matches('…');
            let ok = !kept.is_empty() && norm(t).starts_with(&norm(kept));
            title_ok += usize::from(ok);
            if !ok && verbose {
                misses.push(format!("{name}: title {ours:?}, expected {t:?}"));
            }
        }
        if let Some(b) = meta["byline"].as_str().filter(|b| !b.trim().is_empty()) {
            bylines += 1;
            let ours = doc.and_then(|d| d.byline.as_deref()).unwrap_or("");
            let ok = norm(ours) == norm(b);
            byline_ok += usize::from(ok);
            if !ok && verbose {
                misses.push(format!("{name}: byline {ours:?}, expected {b:?}"));
            }
        }
    }
    let share = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!(
        "html pages: {} · titles {title_ok}/{titles} ({:.1}%) · bylines {byline_ok}/{bylines} ({:.1}%) · articles read {read_as_article}/{readerable} · no article invented {none_invented}/{not_readerable}",
        dirs.len(),
        100.0 * share(title_ok, titles),
        100.0 * share(byline_ok, bylines),
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(
        dirs.len() >= 100,
        "expected the 129 pages, found {}",
        dirs.len()
    );
    assert!(
        share(title_ok, titles) >= TITLE_FLOOR,
        "titles below their floor"
    );
    assert!(
        share(byline_ok, bylines) >= BYLINE_FLOOR,
        "bylines below their floor"
    );
}
