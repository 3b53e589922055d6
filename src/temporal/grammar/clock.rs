//! Times of day: "10 a.m.", "10:35 a.m. EST", "20:00 local time", "noon Thursday",
//! "midnight Friday", "4 in the morning", "5 p.m. EST, Nov. 6".

use super::{Hit, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

/// Time-zone abbreviations written after a clock time ("10 a.m. EST").
fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "AKST"
            | "HST"
            | "ET"
            | "PT"
            | "CT"
            | "MT"
            | "GMT"
            | "UTC"
            | "Z"
            | "BST"
            | "IST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "WET"
            | "WEST"
            | "MSK"
            | "JST"
            | "KST"
            | "HKT"
            | "SGT"
            | "AEST"
            | "AEDT"
            | "ACST"
            | "AWST"
            | "NZST"
            | "NZDT"
            | "SAST"
            | "WAT"
            | "EAT"
            | "PKT"
            | "ICT"
            | "WIB"
    )
}

impl Parser<'_> {
    /// A clock time at `i`, optionally followed by the day it falls on.
    pub(super) fn clock(&self, i: usize) -> Option<Hit> {
        let (end, hour, minute, named) = self.clock_core(i)?;
        let mut e = end;
        // time zone
        if is_time_zone(self.str(e)) {
            e += 1;
        } else if let Some(n) = self.zone_words(e) {
            e += n;
        }
        // the day: "Thursday", "Nov. 9", ", Nov. 6", "yesterday", "today", "tomorrow"
        let mut k = e;
        if self.punct(k, b',') {
            k += 1;
        }
        let day = match self.lex(k) {
            Lex::Weekday { plural: false, .. }
            | Lex::Kw(Kw::Today | Kw::Yesterday | Kw::Tomorrow) => self
                .relative(k)
                .filter(|h| matches!(h.sem, Sem::Weekday { .. } | Sem::Shift { .. })),
            Lex::Month { .. } => self
                .calendar(k)
                .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. })),
            _ => None,
        };
        let (e, day) = match day {
            Some(h) => (h.end, Some(Box::new(h.sem))),
            // "6:45 a.m. on Aug. 7, 1998": two expressions, but the time is on that day
            None if self.is(k, "on") => match self
                .calendar(k + 1)
                .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))
            {
                Some(h) => (e, Some(Box::new(h.sem))),
                None => (e, None),
            },
            None => (e, None),
        };
        Some(Hit::new(
            i,
            e,
            Sem::Time {
                day,
                hour,
                minute,
                named,
            },
        ))
    }

    /// "7.45pm": a number glued by a dot to minutes and am/pm.
    fn dotted_pm(&self, i: usize) -> bool {
        let after = self.str(i + 3).to_ascii_lowercase();
        self.punct(i + 1, b'.')
            && self.num_tok(i + 2).is_some_and(|t| t.len() == 2)
            && (after == "pm"
                || after == "am"
                || ((after == "a" || after == "p") && self.punct(i + 4, b'.')))
    }

    /// `(end, hour, minute, named)` for "10 a.m.", "10:35", "noon", "midnight",
    /// "4 in the morning", "10 o'clock".
    fn clock_core(&self, i: usize) -> Option<(usize, u8, Option<u8>, bool)> {
        match self.lex(i) {
            // "High Noon" is a film
            Lex::Kw(Kw::Noon) if i > 0 && self.is(i - 1, "high") => return None,
            Lex::Kw(Kw::Noon) | Lex::Kw(Kw::Midday) => return Some((i + 1, 12, Some(0), true)),
            Lex::Kw(Kw::Midnight) => return Some((i + 1, 24, None, true)),
            _ => {}
        }
        // "1400 GMT", "0800 hours": a four-digit clock needs a zone or "hours" after it
        if let Some(t) = self
            .num_tok(i)
            .filter(|t| t.len() == 4 && !self.num_is_part(i))
        {
            let (h, m) = (t.num / 100, t.num % 100);
            let zone = is_time_zone(self.str(i + 1))
                || (self.is(i + 1, "local") && self.is(i + 2, "time"));
            if h < 24 && m < 60 && zone {
                return Some((i + 1, h as u8, Some(m as u8), false));
            }
            if h < 24 && m < 60 && (self.is(i + 1, "hours") || self.is(i + 1, "hrs")) {
                return Some((i + 2, h as u8, Some(m as u8), false));
            }
        }
        let (mut e, hour) = match self.num_tok(i) {
            Some(t)
                if t.len() <= 2 && t.num <= 24 && (!self.num_is_part(i) || self.dotted_pm(i)) =>
            {
                (i + 1, t.num as u8)
            }
            _ => {
                let (e, n, _) = self.number(i)?;
                match n {
                    super::Num::Int(h)
                        if (1..=12).contains(&h) && matches!(self.lex(i), Lex::Card(_)) =>
                    {
                        (e, h as u8)
                    }
                    _ => return None,
                }
            }
        };
        let mut minute = None;
        // "7.45pm" (British): a dot is a separator only before am/pm
        if self.punct(e, b'.')
            && self.tight(e)
            && self.tight(e + 1)
            && self
                .num_tok(e + 1)
                .is_some_and(|t| t.len() == 2 && t.num < 60)
        {
            let after = self.str(e + 2).to_ascii_lowercase();
            if after == "am"
                || after == "pm"
                || ((after == "a" || after == "p") && self.punct(e + 3, b'.'))
            {
                minute = Some(self.toks[e + 1].num as u8);
                e += 2;
            }
        }
        if minute.is_none() && self.punct(e, b':') && self.tight(e) && self.tight(e + 1) {
            let m = self.num_tok(e + 1).filter(|t| t.len() == 2 && t.num < 60)?;
            minute = Some(m.num as u8);
            e += 2;
            // seconds are dropped
            if self.punct(e, b':')
                && self.tight(e)
                && self.num_tok(e + 1).is_some_and(|t| t.len() == 2)
            {
                e += 2;
            }
        }
        // a.m. / p.m. / am / pm
        let mut pm = None;
        let s = self.str(e).to_ascii_lowercase();
        if s == "am" || s == "pm" {
            pm = Some(s == "pm");
            e += 1;
        } else if (s == "a" || s == "p") && self.punct(e + 1, b'.') && self.is(e + 2, "m") {
            pm = Some(s == "p");
            e += 3;
            if self.punct(e, b'.') && self.tight(e) {
                e += 1;
            }
        } else if self.is(e, "o")
            && (self.punct(e + 1, b'\'') || self.str(e + 1) == "’")
            && self.is(e + 2, "clock")
        {
            e += 3;
            if minute.is_none() {
                minute = Some(0);
            }
            return Some((e, hour, minute, false)).filter(|_| hour <= 12);
        } else if self.is(e, "in") && self.kw(e + 1, Kw::The) {
            if let Lex::PartOfDay(p) = self.lex(e + 2) {
                if hour > 12 {
                    return None;
                }
                let h = match p {
                    0 => hour % 12,
                    _ => hour % 12 + 12,
                };
                return Some((e + 3, h, Some(minute.unwrap_or(0)), false));
            }
            return None;
        }
        match pm {
            Some(pm) => {
                if hour == 0 || hour > 12 {
                    return None;
                }
                let h = if pm { hour % 12 + 12 } else { hour % 12 };
                Some((e, h, Some(minute.unwrap_or(0)), false))
            }
            None => {
                // 24-hour clock needs minutes: "20:00"; "3:16" needs "at" ("John 3:16")
                let m = minute?;
                let two_digits = self.num_tok(i).is_some_and(|t| t.len() == 2);
                let at = i > 0
                    && matches!(
                        self.str(i - 1).to_ascii_lowercase().as_str(),
                        "at" | "by"
                            | "until"
                            | "from"
                            | "before"
                            | "after"
                            | "around"
                            | "till"
                            | "to"
                    );
                if hour > 23 || m > 59 || !(two_digits || at) {
                    return None;
                }
                Some((e, hour, Some(m), false))
            }
        }
    }
}

impl Parser<'_> {
    /// "local time", "Pacific time", "Eastern Standard Time", "Central European Time",
    /// "Moscow time" after a clock time: how many tokens the zone takes.
    fn zone_words(&self, e: usize) -> Option<usize> {
        let region = |k: usize| {
            matches!(
                self.str(k).to_ascii_lowercase().as_str(),
                "local"
                    | "pacific"
                    | "eastern"
                    | "central"
                    | "mountain"
                    | "atlantic"
                    | "alaska"
                    | "hawaii"
                    | "greenwich"
                    | "universal"
                    | "british"
                    | "european"
                    | "moscow"
                    | "beijing"
                    | "tokyo"
                    | "india"
                    | "israel"
                    | "arabia"
                    | "gulf"
            )
        };
        if !region(e) {
            return None;
        }
        // "Central European Time", "Eastern Standard Time", "Greenwich Mean Time"
        let mut k = e + 1;
        while k < e + 3
            && (region(k)
                || self.is(k, "standard")
                || self.is(k, "daylight")
                || self.is(k, "summer")
                || self.is(k, "mean"))
        {
            k += 1;
        }
        self.is(k, "time").then_some(k + 1 - e)
    }

    /// A live-blog timestamp: a clock time with no day that opens a line and is followed
    /// by a dash, a colon or a capitalized word ("14:30 GMT Network Rail says …", "9:05
    /// p.m. ET — Lines are still long"). It is the time of the entry, on the reference
    /// day, not on the day the entry before it talked about. Returns the time on today.
    pub fn timestamp_today(&self, hit: &Hit) -> Option<Sem> {
        if !matches!(hit.sem, Sem::Time { day: None, .. }) {
            return None;
        }
        let opens_line = hit.start == 0 || self.tok(hit.start).is_some_and(|t| t.newline);
        let after = self.str(hit.end);
        let heading = matches!(after, "—" | "–" | "-" | ":" | "|")
            || (self.cap(hit.end) && self.tok(hit.end).is_some_and(|t| !t.newline));
        let today = Sem::Shift {
            unit: Unit::Day,
            n: 0,
            anchored: false,
        };
        if opens_line && heading {
            on_day(&hit.sem, today)
        } else {
            None
        }
    }

    /// "at 06:00 GMT on Monday", "about 11.15pm on Saturday": a clock time with no day of
    /// its own takes the day named right after it with "on". The two stay separate
    /// mentions (the day is parsed again where it stands); this only gives the time its
    /// day, and returns where that day starts so the caller can date both alike. `None`
    /// when the hit is not such a time or no day follows.
    pub fn time_on_following_day(&self, hit: &Hit) -> Option<(Sem, usize)> {
        if !matches!(hit.sem, Sem::Time { day: None, .. }) {
            return None;
        }
        // "07:00 local time (05:00 GMT) on Friday": past a short parenthesis
        let mut k = hit.end;
        if self.punct(k, b'(') {
            k = (k + 1..k + 8).find(|&j| self.punct(j, b')'))? + 1;
        } else if self.punct(k, b')') {
            // the time inside the parenthesis
            k += 1;
        }
        if !self.is(k, "on") {
            return None;
        }
        let next = self.parse_at(k + 1)?;
        let day_like = match &next.sem {
            Sem::Weekday { .. } | Sem::Holiday { .. } | Sem::DayOfMonth { .. } => true,
            Sem::Date { day, .. } => day.is_some(),
            _ => false,
        };
        if !day_like {
            return None;
        }
        Some((on_day(&hit.sem, next.sem)?, next.start))
    }
}

/// A clock time with no day of its own (`time`) placed on `day`; `None` for anything else.
fn on_day(time: &Sem, day: Sem) -> Option<Sem> {
    let Sem::Time {
        day: None,
        hour,
        minute,
        named,
    } = *time
    else {
        return None;
    };
    Some(Sem::Time {
        day: Some(Box::new(day)),
        hour,
        minute,
        named,
    })
}
