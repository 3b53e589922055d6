//! Unit tests of `resolve`: weekdays, months, shifts and anchors against a fixed reference.

use super::*;
use crate::temporal::grammar::Holiday;

fn ctx(tense: Tense) -> Ctx {
    Ctx {
        reference: ymd(2023, 11, 17).and_then(|d| d.and_hms_opt(0, 0, 0)),
        tense,
        bias: Bias::Auto,
        anchor: None,
        quarter: None,
        months_talk: false,
        year_named: None,
        last_end: None,
        day_anchor: None,
        pin: None,
    }
}

fn val(sem: Sem, tense: Tense) -> String {
    resolve(&sem, &ctx(tense)).unwrap().1
}

#[test]
fn weekdays_follow_tense() {
    let thu = || Sem::Weekday {
        day: 3,
        pick: Pick::Guess,
    };
    assert_eq!(val(thu(), Tense::Past), "2023-11-16");
    assert_eq!(val(thu(), Tense::Future), "2023-11-23");
    assert_eq!(val(thu(), Tense::None), "2023-11-16");
    assert_eq!(
        val(
            Sem::Weekday {
                day: 4,
                pick: Pick::Guess
            },
            Tense::Past
        ),
        "2023-11-17"
    );
    assert_eq!(
        val(
            Sem::Weekday {
                day: 4,
                pick: Pick::Last
            },
            Tense::None
        ),
        "2023-11-10"
    );
}

#[test]
fn months_follow_tense() {
    let aug = || Sem::Date {
        year: YearSpec::Guess,
        month: Some(8),
        day: None,
    };
    assert_eq!(val(aug(), Tense::Past), "2023-08");
    assert_eq!(val(aug(), Tense::Future), "2024-08");
    let jan = Sem::Date {
        year: YearSpec::Guess,
        month: Some(1),
        day: None,
    };
    assert_eq!(val(jan, Tense::None), "2024-01");
}

#[test]
fn shifts_and_anchors() {
    assert_eq!(
        val(
            Sem::Shift {
                unit: Unit::Week,
                n: -1,
                anchored: false
            },
            Tense::None
        ),
        "2023-W45"
    );
    assert_eq!(
        val(
            Sem::Shift {
                unit: Unit::Quarter,
                n: 1,
                anchored: false
            },
            Tense::None
        ),
        "2024-Q1"
    );
    let mut c = ctx(Tense::None);
    c.anchor = Some(Anchor {
        date: ymd(1989, 7, 1).unwrap(),
        granularity: Granularity::Quarter,
    });
    let r = resolve(
        &Sem::AnchorShift {
            unit: Unit::Year,
            n: -1,
            ago: false,
        },
        &c,
    )
    .unwrap();
    assert_eq!(r.1, "1988-Q3");
    assert_eq!(holiday_date(Holiday::ElectionDay, 1998), ymd(1998, 11, 3));
}
