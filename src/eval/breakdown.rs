//! Measures broken down by TIMEX3 type, to see which family of expressions costs the most:
//! per gold type, how many were found (strict and relaxed recall) and how many of those got
//! the right value; per predicted type, relaxed precision.
//!
//! These are diagnostics, not TempEval-3 measures. This module prints nothing.

use serde::Serialize;
use std::fmt::Write as _;

use super::corpus::Evaluation;
use crate::temporal::TimexType;

const TYPES: [TimexType; 4] = [
    TimexType::Date,
    TimexType::Time,
    TimexType::Duration,
    TimexType::Set,
];

/// Counts for one TIMEX3 type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TypeCounts {
    /// Gold TIMEX3s of this type.
    pub gold: usize,
    /// Of those, matched with an identical span.
    pub strict: usize,
    /// Of those, matched with an overlapping span.
    pub relaxed: usize,
    /// Of the relaxed matches, those with the right value.
    pub value: usize,
    /// Predictions of this type.
    pub predicted: usize,
    /// Of those, matched with an overlapping gold span.
    pub predicted_matched: usize,
}

/// Counts per type, in the order DATE, TIME, DURATION, SET.
pub fn by_type(eval: &Evaluation) -> [(TimexType, TypeCounts); 4] {
    let mut counts = [TypeCounts::default(); 4];
    for doc in eval.corpora.iter().flat_map(|c| &c.docs) {
        for g in &doc.doc.gold {
            counts[index(g.timex_type)].gold += 1;
        }
        for m in &doc.predicted {
            counts[index(m.timex_type)].predicted += 1;
        }
        for &(gi, pi) in &doc.score.pairs {
            let (Some(g), Some(m)) = (doc.doc.gold.get(gi), doc.predicted.get(pi)) else {
                continue;
            };
            let c = &mut counts[index(g.timex_type)];
            c.relaxed += 1;
            c.strict += usize::from(g.span == m.span);
            c.value += usize::from(g.value == m.value);
            counts[index(m.timex_type)].predicted_matched += 1;
        }
    }
    TYPES.map(|t| (t, counts[index(t)]))
}

/// The position of a type in [`TYPES`].
fn index(t: TimexType) -> usize {
    match t {
        TimexType::Date => 0,
        TimexType::Time => 1,
        TimexType::Duration => 2,
        TimexType::Set => 3,
    }
}

/// The per-type table.
pub fn type_table(eval: &Evaluation) -> String {
    let pct = |n: usize, d: usize| {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<10} {:>5} {:>8} {:>8} {:>8}   {:>5} {:>8}",
        "type", "gold", "strictR", "relaxR", "valueOK", "pred", "relaxP"
    );
    for (t, c) in by_type(eval) {
        let _ = writeln!(
            s,
            "{:<10} {:>5} {:>8.2} {:>8.2} {:>8.2}   {:>5} {:>8.2}",
            t.as_str(),
            c.gold,
            pct(c.strict, c.gold),
            pct(c.relaxed, c.gold),
            pct(c.value, c.relaxed),
            c.predicted,
            pct(c.predicted_matched, c.predicted)
        );
    }
    s
}
