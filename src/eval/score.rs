//! TempEval-3 Task A scoring of one document: match predicted mentions to gold TIMEX3s and
//! count what agrees.
//!
//! Matching is one-to-one. First every predicted span identical to a gold span is paired
//! with it (a *strict* match); then, in text order, each remaining gold TIMEX3 is paired with
//! the first remaining prediction whose span overlaps it (a *relaxed*-only match). Strict
//! matches are also relaxed matches. Value and type are compared over relaxed matches
//! (`value` as strings, `mod` not compared).
//!
//! One diagnostic count is kept beside them, not a TempEval-3 measure: values that agree
//! once the gold's underspecified placeholders are read as "any" (`1989-WXX` accepts
//! `1989-W43`, `1948-XX` accepts `1948`, `196X` accepts `196`) and its one-digit ISO weeks
//! as two digits (`2000-W7` = `2000-W07`). It tells how much of the value gap is notation
//! rather than wrong dates; see [`value_agrees_leniently`].
//!
//! From the counts: precision = matches / predicted, recall = matches / gold, and for value
//! and type the TempEval-3 attribute F1 = 2·correct / (gold + predicted). All measures are
//! in percent (0–100).
//!
//! This module does no I/O and runs no extraction.

use serde::Serialize;
use std::ops::{Add, AddAssign, Range};

use crate::documents::timeml::GoldTimex;
use crate::temporal::Mention;

/// Counts for one document or a sum over several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold TIMEX3s.
    pub gold: usize,
    /// Predicted mentions.
    pub predicted: usize,
    /// Pairs with identical spans.
    pub strict: usize,
    /// Pairs with overlapping spans (strict ones included).
    pub relaxed: usize,
    /// Relaxed pairs with the same value.
    pub value: usize,
    /// Relaxed pairs with the same type.
    pub type_: usize,
    /// Relaxed pairs whose values agree under [`value_agrees_leniently`] (a diagnostic).
    pub value_lenient: usize,
}

impl Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts {
            gold: self.gold + o.gold,
            predicted: self.predicted + o.predicted,
            strict: self.strict + o.strict,
            relaxed: self.relaxed + o.relaxed,
            value: self.value + o.value,
            type_: self.type_ + o.type_,
            value_lenient: self.value_lenient + o.value_lenient,
        }
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        *self = *self + o;
    }
}

impl std::iter::Sum for Counts {
    fn sum<I: Iterator<Item = Counts>>(iter: I) -> Counts {
        iter.fold(Counts::default(), Add::add)
    }
}

/// Precision, recall and F1, in percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// The TempEval-3 Task A measures, in percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Measures {
    pub strict: Prf,
    pub relaxed: Prf,
    pub value_f1: f64,
    pub type_f1: f64,
    /// Value F1 with gold placeholders read leniently: a diagnostic, not a TempEval-3
    /// measure (see [`value_agrees_leniently`]).
    pub value_f1_lenient: f64,
}

impl Counts {
    /// The measures these counts give (0 where a denominator is 0).
    pub fn measures(&self) -> Measures {
        let prf = |hits: usize| {
            let precision = percent(hits, self.predicted);
            let recall = percent(hits, self.gold);
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            Prf {
                precision,
                recall,
                f1,
            }
        };
        let attribute = |correct: usize| percent(2 * correct, self.gold + self.predicted);
        Measures {
            strict: prf(self.strict),
            relaxed: prf(self.relaxed),
            value_f1: attribute(self.value),
            type_f1: attribute(self.type_),
            value_f1_lenient: attribute(self.value_lenient),
        }
    }
}

fn percent(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        100.0 * num as f64 / den as f64
    }
}

/// One disagreement between gold and prediction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Discrepancy {
    /// A gold TIMEX3 no prediction overlaps.
    Missed { gold: usize },
    /// A prediction that overlaps no gold TIMEX3.
    Spurious { predicted: usize },
    /// A relaxed match whose spans differ, or whose value or type differ.
    Mismatch {
        gold: usize,
        predicted: usize,
        span: bool,
        value: bool,
        type_: bool,
    },
}

/// The outcome of scoring one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocScore {
    pub counts: Counts,
    /// `(gold index, predicted index)` of each relaxed match, in gold order.
    pub pairs: Vec<(usize, usize)>,
    /// Every disagreement, indices into the gold and predicted slices.
    pub discrepancies: Vec<Discrepancy>,
}

/// Scores predicted mentions against the gold TIMEX3s of one document.
pub fn score_document(gold: &[GoldTimex], predicted: &[Mention]) -> DocScore {
    let mut pred_of_gold: Vec<Option<usize>> = vec![None; gold.len()];
    let mut pred_taken = vec![false; predicted.len()];

    // Identical spans first, so an exact prediction is never stolen by an overlapping gold.
    for (g, gt) in gold.iter().enumerate() {
        let exact = predicted
            .iter()
            .enumerate()
            .position(|(p, m)| !pred_taken[p] && m.span == gt.span);
        if let Some(p) = exact {
            pred_of_gold[g] = Some(p);
            pred_taken[p] = true;
        }
    }
    for (g, gt) in gold.iter().enumerate() {
        if pred_of_gold[g].is_some() {
            continue;
        }
        let overlapping = predicted
            .iter()
            .enumerate()
            .position(|(p, m)| !pred_taken[p] && overlaps(&m.span, &gt.span));
        if let Some(p) = overlapping {
            pred_of_gold[g] = Some(p);
            pred_taken[p] = true;
        }
    }

    let mut score = DocScore {
        counts: Counts {
            gold: gold.len(),
            predicted: predicted.len(),
            ..Counts::default()
        },
        ..DocScore::default()
    };
    for (g, (gt, p)) in gold.iter().zip(&pred_of_gold).enumerate() {
        let Some(p) = *p else {
            score.discrepancies.push(Discrepancy::Missed { gold: g });
            continue;
        };
        let Some(m) = predicted.get(p) else { continue };
        score.pairs.push((g, p));
        let span_ok = m.span == gt.span;
        let value_ok = m.value == gt.value;
        let type_ok = m.timex_type == gt.timex_type;
        score.counts.relaxed += 1;
        score.counts.strict += usize::from(span_ok);
        score.counts.value += usize::from(value_ok);
        score.counts.type_ += usize::from(type_ok);
        score.counts.value_lenient += usize::from(value_agrees_leniently(&gt.value, &m.value));
        if !(span_ok && value_ok && type_ok) {
            score.discrepancies.push(Discrepancy::Mismatch {
                gold: g,
                predicted: p,
                span: !span_ok,
                value: !value_ok,
                type_: !type_ok,
            });
        }
    }
    for (p, taken) in pred_taken.iter().enumerate() {
        if !taken {
            score
                .discrepancies
                .push(Discrepancy::Spurious { predicted: p });
        }
    }
    score
}

/// True when `predicted` equals `gold`, or agrees with it once the gold's notation is read
/// leniently: a one-digit ISO week is the same week with two digits (`2000-W7` =
/// `2000-W07`), and a calendar value whose trailing fields are placeholders (`1989-WXX`,
/// `1998-10-XX`, `1989-QX`, `196X`, `19XX`) accepts any value that starts with its known
/// part (`1989-W43`, `1998-10`, `1989-Q3`, `196`, `19`). Durations, sets and other
/// placeholders are compared exactly.
pub fn value_agrees_leniently(gold: &str, predicted: &str) -> bool {
    if gold == predicted {
        return true;
    }
    if let Some((year, week)) = gold.split_once("-W") {
        if week.len() == 1 && week.bytes().all(|b| b.is_ascii_digit()) {
            return predicted == format!("{year}-W0{week}");
        }
    }
    if !gold.starts_with(|c: char| c.is_ascii_digit()) || !gold.contains('X') {
        return false;
    }
    let known = gold.trim_end_matches(['X', 'W', 'Q', '-']);
    known.len() >= 2 && !known.contains('X') && predicted.starts_with(known)
}

/// True when two non-empty byte ranges share at least one byte.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::TimexType;

    fn gold(span: Range<usize>, ty: TimexType, value: &str) -> GoldTimex {
        GoldTimex {
            span,
            tid: String::new(),
            timex_type: ty,
            value: value.into(),
            modifier: None,
        }
    }

    fn pred(span: Range<usize>, ty: TimexType, value: &str) -> Mention {
        Mention {
            span,
            timex_type: ty,
            value: value.into(),
            modifier: None,
            granularity: None,
            interval: None,
        }
    }

    #[test]
    fn exact_match_wins_over_earlier_overlap() {
        // Prediction 0 overlaps gold 0 and is identical to gold 1's span... gold 1 = 5..9.
        let g = [
            gold(0..6, TimexType::Date, "A"),
            gold(5..9, TimexType::Date, "B"),
        ];
        let p = [pred(5..9, TimexType::Date, "B")];
        let s = score_document(&g, &p);
        assert_eq!(s.pairs, vec![(1, 0)]);
        assert_eq!(s.counts.strict, 1);
        assert_eq!(s.discrepancies, vec![Discrepancy::Missed { gold: 0 }]);
    }

    #[test]
    fn lenient_values_accept_placeholders_and_one_digit_weeks() {
        for (g, p) in [
            ("1989-WXX", "1989-W43"),
            ("1948-XX", "1948"),
            ("1998-10-XX", "1998-10"),
            ("1998-10-XX", "1998-10-23"),
            ("1989-QX", "1989-Q3"),
            ("196X", "196"),
            ("19XX", "19"),
            ("2000-W7", "2000-W07"),
            ("1998-08-07", "1998-08-07"),
        ] {
            assert!(value_agrees_leniently(g, p), "{g} should accept {p}");
        }
        for (g, p) in [
            ("1989-WXX", "1988-W43"),
            ("1998-10-XX", "1998-11"),
            ("2000-W7", "2000-W17"),
            ("2000-W7", "2000-W08"),
            ("PXY", "P10Y"),
            ("XXXX-WXX-1TNI", "1998-02-16"),
            ("1998-08-07", "1998-08-08"),
        ] {
            assert!(!value_agrees_leniently(g, p), "{g} should reject {p}");
        }
    }

    #[test]
    fn touching_spans_do_not_overlap() {
        assert!(!overlaps(&(0..5), &(5..9)));
        assert!(overlaps(&(0..6), &(5..9)));
    }
}
