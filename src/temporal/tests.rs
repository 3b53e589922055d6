//! Unit tests of the whole pipeline on short sentences.

use super::*;
use chrono::NaiveDate;

fn reference() -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(2023, 11, 17).and_then(|d| d.and_hms_opt(0, 0, 0))
}

fn tags(text: &str) -> Vec<(String, String, String)> {
    extract(text, reference(), &Options::default())
        .into_iter()
        .map(|m| (text[m.span].to_string(), m.timex_type.to_string(), m.value))
        .collect()
}

fn one(text: &str) -> (String, String, String) {
    let t = tags(text);
    assert_eq!(t.len(), 1, "{text}: {t:?}");
    t.into_iter().next().unwrap()
}

#[test]
fn seed_sentences() {
    assert_eq!(
        one("their first face-to-face talks in a year that look to"),
        ("a year".into(), "DURATION".into(), "P1Y".into())
    );
    assert_eq!(
        one("The remarks came at the start of talks on Thursday evening."),
        (
            "Thursday evening".into(),
            "TIME".into(),
            "2023-11-16TEV".into()
        )
    );
    assert_eq!(
        one("the sea in August."),
        ("August".into(), "DATE".into(), "2023-08".into())
    );
    assert_eq!(
        one("used less frequently in recent years as"),
        ("recent years".into(), "DATE".into(), "PAST_REF".into())
    );
    assert_eq!(
        one("Most recently, ties have been tested"),
        ("recently".into(), "DATE".into(), "PAST_REF".into())
    );
    assert_eq!(
        one("in their seventh meeting this year."),
        ("this year".into(), "DATE".into(), "2023".into())
    );
    assert_eq!(
        one("also held a brief trilateral meeting on Thursday."),
        ("Thursday".into(), "DATE".into(), "2023-11-16".into())
    );
    let m = extract(
        "for the 30th summit from Nov. 15-17. – Reuters",
        reference(),
        &Options::default(),
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].value, "2023-11-15");
    let iv = m[0].interval.unwrap();
    assert_eq!(iv.start.to_string(), "2023-11-15 00:00:00");
    assert_eq!(iv.end.to_string(), "2023-11-18 00:00:00");
    assert!(tags("as they sat across from one another").is_empty());
}

#[test]
fn negatives_are_not_times() {
    for text in [
        "1,500 troops were sent.",
        "the Second World War",
        "see page 2001 of the report",
        "You may go now that it is over.",
        "they march on the capital",
        "the 1,000th visitor",
        "Flight 1549 landed",
    ] {
        let t = tags(text);
        assert!(
            t.iter().all(|(s, _, _)| s != "1,500"
                && s != "Second"
                && s != "2001"
                && s != "may"
                && s != "march"
                && s != "1549"),
            "{text}: {t:?}"
        );
    }
}

#[test]
fn absolute_dates() {
    assert_eq!(
        one("on Nov. 17, 2023 it"),
        ("Nov. 17, 2023".into(), "DATE".into(), "2023-11-17".into())
    );
    assert_eq!(
        one("on 17 November 2023 it"),
        (
            "17 November 2023".into(),
            "DATE".into(),
            "2023-11-17".into()
        )
    );
    assert_eq!(
        one("in November 2023 it"),
        ("November 2023".into(), "DATE".into(), "2023-11".into())
    );
    assert_eq!(
        one("on 11/17/2023 it"),
        ("11/17/2023".into(), "DATE".into(), "2023-11-17".into())
    );
    assert_eq!(
        one("on 2023-11-17 it"),
        ("2023-11-17".into(), "DATE".into(), "2023-11-17".into())
    );
    assert_eq!(
        one("in the 1990s"),
        ("the 1990s".into(), "DATE".into(), "199".into())
    );
    assert_eq!(
        one("in the 19th century"),
        ("the 19th century".into(), "DATE".into(), "18".into())
    );
    assert_eq!(
        one("profit in the third quarter rose"),
        ("the third quarter".into(), "DATE".into(), "2023-Q3".into())
    );
    assert_eq!(
        one("founded in 500 BC"),
        ("500 BC".into(), "DATE".into(), "BC0500".into())
    );
}

#[test]
fn relative_dates() {
    assert_eq!(
        one("It happened yesterday."),
        ("yesterday".into(), "DATE".into(), "2023-11-16".into())
    );
    assert_eq!(
        one("It happened last week."),
        ("last week".into(), "DATE".into(), "2023-W45".into())
    );
    assert_eq!(
        one("It happened three days ago."),
        ("three days ago".into(), "DATE".into(), "2023-11-14".into())
    );
    assert_eq!(
        one("sales over the past five years"),
        (
            "the past five years".into(),
            "DURATION".into(),
            "P5Y".into()
        )
    );
    assert_eq!(
        one("He will arrive early next year."),
        ("early next year".into(), "DATE".into(), "2024".into())
    );
    assert_eq!(
        one("It rose in mid-August."),
        ("mid-August".into(), "DATE".into(), "2023-08".into())
    );
    assert_eq!(
        one("The meeting is at 10 a.m. in Paris"),
        ("10 a.m.".into(), "TIME".into(), "2023-11-17T10:00".into())
    );
    assert_eq!(
        one("They meet every week."),
        ("every week".into(), "SET".into(), "P1W".into())
    );
    assert_eq!(
        one("They will meet on Thanksgiving Day."),
        (
            "Thanksgiving Day".into(),
            "DATE".into(),
            "2023-11-23".into()
        )
    );
    assert_eq!(
        one("They met on Thanksgiving Day."),
        (
            "Thanksgiving Day".into(),
            "DATE".into(),
            "2022-11-24".into()
        )
    );
}

#[test]
fn no_reference_gives_placeholders() {
    let m = extract("It happened on Thursday.", None, &Options::default());
    assert_eq!(m[0].value, "XXXX-XX-XX");
    assert!(m[0].interval.is_none());
}

/// The seed article's full extraction, pinned: any change in what the engine finds or how
/// it resolves it shows up as a reviewed snapshot diff.
#[test]
fn seed_article_snapshot() {
    let text = include_str!("../../seeds/000_e2108d0b9f2792be.txt");
    let lines: Vec<String> = extract(text, reference(), &Options::default())
        .into_iter()
        .map(|m| {
            let iv = m
                .interval
                .map_or("-".to_string(), |i| format!("[{}, {})", i.start, i.end));
            format!(
                "{:>5}..{:<5} {:<20} {:<8} {:<14} {:<8} {}",
                m.span.start,
                m.span.end,
                format!("{:?}", &text[m.span.clone()]),
                m.timex_type.as_str(),
                m.value,
                m.granularity.map_or("-", |g| g.as_str()),
                iv
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn extract_many_matches_extract_in_order() {
    let docs: Vec<(String, Option<NaiveDateTime>)> = (0..40)
        .map(|i| {
            (
                format!(
                    "Talks resumed on Thursday; {i} days later a deal came in {}.",
                    1990 + i
                ),
                reference(),
            )
        })
        .collect();
    let parallel = extract_many(&docs, &Options::default());
    assert_eq!(parallel.len(), docs.len());
    for ((text, r), got) in docs.iter().zip(&parallel) {
        assert_eq!(got, &extract(text, *r, &Options::default()));
    }
    assert_eq!(parallel[5][2].value, "1995");
}

#[test]
fn live_blog_timestamps_are_on_the_reference_day() {
    let text = "Unions said that Saturday's walkout would go ahead.\n\
                14:30 GMT Network Rail says only one in five trains will run.\n\
                9:05 p.m. ET — Lines are still long.\n\
                The vote closed on Tuesday. The count began at 9 p.m.";
    let t = tags(text);
    let value = |s: &str| t.iter().find(|x| x.0 == s).map(|x| x.2.clone());
    // the entries' own times, not the Saturday the first line talked about
    assert_eq!(value("14:30 GMT").as_deref(), Some("2023-11-17T14:30"));
    assert_eq!(value("9:05 p.m. ET").as_deref(), Some("2023-11-17T21:05"));
    // inside a sentence a clock time keeps the day under discussion
    assert_eq!(value("9 p.m.").as_deref(), Some("2023-11-14T21:00"));
}

#[test]
fn a_clock_time_keeps_the_last_day_named_past_coarser_dates() {
    assert_eq!(
        tags("The governor opened the dam on Thursday. Work had begun in the 1930s. He pressed a button at 11 a.m.")
            .into_iter()
            .map(|x| x.2)
            .collect::<Vec<_>>(),
        ["2023-11-16", "193", "2023-11-16T11:00"]
    );
    assert_eq!(
        tags("The final was played on Saturday, the first since 2019, and finished after 6pm.")
            .into_iter()
            .map(|x| x.2)
            .collect::<Vec<_>>(),
        ["2023-11-11", "2019", "2023-11-11T18:00"]
    );
}
