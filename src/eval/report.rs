//! Presenting an [`Evaluation`]: the measures table, the error listing (misses, spurious
//! predictions, wrong values/types/spans with context), and the JSON form of both.
//!
//! Functions here return strings and serializable structs; they print nothing.

use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use super::corpus::{DocResult, Evaluation};
use super::score::{Counts, Discrepancy, Measures};
use crate::documents::timeml::GoldTimex;
use crate::temporal::Mention;

/// Characters of context shown on each side of an error.
const CONTEXT_CHARS: usize = 40;

/// How many of the most frequent errors of each kind the listing names.
const FREQUENT_SHOWN: usize = 12;

/// The kinds of error listed, in listing order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Gold TIMEX3 with no overlapping prediction.
    Missed,
    /// Prediction overlapping no gold TIMEX3.
    Spurious,
    /// Relaxed match with a different value.
    Value,
    /// Relaxed match with a different type.
    Type,
    /// Relaxed match whose span is not identical.
    Span,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 5] = [
        ErrorKind::Missed,
        ErrorKind::Spurious,
        ErrorKind::Value,
        ErrorKind::Type,
        ErrorKind::Span,
    ];

    /// The lower-case name: `missed`, `spurious`, `value`, `type`, `span`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::Value => "value",
            ErrorKind::Type => "type",
            ErrorKind::Span => "span",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<ErrorKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn title(self) -> &'static str {
        match self {
            ErrorKind::Missed => "Missed (gold, no overlapping prediction)",
            ErrorKind::Spurious => "Spurious (prediction, no overlapping gold)",
            ErrorKind::Value => "Wrong value (relaxed match)",
            ErrorKind::Type => "Wrong type (relaxed match)",
            ErrorKind::Span => "Span differs (relaxed match, not strict)",
        }
    }

    fn applies(self, d: &Discrepancy) -> bool {
        match (self, d) {
            (ErrorKind::Missed, Discrepancy::Missed { .. }) => true,
            (ErrorKind::Spurious, Discrepancy::Spurious { .. }) => true,
            (ErrorKind::Value, Discrepancy::Mismatch { value, .. }) => *value,
            (ErrorKind::Type, Discrepancy::Mismatch { type_, .. }) => *type_,
            (ErrorKind::Span, Discrepancy::Mismatch { span, .. }) => *span,
            _ => false,
        }
    }
}

/// One side (gold or predicted) of an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub timex_type: String,
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
}

/// One listed error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorEntry {
    pub kind: ErrorKind,
    pub corpus: String,
    pub document: String,
    pub gold: Option<Side>,
    pub predicted: Option<Side>,
    /// The text around the gold span (or the predicted one), newlines as spaces, the span
    /// in `[...]`.
    pub context: String,
}

/// Up to `limit` errors of each of `kinds`. To show variety, documents take turns: the
/// first error of every document, then the second of every document, and so on.
pub fn error_entries(eval: &Evaluation, limit: usize, kinds: &[ErrorKind]) -> Vec<ErrorEntry> {
    let mut out = Vec::new();
    for &kind in kinds {
        let per_doc: Vec<(&str, &DocResult, Vec<&Discrepancy>)> = eval
            .corpora
            .iter()
            .flat_map(|c| c.docs.iter().map(move |d| (c.name.as_str(), d)))
            .map(|(corpus, d)| {
                let list = d
                    .score
                    .discrepancies
                    .iter()
                    .filter(|x| kind.applies(x))
                    .collect();
                (corpus, d, list)
            })
            .collect();
        let rounds = per_doc.iter().map(|(_, _, l)| l.len()).max().unwrap_or(0);
        let mut taken = 0;
        'rounds: for round in 0..rounds {
            for (corpus, doc, list) in &per_doc {
                if taken >= limit {
                    break 'rounds;
                }
                if let Some(d) = list.get(round) {
                    out.push(entry(kind, corpus, doc, d));
                    taken += 1;
                }
            }
        }
    }
    out
}

/// Every error of `kind`, in document order.
fn all_entries(eval: &Evaluation, kind: ErrorKind) -> impl Iterator<Item = ErrorEntry> + '_ {
    eval.corpora.iter().flat_map(move |c| {
        c.docs.iter().flat_map(move |d| {
            d.score
                .discrepancies
                .iter()
                .filter(move |x| kind.applies(x))
                .map(move |x| entry(kind, &c.name, d, x))
        })
    })
}

/// The most frequent errors of `kind` as `(key, count)`, most frequent first: the
/// lower-cased text for misses and spurious predictions; `gold → predicted` for the others
/// (values with digits shown as `9`, types, span texts).
pub fn frequent(eval: &Evaluation, kind: ErrorKind, top: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in all_entries(eval, kind) {
        let side =
            |s: &Option<Side>, f: &dyn Fn(&Side) -> String| s.as_ref().map(f).unwrap_or_default();
        let key = match kind {
            ErrorKind::Missed => side(&e.gold, &|s| s.text.to_lowercase()),
            ErrorKind::Spurious => side(&e.predicted, &|s| s.text.to_lowercase()),
            ErrorKind::Value => {
                let shape = |s: &Side| {
                    s.value
                        .chars()
                        .map(|c| if c.is_ascii_digit() { '9' } else { c })
                        .collect()
                };
                format!("{} → {}", side(&e.gold, &shape), side(&e.predicted, &shape))
            }
            ErrorKind::Type => format!(
                "{} → {}",
                side(&e.gold, &|s| s.timex_type.clone()),
                side(&e.predicted, &|s| s.timex_type.clone())
            ),
            ErrorKind::Span => format!(
                "{:?} → {:?}",
                side(&e.gold, &|s| s.text.to_lowercase()),
                side(&e.predicted, &|s| s.text.to_lowercase())
            ),
        };
        *counts.entry(key).or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sorted.truncate(top);
    sorted
}

fn entry(kind: ErrorKind, corpus: &str, doc: &DocResult, d: &Discrepancy) -> ErrorEntry {
    let text = &doc.doc.text;
    let (g, p) = match *d {
        Discrepancy::Missed { gold } => (Some(gold), None),
        Discrepancy::Spurious { predicted } => (None, Some(predicted)),
        Discrepancy::Mismatch {
            gold, predicted, ..
        } => (Some(gold), Some(predicted)),
    };
    let gold = g
        .and_then(|i| doc.doc.gold.get(i))
        .map(|g| gold_side(text, g));
    let predicted = p
        .and_then(|i| doc.predicted.get(i))
        .map(|m| predicted_side(text, m));
    let focus = gold
        .as_ref()
        .or(predicted.as_ref())
        .map_or(0..0, |s| s.start..s.end);
    ErrorEntry {
        kind,
        corpus: corpus.to_string(),
        document: doc.name.clone(),
        gold,
        predicted,
        context: context(text, focus),
    }
}

fn gold_side(text: &str, g: &GoldTimex) -> Side {
    Side {
        text: text.get(g.span.clone()).unwrap_or("").to_string(),
        start: g.span.start,
        end: g.span.end,
        timex_type: g.timex_type.as_str().to_string(),
        value: g.value.clone(),
        modifier: g.modifier.clone(),
    }
}

fn predicted_side(text: &str, m: &Mention) -> Side {
    Side {
        text: text.get(m.span.clone()).unwrap_or("").to_string(),
        start: m.span.start,
        end: m.span.end,
        timex_type: m.timex_type.as_str().to_string(),
        value: m.value.clone(),
        modifier: m.modifier.map(|x| x.as_str().to_string()),
    }
}

/// `…before [span] after…` on one line, with about 40 characters of context on each side.
pub fn context(text: &str, span: Range<usize>) -> String {
    let (Some(before), Some(inside), Some(after)) = (
        text.get(..span.start),
        text.get(span.clone()),
        text.get(span.end..),
    ) else {
        return String::new();
    };
    let before_start = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let after_end = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(i, _)| i);
    let mut s = String::new();
    if before_start > 0 {
        s.push('…');
    }
    s.push_str(before.get(before_start..).unwrap_or(""));
    s.push('[');
    s.push_str(inside);
    s.push(']');
    s.push_str(after.get(..after_end).unwrap_or(""));
    if after_end < after.len() {
        s.push('…');
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The measures table: one row per corpus and an `overall` row.
pub fn table(eval: &Evaluation) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<16} {:>5} {:>5} {:>5} | {:^20} | {:^20} | {:>6} {:>6}",
        "", "", "", "", "strict", "relaxed", "value", "type"
    );
    let _ = writeln!(
        s,
        "{:<16} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6}",
        "corpus", "docs", "gold", "pred", "P", "R", "F1", "P", "R", "F1", "F1", "F1"
    );
    let docs_total: usize = eval.corpora.iter().map(|c| c.docs.len()).sum();
    for c in &eval.corpora {
        row(&mut s, &c.name, c.docs.len(), &c.counts);
    }
    if eval.corpora.len() != 1 {
        row(&mut s, "overall", docs_total, &eval.overall);
    }
    let m = eval.overall.measures();
    if m.value_f1_lenient != m.value_f1 {
        let _ = writeln!(
            s,
            "(diagnostic, not a TempEval-3 measure: value F1 {:.2} if gold placeholders such as \
             1989-WXX accept the date they stand for, and one-digit weeks equal two-digit ones)",
            m.value_f1_lenient
        );
    }
    s
}

fn row(s: &mut String, name: &str, docs: usize, c: &Counts) {
    let m = c.measures();
    let _ = writeln!(
        s,
        "{:<16} {:>5} {:>5} {:>5} | {:>6.2} {:>6.2} {:>6.2} | {:>6.2} {:>6.2} {:>6.2} | {:>6.2} {:>6.2}",
        name,
        docs,
        c.gold,
        c.predicted,
        m.strict.precision,
        m.strict.recall,
        m.strict.f1,
        m.relaxed.precision,
        m.relaxed.recall,
        m.relaxed.f1,
        m.value_f1,
        m.type_f1
    );
}

/// The error listing, grouped by kind, with totals and the most frequent errors per kind.
pub fn errors_text(eval: &Evaluation, entries: &[ErrorEntry], kinds: &[ErrorKind]) -> String {
    let mut s = String::new();
    for &kind in kinds {
        let total: usize = eval
            .corpora
            .iter()
            .flat_map(|c| &c.docs)
            .map(|d| {
                d.score
                    .discrepancies
                    .iter()
                    .filter(|x| kind.applies(x))
                    .count()
            })
            .sum();
        let shown: Vec<&ErrorEntry> = entries.iter().filter(|e| e.kind == kind).collect();
        let _ = writeln!(
            s,
            "\n{}: {} in total, {} shown",
            kind.title(),
            total,
            shown.len()
        );
        let top = frequent(eval, kind, FREQUENT_SHOWN);
        if !top.is_empty() {
            let list: Vec<String> = top.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
            let _ = writeln!(s, "  most frequent: {}", list.join(", "));
        }
        for e in shown {
            let _ = write!(s, "  {}/{}", e.corpus, e.document);
            if let Some(g) = &e.gold {
                let _ = write!(s, "  gold {}", side_text(g));
            }
            if let Some(p) = &e.predicted {
                let _ = write!(s, "  pred {}", side_text(p));
            }
            let _ = writeln!(s, "\n      {}", e.context);
        }
    }
    s
}

fn side_text(side: &Side) -> String {
    let modifier = side
        .modifier
        .as_deref()
        .map(|m| format!(" mod={m}"))
        .unwrap_or_default();
    format!(
        "{:?} {} {}{}",
        side.text, side.timex_type, side.value, modifier
    )
}

/// Measures of one corpus (or the overall sum) in JSON.
#[derive(Clone, Debug, Serialize)]
pub struct CorpusJson {
    pub name: String,
    pub documents: usize,
    pub counts: Counts,
    pub measures: Measures,
    /// Files that could not be scored: `path: message`.
    pub problems: Vec<String>,
}

/// The whole evaluation in JSON.
#[derive(Clone, Debug, Serialize)]
pub struct EvaluationJson {
    pub corpora: Vec<CorpusJson>,
    pub overall: CorpusJson,
    pub errors: Vec<ErrorEntry>,
}

/// Builds the JSON form of an evaluation (with the given error entries).
pub fn to_json(eval: &Evaluation, errors: Vec<ErrorEntry>) -> EvaluationJson {
    let corpora: Vec<CorpusJson> = eval
        .corpora
        .iter()
        .map(|c| CorpusJson {
            name: c.name.clone(),
            documents: c.docs.len(),
            counts: c.counts,
            measures: c.counts.measures(),
            problems: c
                .problems
                .iter()
                .map(|p| format!("{}: {}", p.path.display(), p.message))
                .collect(),
        })
        .collect();
    let overall = CorpusJson {
        name: "overall".to_string(),
        documents: corpora.iter().map(|c| c.documents).sum(),
        counts: eval.overall,
        measures: eval.overall.measures(),
        problems: corpora
            .iter()
            .flat_map(|c| c.problems.iter().cloned())
            .collect(),
    };
    EvaluationJson {
        corpora,
        overall,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_marks_the_span_on_one_line() {
        let text = "He left\non Friday, they said.";
        let start = text.find("Friday").unwrap_or(0);
        assert_eq!(
            context(text, start..start + 6),
            "He left on [Friday], they said."
        );
    }

    #[test]
    fn context_is_cut_on_char_boundaries() {
        let text = format!("{}é Monday é{}", "ü".repeat(60), "ö".repeat(60));
        let start = text.find("Monday").unwrap_or(0);
        let c = context(&text, start..start + 6);
        assert!(c.starts_with('…') && c.ends_with('…'), "{c}");
        assert!(c.contains("é [Monday] é"), "{c}");
        assert_eq!(c.chars().count(), 2 * CONTEXT_CHARS + 2 + 6 + 2);
    }
}
