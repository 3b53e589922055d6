//! Calendar dates: "Nov. 17, 2023", "17 November 2023", "November 2023", "August",
//! numeric dates, years (and BCE years), decades, centuries, quarters, halves, seasons,
//! fiscal years and holidays.

use super::{Hit, Holiday, Parser, Pick, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex, Unit};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// Longest calendar-date match at `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for h in [
            self.month_first(i),
            self.day_month(i),
            self.numeric_date(i),
            self.year_like(i),
            self.quarter(i),
            self.season(i),
            self.holiday(i),
            self.decade_words(i),
            self.century(i),
            self.fiscal(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|b| h.end > b.end) {
                best = Some(h);
            }
        }
        best
    }

    /// A 4-digit year at `i` (1000–2999), not part of a larger number. Returns its value.
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.num_tok(i)?;
        if t.len() != 4 || self.num_is_part(i) || !(1000..=2999).contains(&t.num) {
            return None;
        }
        if self.punct(i + 1, b':') || self.punct(i + 1, b'%') || (self.dash(i + 1) && self.tight(i + 1) && self.num_tok(i + 2).is_some_and(|n| n.len() == 4 && n.num < 1000)) {
            return None;
        }
        Some(t.num as i32)
    }

    /// A day-of-month number at `i` (1–31), with an optional "th"/"st" suffix; returns the
    /// end token and the day.
    fn day_num(&self, i: usize) -> Option<(usize, u8)> {
        let t = self.num_tok(i)?;
        if t.len() > 2 || !(1..=31).contains(&t.num) || self.num_is_part(i) || self.punct(i + 1, b':') {
            return None;
        }
        let mut j = i + 1;
        if self.tight(j) && matches!(self.str(j).to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
            j += 1;
        }
        Some((j, t.num as u8))
    }

    /// A month word at `i` (capitalized; abbreviations need their period or a number).
    fn month_word(&self, i: usize) -> Option<(usize, u8)> {
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
            return None;
        }
        Some((i + 1, month))
    }

    /// A year after a date: ", 2023", "2023", "of 2023", "'98". Returns end and year.
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.punct(i, b',') || self.is(i, "of") { i + 1 } else { i };
        if let Some(y) = self.year_at(j) {
            return Some((j + 1, y));
        }
        if self.punct(j, b'\'') || self.str(j) == "’" {
            let t = self.num_tok(j + 1).filter(|t| t.len() == 2 && self.tight(j + 1))?;
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
    fn month_first(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if let Lex::Weekday { plural: false, abbr, .. } = self.lex(i) {
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
                return Some(Hit::new(i, k3, Sem::Date { year: YearSpec::Abs(year), month: Some(month), day: Some(day) }));
            }
            return Some(Hit::new(i, k2, Sem::Date { year: YearSpec::Guess, month: Some(month), day: Some(day) }));
        }
        if let Lex::Ord(d) = self.lex(k) {
            if d <= 31 {
                return Some(Hit::new(i, k + 1, Sem::Date { year: YearSpec::Guess, month: Some(month), day: Some(d as u8) }));
            }
        }
        if let Some((k2, year)) = self.year_after(k) {
            return Some(Hit::new(i, k2, Sem::Date { year: YearSpec::Abs(year), month: Some(month), day: None }));
        }
        if j != i {
            return None;
        }
        // "July last year", "January this year"
        if let Some(off) = self.rel_year_word(k) {
            return Some(Hit::new(i, k + 2, Sem::Date { year: YearSpec::Dct(off), month: Some(month), day: None }));
        }
        // "nineteen ninety-seven"
        if let Some((k2, y)) = self.spelled_year(k) {
            return Some(Hit::new(i, k2, Sem::Date { year: YearSpec::Abs(y), month: Some(month), day: None }));
        }
        if !self.bare_month_ok(i, month) {
            return None;
        }
        Some(Hit::new(i, k, Sem::Date { year: YearSpec::Guess, month: Some(month), day: None }))
    }

    /// "last year" / "this year" / "next year" at `k`: the year offset.
    fn rel_year_word(&self, k: usize) -> Option<i32> {
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
            return false;
        }
        let prev = if i == 0 { String::new() } else { self.str(i - 1).to_ascii_lowercase() };
        let prep = matches!(
            prev.as_str(),
            "in" | "of" | "since" | "until" | "till" | "by" | "last" | "next" | "this" | "early" | "late"
                | "mid" | "-" | "during" | "through" | "from" | "to" | "before" | "after" | "between"
                | "and" | "or" | "that" | "each" | "every" | "on" | "around" | "for" | "last-" | "until-"
        );
        if month == 5 {
            return prep && !self.is(i + 1, "be");
        }
        if month == 3 && !prep && matches!(self.str(i + 1), "on" | "to" | "through" | "into" | "in" | "against") {
            return false;
        }
        // Sentence-initial "August" / "March" followed by a capitalized word is usually a name.
        !(self.tok(i + 1).is_some_and(|t| t.cap && t.kind == Kind::Word && !t.gap) )
    }

    /// "17 November 2023", "17th of November".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (j, day) = self.day_num(i)?;
        let j = if self.is(j, "of") { j + 1 } else { j };
        let (k, month) = self.month_word(j)?;
        if let Some((k2, year)) = self.year_after(k) {
            return Some(Hit::new(i, k2, Sem::Date { year: YearSpec::Abs(year), month: Some(month), day: Some(day) }));
        }
        Some(Hit::new(i, k, Sem::Date { year: YearSpec::Guess, month: Some(month), day: Some(day) }))
    }

    /// 11/17/2023, 2023-11-17, 17.11.2023, 11/17/23.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let a = self.num_tok(i)?;
        let sep = self.tok(i + 1)?;
        if sep.kind != Kind::Punct || sep.gap {
            return None;
        }
        let c = self.text.as_bytes()[sep.start];
        if !matches!(c, b'/' | b'-' | b'.') {
            return None;
        }
        let b = self.num_tok(i + 2).filter(|_| self.tight(i + 2))?;
        if !(self.punct(i + 3, c) && self.tight(i + 3) && self.tight(i + 4)) {
            return None;
        }
        let y = self.num_tok(i + 4)?;
        if self.tight(i + 5) && (self.num_tok(i + 5).is_some() || self.punct(i + 5, c) || self.punct(i + 5, b'/')) && !self.punct(i + 5, b'.') {
            return None;
        }
        let year2 = |n: u32| -> i32 { if n < 50 { 2000 + n as i32 } else { 1900 + n as i32 } };
        let (year, month, day) = if a.len() == 4 && c == b'-' {
            (a.num as i32, b.num, y.num)
        } else {
            let year = match y.len() {
                4 => y.num as i32,
                2 => year2(y.num),
                _ => return None,
            };
            if c == b'-' && y.len() != 4 {
                return None;
            }
            let day_first = c == b'.' || self.day_first || a.num > 12;
            if day_first { (year, b.num, a.num) } else { (year, a.num, b.num) }
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        Some(Hit::new(i, i + 5, Sem::Date { year: YearSpec::Abs(year), month: Some(month as u8), day: Some(day as u8) }))
    }

    /// Years: "2008", "1990s", "the 1990s", "'80s", "500 BC", "AD 79", "the year 2000",
    /// "nineteen ninety-six".
    fn year_like(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        // "the year 2000"
        if matches!(self.unit(j), Some((Unit::Year, false))) && the {
            if let Some(y) = self.year_at(j + 1) {
                return Some(Hit::new(i, j + 2, Sem::Date { year: YearSpec::Abs(y), month: None, day: None }));
            }
            if let Some((k, Num::Int(n), _)) = self.number(j + 1) {
                if (1000..=2999).contains(&n) {
                    return Some(Hit::new(i, k, Sem::Date { year: YearSpec::Abs(n as i32), month: None, day: None }));
                }
            }
        }
        // "'80s"
        if (self.punct(j, b'\'') || self.str(j) == "’") && self.tight(j + 1) {
            let t = self.num_tok(j + 1).filter(|t| t.len() == 2 && t.num % 10 == 0)?;
            if self.tight(j + 2) && self.is(j + 2, "s") {
                return Some(Hit::new(i, j + 3, Sem::Decade { decade: (1900 + t.num as i32) / 10, x: false }));
            }
            return None;
        }
        // "AD 79"
        if self.is(j, "AD") || (self.is(j, "A") && self.punct(j + 1, b'.') && self.is(j + 2, "D")) {
            let k = if self.is(j, "AD") { j + 1 } else { j + 4 };
            let t = self.num_tok(k).filter(|t| t.len() <= 4 && !self.num_is_part(k))?;
            return Some(Hit::new(i, k + 1, Sem::Date { year: YearSpec::Abs(t.num as i32), month: None, day: None }));
        }
        if let Some((k, y)) = self.spelled_year(j) {
            return Some(Hit::new(i, k, Sem::Date { year: YearSpec::Abs(y), month: None, day: None }));
        }
        let t = self.num_tok(j)?;
        // "500 BC"
        if t.len() <= 4 && t.num >= 1 && !self.num_is_part(j) {
            if let Some(k) = self.era_bc(j + 1) {
                return Some(Hit::new(i, k, Sem::Date { year: YearSpec::Abs(1 - t.num as i32), month: None, day: None }));
            }
            if let Some(k) = self.era_ad(j + 1) {
                return Some(Hit::new(i, k, Sem::Date { year: YearSpec::Abs(t.num as i32), month: None, day: None }));
            }
        }
        let y = self.year_at(j)?;
        if !self.year_context_ok(j) {
            return None;
        }
        // "1990s", "1990's"
        if y % 10 == 0 {
            let s = if self.tight(j + 1) && self.is(j + 1, "s") {
                Some(j + 2)
            } else if (self.punct(j + 1, b'\'') || self.str(j + 1) == "’") && self.tight(j + 1) && self.is(j + 2, "s") && self.tight(j + 2) {
                Some(j + 3)
            } else {
                None
            };
            if let Some(k) = s {
                let x = !the && !(i > 0 && matches!(self.lex(i - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid)));
                let sem = if y % 100 == 0 && the { Sem::Century { century: y / 100 } } else { Sem::Decade { decade: y / 10, x } };
                return Some(Hit::new(i, k, sem));
            }
        }
        if the {
            return None;
        }
        Some(Hit::new(i, j + 1, Sem::Date { year: YearSpec::Abs(y), month: None, day: None }))
    }

    /// Rejects numbers that are labels or amounts: "$2000", "No. 1984", "Flight 1549".
    fn year_context_ok(&self, j: usize) -> bool {
        if j > 0 {
            let p = self.str(j - 1);
            if matches!(p, "$" | "#" | "£" | "€" | "¥" | "+" | "=" | "/" | "×" | "x") {
                return false;
            }
            let lower = p.to_ascii_lowercase();
            let label = matches!(
                lower.as_str(),
                "no" | "nos" | "number" | "page" | "pages" | "p" | "pp" | "flight" | "model" | "room" | "route"
                    | "highway" | "interstate" | "suite" | "box" | "code" | "version" | "v" | "apt" | "unit" | "rule"
                    | "article" | "section" | "chapter" | "resolution" | "boeing" | "airbus" | "windows" | "vol" | "issue"
                    | "street" | "st" | "avenue" | "ave" | "at"
            );
            if label {
                return false;
            }
            if p == "." && j >= 2 && matches!(self.str(j - 2).to_ascii_lowercase().as_str(), "no" | "p" | "pp" | "vol") {
                return false;
            }
        }
        let next = self.str(j + 1).to_ascii_lowercase();
        !matches!(
            next.as_str(),
            "percent" | "%" | "pct" | "points" | "point" | "people" | "troops" | "soldiers" | "feet" | "ft" | "meters"
                | "metres" | "miles" | "km" | "kilometers" | "tons" | "tonnes" | "barrels" | "dollars" | "yen"
                | "marks" | "francs" | "shares" | "votes" | "hours" | "members" | "workers" | "employees" | "jobs"
                | "cars" | "units" | "homes" | "students" | "men" | "women" | "children" | "deaths" | "cases"
                | "rpm" | "mph" | "kg" | "lbs" | "pounds" | "euros" | "yuan" | "rubles" | "won" | "pesos"
                | "acres" | "square" | "cubic" | "times" | "copies" | "words" | "residents" | "refugees"
        )
    }

    fn era_bc(&self, k: usize) -> Option<usize> {
        if self.is(k, "BC") || self.is(k, "BCE") {
            return Some(k + 1);
        }
        if self.is(k, "B") && self.punct(k + 1, b'.') && self.is(k + 2, "C") {
            let e = k + 3;
            if self.punct(e, b'.') && self.tight(e) {
                if self.is(e + 1, "E") && self.tight(e + 1) {
                    return Some(if self.punct(e + 2, b'.') { e + 3 } else { e + 2 });
                }
                return Some(e + 1);
            }
            return Some(e);
        }
        None
    }

    fn era_ad(&self, k: usize) -> Option<usize> {
        if self.is(k, "AD") || self.is(k, "CE") {
            return Some(k + 1);
        }
        if self.is(k, "A") && self.punct(k + 1, b'.') && self.is(k + 2, "D") {
            return Some(if self.punct(k + 3, b'.') { k + 4 } else { k + 3 });
        }
        None
    }

    /// "nineteen ninety-six", "two thousand" (after "year"), "twenty twenty".
    pub(super) fn spelled_year(&self, j: usize) -> Option<(usize, i32)> {
        let Lex::Card(c) = self.lex(j) else { return None };
        if !(c == 19 || c == 18 || c == 20) || self.is(j + 1, "hundred") {
            return None;
        }
        let (k, n, _) = self.number(j + 1)?;
        match n {
            super::Num::Int(n) if (10..100).contains(&n) && !matches!(self.lex(j + 1), Lex::Card(_)) => None,
            super::Num::Int(n) if (10..100).contains(&n) => Some((k, (c * 100 + n) as i32)),
            _ => None,
        }
    }

    /// "the eighties", "the nineties".
    fn decade_words(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let after_mod = i > 0 && matches!(self.lex(i - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid));
        if !the && !after_mod {
            return None;
        }
        let d = match self.str(j).to_ascii_lowercase().as_str() {
            "twenties" => 192,
            "thirties" => 193,
            "forties" => 194,
            "fifties" => 195,
            "sixties" => 196,
            "seventies" => 197,
            "eighties" => 198,
            "nineties" => 199,
            _ => return None,
        };
        Some(Hit::new(i, j + 1, Sem::Decade { decade: d, x: false }))
    }

    /// "the 19th century", "the eleventh century", "the 1800s".
    fn century(&self, i: usize) -> Option<Hit> {
        let (j, _) = self.skip_the(i);
        let (k, n) = if let Lex::Ord(n) = self.lex(j) {
            (j + 1, n)
        } else {
            let t = self.num_tok(j)?;
            if t.len() > 2 || !self.tight(j + 1) || !matches!(self.str(j + 1).to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
                return None;
            }
            (j + 2, t.num)
        };
        let k = if self.dash(k) { k + 1 } else { k };
        if !matches!(self.unit(k), Some((Unit::Century, false))) || n == 0 || n > 30 {
            return None;
        }
        Some(Hit::new(i, k + 1, Sem::Century { century: n as i32 - 1 }))
    }

    /// "the third quarter", "third-quarter", "the first quarter of 1990", "Q3 2023",
    /// "this year's third quarter", "the 1988 second quarter", "the first half".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let (mut j, _) = self.skip_the(i);
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
        // "Q3 2023"
        if self.is(j, "Q") && self.tight(j + 1) {
            let q = self.num_tok(j + 1).filter(|t| (1..=4).contains(&t.num))?.num as u8;
            let mut k = j + 2;
            if let Some((k2, y)) = self.year_after(k) {
                year = YearSpec::Abs(y);
                k = k2;
            }
            return Some(Hit::new(i, k, Sem::Quarter { year, q }));
        }
        let q = match self.lex(j) {
            Lex::Ord(n) if (1..=4).contains(&n) => n as u8,
            _ if self.is(j, "final") || self.is(j, "last") && self.unit(j + 1).is_some_and(|u| u.0 == Unit::Quarter) && year != YearSpec::Guess => 4,
            _ => {
                let t = self.num_tok(j)?;
                if !(1..=4).contains(&t.num) || !matches!(self.str(j + 1).to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
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
            } else if self.kw(k + 1, Kw::Fiscal) {
                if let Some(y) = self.year_at(k + 2) {
                    year = YearSpec::Abs(y);
                    k += 3;
                }
            }
        }
        let sem = if half { Sem::Half { year, h: q } } else { Sem::Quarter { year, q } };
        Some(Hit::new(i, k, sem))
    }

    /// "summer 1998", "last fall", "this past spring", "the summer of 1998", "the winter".
    fn season(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        let mut pick = Pick::Guess;
        match self.lex(j) {
            Lex::Kw(Kw::Last) | Lex::Kw(Kw::Past) | Lex::Kw(Kw::Previous) if !the => {
                pick = Pick::Last;
                j += 1;
            }
            Lex::Kw(Kw::Next) | Lex::Kw(Kw::Coming) => {
                pick = Pick::Next;
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
        let Lex::Season(season) = self.lex(j) else { return None };
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
            let prev = if i == 0 { String::new() } else { self.str(i - 1).to_ascii_lowercase() };
            let prep = matches!(prev.as_str(), "in" | "during" | "since" | "until" | "by" | "this" | "early" | "late" | "mid" | "-" | "through" | "last" | "next");
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
    fn fiscal(&self, i: usize) -> Option<Hit> {
        let j = if self.kw(i, Kw::Fiscal) {
            if matches!(self.unit(i + 1), Some((Unit::Year, false))) { i + 2 } else { i + 1 }
        } else if self.is(i, "FY") {
            i + 1
        } else {
            return None;
        };
        if let Some(y) = self.year_at(j) {
            return Some(Hit::new(i, j + 1, Sem::Date { year: YearSpec::Abs(y), month: None, day: None }));
        }
        let (k, y) = self.year_after(j)?;
        Some(Hit::new(i, k, Sem::Date { year: YearSpec::Abs(y), month: None, day: None }))
    }

    /// Holidays and named days, optionally with a year or "last"/"next".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let pick = match self.lex(i) {
            Lex::Kw(Kw::Last) => Pick::Last,
            Lex::Kw(Kw::Next) => Pick::Next,
            Lex::Kw(Kw::This) => Pick::This,
            _ => Pick::Guess,
        };
        if pick != Pick::Guess {
            j += 1;
        }
        if !self.cap(j) {
            return None;
        }
        let day_word = |k: usize| self.is(k, "day") && self.cap(k);
        let poss = |k: usize| (self.punct(k, b'\'') || self.str(k) == "’") && self.is(k + 1, "s");
        let w = self.str(j).to_ascii_lowercase();
        let (which, mut k) = match w.as_str() {
            "christmas" if self.is(j + 1, "eve") => (Holiday::ChristmasEve, j + 2),
            "christmas" if day_word(j + 1) => (Holiday::ChristmasDay, j + 2),
            "christmas" => (Holiday::ChristmasDay, j + 1),
            "easter" if self.is(j + 1, "sunday") => (Holiday::Easter, j + 2),
            "easter" => (Holiday::Easter, j + 1),
            "good" if self.is(j + 1, "friday") => (Holiday::GoodFriday, j + 2),
            "thanksgiving" if day_word(j + 1) => (Holiday::Thanksgiving, j + 2),
            "thanksgiving" => (Holiday::Thanksgiving, j + 1),
            "new" if self.is(j + 1, "year") && poss(j + 2) && self.is(j + 4, "eve") => (Holiday::NewYearsEve, j + 5),
            "new" if self.is(j + 1, "year") && poss(j + 2) && day_word(j + 4) => (Holiday::NewYearsDay, j + 5),
            "new" if self.is(j + 1, "year") && poss(j + 2) => (Holiday::NewYearsDay, j + 4),
            "independence" if day_word(j + 1) => (Holiday::IndependenceDay, j + 2),
            "july" if self.is(j + 1, "fourth") => (Holiday::IndependenceDay, j + 2),
            "fourth" if self.is(j + 1, "of") && self.is(j + 2, "july") => (Holiday::IndependenceDay, j + 3),
            "memorial" if day_word(j + 1) => (Holiday::MemorialDay, j + 2),
            "labor" | "labour" if day_word(j + 1) => (Holiday::LaborDay, j + 2),
            "veterans" if day_word(j + 1) => (Holiday::VeteransDay, j + 2),
            "veterans" if poss(j + 1) || self.punct(j + 1, b'\'') => {
                let k = if poss(j + 1) { j + 3 } else { j + 2 };
                if !day_word(k) {
                    return None;
                }
                (Holiday::VeteransDay, k + 1)
            }
            "halloween" => (Holiday::Halloween, j + 1),
            "valentine" if poss(j + 1) && day_word(j + 3) => (Holiday::ValentinesDay, j + 4),
            "election" if day_word(j + 1) => (Holiday::ElectionDay, j + 2),
            "martin" if self.is(j + 1, "luther") && self.is(j + 2, "king") => {
                let mut k = j + 3;
                if self.is(k, "jr") {
                    k += 1;
                    if self.punct(k, b'.') {
                        k += 1;
                    }
                }
                if !day_word(k) {
                    return None;
                }
                (Holiday::MlkDay, k + 1)
            }
            "presidents" if day_word(j + 1) => (Holiday::PresidentsDay, j + 2),
            "presidents" if self.punct(j + 1, b'\'') && day_word(j + 2) => (Holiday::PresidentsDay, j + 3),
            "mother" if poss(j + 1) && day_word(j + 3) => (Holiday::MothersDay, j + 4),
            "father" if poss(j + 1) && day_word(j + 3) => (Holiday::FathersDay, j + 4),
            "columbus" if day_word(j + 1) => (Holiday::ColumbusDay, j + 2),
            "boxing" if day_word(j + 1) => (Holiday::BoxingDay, j + 2),
            "st" if self.punct(j + 1, b'.') && self.is(j + 2, "patrick") && poss(j + 3) && day_word(j + 5) => {
                (Holiday::StPatricksDay, j + 6)
            }
            _ => return None,
        };
        let mut year = YearSpec::Guess;
        if let Some((k2, y)) = self.year_after(k) {
            year = YearSpec::Abs(y);
            k = k2;
        }
        Some(Hit::new(i, k, Sem::Holiday { which, year, pick }))
    }
}

use super::Num;
