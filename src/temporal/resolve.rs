//! Resolution: a pure function from an unresolved meaning ([`Sem`]), its context (the
//! reference date, the clause's tense, the discourse anchor) to a TIMEX3 type and value.
//!
//! Intervals are derived from the value afterwards (`value::interval_of`), so the value is
//! the single source of truth. Without a reference date, relative expressions get `X`
//! placeholders (`XXXX-XX-XX`, `XXXX-WXX`).

use super::calendar::{add_days, shift_month, weekday_from_index, ymd};
use super::grammar::{FixedKind, Pick, Sem, YearSpec};
use super::lexicon::Unit;
use super::pick::{holiday_now, pick_year, weekday_date, weekend_saturday};
use super::tense::Tense;
use super::types::{Bias, Granularity, TimexType};
pub use super::units::holiday_date;
use super::units::{
    fmt_date, fmt_gran, fmt_ymd_str, month_bounds, placeholder, quarter_add, shift_fmt,
    unit_granularity,
};
use super::value::year_str;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// The last resolved point in the text, used by "the next day", "that year", "a year
/// earlier".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    pub date: NaiveDate,
    pub granularity: Granularity,
}

/// Everything resolution depends on besides the expression itself.
#[derive(Clone, Copy, Debug)]
pub struct Ctx {
    pub reference: Option<NaiveDateTime>,
    pub tense: Tense,
    pub bias: Bias,
    pub anchor: Option<Anchor>,
    /// The last quarter mentioned (financial reports talk about "the quarter").
    pub quarter: Option<(i32, u32)>,
    /// The text last named a span of months ("the nine months", "the first half"): a
    /// following "a year earlier" compares with that span a year back, not the quarter.
    pub months_talk: bool,
    /// A year written out just before in the current sentence (the sentence's first
    /// token, the expression's end token, the year): "the summer of 1997 … through the
    /// fall" — a bare month or season there follows it.
    pub year_named: Option<(usize, usize, i32)>,
    /// The end token of the last expression found ("from April [to] June").
    pub last_end: Option<usize>,
    /// The last day named (a date of day granularity or finer), even when a coarser
    /// anchor came after it: "opened the dam Friday … built in the 1930s … pressed a
    /// button at 11 a.m." is Friday's 11 a.m.
    pub day_anchor: Option<NaiveDate>,
    /// The date a day expression must take, set by the caller for the day named right
    /// after a clock time ("until 05:00 on Wednesday": the time chose the Wednesday).
    pub pin: Option<NaiveDate>,
}

impl Ctx {
    /// Past, Future or None: the direction to resolve in (bias first, then tense).
    pub(super) fn direction(&self) -> Tense {
        match self.bias {
            Bias::Past => Tense::Past,
            Bias::Future => Tense::Future,
            Bias::Auto => match self.tense {
                Tense::WeakPast => Tense::Past,
                Tense::WeakFuture => Tense::Future,
                t => t,
            },
        }
    }

    /// True when the direction rests on weak evidence only.
    pub(super) fn weak(&self) -> bool {
        self.bias == Bias::Auto && matches!(self.tense, Tense::WeakPast | Tense::WeakFuture)
    }

    pub(super) fn today(&self) -> Option<NaiveDate> {
        self.reference.map(|r| r.date())
    }
}

/// Resolves `sem` to a TIMEX3 type and value.
pub fn resolve(sem: &Sem, ctx: &Ctx) -> Option<(TimexType, String)> {
    let date = |v: String| Some((TimexType::Date, v));
    match sem {
        Sem::Date { year, month, day } => {
            let (y, m, d) = (*year, *month, *day);
            let Some(today) = ctx.today() else {
                let ys = match y {
                    YearSpec::Abs(y) => year_str(y),
                    _ => "XXXX".into(),
                };
                return date(fmt_ymd_str(&ys, m, d));
            };
            let year = match y {
                YearSpec::Abs(y) => y,
                YearSpec::Dct(off) => today.year().checked_add(off)?,
                YearSpec::Guess => {
                    let m = u32::from(m?);
                    pick_year(ctx, today, |yy| match d {
                        Some(d) => ymd(yy, m, u32::from(d)).map(|s| (s, s.succ_opt().unwrap_or(s))),
                        None => month_bounds(yy, m),
                    })?
                }
            };
            date(fmt_ymd_str(&year_str(year), m, d))
        }
        Sem::MonthPick { month, pick } => {
            let m = u32::from(*month);
            let Some(today) = ctx.today() else {
                return date(format!("XXXX-{m:02}"));
            };
            let year = match pick {
                // "last February" said in March is last year's February (the month just
                // past would be "last month"); in January, "last December" is the one
                // just past, which is also last year's
                Pick::Last => {
                    if m + 1 < today.month() {
                        today.year()
                    } else {
                        today.year() - 1
                    }
                }
                Pick::Next => {
                    if m > today.month() {
                        today.year()
                    } else {
                        today.year() + 1
                    }
                }
                _ => today.year(),
            };
            date(format!("{}-{m:02}", year_str(year)))
        }
        Sem::Quarter { year, q } => {
            // q == 0: "the 1988 quarter" — the quarter under discussion, in that year
            let q = if *q == 0 {
                match (ctx.quarter, year) {
                    (Some((_, q)), _) => q as u8,
                    // "the 1988 period" with no quarter in sight: that year
                    (None, YearSpec::Abs(y)) => return date(year_str(*y)),
                    (None, _) => 0,
                }
            } else {
                *q
            };
            let qs = if q == 0 {
                "X".to_string()
            } else {
                q.to_string()
            };
            let ys = match (year, ctx.today()) {
                (YearSpec::Guess, Some(t)) if q > 0 => {
                    // A quarter not begun yet, in a past-tense clause, is last year's.
                    let starts_later = u32::from(q) > t.month0() / 3 + 1;
                    // One over before the last quarter, in a future clause, is next
                    // year's ("expected to close by the end of the first quarter" in
                    // November); the quarter just over is still being reported on.
                    let long_over = u32::from(q) + 1 < t.month0() / 3 + 1;
                    if starts_later && ctx.direction() == Tense::Past {
                        year_str(t.year() - 1)
                    } else if long_over && ctx.direction() == Tense::Future {
                        year_str(t.year() + 1)
                    } else {
                        year_str(t.year())
                    }
                }
                _ => year_of(*year, ctx),
            };
            date(format!("{ys}-Q{qs}"))
        }
        Sem::QuarterAnchor => match (ctx.quarter, ctx.today()) {
            (Some((y, q)), _) => date(format!("{}-Q{q}", year_str(y))),
            (None, Some(t)) => {
                let (y, q) = quarter_add(t.year(), t.month0() / 3 + 1, -1);
                date(format!("{}-Q{q}", year_str(y)))
            }
            (None, None) => date("XXXX-QX".into()),
        },
        Sem::Half { year, h } => date(format!("{}-H{h}", year_of(*year, ctx))),
        Sem::Season { year, season, pick } => {
            let code = ["SP", "SU", "FA", "WI"][usize::from(*season % 4)];
            let ys = match (year, ctx.today()) {
                (YearSpec::Abs(y), _) => year_str(*y),
                (_, None) => "XXXX".into(),
                (_, Some(t)) => {
                    let start = [3u32, 6, 9, 12][usize::from(*season % 4)];
                    let bounds = |yy: i32| {
                        let s = ymd(yy, start, 1)?;
                        let (ey, em) = shift_month(yy, start, 3)?;
                        Some((s, ymd(ey, em, 1)?))
                    };
                    let y = match pick {
                        Pick::Last => (t.year() - 2..=t.year())
                            .rev()
                            .find(|&yy| bounds(yy).is_some_and(|(_, e)| e <= t))?,
                        Pick::Next => (t.year()..=t.year() + 1)
                            .find(|&yy| bounds(yy).is_some_and(|(s, _)| s > t))?,
                        Pick::This => t.year(),
                        Pick::AnchorPrev => ctx.anchor.map_or(t.year(), |a| a.date.year()),
                        // after "in 2019", "the following spring" is 2020's: a year
                        // anchor counts from its end (and back from its start)
                        Pick::AnchorNext => {
                            let a = match ctx.anchor {
                                Some(a) if a.granularity >= Granularity::Year => {
                                    ymd(a.date.year(), 12, 31)?
                                }
                                Some(a) => a.date,
                                None => t,
                            };
                            (a.year()..=a.year() + 1)
                                .find(|&yy| bounds(yy).is_some_and(|(s, _)| s > a))?
                        }
                        Pick::AnchorLast => {
                            let a = ctx.anchor.map_or(t, |a| a.date);
                            (a.year() - 2..=a.year())
                                .rev()
                                .find(|&yy| bounds(yy).is_some_and(|(_, e)| e <= a))?
                        }
                        Pick::Guess => pick_year(ctx, t, bounds)?,
                    };
                    year_str(y)
                }
            };
            date(format!("{ys}-{code}"))
        }
        Sem::Decade { decade, x } => date(if *x {
            format!("{decade:03}X")
        } else {
            format!("{decade:03}")
        }),
        Sem::Century { century } => date(format!("{century:02}")),
        Sem::Weekday { day, pick } => {
            let Some(t) = ctx.today() else {
                return date("XXXX-XX-XX".into());
            };
            let d = weekday_date(ctx, t, weekday_from_index(*day), *pick)?;
            date(fmt_date(d))
        }
        Sem::Shift { unit, n, anchored } => {
            let base = if *anchored {
                ctx.anchor.map(|a| a.date).or(ctx.today())
            } else {
                ctx.today()
            };
            let Some(base) = base else {
                return date(placeholder(*unit));
            };
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                let r = ctx.reference?;
                let secs = match unit {
                    Unit::Hour => 3600,
                    Unit::Minute => 60,
                    _ => 1,
                };
                let t = r.checked_add_signed(Duration::try_seconds(i64::from(*n) * secs)?)?;
                return Some((
                    TimexType::Time,
                    format!("{}T{:02}:{:02}", fmt_date(t.date()), t.hour(), t.minute()),
                ));
            }
            date(shift_fmt(base, *unit, *n)?)
        }
        Sem::AnchorAt { unit } => {
            // "that day" after "in 1987" or "in September": the day is not known, only
            // the month or year around it (never a made-up first of the month)
            if let (Unit::Day, Some(a)) = (unit, ctx.anchor) {
                if a.granularity > Granularity::Week {
                    let y = year_str(a.date.year());
                    return date(if a.granularity == Granularity::Month {
                        format!("{y}-{:02}-XX", a.date.month())
                    } else {
                        format!("{y}-XX-XX")
                    });
                }
            }
            let base = ctx.anchor.map(|a| a.date).or(ctx.today());
            let Some(base) = base else {
                return date(placeholder(*unit));
            };
            date(shift_fmt(base, *unit, 0)?)
        }
        Sem::AnchorShift { unit, n, ago } => {
            let anchor = ctx.anchor;
            // Reports on quarterly results compare with "the year-ago quarter": one year
            // back only ("founded in 1991, went public five years later" is no comparison)
            if let (Unit::Year, Some((y, q)), -1) = (unit, ctx.quarter, *n) {
                let y = y.checked_add(*n)?;
                if ctx.months_talk {
                    return date(year_str(y));
                }
                return date(format!("{}-Q{q}", year_str(y)));
            }
            // "the first half … the year-earlier period": that span a year back, i.e. the
            // year (a half is no quarter, though its interval has quarter granularity)
            if let (Unit::Year, true, Some(a)) = (unit, ctx.months_talk, anchor) {
                if a.granularity == Granularity::Quarter {
                    return date(year_str(a.date.year().checked_add(*n)?));
                }
            }
            // "a year ago" in a report about quarters means the year-ago quarter.
            let quarter_talk = anchor.is_some_and(|a| a.granularity == Granularity::Quarter);
            if *ago && !(quarter_talk && *unit == Unit::Year) {
                let Some(t) = ctx.today() else {
                    return date(placeholder(*unit));
                };
                if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                    return resolve(
                        &Sem::Shift {
                            unit: *unit,
                            n: *n,
                            anchored: false,
                        },
                        ctx,
                    );
                }
                return date(shift_fmt(t, *unit, *n)?);
            }
            let (base, gran) = match anchor {
                Some(a) => (a.date, a.granularity),
                None => match ctx.today() {
                    Some(t) => (t, Granularity::Day),
                    None => return date(placeholder(*unit)),
                },
            };
            let unit_gran = unit_granularity(*unit);
            // "a year earlier" after a quarter keeps quarter precision; otherwise the
            // result has the unit's granularity ("a week later" → an ISO week).
            if gran == Granularity::Quarter && *unit == Unit::Year && unit_gran > gran {
                // keep the anchor's precision: shift the anchor, format at its granularity
                let shifted = match unit {
                    Unit::Year => shift_month(base.year(), base.month(), i64::from(*n) * 12)
                        .and_then(|(y, m)| {
                            ymd(y, m, base.day().min(super::calendar::days_in_month(y, m)))
                        })?,
                    Unit::Month => super::calendar::add_months(base, i64::from(*n))?,
                    Unit::Quarter => super::calendar::add_months(base, i64::from(*n) * 3)?,
                    Unit::Week => add_days(base, i64::from(*n) * 7)?,
                    Unit::Fortnight => add_days(base, i64::from(*n) * 14)?,
                    Unit::Day => add_days(base, i64::from(*n))?,
                    _ => return date(shift_fmt(base, *unit, *n)?),
                };
                return date(fmt_gran(shifted, gran));
            }
            date(shift_fmt(base, *unit, *n)?)
        }
        Sem::Weekend { pick } => {
            let Some(t) = ctx.today() else {
                return date("XXXX-WXX-WE".into());
            };
            let wd = t.weekday().num_days_from_monday();
            let this_sat = add_days(t, 5 - i64::from(wd))?;
            let sat = match pick {
                Pick::Last => add_days(this_sat, -7)?,
                Pick::Next => add_days(this_sat, 7)?,
                Pick::This => this_sat,
                _ => match ctx.direction() {
                    Tense::Past if wd < 5 => add_days(this_sat, -7)?,
                    Tense::None if wd <= 2 => add_days(this_sat, -7)?,
                    _ => this_sat,
                },
            };
            let w = sat.iso_week();
            date(format!("{}-W{:02}-WE", year_str(w.year()), w.week()))
        }
        Sem::Fixed { value, kind } => {
            let ty = match kind {
                FixedKind::Ref => TimexType::Date,
                FixedKind::Duration => TimexType::Duration,
                FixedKind::Set => TimexType::Set,
            };
            Some((ty, value.clone()))
        }
        Sem::Time {
            day, hour, minute, ..
        } => {
            let d = match day {
                Some(s) => resolve(s, ctx)?.1,
                // a bare clock time belongs to the day under discussion, if that day
                // lies on the clause's side of today ("shot on Nov. 7 … will speak at
                // 3 p.m." is about today)
                None => ctx
                    .anchor
                    .filter(|a| a.granularity == Granularity::Day)
                    .map(|a| a.date)
                    .or(ctx.day_anchor)
                    .filter(|&d| match (ctx.direction(), ctx.today()) {
                        (Tense::Future, Some(t)) => d >= t,
                        (Tense::Past, Some(t)) => d <= t,
                        _ => true,
                    })
                    .or(ctx.today())
                    .map_or_else(|| "XXXX-XX-XX".to_string(), fmt_date),
            };
            if d.len() < 10 || d.contains('T') {
                return None;
            }
            let v = match minute {
                Some(m) => format!("{d}T{hour:02}:{m:02}"),
                None => format!("{d}T{hour:02}"),
            };
            Some((TimexType::Time, v))
        }
        Sem::PartOfDay { day, pod } => {
            // "sat late into the evening" is the day under discussion; "we will be
            // updating through the night" is tonight ("the same evening" always follows
            // the anchor)
            let today = Sem::Shift {
                unit: Unit::Day,
                n: 0,
                anchored: false,
            };
            let day = match day.as_ref() {
                Sem::Shift {
                    unit: Unit::Day,
                    n: 0,
                    anchored: true,
                } if ctx.direction() != Tense::Past => &today,
                d => d,
            };
            let (_, d) = resolve(day, ctx)?;
            if d.len() < 10 || d.contains('T') || d.contains('W') {
                return None;
            }
            Some((
                TimexType::Time,
                format!("{d}T{}", ["MO", "AF", "EV", "NI"][usize::from(*pod % 4)]),
            ))
        }
        Sem::Holiday { which, year, pick } => {
            let Some(t) = ctx.today() else {
                return match year {
                    YearSpec::Abs(y) => date(fmt_date(holiday_date(*which, *y)?)),
                    _ => date("XXXX-XX-XX".into()),
                };
            };
            let y = match (year, pick) {
                (YearSpec::Abs(y), _) => *y,
                // "Thanksgiving last year"
                (YearSpec::Dct(off), _) => t.year().checked_add(*off)?,
                (_, Pick::Last) => (t.year() - 1..=t.year())
                    .rev()
                    .find(|&yy| holiday_date(*which, yy).is_some_and(|d| d < t))?,
                (_, Pick::Next) => (t.year()..=t.year() + 1)
                    .find(|&yy| holiday_date(*which, yy).is_some_and(|d| d > t))?,
                (_, Pick::This) => t.year(),
                _ => pick_year(ctx, t, |yy| {
                    holiday_date(*which, yy).map(|d| (d, d.succ_opt().unwrap_or(d)))
                })?,
            };
            date(fmt_date(holiday_date(*which, y)?))
        }
        Sem::Range { from, .. } => resolve(from, ctx),
        Sem::NewYear => {
            let Some(t) = ctx.today() else {
                return date("XXXX".into());
            };
            let next = i32::from(t.month() >= 9);
            date(year_str(t.year().checked_add(next)?))
        }
        Sem::DayOfMonth { day, months } => {
            let Some(t) = ctx.today() else {
                return date(format!("XXXX-XX-{day:02}"));
            };
            let d = u32::from(*day);
            let off = match (months, ctx.direction()) {
                (Some(n), _) => i64::from(*n),
                (None, Tense::Past) if d > t.day() => -1,
                (None, Tense::Future) if d < t.day() => 1,
                _ => 0,
            };
            let (y, m) = shift_month(t.year(), t.month(), off)?;
            date(format!("{}-{m:02}-{d:02}", year_str(y)))
        }
        Sem::InSpan { unit, n } => {
            let future = ctx.direction() == Tense::Future;
            match (future, ctx.today()) {
                (true, Some(t)) if !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) => {
                    date(shift_fmt(t, *unit, i32::try_from(*n).ok()?)?)
                }
                _ => Some((
                    TimexType::Duration,
                    super::grammar::duration_value(super::grammar::Num::Int(*n), *unit),
                )),
            }
        }
        Sem::QuarterEnding { date: d } => {
            let (_, v) = resolve(d, ctx)?;
            let day = NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok()?;
            // the quarter that covers most of the three months before the date
            let mid = add_days(day, -45)?;
            date(fmt_gran(mid, Granularity::Quarter))
        }
        Sem::WeekOf { date: d } => {
            let day = match holiday_now(d, ctx, |h, t| {
                t.iso_week() == h.iso_week() && t.year() == h.year()
            }) {
                Some(h) => h,
                None => NaiveDate::parse_from_str(&resolve(d, ctx)?.1, "%Y-%m-%d").ok()?,
            };
            date(fmt_gran(day, Granularity::Week))
        }
        Sem::WeekendOf { date: d } => {
            let around = |h: NaiveDate, t: NaiveDate| {
                weekend_saturday(h).is_some_and(|sat| {
                    let lo = sat.min(h);
                    let hi = add_days(sat, 1).map_or(h, |sun| sun.max(h));
                    lo <= t && t <= hi
                })
            };
            let day = match holiday_now(d, ctx, around) {
                Some(h) => h,
                None => NaiveDate::parse_from_str(&resolve(d, ctx)?.1, "%Y-%m-%d").ok()?,
            };
            let sat = weekend_saturday(day)?;
            date(format!("{}-WE", fmt_gran(sat, Granularity::Week)))
        }
        Sem::NthWeekday { n, day, month } => {
            let (_, v) = resolve(month, ctx)?;
            let (y, m) = v.split_once('-')?;
            let d = super::calendar::nth_weekday(
                y.parse().ok()?,
                m.parse().ok()?,
                weekday_from_index(*day),
                i32::from(*n),
            )?;
            date(fmt_date(d))
        }
        Sem::DayFrom { date: d, n } => {
            let (_, v) = resolve(d, ctx)?;
            let day = NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok()?;
            date(fmt_date(add_days(day, i64::from(*n))?))
        }
    }
}

fn year_of(year: YearSpec, ctx: &Ctx) -> String {
    match (year, ctx.today()) {
        (YearSpec::Abs(y), _) => year_str(y),
        (YearSpec::Dct(off), Some(t)) => year_str(t.year() + off),
        (YearSpec::Guess, Some(t)) => year_str(t.year()),
        (_, None) => "XXXX".into(),
    }
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
