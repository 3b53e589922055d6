//! TempEval-3 scoring with hand-computed measures.

use chronoscope::documents::timeml::GoldTimex;
use chronoscope::eval::{score_document, Counts, Discrepancy};
use chronoscope::temporal::{Mention, TimexType};
use std::ops::Range;

const DATE: TimexType = TimexType::Date;
const DURATION: TimexType = TimexType::Duration;
const TIME: TimexType = TimexType::Time;

fn gold(span: Range<usize>, ty: TimexType, value: &str) -> GoldTimex {
    GoldTimex {
        span,
        tid: "t".into(),
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

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn exact_match() {
    let s = score_document(
        &[gold(3..9, DATE, "1998-08-07")],
        &[pred(3..9, DATE, "1998-08-07")],
    );
    assert_eq!(
        s.counts,
        Counts {
            gold: 1,
            predicted: 1,
            strict: 1,
            relaxed: 1,
            value: 1,
            type_: 1,
            value_lenient: 1
        }
    );
    let m = s.counts.measures();
    assert!(close(m.strict.f1, 100.0) && close(m.relaxed.f1, 100.0));
    assert!(close(m.value_f1, 100.0) && close(m.type_f1, 100.0));
    assert!(s.discrepancies.is_empty());
}

#[test]
fn overlap_only() {
    // Gold "three days", predicted "for three days".
    let s = score_document(
        &[gold(4..14, DURATION, "P3D")],
        &[pred(0..14, DURATION, "P3D")],
    );
    let m = s.counts.measures();
    assert!(
        close(m.strict.precision, 0.0) && close(m.strict.recall, 0.0) && close(m.strict.f1, 0.0)
    );
    assert!(close(m.relaxed.f1, 100.0));
    assert!(close(m.value_f1, 100.0));
    assert_eq!(
        s.discrepancies,
        [Discrepancy::Mismatch {
            gold: 0,
            predicted: 0,
            span: true,
            value: false,
            type_: false
        }]
    );
}

#[test]
fn value_mismatch() {
    let g = [
        gold(0..6, DATE, "1998-08-07"),
        gold(10..19, DATE, "1998-W31"),
    ];
    let p = [
        pred(0..6, DATE, "1998-08-07"),
        pred(10..19, DATE, "1998-W32"),
    ];
    let s = score_document(&g, &p);
    let m = s.counts.measures();
    assert!(close(m.strict.f1, 100.0));
    // 2·1 / (2 + 2) = 50 %.
    assert!(close(m.value_f1, 50.0), "{m:?}");
    assert!(close(m.type_f1, 100.0));
    assert_eq!(
        s.discrepancies,
        [Discrepancy::Mismatch {
            gold: 1,
            predicted: 1,
            span: false,
            value: true,
            type_: false
        }]
    );
}

#[test]
fn false_positive() {
    let g = [gold(0..6, DATE, "1998-08-07")];
    let p = [
        pred(0..6, DATE, "1998-08-07"),
        pred(20..23, DATE, "PRESENT_REF"),
    ];
    let s = score_document(&g, &p);
    let m = s.counts.measures();
    // P = 1/2, R = 1/1, F1 = 2·50·100/150.
    assert!(close(m.strict.precision, 50.0) && close(m.strict.recall, 100.0));
    assert!(close(m.strict.f1, 200.0 / 3.0), "{m:?}");
    assert!(close(m.relaxed.f1, 200.0 / 3.0));
    // 2·1 / (1 + 2).
    assert!(close(m.value_f1, 200.0 / 3.0));
    assert_eq!(s.discrepancies, [Discrepancy::Spurious { predicted: 1 }]);
}

#[test]
fn miss() {
    let g = [gold(0..6, DATE, "1998-08-07"), gold(30..34, DATE, "1998")];
    let p = [pred(0..6, DATE, "1998-08-07")];
    let s = score_document(&g, &p);
    let m = s.counts.measures();
    assert!(close(m.strict.precision, 100.0) && close(m.strict.recall, 50.0));
    assert!(close(m.relaxed.f1, 200.0 / 3.0));
    assert!(close(m.type_f1, 200.0 / 3.0));
    assert_eq!(s.discrepancies, [Discrepancy::Missed { gold: 1 }]);
}

#[test]
fn nothing_predicted_scores_zero_without_dividing_by_zero() {
    let s = score_document(&[gold(0..4, DATE, "1998")], &[]);
    let m = s.counts.measures();
    assert!(close(m.strict.precision, 0.0) && close(m.strict.f1, 0.0) && close(m.value_f1, 0.0));
    let empty = score_document(&[], &[]).counts.measures();
    assert!(close(empty.relaxed.f1, 0.0));
}

#[test]
fn one_prediction_matches_one_gold_only() {
    // One long prediction overlaps two gold TIMEX3s: only one of them is matched.
    let g = [gold(0..5, DATE, "A"), gold(6..10, DATE, "B")];
    let p = [pred(0..10, DATE, "A")];
    let s = score_document(&g, &p);
    assert_eq!(s.counts.relaxed, 1);
    assert_eq!(s.pairs, [(0, 0)]);
    assert_eq!(
        s.discrepancies,
        [
            Discrepancy::Mismatch {
                gold: 0,
                predicted: 0,
                span: true,
                value: false,
                type_: false
            },
            Discrepancy::Missed { gold: 1 }
        ]
    );
}

/// All cases at once, summed as a corpus would be.
#[test]
fn mixed_document() {
    let g = [
        gold(10..16, DATE, "1998-08-07"), // exact, all right
        gold(30..40, DURATION, "P3D"),    // overlap, right value, wrong type
        gold(50..59, DATE, "1998-W31"),   // exact, wrong value and type
        gold(70..74, DATE, "1998"),       // missed
    ];
    let p = [
        pred(10..16, DATE, "1998-08-07"),
        pred(26..40, DATE, "P3D"),
        pred(50..59, TIME, "1998-W32"),
        pred(80..85, DATE, "PAST_REF"),
        pred(90..92, DATE, "FUTURE_REF"),
    ];
    let s = score_document(&g, &p);
    assert_eq!(
        s.counts,
        Counts {
            gold: 4,
            predicted: 5,
            strict: 2,
            relaxed: 3,
            value: 2,
            type_: 1,
            value_lenient: 2
        }
    );
    let m = s.counts.measures();
    assert!(close(m.strict.precision, 40.0) && close(m.strict.recall, 50.0));
    assert!(close(m.strict.f1, 400.0 / 9.0), "{m:?}");
    assert!(close(m.relaxed.precision, 60.0) && close(m.relaxed.recall, 75.0));
    assert!(close(m.relaxed.f1, 200.0 / 3.0), "{m:?}");
    assert!(close(m.value_f1, 400.0 / 9.0), "{m:?}");
    assert!(close(m.type_f1, 200.0 / 9.0), "{m:?}");
    // Summing counts of two documents is micro-averaging.
    let twice = s.counts + s.counts;
    assert_eq!(twice.measures(), m);
}

#[test]
fn placeholder_gold_counts_only_in_the_lenient_diagnostic() {
    let s = score_document(
        &[
            gold(0..9, DATE, "1989-WXX"),
            gold(20..29, DATE, "2000-W7"),
            gold(40..44, DATE, "1948-XX"),
        ],
        &[
            pred(0..9, DATE, "1989-W43"),
            pred(20..29, DATE, "2000-W07"),
            pred(40..44, DATE, "1949"),
        ],
    );
    assert_eq!((s.counts.value, s.counts.value_lenient), (0, 2));
    let m = s.counts.measures();
    assert!(close(m.value_f1, 0.0));
    assert!(close(m.value_f1_lenient, 200.0 / 3.0), "{m:?}");
}
