//! Calendar dates: "Nov. 17, 2023", "17 November 2023", "November 2023", "August",
//! numeric dates, years (and BCE years), decades, centuries, quarters, halves, seasons,
//! fiscal years and holidays.

use super::{longest, Hit, Parser, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex, Unit};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// Longest calendar-date match at `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<Hit> {
        longest([
            self.month_first(i),
            self.weekday_day_month(i),
            self.day_month(i),
            self.numeric_date(i),
            self.the_nth(i),
            self.year_like(i),
            self.quarter(i),
            self.month_quarter(i),
            self.season(i),
            self.holiday(i),
            self.nth_weekday_of(i),
            self.decade_words(i),
            self.century(i),
            self.fiscal(i),
        ])
    }

    /// A 4-digit year at `i` (1000–2999), not part of a larger number. Returns its value.
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
        self.year_in(i, 1000..=2999)
    }

    /// A 4-digit year at `i` within `range`.
    pub(super) fn year_in(&self, i: usize, range: std::ops::RangeInclusive<u32>) -> Option<i32> {
        let t = self.num_tok(i)?;
        if t.len() != 4 || self.num_is_part(i) || !range.contains(&t.num) {
            return None;
        }
        let clock = self.punct(i + 1, b':')
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.num_tok(i + 2).is_some();
        if clock
            || self.punct(i + 1, b'%')
            || (self.dash(i + 1)
                && self.tight(i + 1)
                && self
                    .num_tok(i + 2)
                    .is_some_and(|n| n.len() == 4 && n.num < 1000))
        {
            return None;
        }
        Some(t.num as i32)
    }

    /// A day-of-month number at `i` (1–31), with an optional "th"/"st" suffix; returns the
    /// end token and the day.
    pub(super) fn day_num(&self, i: usize) -> Option<(usize, u8)> {
        let t = self.num_tok(i)?;
        let clock = self.punct(i + 1, b':')
            && self.tight(i + 1)
            && self.tight(i + 2)
            && self.num_tok(i + 2).is_some();
        if t.len() > 2 || !(1..=31).contains(&t.num) || self.num_is_part(i) || clock {
            return None;
        }
        let mut j = i + 1;
        if self.tight(j)
            && matches!(
                self.str(j).to_ascii_lowercase().as_str(),
                "st" | "nd" | "rd" | "th"
            )
        {
            j += 1;
        }
        Some((j, t.num as u8))
    }

    /// A month word at `i` (capitalized; abbreviations need their period or a number).
    pub(super) fn month_word(&self, i: usize) -> Option<(usize, u8)> {
        let Lex::Month { month, abbr } = self.lex(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        if abbr {
            if self.punct(i + 1, b'.') && self.tight(i + 1) {
                return Some((i + 2, month));
            }
            if self.num_tok(i + 1).is_some() {
                return Some((i + 1, month));
            }
            // "Jan-Mar 2023": a month of a range of months
            if self.month_range_start(i)
                || (i >= 2 && self.tight(i) && self.month_range_start(i - 2))
            {
                return Some((i + 1, month));
            }
            return None;
        }
        Some((i + 1, month))
    }

    /// The month at `i` is glued by a dash to another capitalized month: "Jan-Mar".
    fn month_range_start(&self, i: usize) -> bool {
        self.dash(i + 1)
            && self.tight(i + 1)
            && self.tight(i + 2)
            && matches!(self.lex(i + 2), Lex::Month { .. })
            && self.cap(i + 2)
    }

    /// A year after a date: ", 2023", "2023", "of 2023", "'98". Returns end and year.
    pub(super) fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.punct(i, b',') || self.is(i, "of") {
            i + 1
        } else {
            i
        };
        if let Some(t) = self
            .num_tok(j)
            .filter(|t| t.len() <= 4 && !self.num_is_part(j))
        {
            if let Some(k) = self.era_bc(j + 1) {
                return Some((k, 1 - t.num as i32));
            }
        }
        if let Some(y) = self.year_in(j, 1000..=9999) {
            return Some((j + 1, y));
        }
        if self.punct(j, b'\'') || self.str(j) == "’" {
            let t = self
                .num_tok(j + 1)
                .filter(|t| t.len() == 2 && self.tight(j + 1))?;
            if self.tight(j + 2) && self.is(j + 2, "s") {
                return None;
            }
            let y = t.num as i32;
            return Some((j + 2, if y < 30 { 2000 + y } else { 1900 + y }));
        }
        None
    }

    /// "Nov. 17, 2023", "November 17", "Friday, Oct. 23", "November 2023", "August",
    /// "July last year".
    pub(super) fn month_first(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if let Lex::Weekday {
            plural: false,
            abbr,
            ..
        } = self.lex(i)
        {
            let mut k = i + 1;
            if abbr && self.punct(k, b'.') {
                k += 1;
            }
            if self.punct(k, b',') {
                k += 1;
            }
            if self.month_word(k).is_some() && self.cap(i) {
                j = k;
            } else {
                return None;
            }
        }
        let (k, month) = self.month_word(j)?;
        if let Some((k2, day)) = self.day_num(k) {
            if let Some((k3, year)) = self.year_after(k2) {
                return Some(Hit::new(
                    i,
                    k3,
                    Sem::Date {
                        year: YearSpec::Abs(year),
                        month: Some(month),
                        day: Some(day),
                    },
                ));
            }
            // "April 12 this year", "Dec. 3 last year"
            let (k2, year) = match self.rel_year_word(k2) {
                Some(off) => (k2 + 2, YearSpec::Dct(off)),
                None => (k2, YearSpec::Guess),
            };
            return Some(Hit::new(
                i,
                k2,
                Sem::Date {
                    year,
                    month: Some(month),
                    day: Some(day),
                },
            ));
        }
        if let Lex::Ord(d) = self.lex(k) {
            if d <= 31 {
                return Some(Hit::new(
                    i,
                    k + 1,
                    Sem::Date {
                        year: YearSpec::Guess,
                        month: Some(month),
                        day: Some(d as u8),
                    },
                ));
            }
        }
        if let Some((k2, year)) = self.year_after(k) {
            return Some(Hit::new(
                i,
                k2,
                Sem::Date {
                    year: YearSpec::Abs(year),
                    month: Some(month),
                    day: None,
                },
            ));
        }
        if j != i {
            return None;
        }
        // "July last year", "January this year"
        if let Some(off) = self.rel_year_word(k) {
            return Some(Hit::new(
                i,
                k + 2,
                Sem::Date {
                    year: YearSpec::Dct(off),
                    month: Some(month),
                    day: None,
                },
            ));
        }
        // "nineteen ninety-seven"
        if let Some((k2, y)) = self.spelled_year(k) {
            return Some(Hit::new(
                i,
                k2,
                Sem::Date {
                    year: YearSpec::Abs(y),
                    month: Some(month),
                    day: None,
                },
            ));
        }
        if !self.bare_month_ok(i, month) {
            return None;
        }
        Some(Hit::new(
            i,
            k,
            Sem::Date {
                year: YearSpec::Guess,
                month: Some(month),
                day: None,
            },
        ))
    }

    /// "last year" / "this year" / "next year" at `k`: the year offset.
    pub(super) fn rel_year_word(&self, k: usize) -> Option<i32> {
        if !matches!(self.unit(k + 1), Some((Unit::Year, false))) {
            return None;
        }
        match self.lex(k) {
            Lex::Kw(Kw::Last) => Some(-1),
            Lex::Kw(Kw::This) => Some(0),
            Lex::Kw(Kw::Next) => Some(1),
            _ => None,
        }
    }

    /// A bare month name: "May" and "March" are also a verb and a modal; "May" needs a
    /// preposition or modifier before it.
    fn bare_month_ok(&self, i: usize, month: u8) -> bool {
        if let Lex::Month { abbr: true, .. } = self.lex(i) {
            // only in a range of months: "Jan-Mar 2023", "Oct-Dec"
            return self.month_range_start(i)
                || (i >= 2
                    && self.dash(i - 1)
                    && self.tight(i - 1)
                    && self.tight(i)
                    && self.month_range_start(i - 2));
        }
        let prev = if i == 0 {
            String::new()
        } else {
            self.str(i - 1).to_ascii_lowercase()
        };
        // "the annual March for Life": a noun, not the month
        // (the tokenizer splits "``" into two "`")
        if matches!(prev.as_str(), "annual" | "``" | "`" | "\"" | "“") {
            return false;
        }
        // "the March of the Combatant Mothers": a march, not the month ("March of 1998",
        // "March of the following year" are)
        if month == 3 && self.is(i + 1, "of") && self.is(i + 2, "the") && self.cap(i + 3) {
            return false;
        }
        let prep = matches!(
            prev.as_str(),
            "in" | "of"
                | "since"
                | "until"
                | "till"
                | "by"
                | "last"
                | "next"
                | "this"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "during"
                | "through"
                | "from"
                | "to"
                | "before"
                | "after"
                | "between"
                | "and"
                | "or"
                | "that"
                | "each"
                | "every"
                | "on"
                | "around"
                | "for"
                | "last-"
                | "until-"
        );
        if month == 5 {
            return prep && !self.is(i + 1, "be");
        }
        if month == 3
            && !prep
            && matches!(
                self.str(i + 1),
                "on" | "to" | "through" | "into" | "in" | "against"
            )
        {
            return false;
        }
        // Sentence-initial "August" / "March" followed by a capitalized word is usually a name.
        // "April Ryan", "Veterans March Against Pension Cuts": a name, not a month.
        !self.tok(i + 1).is_some_and(|t| {
            t.cap
                && t.kind == Kind::Word
                && !matches!(t.lex, Lex::Weekday { .. } | Lex::Month { .. })
        })
    }

    /// "Friday 17 November", "Friday, 17 November 2023": one expression.
    fn weekday_day_month(&self, i: usize) -> Option<Hit> {
        let Lex::Weekday {
            plural: false,
            abbr,
            ..
        } = self.lex(i)
        else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let mut k = i + 1;
        if abbr && self.punct(k, b'.') {
            k += 1;
        }
        if self.punct(k, b',') {
            k += 1;
        }
        let h = self.day_month(k)?;
        Some(Hit { start: i, ..h })
    }

    /// "17 November 2023", "17th of November".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (d0, the) = self.skip_the(i);
        let (j, day) = self.day_num(d0)?;
        // "15-17 November 2023"
        if !the && self.dash(j) && self.tight(j) {
            if let Some((j2, day2)) = self.day_num(j + 1) {
                if let Some((k, month)) = self.month_word(j2) {
                    let year = match self.year_after(k) {
                        Some((_, y)) => YearSpec::Abs(y),
                        None => YearSpec::Guess,
                    };
                    let end = self.year_after(k).map_or(k, |(e, _)| e);
                    let from = Sem::Date {
                        year,
                        month: Some(month),
                        day: Some(day),
                    };
                    let to = Sem::Date {
                        year,
                        month: Some(month),
                        day: Some(day2),
                    };
                    return Some(Hit::new(
                        i,
                        end,
                        Sem::Range {
                            from: Box::new(from),
                            to: Box::new(to),
                        },
                    ));
                }
            }
        }
        let of = self.is(j, "of");
        if the && !of {
            return None;
        }
        let j = if of { j + 1 } else { j };
        let (k, month) = self.month_word(j)?;
        if let Some((k2, year)) = self.year_after(k) {
            return Some(Hit::new(
                i,
                k2,
                Sem::Date {
                    year: YearSpec::Abs(year),
                    month: Some(month),
                    day: Some(day),
                },
            ));
        }
        Some(Hit::new(
            i,
            k,
            Sem::Date {
                year: YearSpec::Guess,
                month: Some(month),
                day: Some(day),
            },
        ))
    }

    /// "the 25th": a day of the reference month (or a neighbour, by tense); "the 25th of
    /// this month", "the first of next month", "the 3rd of last month".
    fn the_nth(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        // "the first of next month": an ordinal word, only with "of … month"
        if let Lex::Ord(n) = self.lex(i + 1) {
            let day = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
            let (end, months) = self.of_month(i + 2)?;
            return Some(Hit::new(
                i,
                end,
                Sem::DayOfMonth {
                    day,
                    months: Some(months),
                },
            ));
        }
        let t = self.num_tok(i + 1)?;
        if t.len() > 2 || !(1..=31).contains(&t.num) || !self.tight(i + 2) {
            return None;
        }
        if !matches!(
            self.str(i + 2).to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        ) {
            return None;
        }
        if let Some((end, months)) = self.of_month(i + 3) {
            let day = t.num as u8;
            return Some(Hit::new(
                i,
                end,
                Sem::DayOfMonth {
                    day,
                    months: Some(months),
                },
            ));
        }
        // "the 30th summit" is an ordinal; only a bare "the 25th" is a date.
        if self.tok(i + 3).is_some_and(|n| n.kind == Kind::Word)
            && !self.is(i + 3, "and")
            && !self.is(i + 3, "or")
        {
            return None;
        }
        Some(Hit::new(
            i,
            i + 3,
            Sem::DayOfMonth {
                day: t.num as u8,
                months: None,
            },
        ))
    }

    /// "of this month", "of next month", "of last month" at `k`: the end token and the
    /// month offset from the reference. ("the first of the month" is mostly any month's:
    /// "rent is due on the first of the month".)
    fn of_month(&self, k: usize) -> Option<(usize, i32)> {
        if !self.is(k, "of") {
            return None;
        }
        let n = match self.lex(k + 1) {
            Lex::Kw(Kw::This) => 0,
            Lex::Kw(Kw::Next) => 1,
            Lex::Kw(Kw::Last) => -1,
            _ => return None,
        };
        let (Unit::Month, false) = self.unit(k + 2)? else {
            return None;
        };
        Some((k + 3, n))
    }
}
