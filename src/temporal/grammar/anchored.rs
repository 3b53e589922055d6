//! Expressions anchored to another time: "three days ago", "a year earlier", "two weeks
//! later", "five years from now", "the year-ago quarter", "the day before yesterday",
//! "the year before last", "the week of Feb. 10".

use super::{Hit, Num, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

fn fixed_ref(value: &str) -> Sem {
    Sem::Fixed {
        value: value.to_string(),
        kind: super::FixedKind::Ref,
    }
}

fn day(n: i32) -> Sem {
    Sem::Shift {
        unit: Unit::Day,
        n,
        anchored: false,
    }
}

/// A day named on its own: a weekday, a full date, a holiday.
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Weekday { .. } | Sem::Date { day: Some(_), .. } | Sem::Holiday { .. }
    )
}

impl Parser<'_> {
    /// "the day before yesterday", "the day after tomorrow", "the year before last",
    /// "the day before", "the year after", "the week of Feb. 10".
    pub(super) fn before_after(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        if !the {
            return None;
        }
        // "the eve of Thanksgiving", "on the eve of Nov. 3"
        if self.is(j, "eve") && self.is(j + 1, "of") {
            let h = self.parse_at(j + 2).filter(|h| is_day(&h.sem))?;
            let date = Box::new(h.sem);
            return Some(Hit::new(i, h.end, Sem::DayFrom { date, n: -1 }));
        }
        let (unit, false) = self.unit(j)? else {
            return None;
        };
        if unit == Unit::Week && self.is(j + 1, "of") {
            let h = self
                .calendar(j + 2)
                .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))?;
            return Some(Hit::new(
                i,
                h.end,
                Sem::WeekOf {
                    date: Box::new(h.sem),
                },
            ));
        }
        let dir = if self.is(j + 1, "before") {
            -1
        } else if self.is(j + 1, "after") {
            1
        } else {
            return None;
        };
        let k = j + 2;
        // "the day before last Tuesday's hearing", "the day after Christmas"
        if unit == Unit::Day {
            if let Some(h) = self.parse_at(k).filter(|h| is_day(&h.sem)) {
                let date = Box::new(h.sem);
                return Some(Hit::new(i, h.end, Sem::DayFrom { date, n: dir }));
            }
        }
        match (unit, self.lex(k)) {
            (Unit::Day, Lex::Kw(Kw::Yesterday)) if dir < 0 => Some(Hit::new(i, k + 1, day(-2))),
            (Unit::Day, Lex::Kw(Kw::Tomorrow)) if dir > 0 => Some(Hit::new(i, k + 1, day(2))),
            (_, Lex::Kw(Kw::Last))
                if dir < 0
                    && self
                        .tok(k + 1)
                        .is_none_or(|t| t.kind == crate::temporal::scan::Kind::Punct) =>
            {
                Some(Hit::new(
                    i,
                    k + 1,
                    Sem::Shift {
                        unit,
                        n: -2,
                        anchored: false,
                    },
                ))
            }
            _ if !self.followed_by_np(k) => Some(Hit::new(
                i,
                k,
                Sem::AnchorShift {
                    unit,
                    n: dir,
                    ago: false,
                },
            )),
            _ => None,
        }
    }

    /// "three days ago", "a year earlier", "two weeks later", "five years from now",
    /// "years ago".
    pub(super) fn ago_later(&self, i: usize) -> Option<Hit> {
        let (j, n, _) = match self.number(i) {
            Some(x) => x,
            None => {
                // bare plural: "years ago", "months earlier"
                let (_, plural) = self.unit(i)?;
                if !plural
                    || !(self.kw(i + 1, Kw::Ago)
                        || self.kw(i + 1, Kw::Earlier)
                        || self.kw(i + 1, Kw::Later))
                {
                    return None;
                }
                let v = if self.kw(i + 1, Kw::Later) {
                    "FUTURE_REF"
                } else {
                    "PAST_REF"
                };
                if !self.kw(i + 1, Kw::Ago) {
                    return None;
                }
                return Some(Hit::new(i, i + 2, fixed_ref(v)));
            }
        };
        let mut k = j;
        if self.kw(k, Kw::More) {
            k += 1;
        }
        let (unit, _) = self.unit(k)?;
        let mut e = k + 1;
        // "a week or so ago"
        let mut approx = false;
        if self.is(e, "or") && self.is(e + 1, "so") {
            approx = true;
            e += 2;
        }
        let count = match n {
            Num::Int(c) => i32::try_from(c).ok()?,
            Num::Half(_) => return None,
            Num::Vague => 0,
        };
        // "two hours earlier than in 2012", "a day later than planned": a difference, a
        // duration, not a date
        if (self.kw(e, Kw::Earlier) || self.kw(e, Kw::Later)) && self.is(e + 1, "than") {
            return None;
        }
        let hit = if self.kw(e, Kw::Ago) {
            if count == 0 {
                return Some(Hit::new(i, e + 1, fixed_ref("PAST_REF")));
            }
            Hit::new(
                i,
                e + 1,
                Sem::AnchorShift {
                    unit,
                    n: -count,
                    ago: true,
                },
            )
        } else if self.kw(e, Kw::Earlier) || self.is(e, "before") && !self.followed_by_np(e + 1) {
            if count == 0 {
                return None;
            }
            Hit::new(
                i,
                e + 1,
                Sem::AnchorShift {
                    unit,
                    n: -count,
                    ago: false,
                },
            )
        } else if self.kw(e, Kw::Later) || self.is(e, "after") && !self.followed_by_np(e + 1) {
            if count == 0 {
                return None;
            }
            Hit::new(
                i,
                e + 1,
                Sem::AnchorShift {
                    unit,
                    n: count,
                    ago: false,
                },
            )
        } else if self.kw(e, Kw::From) && self.is(e + 1, "now") {
            if count == 0 {
                return None;
            }
            Hit::new(
                i,
                e + 2,
                Sem::Shift {
                    unit,
                    n: count,
                    anchored: false,
                },
            )
        } else {
            return None;
        };
        Some(if approx {
            hit.with_mod(Some(crate::temporal::types::Modifier::Approx))
        } else {
            hit
        })
    }

    /// "before"/"after" followed by a noun phrase is a preposition, not an adverb.
    pub(super) fn followed_by_np(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.kind != crate::temporal::scan::Kind::Punct)
            && !self.is(k, "and")
            && !self.is(k, "or")
            && !self.is(k, "but")
    }

    /// "the year-ago quarter", "year-earlier", "the year-earlier period", "the comparable
    /// year-ago quarter", "the corresponding period last year".
    pub(super) fn year_ago(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        if the
            && (self.is(j, "comparable")
                || self.is(j, "corresponding")
                || self.is(j, "same")
                || self.is(j, "prior"))
        {
            let period = self.is(j + 1, "period")
                || matches!(self.unit(j + 1), Some((Unit::Quarter, false)));
            let year_back = (self.kw(j + 2, Kw::Last) && self.is(j + 3, "year"))
                || (self.kw(j + 2, Kw::A) && self.is(j + 3, "year") && self.kw(j + 4, Kw::Ago));
            if !self.is(j, "prior") && period && year_back {
                let e = if self.kw(j + 2, Kw::A) { j + 5 } else { j + 4 };
                let sem = Sem::AnchorShift {
                    unit: Unit::Year,
                    n: -1,
                    ago: false,
                };
                return Some(Hit::new(i, e, sem));
            }
            j += 1;
        }
        if !matches!(self.unit(j), Some((Unit::Year, false))) || !self.dash(j + 1) {
            return None;
        }
        if !(self.kw(j + 2, Kw::Ago) || self.kw(j + 2, Kw::Earlier)) {
            return None;
        }
        let mut k = j + 3;
        if let Lex::Ord(q) = self.lex(k) {
            if (1..=4).contains(&q) && matches!(self.unit(k + 1), Some((Unit::Quarter, false))) {
                k += 2;
            }
        } else if matches!(self.unit(k), Some((Unit::Quarter, false))) || self.is(k, "period") {
            k += 1;
        } else if the {
            return None;
        }
        Some(Hit::new(
            i,
            k,
            Sem::AnchorShift {
                unit: Unit::Year,
                n: -1,
                ago: false,
            },
        ))
    }
}
