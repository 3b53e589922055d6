//! Temporal expressions: find time expressions in text and resolve them to TimeML TIMEX3.
//!
//! The one entry point is [`extract`]: give it the text, the reference date-time (the
//! article's date, if known) and [`Options`]; get back [`Mention`]s, each with a byte span
//! into the text, a TIMEX3 type and value, and — for dates and times — the resolved
//! interval `[start, end)`. [`extract_many`] does the same for many texts in parallel.
//!
//! # Pipeline
//! 1. `scan` tokenizes once (words, numbers, punctuation; no allocation per token) and
//!    `lexicon` classifies each word (month, weekday, unit, number word, trigger …).
//! 2. `grammar` tries the pattern families only at tokens that can start an expression and
//!    keeps the longest match; the result is an unresolved meaning (`grammar::Sem`).
//! 3. `tense` reads the clause around the match (past / future / none).
//! 4. `resolve` turns meaning + reference + tense + discourse anchor into a TIMEX3 value;
//!    `value` derives the interval and granularity from that value.
//!
//! Rule families and what each gained on TempEval-3 are logged in `RULES.md`.
//!
//! This module knows nothing about documents, events or the GUI.

mod calendar;
mod grammar;
mod lexicon;
mod lists;
mod pick;
mod resolve;
mod scan;
mod tense;
mod tense_words;
mod types;
mod units;
pub mod value;

pub use types::{Bias, DateOrder, Granularity, Interval, Mention, Modifier, Options, TimexType};

use chrono::NaiveDateTime;
use grammar::{Parser, Sem};
use rayon::prelude::*;
use resolve::{Anchor, Ctx};

/// Finds and resolves every time expression in `text`.
///
/// `reference` is the document creation time. Without it, absolute expressions are still
/// resolved; relative ones ("Thursday", "last week") are returned with an `X`-placeholder
/// value (e.g. `XXXX-XX-XX`) and no interval.
///
/// Mentions are returned sorted by span start and never overlap.
pub fn extract(text: &str, reference: Option<NaiveDateTime>, options: &Options) -> Vec<Mention> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    scan::tokenize(text, &mut toks);
    let parser = Parser::new(text, &toks, options.date_order == DateOrder::DayFirst);
    let mut ctx = Ctx {
        reference,
        tense: tense::Tense::None,
        bias: options.bias,
        anchor: None,
        quarter: None,
        months_talk: false,
        year_named: None,
        last_end: None,
        day_anchor: None,
        pin: None,
    };
    let mut out = Vec::new();
    // "until 05:00 on Wednesday": the day named after a clock time (its first token) gets
    // the date the time got, so the two never disagree
    let mut time_day: Option<(usize, chrono::NaiveDate)> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some(hit) = parser.parse_at(i) else {
            i += 1;
            continue;
        };
        let pinned = time_day.take().filter(|(at, _)| *at == hit.start);
        // a clock time takes the day after it ("at 06:00 GMT on Monday") or, as a
        // live-blog timestamp, today; a duration may go on in a smaller unit
        let (day_sem, day_at) = match parser.time_on_following_day(&hit) {
            Some((sem, at)) => (Some(sem), Some(at)),
            None => (parser.timestamp_today(&hit), None),
        };
        let hit = match day_sem {
            Some(sem) => grammar::Hit { sem, ..hit },
            None => parser.compound_duration(&hit).unwrap_or(hit),
        };
        let mut end = hit.end.max(i + 1);
        ctx.pin = pinned.map(|(_, d)| d);
        let found = mention(text, &toks, &hit, &mut ctx);
        ctx.pin = None;
        if let Some(m) = found {
            if let (Some(at), Some(iv)) = (day_at, m.interval) {
                time_day = Some((at, iv.start.date()));
            }
            // "from 12 to 15 July": the first day shares the second one's month and year
            let free = out.last().map_or(0, |p: &Mention| p.span.end);
            if let Some(first) = lists::leading_day(text, &toks, &hit, &m, free) {
                let mut side = ctx;
                if let Some(m0) = mention(text, &toks, &first, &mut side) {
                    out.push(m0);
                }
            }
            // "April 24 and 25", "Nov. 15 to 17": the second day shares the first one's
            // month and year
            let listed = lists::listed_day(text, &toks, &hit, &m, end);
            out.push(m);
            if let Some(next) = listed {
                if let Some(m2) = mention(text, &toks, &next, &mut ctx) {
                    out.push(m2);
                    end = next.end;
                }
            }
        }
        i = end;
    }
    out
}

/// [`extract`] over many texts in parallel (rayon); results are in input order.
pub fn extract_many<S: AsRef<str> + Sync>(
    texts: &[(S, Option<NaiveDateTime>)],
    options: &Options,
) -> Vec<Vec<Mention>> {
    texts
        .par_iter()
        .map(|(t, r)| extract(t.as_ref(), *r, options))
        .collect()
}

fn mention(text: &str, toks: &[scan::Tok], hit: &grammar::Hit, ctx: &mut Ctx) -> Option<Mention> {
    let first = toks.get(hit.start)?;
    let last = toks.get(hit.end.checked_sub(1)?)?;
    let span = first.start..last.end;
    if span.is_empty() || text.get(span.clone()).is_none() {
        return None;
    }
    ctx.tense = match tense::tense_at(text, toks, hit.start, hit.end) {
        // "would get around Wednesday's ruling": a future verb does not move the day of
        // a noun's event (a past one, "Monday's meeting ended", still does)
        tense::Tense::Future | tense::Tense::WeakFuture
            if possessive_weekday(text, toks, hit) && !awaited(text, toks, hit.start) =>
        {
            tense::Tense::None
        }
        // "a premium over Thursday's closing price": with no tense, the event a noun
        // names has mostly happened already (weak: "Monday's meeting" tomorrow stays near)
        tense::Tense::None if possessive_weekday(text, toks, hit) => tense::Tense::WeakPast,
        t => t,
    };
    // a year written out in this sentence a few words back (its sentence start stands
    // for "this sentence"; a farther one belongs to another clause)
    let s0 = tense::sentence_start(text, toks, hit.start);
    if ctx
        .year_named
        .is_some_and(|(_, end, _)| hit.start > end + 10)
    {
        ctx.year_named = None;
    }
    let in_year =
        in_named_year(&hit.sem, ctx, s0).or_else(|| range_end_month(text, toks, hit, ctx));
    ctx.last_end = Some(hit.end);
    let (timex_type, mut value) = resolve::resolve(in_year.as_ref().unwrap_or(&hit.sem), ctx)?;
    // the day named after a clock time takes the time's date ("until 05:00 on Wednesday")
    if let Some(d) = ctx.pin {
        if timex_type == TimexType::Date && value.len() == 10 {
            value = units::fmt_date(d);
        }
    }
    // "he was soon released": in a past clause "soon" means "shortly after", not the future
    if value == "FUTURE_REF"
        && text[span.clone()].eq_ignore_ascii_case("soon")
        && matches!(ctx.tense, tense::Tense::Past | tense::Tense::WeakPast)
    {
        return None;
    }
    if !value::is_well_formed(&value) {
        return None;
    }
    // "for the nine months … a year earlier": the comparison is with that span, a year back
    if matches!(value.as_str(), "P6M" | "P9M") || value.contains("-H") {
        ctx.months_talk = true;
    } else if value.contains("-Q") {
        ctx.months_talk = false;
    }
    let mut resolved = match timex_type {
        TimexType::Date | TimexType::Time => value::interval_of(&value),
        _ => None,
    };
    if let (Sem::Range { to, .. }, Some((iv, _))) = (&hit.sem, resolved.as_mut()) {
        if let Some(end) = range_end(to, iv.start, ctx) {
            iv.end = end;
        }
    }
    // only a year that sets the scene ("in 1996", "on March 3, 1995"), not a comparison
    // ("down from 1997 levels", "the first since 1990")
    let setting = hit.start == s0
        || hit
            .start
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|t| {
                ["in", "on", "during", "of", "at"]
                    .iter()
                    .any(|w| text[t.start..t.end].eq_ignore_ascii_case(w))
            });
    if let Some(y) = written_year(&hit.sem).filter(|_| setting) {
        let this_year = ctx.reference.map(|r| chrono::Datelike::year(&r.date()));
        ctx.year_named = (this_year != Some(y)).then_some((s0, hit.end, y));
    }
    if let Some((iv, g)) = resolved {
        // Every resolved point moves the anchor ("Jan. 5 … the next day … two days
        // later"), except the present ("this year") and "the quarter" under discussion.
        // Nor does the date of a statement ("officials said Monday that …"): the story
        // goes on from the events, not from when someone spoke of them.
        let names_time = !matches!(
            hit.sem,
            Sem::Shift {
                n: 0,
                anchored: false,
                ..
            } | Sem::QuarterAnchor
        ) && !dates_a_statement(text, toks, hit);
        if names_time {
            if g <= Granularity::Day {
                ctx.day_anchor = Some(iv.start.date());
            }
            ctx.anchor = Some(Anchor {
                date: iv.start.date(),
                granularity: g,
            });
        }
        // Only a quarter already over becomes the quarter under discussion: forecasts ("the
        // fourth quarter", "the third quarter of 1990") are not what "the year-ago period" and
        // "the quarter" refer back to.
        let ended = ctx.reference.is_none_or(|r| iv.end <= r);
        if names_time && ended && matches!(hit.sem, Sem::Quarter { .. }) {
            let q = value.rsplit('Q').next().and_then(|q| q.parse().ok());
            let y = chrono::Datelike::year(&iv.start.date());
            // an earlier quarter ("after a flat second quarter") is a comparison, not the
            // quarter being reported
            if let Some(q) = q.filter(|&q| ctx.quarter.is_none_or(|cur| (y, q) >= cur)) {
                ctx.quarter = Some((y, q));
            }
        }
    }
    Some(Mention {
        span,
        timex_type,
        value,
        modifier: hit.modifier,
        granularity: resolved.map(|(_, g)| g),
        interval: resolved.map(|(iv, _)| iv),
    })
}

/// A weekday right after a reporting verb, with or without "on": "officials said
/// Monday", "the ministry announced on Tuesday". (Not "told reporters on Tuesday": only
/// a weekday next to the verb.)
fn dates_a_statement(text: &str, toks: &[scan::Tok], hit: &grammar::Hit) -> bool {
    if !matches!(hit.sem, Sem::Weekday { .. }) {
        return false;
    }
    let word = |i: usize| toks.get(i).map_or("", |t| &text[t.start..t.end]);
    let mut b = hit.start;
    if b > 0 && word(b - 1).eq_ignore_ascii_case("on") {
        b -= 1;
    }
    b > 0
        && matches!(
            word(b - 1).to_ascii_lowercase().as_str(),
            "said" | "says" | "announced" | "reported" | "told" | "stated" | "confirmed"
        )
}

/// A bare month, day, season or holiday in a sentence that has written out another year
/// ("the summer of 1997 … spread through the fall", "on March 3, 1997 … on March 5", "in
/// 2008, when … on Easter Sunday"): that year.
fn in_named_year(sem: &Sem, ctx: &Ctx, sentence: usize) -> Option<Sem> {
    use grammar::YearSpec;
    let (_, _, y) = ctx.year_named.filter(|(s, _, _)| *s == sentence)?;
    // not against the clause's own tense ("invited … in July 1997, will join NATO on
    // March 12" is this March)
    if matches!(ctx.tense, tense::Tense::Future | tense::Tense::WeakFuture) {
        return None;
    }
    match sem {
        Sem::Date {
            year: YearSpec::Guess,
            month: Some(month),
            day,
        } => Some(Sem::Date {
            year: YearSpec::Abs(y),
            month: Some(*month),
            day: *day,
        }),
        Sem::Season {
            year: YearSpec::Guess,
            season,
            pick: grammar::Pick::Guess,
        } => Some(Sem::Season {
            year: YearSpec::Abs(y),
            season: *season,
            pick: grammar::Pick::Guess,
        }),
        // "in 2008, when blizzards hit on Easter Sunday"
        Sem::Holiday {
            which,
            year: YearSpec::Guess,
            pick: grammar::Pick::Guess,
        } => Some(Sem::Holiday {
            which: *which,
            year: YearSpec::Abs(y),
            pick: grammar::Pick::Guess,
        }),
        Sem::PartOfDay { day, pod } => Some(Sem::PartOfDay {
            day: Box::new(in_named_year(day, ctx, sentence)?),
            pod: *pod,
        }),
        _ => None,
    }
}

/// "from April to June", "between July and September": a bare month right after another
/// month and a connector is the first such month from the other one on.
fn range_end_month(text: &str, toks: &[scan::Tok], hit: &grammar::Hit, ctx: &Ctx) -> Option<Sem> {
    use grammar::YearSpec;
    let prev = ctx.last_end?;
    let joint = toks.get(prev).and_then(|t| text.get(t.start..t.end))?;
    let joins = ["to", "until", "till", "through", "and", "-"];
    if hit.start != prev + 1 || !joins.iter().any(|j| joint.eq_ignore_ascii_case(j)) {
        return None;
    }
    let a = ctx.anchor.filter(|a| a.granularity == Granularity::Month)?;
    let Sem::Date {
        year: YearSpec::Guess,
        month: Some(m),
        day: None,
    } = hit.sem
    else {
        return None;
    };
    let (ay, am) = (
        chrono::Datelike::year(&a.date),
        chrono::Datelike::month(&a.date),
    );
    let y = if u32::from(m) >= am {
        ay
    } else {
        ay.checked_add(1)?
    };
    Some(Sem::Date {
        year: YearSpec::Abs(y),
        month: Some(m),
        day: None,
    })
}

/// The year an expression writes out ("March 3, 1997", "the summer of 1997", "1997").
fn written_year(sem: &Sem) -> Option<i32> {
    use grammar::YearSpec;
    match sem {
        Sem::Date {
            year: YearSpec::Abs(y),
            ..
        }
        | Sem::Season {
            year: YearSpec::Abs(y),
            ..
        }
        | Sem::Quarter {
            year: YearSpec::Abs(y),
            ..
        }
        | Sem::Half {
            year: YearSpec::Abs(y),
            ..
        } => Some(*y),
        _ => None,
    }
}

/// True when the words before `start` wait for what follows ("ahead of Sunday's vote",
/// "awaiting Friday's report", "waiting for Friday's jobs report"): an event still to come.
fn awaited(text: &str, toks: &[scan::Tok], start: usize) -> bool {
    let word = |back: usize| {
        start
            .checked_sub(back)
            .and_then(|i| toks.get(i))
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    matches!(word(1).as_str(), "awaiting" | "await" | "awaits")
        || (word(1) == "of" && word(2) == "ahead")
        || (word(1) == "for" && word(2) == "waiting")
}

/// True for a bare weekday in the possessive ("Wednesday's ruling").
fn possessive_weekday(text: &str, toks: &[scan::Tok], hit: &grammar::Hit) -> bool {
    let word = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    matches!(
        hit.sem,
        Sem::Weekday {
            pick: grammar::Pick::Guess,
            ..
        }
    ) && matches!(word(hit.end), "'" | "\u{2019}")
        && word(hit.end + 1) == "s"
        && toks.get(hit.end).is_some_and(|t| !t.gap)
}

/// The end of a one-token range ("Nov. 15-17", "Nov. 30-Dec. 2"): the end's year follows
/// the start's (the next year when the end would come first), never the tense.
fn range_end(to: &Sem, start: NaiveDateTime, ctx: &Ctx) -> Option<NaiveDateTime> {
    let year = chrono::Datelike::year(&start.date());
    let end_in = |y: i32| -> Option<NaiveDateTime> {
        let sem = match to {
            Sem::Date {
                year: grammar::YearSpec::Guess,
                month,
                day,
            } => Sem::Date {
                year: grammar::YearSpec::Abs(y),
                month: *month,
                day: *day,
            },
            other => other.clone(),
        };
        let (_, v) = resolve::resolve(&sem, ctx)?;
        value::interval_of(&v).map(|(iv, _)| iv.end)
    };
    let end = end_in(year)?;
    if end > start {
        return Some(end);
    }
    end_in(year.checked_add(1)?).filter(|e| *e > start)
}

#[cfg(test)]
mod tests;
