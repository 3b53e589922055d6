//! Modifier wrappers around a core expression: "about two years", "early next year",
//! "the end of 1990", "at least 30 days", "mid-August", "or so", and ranges written as one
//! token ("Nov. 15-17", "1998-99").

use super::{Hit, Parser, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex};
use crate::temporal::types::Modifier;

impl Parser<'_> {
    /// Modifier wrappers: "about two years", "early next year", "the end of 1990",
    /// "at least 30 days", "mid-August".
    pub(super) fn wrapped(&self, i: usize) -> Option<Hit> {
        let (j, m) = self.prefix_mod(i)?;
        let inner = self.core(j)?;
        if !self.mod_fits(m, &inner.sem) {
            return None;
        }
        let mut h = inner;
        h.start = i;
        h.modifier = Some(m);
        Some(self.post_mod(h))
    }

    pub(super) fn mod_fits(&self, m: Modifier, sem: &Sem) -> bool {
        let point = !matches!(sem, Sem::Fixed { .. });
        match (m, sem) {
            (Modifier::Start | Modifier::End | Modifier::Mid, _) => {
                point && !matches!(sem, Sem::Time { .. })
            }
            // "about the future", "around Wednesday's ruling", "almost daily": the word is
            // a preposition or qualifies the frequency, not the time.
            (
                _,
                Sem::Fixed {
                    kind: super::FixedKind::Ref | super::FixedKind::Set,
                    ..
                },
            ) => false,
            (_, Sem::Weekday { .. }) => false,
            _ => true,
        }
    }

    /// A modifier before the core expression: returns where the core starts.
    pub(super) fn prefix_mod(&self, i: usize) -> Option<(usize, Modifier)> {
        use Modifier::*;
        if self.mod_word_is_not_a_mod(i) {
            return None;
        }
        let (j, the) = self.skip_the(i);
        let m = match self.lex(j) {
            Lex::Kw(Kw::Early) if self.dash(j + 1) && self.tight(j + 1) => (j + 2, Start),
            Lex::Kw(Kw::Late) if self.dash(j + 1) && self.tight(j + 1) => (j + 2, End),
            Lex::Kw(Kw::Early) => (j + 1, Start),
            Lex::Kw(Kw::Late) => (j + 1, End),
            Lex::Ord(1) | Lex::Ord(2) | Lex::Kw(Kw::Last)
                if the && self.kw(j + 1, Kw::Half) && self.is(j + 2, "of") =>
            {
                (
                    j + 3,
                    if self.lex(j) == Lex::Ord(1) {
                        Start
                    } else {
                        End
                    },
                )
            }
            // "earlier in the week": the core starts after "in"
            Lex::Kw(Kw::Earlier) if !the && self.earlier_ok(j + 1) => {
                (j + 1 + usize::from(self.is(j + 1, "in")), Start)
            }
            Lex::Kw(Kw::Later) if !the && self.earlier_ok(j + 1) => {
                (j + 1 + usize::from(self.is(j + 1, "in")), End)
            }
            Lex::Kw(Kw::Mid) if self.dash(j + 1) => (j + 2, Mid),
            Lex::Kw(Kw::Mid) => (j + 1, Mid),
            Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                if the && self.is(j + 1, "of") =>
            {
                let m = match self.lex(j) {
                    Lex::Kw(Kw::End) => End,
                    Lex::Kw(Kw::Middle) => Mid,
                    _ => Start,
                };
                (j + 2, m)
            }
            _ if the => return None,
            Lex::Kw(Kw::About | Kw::Around | Kw::Approximately | Kw::Roughly | Kw::Nearly) => {
                (j + 1, Approx)
            }
            Lex::Kw(Kw::Some)
                if matches!(self.lex(j + 1), Lex::Card(_)) || self.num_tok(j + 1).is_some() =>
            {
                (j + 1, Approx)
            }
            Lex::Kw(Kw::Almost) => (j + 1, LessThan),
            Lex::Kw(Kw::At) if self.is(j + 1, "least") => (j + 2, EqualOrMore),
            Lex::Kw(Kw::More) if self.is(j + 1, "than") => (j + 2, MoreThan),
            Lex::Kw(Kw::Less) if self.is(j + 1, "than") => (j + 2, LessThan),
            Lex::Kw(Kw::Under) if !self.kw(j + 1, Kw::The) => (j + 1, LessThan),
            Lex::Kw(Kw::Over) if matches!(self.lex(j + 1), Lex::Kw(Kw::A | Kw::An)) => {
                (j + 1, MoreThan)
            }
            // not "the run-up to Christmas"
            Lex::Kw(Kw::Up) if self.is(j + 1, "to") && !(j > 0 && self.dash(j - 1)) => {
                (j + 2, EqualOrLess)
            }
            Lex::Kw(Kw::No) if self.is(j + 1, "more") && self.is(j + 2, "than") => {
                (j + 3, EqualOrLess)
            }
            _ => return None,
        };
        if m.0 <= i {
            return None;
        }
        Some(m)
    }

    /// The word at `i` only looks like a modifier: "so late this year" (an adverb of
    /// degree before it), "six fewer than a year ago" (a count before a comparison),
    /// "warned about a century ago" (a preposition after its verb).
    fn mod_word_is_not_a_mod(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.str(p).to_ascii_lowercase();
        match self.lex(i) {
            Lex::Kw(Kw::Early | Kw::Late) => matches!(
                prev.as_str(),
                "so" | "too" | "very" | "how" | "as" | "quite" | "rather" | "fairly"
            ),
            Lex::Kw(Kw::More | Kw::Less) => {
                self.num_tok(p).is_some() || matches!(self.lex(p), Lex::Card(_))
            }
            Lex::Kw(Kw::About) => matches!(
                prev.as_str(),
                "warned"
                    | "warn"
                    | "warns"
                    | "talked"
                    | "talk"
                    | "talks"
                    | "talking"
                    | "worried"
                    | "worry"
                    | "thought"
                    | "think"
                    | "thinking"
                    | "knew"
                    | "know"
                    | "known"
                    | "learned"
                    | "learnt"
                    | "heard"
                    | "hear"
                    | "asked"
                    | "ask"
                    | "wrote"
                    | "write"
                    | "written"
                    | "spoke"
                    | "speak"
                    | "complained"
                    | "cared"
                    | "care"
                    | "forgot"
                    | "forget"
                    | "joked"
                    | "dreamed"
                    | "dreamt"
                    | "argued"
                    | "predicted"
            ),
            _ => false,
        }
    }

    /// "earlier"/"later" as a modifier only before this/today/yesterday/weekday/that.
    pub(super) fn earlier_ok(&self, j: usize) -> bool {
        matches!(
            self.lex(j),
            Lex::Kw(Kw::This | Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Tonight | Kw::That)
                | Lex::Weekday { .. }
        ) || (self.is(j, "in")
            && self.kw(j + 1, Kw::The)
            && matches!(self.lex(j + 2), Lex::Unit { .. }))
    }

    /// "or so", "or more", "or later", "and beyond" after an expression.
    pub(super) fn post_mod(&self, mut h: Hit) -> Hit {
        let e = h.end;
        if self.is(e, "or") || self.is(e, "and") {
            let m = match self.str(e + 1).to_ascii_lowercase().as_str() {
                "so" => Some(Modifier::Approx),
                "more" | "longer" => Some(Modifier::EqualOrMore),
                "later" | "beyond" | "after" => Some(Modifier::OnOrAfter),
                "earlier" | "before" => Some(Modifier::OnOrBefore),
                _ => None,
            };
            // "October 1984 and later served as …": "later" starts a new clause
            let clause_end = self
                .tok(e + 2)
                .is_none_or(|t| t.kind == crate::temporal::scan::Kind::Punct);
            if m.is_some() && clause_end {
                h.end = e + 2;
                h.modifier = h.modifier.or(m);
            }
        }
        h
    }

    /// "X - Y", "X to Y", "X through Y" where both ends are dates of the same shape.
    pub(super) fn range_tail(&self, hit: Hit) -> Hit {
        let e = hit.end;
        // Only a range written as one token ("Nov. 15-17", "1998-99") is one expression;
        // "from 2008 to 2012" is two, as in TimeML.
        // "the 2023/24 season" too: a slash between two years
        let year_slash = self.punct(e, b'/')
            && self.tight(e)
            && matches!(
                hit.sem,
                Sem::Date {
                    year: YearSpec::Abs(_),
                    month: None,
                    day: None
                }
            );
        if !self.dash(e) && !year_slash {
            return self.post_mod(hit);
        }
        let from = &hit.sem;
        let to = match from {
            Sem::Date {
                year,
                month: Some(m),
                day: Some(_),
            } => {
                // "Nov. 15-17": a bare day number after the dash.
                if let Some(t) = self.num_tok(e + 1).filter(|t| {
                    t.num >= 1 && t.num <= 31 && t.len() <= 2 && !self.num_is_part(e + 1)
                }) {
                    if self.punct(e + 2, b':') {
                        None
                    } else if let Some((k, y)) = self.year_after(e + 2) {
                        // "June 3-5, 2019": the year belongs to both ends
                        let from = Sem::Date {
                            year: YearSpec::Abs(y),
                            month: Some(*m),
                            day: hit_day(&hit.sem),
                        };
                        return Hit {
                            start: hit.start,
                            end: k,
                            sem: Sem::Range {
                                from: Box::new(from),
                                to: Box::new(Sem::Date {
                                    year: YearSpec::Abs(y),
                                    month: Some(*m),
                                    day: Some(t.num as u8),
                                }),
                            },
                            modifier: hit.modifier,
                        };
                    } else {
                        Some((
                            e + 2,
                            Sem::Date {
                                year: *year,
                                month: Some(*m),
                                day: Some(t.num as u8),
                            },
                        ))
                    }
                } else {
                    self.calendar(e + 1)
                        .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))
                        .map(|h| (h.end, h.sem))
                }
            }
            Sem::Date {
                year: YearSpec::Abs(y),
                month: None,
                day: None,
            } => {
                if let Some(t) = self
                    .num_tok(e + 1)
                    .filter(|t| t.len() == 2 && self.tight(e) && self.tight(e + 1))
                {
                    let full = y - y.rem_euclid(100) + t.num as i32;
                    (full > *y).then_some((
                        e + 2,
                        Sem::Date {
                            year: YearSpec::Abs(full),
                            month: None,
                            day: None,
                        },
                    ))
                } else if let Some(y2) = self
                    .year_at(e + 1)
                    .filter(|y2| *y2 > *y && self.tight(e + 1))
                {
                    // "2014-2016", "2019/2020"
                    let to = Sem::Date {
                        year: YearSpec::Abs(y2),
                        month: None,
                        day: None,
                    };
                    Some((e + 2, to))
                } else {
                    None
                }
            }
            Sem::Date {
                month: Some(_),
                day: None,
                ..
            }
            | Sem::MonthPick { .. } => self
                .calendar(e + 1)
                .filter(|h| {
                    matches!(
                        h.sem,
                        Sem::Date { month: Some(_), .. } | Sem::MonthPick { .. }
                    )
                })
                .map(|h| (h.end, h.sem)),
            Sem::Weekday { .. } => self
                .relative(e + 1)
                .filter(|h| matches!(h.sem, Sem::Weekday { .. }))
                .map(|h| (h.end, h.sem)),
            _ => None,
        };
        match to {
            Some((end, to)) => {
                // "Jan. 5-Feb. 3, 2022": a year written at the end applies to the start
                let from = match (&hit.sem, &to) {
                    (
                        Sem::Date {
                            year: YearSpec::Guess,
                            month,
                            day,
                        },
                        Sem::Date {
                            year: y @ YearSpec::Abs(_),
                            ..
                        },
                    ) => Sem::Date {
                        year: *y,
                        month: *month,
                        day: *day,
                    },
                    _ => hit.sem.clone(),
                };
                let mut h = Hit::new(
                    hit.start,
                    end,
                    Sem::Range {
                        from: Box::new(from),
                        to: Box::new(to),
                    },
                );
                h.modifier = hit.modifier;
                h
            }
            None => self.post_mod(hit),
        }
    }
}

fn hit_day(sem: &Sem) -> Option<u8> {
    match sem {
        Sem::Date { day, .. } => *day,
        _ => None,
    }
}
