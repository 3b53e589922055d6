//! Unit arithmetic and value formatting for the resolver: a date shifted by N units and
//! written at the unit's granularity (`2023-W45`, `2023-Q4`, `199`), placeholders for
//! unresolvable values, and the dates of holidays.

use super::calendar::{add_days, easter, nth_weekday, shift_month, ymd};
use super::grammar::Holiday;
use super::lexicon::Unit;
use super::types::Granularity;
use super::value::year_str;
use chrono::{Datelike, NaiveDate, Weekday};

pub fn fmt_ymd_str(year: &str, month: Option<u8>, day: Option<u8>) -> String {
    match (month, day) {
        (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year}-{m:02}"),
        _ => year.to_string(),
    }
}

/// `YYYY-MM-DD`.
pub fn fmt_date(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", year_str(d.year()), d.month(), d.day())
}

pub fn fmt_gran(d: NaiveDate, g: Granularity) -> String {
    let y = year_str(d.year());
    match g {
        Granularity::Second | Granularity::Minute | Granularity::Hour | Granularity::Day => {
            fmt_date(d)
        }
        Granularity::Week => {
            let w = d.iso_week();
            format!("{}-W{:02}", year_str(w.year()), w.week())
        }
        Granularity::Month => format!("{y}-{:02}", d.month()),
        Granularity::Quarter => format!("{y}-Q{}", d.month0() / 3 + 1),
        Granularity::Year => y,
        Granularity::Decade => format!("{:03}", d.year().div_euclid(10)),
        Granularity::Century => format!("{:02}", d.year().div_euclid(100)),
    }
}

pub fn unit_granularity(u: Unit) -> Granularity {
    match u {
        Unit::Second => Granularity::Second,
        Unit::Minute => Granularity::Minute,
        Unit::Hour => Granularity::Hour,
        Unit::Day | Unit::Weekend => Granularity::Day,
        Unit::Week | Unit::Fortnight => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Year => Granularity::Year,
        Unit::Decade => Granularity::Decade,
        Unit::Century | Unit::Millennium => Granularity::Century,
    }
}

pub fn placeholder(u: Unit) -> String {
    match u {
        Unit::Day | Unit::Weekend => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
        Unit::Hour | Unit::Minute | Unit::Second => "XXXX-XX-XXTXX:XX",
    }
    .into()
}

pub fn quarter_add(year: i32, q: u32, n: i32) -> (i32, u32) {
    let idx = i64::from(year) * 4 + i64::from(q) - 1 + i64::from(n);
    (idx.div_euclid(4) as i32, idx.rem_euclid(4) as u32 + 1)
}

/// `base` shifted by `n` units and formatted at the unit's granularity.
pub fn shift_fmt(base: NaiveDate, unit: Unit, n: i32) -> Option<String> {
    let n64 = i64::from(n);
    Some(match unit {
        Unit::Day => fmt_date(add_days(base, n64)?),
        Unit::Week => fmt_gran(add_days(base, n64 * 7)?, Granularity::Week),
        Unit::Fortnight => fmt_gran(add_days(base, n64 * 14)?, Granularity::Week),
        Unit::Weekend => {
            let d = add_days(base, n64 * 7)?;
            let w = d.iso_week();
            format!("{}-W{:02}-WE", year_str(w.year()), w.week())
        }
        Unit::Month => {
            let (y, m) = shift_month(base.year(), base.month(), n64)?;
            format!("{}-{m:02}", year_str(y))
        }
        Unit::Quarter => {
            let (y, q) = quarter_add(base.year(), base.month0() / 3 + 1, n);
            format!("{}-Q{q}", year_str(y))
        }
        Unit::Year => year_str(base.year().checked_add(n)?),
        Unit::Decade => format!("{:03}", base.year().div_euclid(10).checked_add(n)?),
        Unit::Century => format!("{:02}", base.year().div_euclid(100).checked_add(n)?),
        Unit::Millennium => format!("{}", base.year().div_euclid(1000).checked_add(n)?),
        Unit::Hour | Unit::Minute | Unit::Second => fmt_date(base),
    })
}

pub fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let (ny, nm) = shift_month(y, m, 1)?;
    Some((ymd(y, m, 1)?, ymd(ny, nm, 1)?))
}

/// The date of a holiday in `year`.
pub fn holiday_date(h: Holiday, year: i32) -> Option<NaiveDate> {
    use Weekday::*;
    match h {
        Holiday::NewYearsDay => ymd(year, 1, 1),
        Holiday::NewYearsEve => ymd(year, 12, 31),
        Holiday::ChristmasDay => ymd(year, 12, 25),
        Holiday::ChristmasEve => ymd(year, 12, 24),
        Holiday::Easter => easter(year),
        Holiday::GoodFriday => easter(year).and_then(|d| add_days(d, -2)),
        Holiday::Thanksgiving => nth_weekday(year, 11, Thu, 4),
        Holiday::IndependenceDay => ymd(year, 7, 4),
        Holiday::MemorialDay => nth_weekday(year, 5, Mon, -1),
        Holiday::LaborDay => nth_weekday(year, 9, Mon, 1),
        Holiday::VeteransDay => ymd(year, 11, 11),
        Holiday::Halloween => ymd(year, 10, 31),
        Holiday::ValentinesDay => ymd(year, 2, 14),
        Holiday::ElectionDay => nth_weekday(year, 11, Mon, 1).and_then(|d| add_days(d, 1)),
        Holiday::MlkDay => nth_weekday(year, 1, Mon, 3),
        Holiday::PresidentsDay => nth_weekday(year, 2, Mon, 3),
        Holiday::MothersDay => nth_weekday(year, 5, Sun, 2),
        Holiday::FathersDay => nth_weekday(year, 6, Sun, 3),
        Holiday::ColumbusDay => nth_weekday(year, 10, Mon, 2),
        Holiday::BoxingDay => ymd(year, 12, 26),
        Holiday::StPatricksDay => ymd(year, 3, 17),
        Holiday::AshWednesday => easter(year).and_then(|d| add_days(d, -46)),
        Holiday::Pentecost => easter(year).and_then(|d| add_days(d, 49)),
        Holiday::EasterMonday => easter(year).and_then(|d| add_days(d, 1)),
        Holiday::MayDay => ymd(year, 5, 1),
        Holiday::BastilleDay => ymd(year, 7, 14),
        Holiday::AllSaintsDay => ymd(year, 11, 1),
        Holiday::BlackFriday => nth_weekday(year, 11, Thu, 4).and_then(|d| add_days(d, 1)),
        Holiday::RemembranceDay => ymd(year, 11, 11),
        Holiday::AnzacDay => ymd(year, 4, 25),
        Holiday::AustraliaDay => ymd(year, 1, 26),
        Holiday::CanadaDay => ymd(year, 7, 1),
        Holiday::HeritageDay => ymd(year, 9, 24),
        Holiday::Juneteenth => ymd(year, 6, 19),
        Holiday::ThanksgivingMonday => nth_weekday(year, 10, Mon, 2),
    }
}
