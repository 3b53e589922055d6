//! Sets (TIMEX3 type SET): "daily", "weekly", "every week", "every other month", "each
//! Monday", "every Christmas", "every summer", "$5 a year", "once a week", "three times a
//! day". The value is the period (`P1W`) or the repeated calendar point (`XXXX-WXX-1`).

use super::spans::fixed;
use super::{duration_value, FixedKind, Hit, Num, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

impl Parser<'_> {
    fn holiday_hit(&self, k: usize) -> Option<Sem> {
        self.calendar(k)
            .map(|h| h.sem)
            .filter(|s| matches!(s, Sem::Holiday { .. }))
    }

    /// Sets: "daily", "every week", "each Monday", "every other month", "every Christmas",
    /// "a year" after an amount ("$5 a year"), "once a week", "three times a day".
    pub(super) fn set(&self, i: usize) -> Option<Hit> {
        if let Some(h) = self.times_a(i) {
            return Some(h);
        }
        match self.lex(i) {
            Lex::Kw(Kw::Frequency)
                if self.cap(i)
                    && self
                        .tok(i + 1)
                        .is_some_and(|t| t.cap && t.kind == crate::temporal::scan::Kind::Word) =>
            {
                None
            }
            Lex::Kw(Kw::Frequency) => {
                // "its quarterly dividend" is not a time expression.
                if self.is(i, "quarterly")
                    && self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == crate::temporal::scan::Kind::Word && !t.cap)
                {
                    return None;
                }
                let v = match self.str(i).to_ascii_lowercase().as_str() {
                    "daily" => "P1D",
                    "weekly" => "P1W",
                    "biweekly" => "P2W",
                    "monthly" => "P1M",
                    "annually" | "yearly" => "P1Y",
                    "quarterly" => "P3M",
                    "hourly" => "PT1H",
                    "nightly" => "P1D",
                    _ => return None,
                };
                Some(Hit::new(i, i + 1, fixed(v.to_string(), FixedKind::Set)))
            }
            Lex::Kw(Kw::Every | Kw::Each | Kw::Per) => {
                let mut k = i + 1;
                let other = self.is(k, "other");
                if other {
                    k += 1;
                }
                let mult = if other { 2 } else { 1 };
                let (k2, n) = match self.number(k) {
                    Some((k2, Num::Int(n), _))
                        if !matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An)) =>
                    {
                        (k2, n)
                    }
                    _ => (k, 1),
                };
                if let Some(h) = self.holiday_hit(k2) {
                    let v = match h {
                        super::Sem::Holiday { which, .. } => {
                            crate::temporal::resolve::holiday_date(which, 2001)
                                .filter(|_| {
                                    matches!(
                                        which,
                                        super::Holiday::ChristmasDay
                                            | super::Holiday::ChristmasEve
                                            | super::Holiday::NewYearsDay
                                            | super::Holiday::NewYearsEve
                                            | super::Holiday::IndependenceDay
                                            | super::Holiday::Halloween
                                            | super::Holiday::ValentinesDay
                                            | super::Holiday::VeteransDay
                                            | super::Holiday::BoxingDay
                                            | super::Holiday::StPatricksDay
                                            | super::Holiday::MayDay
                                            | super::Holiday::BastilleDay
                                            | super::Holiday::AllSaintsDay
                                    )
                                })
                                .map_or("XXXX-XX-XX".to_string(), |d| {
                                    format!("XXXX-{}", d.format("%m-%d"))
                                })
                        }
                        _ => "XXXX-XX-XX".to_string(),
                    };
                    let end = self.calendar(k2).map_or(k2 + 1, |h| h.end);
                    return Some(Hit::new(i, end, fixed(v, FixedKind::Set)));
                }
                match self.lex(k2) {
                    Lex::Unit {
                        unit: Unit::Weekend,
                        ..
                    } => Some(Hit::new(
                        i,
                        k2 + 1,
                        fixed("XXXX-WXX-WE".into(), FixedKind::Set),
                    )),
                    // "every minute detail"
                    Lex::Unit {
                        unit: Unit::Minute,
                        plural: false,
                    } if self.tok(k2 + 1).is_some_and(|t| {
                        t.kind == crate::temporal::scan::Kind::Word
                            && t.lex == Lex::None
                            && !matches!(
                                self.str(k2 + 1),
                                "of" | "and" | "or" | "to" | "for" | "in" | "on" | "at"
                            )
                    }) =>
                    {
                        None
                    }
                    Lex::Unit { unit, .. } => {
                        let v = duration_value(Num::Int(n * mult), unit);
                        Some(Hit::new(i, k2 + 1, fixed(v, FixedKind::Set)))
                    }
                    Lex::Weekday { day, .. } if self.cap(k2) => {
                        let mut v = format!("XXXX-WXX-{}", day + 1);
                        let mut e = k2 + 1;
                        if let Lex::PartOfDay(p) = self.lex(e) {
                            v.push_str(["TMO", "TAF", "TEV", "TNI"][p as usize]);
                            e += 1;
                        }
                        Some(Hit::new(i, e, fixed(v, FixedKind::Set)))
                    }
                    Lex::Month { month, abbr: false } if self.cap(k2) => Some(Hit::new(
                        i,
                        k2 + 1,
                        fixed(format!("XXXX-{month:02}"), FixedKind::Set),
                    )),
                    Lex::Season(s) => {
                        let v = format!("XXXX-{}", ["SP", "SU", "FA", "WI"][s as usize]);
                        Some(Hit::new(i, k2 + 1, fixed(v, FixedKind::Set)))
                    }
                    Lex::PartOfDay(p) => {
                        let v = format!("XXXX-XX-XXT{}", ["MO", "AF", "EV", "NI"][p as usize]);
                        Some(Hit::new(i, k2 + 1, fixed(v, FixedKind::Set)))
                    }
                    _ => None,
                }
            }
            Lex::Kw(Kw::A | Kw::An) if self.rate_context(i) => {
                let (unit, false) = self.unit(i + 1)? else {
                    return None;
                };
                if self.kw(i + 2, Kw::Ago)
                    || self.kw(i + 2, Kw::Earlier)
                    || self.kw(i + 2, Kw::Later)
                {
                    return None;
                }
                Some(Hit::new(
                    i,
                    i + 2,
                    fixed(duration_value(Num::Int(1), unit), FixedKind::Set),
                ))
            }
            _ => None,
        }
    }

    /// "once a week", "twice a year", "three times a day", "four times per season": the
    /// count belongs to the set (its value is the period, `P1W`).
    fn times_a(&self, i: usize) -> Option<Hit> {
        let k = if matches!(
            self.str(i).to_ascii_lowercase().as_str(),
            "once" | "twice" | "thrice"
        ) {
            i + 1
        } else {
            let (e, Num::Int(_), _) = self.number(i)? else {
                return None;
            };
            if !self.is(e, "times") {
                return None;
            }
            e + 1
        };
        if !(matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An | Kw::Per)) || self.is(k, "every")) {
            return None;
        }
        let (unit, false) = self.unit(k + 1)? else {
            return None;
        };
        Some(Hit::new(
            i,
            k + 2,
            fixed(duration_value(Num::Int(1), unit), FixedKind::Set),
        ))
    }
}
