//! Which occurrence of a repeating date the text means: the year of a month, season or
//! holiday by tense (`pick_year`), the weekday (`weekday_date`), the weekend next to a day,
//! a holiday's week said during that week. Used by `resolve`; no parsing here.

use super::calendar::add_days;
use super::grammar::{Pick, Sem, YearSpec};
use super::resolve::Ctx;
use super::tense::Tense;
use super::units::holiday_date;
use chrono::{Datelike, NaiveDate, Weekday};

/// The Saturday of the weekend next to a day: before a Monday or Tuesday, after a
/// Wednesday to Friday, the day's own weekend on Saturday and Sunday.
pub(super) fn weekend_saturday(day: NaiveDate) -> Option<NaiveDate> {
    let to_saturday = match day.weekday().num_days_from_monday() {
        0 => -2,
        1 => -3,
        w => 5 - i64::from(w),
    };
    add_days(day, to_saturday)
}

/// For "Easter week", "the Thanksgiving weekend" said during that week or weekend: the
/// holiday of the reference year (or the next or previous one, around New Year) whose
/// period `contains` the reference day — whatever the tense, since "as Easter week began"
/// on the Monday of Easter week is this one. `None` when the holiday has its own year or
/// "last"/"next", or when the reference day lies outside the period.
pub(super) fn holiday_now(
    sem: &Sem,
    ctx: &Ctx,
    contains: impl Fn(NaiveDate, NaiveDate) -> bool,
) -> Option<NaiveDate> {
    let Sem::Holiday {
        which,
        year: YearSpec::Guess,
        pick: Pick::Guess,
    } = sem
    else {
        return None;
    };
    let t = ctx.today()?;
    (t.year() - 1..=t.year() + 1)
        .filter_map(|y| holiday_date(*which, y))
        .find(|&h| contains(h, t))
}

/// How far (days) the nearest occurrence may lie against the tense before tense wins.
const SLACK_DAYS: i64 = 90;

/// Picks the year (reference year ±1) whose occurrence `[start, end)` fits the tense:
/// past → the latest that has started, future → the earliest not yet over, none → the one
/// containing or nearest to the reference.
pub(super) fn pick_year(
    ctx: &Ctx,
    today: NaiveDate,
    bounds: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<i32> {
    let y = today.year();
    let cands: Vec<(i32, NaiveDate, NaiveDate)> = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|yy| bounds(yy).map(|(s, e)| (yy, s, e)))
        .collect();
    let nearest = cands
        .iter()
        .min_by_key(|c| {
            if c.1 <= today && today < c.2 {
                0
            } else {
                (c.1 - today)
                    .num_days()
                    .abs()
                    .min((c.2 - today).num_days().abs())
            }
        })
        .copied()?;
    // Tense overrides the nearest occurrence only when that one is clearly on the wrong
    // side: news often reports future deadlines in past-tense sentences.
    let slack = if ctx.weak() { SLACK_DAYS } else { 0 };
    match ctx.direction() {
        Tense::Past if (nearest.1 - today).num_days() > slack => {
            cands.iter().rev().find(|c| c.1 <= today).map(|c| c.0)
        }
        Tense::Future
            if (today - nearest.2).num_days() >= slack.max(1)
                || (slack == 0 && nearest.2 <= today) =>
        {
            cands.iter().find(|c| c.2 > today).map(|c| c.0)
        }
        _ => Some(nearest.0),
    }
}

/// Days back to the previous-or-same `wd` from `from`, and forward to the next-or-same one.
fn weekday_offsets(from: NaiveDate, wd: Weekday) -> (i64, i64) {
    let diff =
        i64::from(wd.num_days_from_monday()) - i64::from(from.weekday().num_days_from_monday());
    ((7 - diff).rem_euclid(7), diff.rem_euclid(7))
}

pub(super) fn weekday_date(ctx: &Ctx, t: NaiveDate, wd: Weekday, pick: Pick) -> Option<NaiveDate> {
    let (back, fwd) = weekday_offsets(t, wd);
    let strictly_back = |b: i64| if b == 0 { 7 } else { b };
    let anchor = || ctx.anchor.map_or(t, |a| a.date);
    match pick {
        Pick::Last => add_days(t, -strictly_back(back)),
        Pick::Next => add_days(t, strictly_back(fwd)),
        Pick::This => add_days(
            t,
            i64::from(wd.num_days_from_monday()) - i64::from(t.weekday().num_days_from_monday()),
        ),
        Pick::AnchorNext => {
            let a = anchor();
            add_days(a, strictly_back(weekday_offsets(a, wd).1))
        }
        Pick::AnchorPrev | Pick::AnchorLast => {
            let a = anchor();
            add_days(a, -strictly_back(weekday_offsets(a, wd).0))
        }
        Pick::Guess => match ctx.direction() {
            // weak evidence decides only beyond the nearest few days
            Tense::Past if ctx.weak() && fwd < back && fwd <= 1 => add_days(t, fwd),
            Tense::Future if ctx.weak() && back < fwd && back <= 1 => add_days(t, -back),
            Tense::Past => add_days(t, -back),
            Tense::Future => add_days(t, fwd),
            _ => add_days(t, if back <= fwd { -back } else { fwd }),
        },
    }
}
