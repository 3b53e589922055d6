//! Expressions relative to the reference date or to the discourse anchor: "yesterday",
//! "last week", "this morning", "next Friday", "three days ago", "two days later", "the
//! following year", "that month", "the year-earlier quarter", "the weekend", and the vague
//! references (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`): "recently", "now", "the future".

use super::{longest, Hit, Num, Parser, Pick, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

fn day(n: i32) -> Sem {
    Sem::Shift {
        unit: Unit::Day,
        n,
        anchored: false,
    }
}

impl Parser<'_> {
    /// Longest relative match at `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        longest([
            self.deictic(i),
            self.vague(i),
            self.determined(i),
            self.ago_later(i),
            self.year_ago(i),
            self.weekday(i),
            self.before_after(i),
            self.the_part_of_day(i),
        ])
    }

    /// "sat late into the evening", "worked through the night", "in the morning": that
    /// part of the day under discussion (the last day named, else the reference day).
    fn the_part_of_day(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::The) || i == 0 {
            return None;
        }
        let p = self.pod(i + 1)?;
        if self.str(i + 1).ends_with('s') {
            return None;
        }
        let lead = self.str(i - 1).to_ascii_lowercase();
        if !matches!(
            lead.as_str(),
            "in" | "into" | "through" | "throughout" | "during" | "overnight"
        ) {
            return None;
        }
        // "the night of Oct. 23", "the morning after the vote", "the night he died"
        let next = self.str(i + 2).to_ascii_lowercase();
        if matches!(
            next.as_str(),
            "of" | "before" | "after" | "when" | "that" | "he" | "she" | "they" | "we" | "i"
        ) {
            return None;
        }
        // the day under discussion, or today (see `resolve`: in a future clause, tonight)
        let day = Sem::Shift {
            unit: Unit::Day,
            n: 0,
            anchored: true,
        };
        Some(Hit::new(
            i,
            i + 2,
            Sem::PartOfDay {
                day: Box::new(day),
                pod: p,
            },
        ))
    }

    /// A part of day word at `i`: 0 morning … 3 night.
    pub(super) fn pod(&self, i: usize) -> Option<u8> {
        match self.lex(i) {
            Lex::PartOfDay(p) => Some(p),
            _ => None,
        }
    }

    /// today, tonight, tomorrow, yesterday (+ morning/afternoon/evening/night); a part of
    /// day after "early"/"late"/"mid-" ("mid-afternoon yesterday").
    fn deictic(&self, i: usize) -> Option<Hit> {
        if let Some(p) = self.pod(i) {
            let after_mod = i > 0
                && (matches!(self.lex(i - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid))
                    || (self.dash(i - 1) && i > 1 && self.kw(i - 2, Kw::Mid)));
            if !after_mod || self.str(i).ends_with('s') {
                return None;
            }
            let (e, base) = match self.lex(i + 1) {
                Lex::Kw(Kw::Yesterday) => (i + 2, day(-1)),
                Lex::Kw(Kw::Today) => (i + 2, day(0)),
                Lex::Kw(Kw::Tomorrow) => (i + 2, day(1)),
                _ => (i + 1, day(0)),
            };
            return Some(Hit::new(
                i,
                e,
                Sem::PartOfDay {
                    day: Box::new(base),
                    pod: p,
                },
            ));
        }
        // "USA Today", "This is VOA Today": a title after a capitalized name
        if matches!(self.lex(i), Lex::Kw(Kw::Today))
            && self.cap(i)
            && i > 0
            && self.cap(i - 1)
            && self
                .tok(i - 1)
                .is_some_and(|t| t.kind == crate::temporal::scan::Kind::Word)
            && !self.tok(i).is_some_and(|t| t.newline)
        {
            return None;
        }
        let base = match self.lex(i) {
            Lex::Kw(Kw::Today) => 0,
            Lex::Kw(Kw::Tomorrow) => 1,
            Lex::Kw(Kw::Yesterday) => -1,
            Lex::Kw(Kw::Tonight) => {
                return Some(Hit::new(
                    i,
                    i + 1,
                    Sem::PartOfDay {
                        day: Box::new(day(0)),
                        pod: 3,
                    },
                ));
            }
            _ => return None,
        };
        if let Some(p) = self.pod(i + 1) {
            return Some(Hit::new(
                i,
                i + 2,
                Sem::PartOfDay {
                    day: Box::new(day(base)),
                    pod: p,
                },
            ));
        }
        Some(Hit::new(i, i + 1, day(base)))
    }

    /// A weekday: "Thursday", "Thursday evening", "Mondays" (a set).
    fn weekday(&self, i: usize) -> Option<Hit> {
        let Lex::Weekday {
            day: d,
            plural,
            abbr,
        } = self.lex(i)
        else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let mut k = i + 1;
        if abbr {
            if !(self.punct(k, b'.') && self.tight(k)) || self.str(i).len() < 3 {
                return None;
            }
            k += 1;
        }
        if plural {
            let mut v = format!("XXXX-WXX-{}", d + 1);
            if let Some(p) = self.pod(k) {
                v.push_str(["TMO", "TAF", "TEV", "TNI"][p as usize]);
                k += 1;
            }
            return Some(Hit::new(
                i,
                k,
                Sem::Fixed {
                    value: v,
                    kind: super::FixedKind::Set,
                },
            ));
        }
        // "The Sunday Times", "Monday Okoro": names, not days.
        let named = self.tok(k).is_some_and(|t| {
            t.cap
                && t.kind == crate::temporal::scan::Kind::Word
                && !matches!(t.lex, Lex::Month { .. } | Lex::PartOfDay(_))
        });
        if named {
            return None;
        }
        let wd = Sem::Weekday {
            day: d,
            pick: Pick::Guess,
        };
        if let Some(p) = self.pod(k) {
            if self.str(k).ends_with('s') {
                // "Tuesday nights": every Tuesday night
                let v = format!(
                    "XXXX-WXX-{}{}",
                    d + 1,
                    ["TMO", "TAF", "TEV", "TNI"][p as usize]
                );
                return Some(Hit::new(
                    i,
                    k + 1,
                    Sem::Fixed {
                        value: v,
                        kind: super::FixedKind::Set,
                    },
                ));
            }
            return Some(Hit::new(
                i,
                k + 1,
                Sem::PartOfDay {
                    day: Box::new(wd),
                    pod: p,
                },
            ));
        }
        Some(Hit::new(i, k, wd))
    }

    /// this/last/next/past/coming/previous/following/current + unit, weekday, month or part
    /// of day; that/same + unit.
    fn determined(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        // "that same week", "that very day": "same" after "that" adds nothing
        if !the && self.kw(j, Kw::That) && (self.kw(j + 1, Kw::Same) || self.is(j + 1, "very")) {
            j += 1;
        }
        let word = if self.is(j, "very") {
            Lex::Kw(Kw::Same)
        } else {
            self.lex(j)
        };
        let (rel, anchored): (i32, bool) = match word {
            Lex::Kw(Kw::This) | Lex::Kw(Kw::Current) => (0, false),
            Lex::Kw(Kw::Last) | Lex::Kw(Kw::Past) => (-1, false),
            Lex::Kw(Kw::Next) | Lex::Kw(Kw::Coming) => (1, the),
            Lex::Kw(Kw::Previous) => (-1, the),
            Lex::Kw(Kw::Following) => (1, true),
            Lex::Kw(Kw::That) | Lex::Kw(Kw::Same) => (0, true),
            _ if the && self.is(j, "latest") => (0, true),
            _ if the || self.is(j, "year") => return self.the_unit(i),
            _ => return None,
        };
        if the && matches!(word, Lex::Kw(Kw::This) | Lex::Kw(Kw::That)) {
            return None;
        }
        let mut k = j + 1;
        let mut rel = rel;
        // "this past weekend", "this coming Sunday"
        if matches!(word, Lex::Kw(Kw::This))
            && matches!(self.lex(k), Lex::Kw(Kw::Past | Kw::Coming))
        {
            rel = if self.kw(k, Kw::Past) { -1 } else { 1 };
            k += 1;
        }
        if self.kw(k, Kw::Fiscal) {
            k += 1;
        }
        // "the latest quarter/period": the last quarter completed before the reference
        let last_completed = Sem::Shift {
            unit: Unit::Quarter,
            n: -1,
            anchored: false,
        };
        if self.is(j, "latest")
            && (self.is(k, "period") || matches!(self.unit(k), Some((Unit::Quarter, false))))
        {
            return Some(Hit::new(i, k + 1, last_completed));
        }
        match self.lex(k) {
            // "This Week" (a programme title)
            Lex::Unit { .. }
                if self.cap(k)
                    && !self.toks.get(k).is_some_and(|t| t.newline)
                    && self.str(k).bytes().any(|b| b.is_ascii_lowercase()) =>
            {
                None
            }
            Lex::Unit {
                unit,
                plural: false,
            } => {
                let latest = self.is(j, "latest");
                if latest && unit != Unit::Quarter && !self.is(k, "year") {
                    return None;
                }
                if (latest || matches!(word, Lex::Kw(Kw::That) | Lex::Kw(Kw::Same)))
                    && unit == Unit::Quarter
                {
                    return Some(Hit::new(i, k + 1, Sem::QuarterAnchor));
                }
                if unit == Unit::Weekend {
                    let pick = match rel {
                        -1 => Pick::Last,
                        1 => Pick::Next,
                        _ => Pick::This,
                    };
                    return Some(Hit::new(i, k + 1, Sem::Weekend { pick }));
                }
                if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) && !anchored {
                    return None;
                }
                // "the past decade" is a stretch of time (P10Y), "the past year" a date
                if the && self.kw(j, Kw::Past) && matches!(unit, Unit::Decade | Unit::Century) {
                    let v = super::duration_value(Num::Int(1), unit);
                    return Some(Hit::new(
                        i,
                        k + 1,
                        Sem::Fixed {
                            value: v,
                            kind: super::FixedKind::Duration,
                        },
                    ));
                }
                // "the past year" is the year before; "the next day" follows the anchor.
                let sem = if anchored && rel == 0 {
                    if latest {
                        Sem::Shift {
                            unit,
                            n: -1,
                            anchored: false,
                        }
                    } else {
                        Sem::AnchorAt { unit }
                    }
                } else {
                    Sem::Shift {
                        unit,
                        n: rel,
                        anchored,
                    }
                };
                // "the next morning"
                Some(Hit::new(i, k + 1, sem))
            }
            Lex::Weekday {
                day, plural: false, ..
            } if self.cap(k) => {
                let pick = match (rel, anchored) {
                    (-1, true) => Pick::AnchorPrev,
                    (-1, _) => Pick::Last,
                    (1, _) => Pick::Next,
                    _ => Pick::This,
                };
                if matches!(word, Lex::Kw(Kw::That) | Lex::Kw(Kw::Same)) {
                    return None;
                }
                let wd = Sem::Weekday { day, pick };
                if let Some(p) = self.pod(k + 1) {
                    return Some(Hit::new(
                        i,
                        k + 2,
                        Sem::PartOfDay {
                            day: Box::new(wd),
                            pod: p,
                        },
                    ));
                }
                Some(Hit::new(i, k + 1, wd))
            }
            Lex::Month { month, abbr: false } if self.cap(k) && !anchored => {
                let pick = match rel {
                    -1 => Pick::Last,
                    1 => Pick::Next,
                    _ => Pick::This,
                };
                Some(Hit::new(i, k + 1, Sem::MonthPick { month, pick }))
            }
            Lex::PartOfDay(p) => {
                let base = match (rel, word) {
                    (0, Lex::Kw(Kw::This)) => day(0),
                    (-1, Lex::Kw(Kw::Last)) if p == 3 || p == 2 => day(-1),
                    (1, Lex::Kw(Kw::Next)) if the => Sem::Shift {
                        unit: Unit::Day,
                        n: 1,
                        anchored: true,
                    },
                    (0, _) if anchored => Sem::AnchorAt { unit: Unit::Day },
                    _ => return None,
                };
                Some(Hit::new(
                    i,
                    k + 1,
                    Sem::PartOfDay {
                        day: Box::new(base),
                        pod: p,
                    },
                ))
            }
            _ => None,
        }
    }

    /// "the year", "the week", "the weekend", "the quarter", "year-end", "the day".
    fn the_unit(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        // "in the new year" (not "the New Year's Eve party")
        if the
            && self.is(j, "new")
            && matches!(self.unit(j + 1), Some((Unit::Year, false)))
            && !(self.punct(j + 2, b'\'') || self.str(j + 2) == "’")
            && !self.cap(j + 2)
        {
            return Some(Hit::new(i, j + 2, Sem::NewYear));
        }
        let mut k = j;
        if the && (self.is(k, "full") || self.is(k, "whole") || self.is(k, "entire")) {
            k += 1;
        }
        let fiscal = self.kw(k, Kw::Fiscal);
        if fiscal {
            k += 1;
        } else if the && self.is(k, "calendar") {
            // "the end of the calendar year": the year
            k += 1;
        }
        let (unit, plural) = self.unit(k)?;
        if plural {
            return None;
        }
        // "year-end", "year end", "year's end"
        if unit == Unit::Year {
            let e = if self.dash(k + 1) && self.kw(k + 2, Kw::End) {
                Some(k + 3)
            } else if self.kw(k + 1, Kw::End) {
                Some(k + 2)
            } else if (self.punct(k + 1, b'\'') || self.str(k + 1) == "’")
                && self.is(k + 2, "s")
                && self.kw(k + 3, Kw::End)
            {
                Some(k + 4)
            } else {
                None
            };
            if let Some(e) = e {
                // "the change is since year-end": the end already behind, last year's
                let n = if i > 0 && self.is(i - 1, "since") {
                    -1
                } else {
                    0
                };
                let mut h = Hit::new(
                    i,
                    e,
                    Sem::Shift {
                        unit: Unit::Year,
                        n,
                        anchored: false,
                    },
                );
                h.modifier = Some(crate::temporal::types::Modifier::End);
                return Some(h);
            }
        }
        if !the {
            return None;
        }
        // Not "the year 2000", "the day of", "the week of March 6".
        if self.num_tok(k + 1).is_some() || self.dash(k + 1) {
            return None;
        }
        match unit {
            Unit::Quarter => Some(Hit::new(i, k + 1, Sem::QuarterAnchor)),
            Unit::Year if matches!(self.str(k + 1), "ended" | "ending" | "ends") => Some(Hit::new(
                i,
                k + 1,
                Sem::Fixed {
                    value: "P1Y".into(),
                    kind: super::FixedKind::Duration,
                },
            )),
            Unit::Year => Some(Hit::new(
                i,
                k + 1,
                Sem::Shift {
                    unit,
                    n: 0,
                    anchored: false,
                },
            )),
            Unit::Weekend => Some(Hit::new(i, k + 1, Sem::Weekend { pick: Pick::Guess })),
            // "by the end of the decade", "the start of the century": the present one
            // (alone, "over the decade" is a span, not a date; "the turn of the century"
            // is an idiom for the years around a century's start, not tagged)
            Unit::Decade | Unit::Century
                if k == j
                    && i >= 2
                    && self.is(i - 1, "of")
                    && matches!(
                        self.lex(i - 2),
                        Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                    ) =>
            {
                Some(Hit::new(
                    i,
                    k + 1,
                    Sem::Shift {
                        unit,
                        n: 0,
                        anchored: false,
                    },
                ))
            }
            // "the week ending 10 November", "the week ended Friday": the ISO week of
            // that day
            Unit::Week if k == j && matches!(self.str(k + 1), "ended" | "ending" | "to") => {
                let d = self
                    .calendar(k + 2)
                    .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))
                    .or_else(|| {
                        self.relative(k + 2)
                            .filter(|h| matches!(h.sem, Sem::Weekday { .. }))
                    })?;
                Some(Hit::new(
                    i,
                    d.end,
                    Sem::WeekOf {
                        date: Box::new(d.sem),
                    },
                ))
            }
            Unit::Month | Unit::Week if k == j => Some(Hit::new(
                i,
                k + 1,
                Sem::Shift {
                    unit,
                    n: 0,
                    anchored: false,
                },
            )),
            _ => None,
        }
    }
}
