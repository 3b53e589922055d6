//! Parts of a year: quarters ("the third quarter", "Q3 2023", "the 1988 quarter"), halves
//! ("the first half", "H1 2024"), seasons ("last fall", "summer 1998") and fiscal years.

use super::{Hit, Parser, Pick, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex, Unit};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// "the third quarter", "third-quarter", "the first quarter of 1990", "Q3 2023",
    /// "this year's third quarter", "the 1988 second quarter", "the first half".
    /// "the June quarter", "the December quarter" (as Australian and Asian companies
    /// report), "the January-March quarter": the quarter that ends with that month, in the
    /// year the tense picks.
    pub(super) fn month_quarter(&self, i: usize) -> Option<Hit> {
        let (j, true) = self.skip_the(i) else {
            return None;
        };
        let Lex::Month { month, .. } = self.lex(j) else {
            return None;
        };
        // "the January-March quarter": named by its first and last month
        let (month, j) = match self.lex(j + 2) {
            Lex::Month { month: last, .. } if self.dash(j + 1) && self.tight(j + 1) => {
                (last, j + 2)
            }
            _ => (month, j),
        };
        if !matches!(self.unit(j + 1), Some((Unit::Quarter, false))) {
            return None;
        }
        // the 28th is in every month and 45 days before it lies inside the quarter
        let end = Sem::Date {
            year: YearSpec::Guess,
            month: Some(month),
            day: Some(28),
        };
        Some(Hit::new(
            i,
            j + 2,
            Sem::QuarterEnding {
                date: Box::new(end),
            },
        ))
    }

    pub(super) fn quarter(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        let mut year = YearSpec::Guess;
        if self.kw(j, Kw::Fiscal) || self.is(j, "fiscal-") {
            j += 1;
        }
        if let Some(y) = self.year_at(j) {
            year = YearSpec::Abs(y);
            j += 1;
        } else if let Some(off) = self.rel_year_word(j) {
            if self.punct(j + 2, b'\'') || self.str(j + 2) == "’" {
                year = YearSpec::Dct(off);
                j += 4;
            }
        }
        if self.kw(j, Kw::Fiscal) {
            j += 1;
            if self.dash(j) {
                j += 1;
            }
        }
        // "the 1988 quarter", "the 1989 period", "last year's quarter": the quarter under
        // discussion, that year
        if let YearSpec::Abs(_) | YearSpec::Dct(_) = year {
            if matches!(self.unit(j), Some((Unit::Quarter, false)))
                || (self.is(j, "period")
                    && (self.kw(i, Kw::The) || matches!(year, YearSpec::Dct(_))))
            {
                return Some(Hit::new(i, j + 1, Sem::Quarter { year, q: 0 }));
            }
        }
        // "H1 2024"
        if self.is(j, "H") && self.tight(j + 1) {
            let h = self
                .num_tok(j + 1)
                .filter(|t| (1..=2).contains(&t.num) && t.len() == 1)?
                .num as u8;
            let (k, y) = self.year_after(j + 2)?;
            return Some(Hit::new(
                i,
                k,
                Sem::Half {
                    year: YearSpec::Abs(y),
                    h,
                },
            ));
        }
        // "Q3 2023"
        if self.is(j, "Q") && self.tight(j + 1) {
            let q = self
                .num_tok(j + 1)
                .filter(|t| (1..=4).contains(&t.num))?
                .num as u8;
            let mut k = j + 2;
            if let Some((k2, y)) = self.year_after(k) {
                year = YearSpec::Abs(y);
                k = k2;
            }
            return Some(Hit::new(i, k, Sem::Quarter { year, q }));
        }
        // "the last half of 1989", "the first two quarters of 1990"
        let last_half = self.is(j, "last") && self.kw(j + 1, Kw::Half);
        let two_quarters = matches!(self.lex(j), Lex::Ord(1) | Lex::Kw(Kw::Last))
            && self.lex(j + 1) == Lex::Card(2)
            && matches!(self.unit(j + 2), Some((Unit::Quarter, true)));
        if last_half || two_quarters {
            let h = if self.lex(j) == Lex::Ord(1) { 1 } else { 2 };
            let k = if two_quarters { j + 3 } else { j + 2 };
            let (k2, y) = self.year_after(k)?;
            return Some(Hit::new(
                i,
                k2,
                Sem::Half {
                    year: YearSpec::Abs(y),
                    h,
                },
            ));
        }
        let q = match self.lex(j) {
            Lex::Ord(n) if (1..=4).contains(&n) => n as u8,
            _ if self.is(j, "final")
                || self.is(j, "last")
                    && self.unit(j + 1).is_some_and(|u| u.0 == Unit::Quarter)
                    && year != YearSpec::Guess =>
            {
                4
            }
            _ => {
                let t = self.num_tok(j)?;
                if !(1..=4).contains(&t.num)
                    || !matches!(
                        self.str(j + 1).to_ascii_lowercase().as_str(),
                        "st" | "nd" | "rd" | "th"
                    )
                {
                    return None;
                }
                j += 1;
                t.num as u8
            }
        };
        let mut k = j + 1;
        if self.dash(k) {
            k += 1;
        }
        let half = self.kw(k, Kw::Half);
        if !half && !matches!(self.unit(k), Some((Unit::Quarter, false))) {
            return None;
        }
        if half && q > 2 {
            return None;
        }
        k += 1;
        if let Some((k2, y)) = self.year_after(k) {
            year = YearSpec::Abs(y);
            k = k2;
        } else if self.is(k, "of") {
            if let Some(off) = self.rel_year_word(k + 1) {
                year = YearSpec::Dct(off);
                k += 3;
            } else if half
                && self.kw(k + 1, Kw::The)
                && matches!(self.unit(k + 2), Some((Unit::Year, false)))
            {
                // "the second half of the year": this year's
                year = YearSpec::Dct(0);
                k += 3;
            } else if self.kw(k + 1, Kw::Fiscal) {
                if let Some(y) = self.year_at(k + 2) {
                    year = YearSpec::Abs(y);
                    k += 3;
                }
            }
        }
        let sem = if half {
            Sem::Half { year, h: q }
        } else {
            Sem::Quarter { year, q }
        };
        // "the third-quarter loss": an adjective; the determiner belongs to the noun
        let adjective = self.dash(j + 1) && self.tok(k).is_some_and(|t| t.kind == Kind::Word);
        let start = if the && adjective && year == YearSpec::Guess {
            i + 1
        } else {
            i
        };
        Some(Hit::new(start, k, sem))
    }

    /// "summer 1998", "last fall", "this past spring", "the summer of 1998", "the winter".
    pub(super) fn season(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        let mut pick = Pick::Guess;
        match self.lex(j) {
            Lex::Kw(Kw::Last) | Lex::Kw(Kw::Past) | Lex::Kw(Kw::Previous) if !the => {
                pick = Pick::Last;
                j += 1;
            }
            // "the following spring", "the next summer", "the previous winter": from the
            // date under discussion
            Lex::Kw(Kw::Next) | Lex::Kw(Kw::Following) if the => {
                pick = Pick::AnchorNext;
                j += 1;
            }
            Lex::Kw(Kw::Previous) if the => {
                pick = Pick::AnchorLast;
                j += 1;
            }
            Lex::Kw(Kw::Next) | Lex::Kw(Kw::Coming) => {
                pick = Pick::Next;
                j += 1;
            }
            // "that summer": the season of the year under discussion
            Lex::Kw(Kw::That) if !the => {
                pick = Pick::AnchorPrev;
                j += 1;
            }
            Lex::Kw(Kw::This) => {
                pick = Pick::This;
                j += 1;
                if self.kw(j, Kw::Past) {
                    pick = Pick::Last;
                    j += 1;
                } else if self.kw(j, Kw::Coming) {
                    pick = Pick::Next;
                    j += 1;
                }
            }
            _ => {}
        }
        let Lex::Season(season) = self.lex(j) else {
            return None;
        };
        // "prices that fall sharply", "shares that spring back": a relative clause's verb;
        // "that fall, attendance doubled" is the season
        if pick == Pick::AnchorPrev && (season == 0 || season == 2) {
            let next = self.str(j + 1).to_ascii_lowercase();
            let season_like = self
                .tok(j + 1)
                .is_none_or(|t| t.kind == Kind::Punct || t.cap)
                || matches!(
                    next.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                );
            if !season_like {
                return None;
            }
        }
        // "the Summer Olympics", "the Winter Palace"
        if self.cap(j)
            && self
                .tok(j + 1)
                .is_some_and(|t| t.cap && t.kind == Kind::Word)
        {
            return None;
        }
        let mut k = j + 1;
        let mut year = YearSpec::Guess;
        if let Some((k2, y)) = self.year_after(k) {
            year = YearSpec::Abs(y);
            k = k2;
        } else if self.is(k, "of") && self.spelled_year(k + 1).is_some() {
            let (k2, y) = self.spelled_year(k + 1)?;
            year = YearSpec::Abs(y);
            k = k2;
        } else if self.is(k, "of") {
            // "the fall of Rome"
            if pick == Pick::Guess && (season == 2 || season == 0) {
                return None;
            }
        }
        let introduced = the || pick != Pick::Guess || year != YearSpec::Guess;
        if !introduced {
            let prev = if i == 0 {
                String::new()
            } else {
                self.str(i - 1).to_ascii_lowercase()
            };
            let prep = matches!(
                prev.as_str(),
                "in" | "during"
                    | "since"
                    | "until"
                    | "by"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "through"
                    | "last"
                    | "next"
            );
            if season == 2 || season == 0 || !prep {
                return None;
            }
        }
        if the && pick == Pick::Guess && year == YearSpec::Guess && self.unit(k).is_some() {
            return None;
        }
        Some(Hit::new(i, k, Sem::Season { year, season, pick }))
    }

    /// "fiscal 1989", "fiscal year 1990", "FY2023", "fiscal '90".
    pub(super) fn fiscal(&self, i: usize) -> Option<Hit> {
        let j = if self.kw(i, Kw::Fiscal) {
            if matches!(self.unit(i + 1), Some((Unit::Year, false))) {
                i + 2
            } else {
                i + 1
            }
        } else if self.is(i, "FY") {
            i + 1
        } else {
            return None;
        };
        if let Some(y) = self.year_at(j) {
            return Some(Hit::new(
                i,
                j + 1,
                Sem::Date {
                    year: YearSpec::Abs(y),
                    month: None,
                    day: None,
                },
            ));
        }
        let (k, y) = self.year_after(j)?;
        Some(Hit::new(
            i,
            k,
            Sem::Date {
                year: YearSpec::Abs(y),
                month: None,
                day: None,
            },
        ))
    }
}
