//! The curated view of the seed: hidden events left out, corrected headline and date
//! applied (the extracted value kept in the source), starred-only exports, and edits whose
//! event no longer exists listed as orphans.

use chrono::NaiveDate;
use chronoscope::corpus::load_embedded_seed;
use chronoscope::project::{Curation, DateFix, Edit};
use chronoscope::temporal::{Granularity, Options};

#[test]
fn the_curated_seed_applies_every_correction() {
    let file = load_embedded_seed(&Options::default());
    let (a, b) = (file.events[0].id.clone(), file.events[1].id.clone());
    let original = file.events[1].clone();
    let mut c = Curation::default();
    c.apply(Edit::Hide {
        event: a.clone(),
        hidden: true,
    });
    c.apply(Edit::Headline {
        event: b.clone(),
        headline: Some("Xi and Kishida meet".into()),
    });
    let day = NaiveDate::from_ymd_opt(2023, 11, 16)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    c.apply(Edit::Date {
        event: b.clone(),
        date: Some(DateFix {
            start: day,
            end: day + chrono::Duration::days(1),
            granularity: Granularity::Day,
            value: "2023-11-16".into(),
            typed: "Nov. 16, 2023".into(),
        }),
    });
    c.apply(Edit::Star {
        event: b.clone(),
        starred: true,
    });
    let curated = c.curated_file(&file, false);
    assert_eq!(curated.events.len(), file.events.len() - 1);
    assert!(!curated.events.iter().any(|e| e.id == a), "hidden left out");
    let e = curated.events.iter().find(|e| e.id == b).unwrap();
    assert_eq!(e.headline, "Xi and Kishida meet");
    assert_eq!(e.value, "2023-11-16");
    assert_eq!(e.start, Some(day));
    assert_eq!(
        e.first().expression,
        original.first().expression,
        "the extracted date is kept"
    );
    let starred = c.curated_file(&file, true);
    assert_eq!(
        starred
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        [b.as_str()]
    );
    assert!(c.orphans(&file).is_empty());
    c.apply(Edit::Note {
        event: "e-gone".into(),
        note: Some("check".into()),
    });
    assert_eq!(c.orphans(&file).into_iter().collect::<Vec<_>>(), ["e-gone"]);
}
