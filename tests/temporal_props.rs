//! Property tests of the temporal engine: on any input it never panics, spans are in
//! bounds, on char boundaries, sorted and disjoint, and every value is well-formed TimeML.

use chrono::NaiveDate;
use chronoscope::temporal::{extract, value::is_well_formed, Bias, DateOrder, Options};
use proptest::prelude::*;

/// Words that steer the input towards the engine's grammar, so the properties are tested
/// where the code paths are (random Unicode alone rarely spells "Nov. 15-17").
const WORDS: &[&str] = &[
    "Nov.",
    "November",
    "15",
    "-",
    "17",
    ",",
    "2023",
    "1998-99",
    "the",
    "third",
    "quarter",
    "last",
    "next",
    "week",
    "year",
    "years",
    "ago",
    "Thursday",
    "evening",
    "at",
    "10",
    "a.m.",
    "p.m.",
    "20:00",
    "local",
    "time",
    "early",
    "mid-",
    "late",
    "1990s",
    "'80s",
    "19th",
    "century",
    "500",
    "BC",
    "B.C.",
    "fiscal",
    "about",
    "more",
    "than",
    "every",
    "daily",
    "a",
    "two",
    "days",
    "later",
    "that",
    "day",
    "Christmas",
    "Easter",
    "recently",
    "now",
    "the",
    "future",
    "11/17/2023",
    "2023-11-17",
    "17.11.2023",
    "99999999999",
    "4294967296",
    "9999",
    "0",
    "00:00",
    "24:00",
    "31",
    "Feb.",
    "29",
    "Q4",
    "H1",
    "summer",
    "1,500",
    "½",
    "1/2",
    "ötzi",
    "—",
    "’s",
    "Sept.",
    "Friday,",
    "noon",
    "midnight",
    "tonight",
    "weekend",
    "decades",
    // session 2 constructs: listed days, clock + "on" day, compound durations, far past,
    // decades, month ranges, zones, holiday parts and weeks, anchored seasons, timestamps
    "from",
    "to",
    "between",
    "and",
    "July",
    "12",
    "on",
    "Monday",
    "06:00",
    "GMT",
    "(",
    ")",
    "hours",
    "51",
    "minutes",
    "66",
    "million",
    "billion",
    "1.5",
    "40,000",
    "80s",
    "Jan-Mar",
    "Oct-Dec",
    "Pacific",
    "morning",
    "into",
    "ending",
    "new",
    "following",
    "spring",
    "winter",
    "previous",
    "same",
    "very",
    "\n",
    "\n14:30",
    "said",
    "were",
    "called",
    "earlier",
    "fewer",
    "so",
    "decade-long",
    "25th",
    "of",
    "month",
    "Memorial",
    "Day",
];

fn word_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(WORDS).prop_map(str::to_string),
            "\\PC{0,6}",
            Just(" ".to_string()),
        ],
        0..40,
    )
    .prop_map(|parts| parts.join(" "))
}

fn check(
    text: &str,
    reference: Option<chrono::NaiveDateTime>,
    options: &Options,
) -> Result<(), TestCaseError> {
    let mentions = extract(text, reference, options);
    let mut last_end = 0;
    for m in &mentions {
        prop_assert!(m.span.start < m.span.end, "empty span {:?}", m.span);
        prop_assert!(m.span.end <= text.len(), "span {:?} out of bounds", m.span);
        prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prop_assert!(
            m.span.start >= last_end,
            "overlapping or unsorted at {:?}",
            m.span
        );
        last_end = m.span.end;
        prop_assert!(
            is_well_formed(&m.value),
            "malformed value {:?} for {:?}",
            m.value,
            &text[m.span.clone()]
        );
        if let Some(iv) = m.interval {
            prop_assert!(iv.start < iv.end, "empty interval for {:?}", m.value);
        }
    }
    Ok(())
}

fn reference() -> impl Strategy<Value = Option<chrono::NaiveDateTime>> {
    prop_oneof![
        Just(None),
        (-3000i32..9999, 1u32..=12, 1u32..=28, 0u32..24)
            .prop_map(|(y, m, d, h)| NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|x| x.and_hms_opt(h, 0, 0))),
        Just(Some(chrono::NaiveDateTime::MAX)),
        Just(Some(chrono::NaiveDateTime::MIN)),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop::sample::select(vec![Bias::Auto, Bias::Past, Bias::Future]),
        prop::sample::select(vec![DateOrder::MonthFirst, DateOrder::DayFirst]),
    )
        .prop_map(|(bias, date_order)| Options { bias, date_order })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode_is_safe(text in "\\PC{0,200}", r in reference(), o in options()) {
        check(&text, r, &o)?;
    }

    #[test]
    fn grammar_shaped_input_is_safe(text in word_soup(), r in reference(), o in options()) {
        check(&text, r, &o)?;
    }
}

#[test]
fn validator_rejects_garbage() {
    assert!(is_well_formed("2023-11-17"));
    assert!(!is_well_formed("2023-11-17T"));
    assert!(!is_well_formed("yesterday"));
}
