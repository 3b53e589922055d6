//! The headline fixture (`tests/fixtures/headlines/news.headlines`, written blind before
//! the rules by an editor; see its README): real news sentences with the time expression
//! of the event marked and the headline a careful editor would write. One harness runs
//! [`chronoscope::events::headline::headline`] on every block and reports
//! - how many headlines keep the editor's subject and verb,
//! - how many are fragments (too short, ending on a function word or an ellipsis,
//!   unbalanced quotes or brackets, or opening with the verb: its subject was cut),
//! - how many exceed 90 characters, the mean length, and the word overlap (F1) with the
//!   editor's headline.
//!
//! The figures are printed (`cargo test --test headline_cases -- --nocapture`) and go into
//! BENCHMARKS.md; the floors below keep them from sliding back.

use chronoscope::events::headline::{headline, MAX_HEADLINE_CHARS};
use chronoscope::events::words::{lower, tokens, FUNCTION_WORDS};
use std::collections::HashMap;

const SUBJECT_VERB_FLOOR: f64 = 0.84;
const FRAGMENTS_CEILING: usize = 3;

struct Block {
    line: usize,
    source: String,
    text: String,
    expr: Option<std::ops::Range<usize>>,
    headline: String,
    subject: String,
    verb: String,
}

fn parse(src: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut source = String::new();
    let mut cur: HashMap<&str, (usize, String)> = HashMap::new();
    let flush = |cur: &mut HashMap<&str, (usize, String)>, source: &str, out: &mut Vec<Block>| {
        if let (Some((line, raw)), Some((_, h)), Some((_, s)), Some((_, v))) = (
            cur.get("text"),
            cur.get("headline"),
            cur.get("subject"),
            cur.get("verb"),
        ) {
            let (text, expr) = match (raw.find('['), raw.find(']')) {
                (Some(a), Some(b)) if a < b => {
                    let text = format!("{}{}{}", &raw[..a], &raw[a + 1..b], &raw[b + 1..]);
                    (text, Some(a..b - 1))
                }
                _ => (raw.clone(), None),
            };
            out.push(Block {
                line: *line,
                source: source.to_string(),
                text,
                expr,
                headline: h.clone(),
                subject: s.clone(),
                verb: v.clone(),
            });
        }
        cur.clear();
    };
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            flush(&mut cur, &source, &mut out);
            continue;
        }
        if let Some(s) = line.strip_prefix("# source:") {
            source = s.trim().to_string();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        for key in ["text", "headline", "subject", "verb"] {
            if let Some(v) = line.strip_prefix(&format!("{key}:")) {
                cur.insert(key, (n + 1, v.trim().to_string()));
            }
        }
    }
    flush(&mut cur, &source, &mut out);
    out
}

fn words_of(s: &str) -> Vec<String> {
    tokens(s)
        .iter()
        .filter(|t| t.word)
        .map(|t| lower(&s[t.range.clone()]))
        .collect()
}

fn has_word(h: &[String], w: &str) -> bool {
    let w = lower(w);
    h.iter().any(|x| *x == w || x.trim_end_matches("'s") == w)
}

/// Why a headline is a fragment, if it is one.
fn fragment(h: &str, verb: &str, subject: &str) -> Option<&'static str> {
    let ws = words_of(h);
    if ws.len() < 2 {
        return Some("fewer than two words");
    }
    if h.ends_with('…') || h.ends_with("...") {
        return Some("ends in an ellipsis");
    }
    if FUNCTION_WORDS.contains(&ws[ws.len() - 1].as_str()) {
        return Some("ends on a function word");
    }
    let count = |c: char| h.matches(c).count();
    if count('(') != count(')') || count('“') != count('”') || count('"') % 2 == 1 {
        return Some("unbalanced quotes or brackets");
    }
    if ws[0] == lower(verb) && !has_word(&ws, subject) {
        return Some("opens with its verb: the subject was cut");
    }
    None
}

fn overlap_f1(ours: &[String], gold: &[String]) -> f64 {
    let mut g: HashMap<&str, usize> = HashMap::new();
    for w in gold {
        *g.entry(w.as_str()).or_default() += 1;
    }
    let mut hit = 0;
    for w in ours {
        if let Some(c) = g.get_mut(w.as_str()).filter(|c| **c > 0) {
            *c -= 1;
            hit += 1;
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let p = hit as f64 / ours.len() as f64;
    let r = hit as f64 / gold.len() as f64;
    2.0 * p * r / (p + r)
}

#[test]
fn headline_cases() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/headlines/news.headlines"
    );
    let blocks = parse(&std::fs::read_to_string(path).unwrap());
    assert!(
        blocks.len() >= 150,
        "expected 150+ blocks, found {}",
        blocks.len()
    );
    // The other expressions of a sentence: the brackets of the blocks with the same text.
    let mut by_text: HashMap<&str, Vec<std::ops::Range<usize>>> = HashMap::new();
    for b in &blocks {
        if let Some(e) = &b.expr {
            by_text.entry(b.text.as_str()).or_default().push(e.clone());
        }
    }
    let (mut sv, mut frags, mut long, mut chars, mut f1) = (0usize, 0usize, 0usize, 0usize, 0.0);
    let mut report = Vec::new();
    for b in &blocks {
        let others: Vec<_> = by_text
            .get(b.text.as_str())
            .map(|v| {
                v.iter()
                    .filter(|e| Some(*e) != b.expr.as_ref())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let h = headline(&b.text, 0..b.text.len(), b.expr.clone(), &others);
        let ws = words_of(&h);
        let keeps = has_word(&ws, &b.subject) && has_word(&ws, &b.verb);
        let frag = fragment(&h, &b.verb, &b.subject);
        let n = h.chars().count();
        sv += usize::from(keeps);
        frags += usize::from(frag.is_some());
        long += usize::from(n > MAX_HEADLINE_CHARS);
        chars += n;
        f1 += overlap_f1(&ws, &words_of(&b.headline));
        if !keeps || frag.is_some() || n > MAX_HEADLINE_CHARS {
            report.push(format!(
                "news.headlines:{} ({}){}{}\n    ours:   {h}\n    editor: {}",
                b.line,
                b.source,
                if keeps { "" } else { " lost subject or verb" },
                frag.map(|f| format!(" fragment: {f}")).unwrap_or_default(),
                b.headline
            ));
        }
    }
    let total = blocks.len();
    let share = sv as f64 / total as f64;
    println!(
        "headlines: {total} blocks · keep subject and verb {sv} ({:.1}%) · fragments {frags} · over {MAX_HEADLINE_CHARS} chars {long} · mean length {:.1} chars · word F1 vs editor {:.3}",
        100.0 * share,
        chars as f64 / total as f64,
        f1 / total as f64
    );
    if std::env::var_os("HEADLINES_VERBOSE").is_some() {
        for r in &report {
            println!("{r}");
        }
    }
    assert_eq!(
        long,
        0,
        "headlines over {MAX_HEADLINE_CHARS} characters:\n{}",
        report.join("\n")
    );
    assert!(
        share >= SUBJECT_VERB_FLOOR && frags <= FRAGMENTS_CEILING,
        "headlines fell below their floors:\n{}",
        report.join("\n")
    );
}
