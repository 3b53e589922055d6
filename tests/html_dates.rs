//! Publication dates of web pages against a blind fixture (`tests/fixtures/html_dates/`,
//! written by looking at each page, before the finder ran): the day a careful reader finds,
//! or `none`. Reports accuracy at the day, overall and per kind of evidence, and holds it
//! above a floor (`cargo test --test html_dates -- --nocapture`; `HTML_VERBOSE=1` lists
//! every miss). The real pages live in `../shared/data/readability-pages/`; without them
//! the test fails in CI (`CI` set) and says "skipped" loudly elsewhere; the fixture's own
//! pages always run.

mod shared_data;

use chronoscope::documents::{read_bytes, Format};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Day accuracy over all pages must stay above this.
const FLOOR: f64 = 0.95;

struct Case {
    page: PathBuf,
    display: String,
    expected: String,
    evidence: String,
    note: String,
}

fn cases() -> Vec<Case> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html_dates");
    let pages = here.join("../../../../shared/data/readability-pages");
    let tsv = std::fs::read_to_string(here.join("pages.tsv")).expect("pages.tsv");
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "pages.tsv line {}: {line}", n + 1);
        let (page, display) = if cols[0].starts_with("pages/") {
            (here.join(cols[0]), cols[0].to_string())
        } else {
            let p = pages.join(cols[0]).join("source.html");
            (p, format!("{}/source.html", cols[0]))
        };
        out.push(Case {
            page,
            display,
            expected: cols[1].to_string(),
            evidence: cols[2].to_string(),
            note: cols.get(3).unwrap_or(&"").to_string(),
        });
    }
    out
}

#[test]
fn publication_days_of_saved_pages() {
    let all = cases();
    let missing = all.iter().filter(|c| !c.page.exists()).count();
    if missing > 0 {
        assert!(
            !shared_data::required(),
            "{missing} fixture pages are missing (../shared/data/readability-pages?)"
        );
        eprintln!(
            "\n*** SKIPPED {missing} pages: ../shared/data/readability-pages is missing ***\n"
        );
    }
    let verbose = std::env::var_os("HTML_VERBOSE").is_some();
    let mut by_evidence: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut total, mut right) = (0, 0);
    let mut misses = Vec::new();
    for case in all.iter().filter(|c| c.page.exists()) {
        let bytes = std::fs::read(&case.page).expect("page");
        let out = read_bytes(&case.display, Format::Html, &bytes);
        let doc = out.documents.first();
        let found = doc
            .and_then(|d| d.reference_date)
            .map_or("none".to_string(), |d| d.date().to_string());
        let ok = found == case.expected;
        total += 1;
        right += usize::from(ok);
        let e = by_evidence.entry(case.evidence.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(ok);
        if !ok {
            let source = doc.and_then(|d| d.date_source.clone()).unwrap_or_default();
            misses.push(format!(
                "{}: expected {} ({}), found {found} from '{source}' — {}",
                case.display, case.expected, case.evidence, case.note
            ));
        }
    }
    let rate = right as f64 / total.max(1) as f64;
    println!(
        "publication day: {right}/{total} right ({:.1} %)",
        rate * 100.0
    );
    for (evidence, (n, ok)) in &by_evidence {
        println!("  {evidence:<9} {ok}/{n}");
    }
    if verbose {
        misses.iter().for_each(|m| println!("  MISS {m}"));
    }
    assert!(
        total >= 60 || missing > 0,
        "only {total} pages in the fixture"
    );
    assert!(
        rate >= FLOOR,
        "day accuracy {:.3} is below the floor {FLOOR}:\n{}",
        rate,
        misses.join("\n")
    );
}
