//! Years and longer: "2008", "1990s", "the '80s", "500 BC", "AD 79", "the year 2000",
//! "nineteen ninety-six", "the eighties", "the 19th century".

use super::{Hit, Num, Parser, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex, Unit};

impl Parser<'_> {
    /// Years: "2008", "1990s", "the 1990s", "'80s", "500 BC", "AD 79", "the year 2000",
    /// "nineteen ninety-six".
    pub(super) fn year_like(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        // "the year 2000"
        if matches!(self.unit(j), Some((Unit::Year, false))) && the {
            if let Some(y) = self.year_at(j + 1) {
                return Some(Hit::new(
                    i,
                    j + 2,
                    Sem::Date {
                        year: YearSpec::Abs(y),
                        month: None,
                        day: None,
                    },
                ));
            }
            if let Some((k, Num::Int(n), _)) = self.number(j + 1) {
                if (1000..=2999).contains(&n) {
                    return Some(Hit::new(
                        i,
                        k,
                        Sem::Date {
                            year: YearSpec::Abs(n as i32),
                            month: None,
                            day: None,
                        },
                    ));
                }
            }
        }
        // "'80s"
        if (self.punct(j, b'\'') || self.str(j) == "’") && self.tight(j + 1) {
            let t = self
                .num_tok(j + 1)
                .filter(|t| t.len() == 2 && t.num % 10 == 0)?;
            if self.tight(j + 2) && self.is(j + 2, "s") {
                return Some(Hit::new(
                    i,
                    j + 3,
                    Sem::Decade {
                        decade: (1900 + t.num as i32) / 10,
                        x: false,
                    },
                ));
            }
            return None;
        }
        // "the 80s", "the 80's", "the late 60s": a two-digit decade needs "the" or a
        // modifier before it ("80s" alone may be ages or temperatures: "in their 80s")
        let after_mod = i > 0 && matches!(self.lex(i - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid));
        if let Some(t) = self.num_tok(j).filter(|t| t.len() == 2 && t.num % 10 == 0) {
            let s_at = if (self.punct(j + 1, b'\'') || self.str(j + 1) == "’")
                && self.tight(j + 1)
                && self.tight(j + 2)
            {
                j + 2
            } else {
                j + 1
            };
            // "temperatures in the 80s", "approval ratings in the 40s"
            let measure = (i.saturating_sub(6)..i).chain(s_at + 1..s_at + 3).any(|k| {
                matches!(
                    self.str(k).to_ascii_lowercase().as_str(),
                    "temperature"
                        | "temperatures"
                        | "temps"
                        | "highs"
                        | "lows"
                        | "high"
                        | "low"
                        | "degrees"
                        | "mercury"
                        | "fahrenheit"
                        | "celsius"
                        | "humidity"
                        | "winds"
                        | "gusts"
                        | "mph"
                        | "percent"
                        | "ratings"
                        | "rating"
                        | "polls"
                        | "scores"
                        | "score"
                        | "ages"
                        | "aged"
                        | "their"
                        | "his"
                        | "her"
                )
            });
            if (the || after_mod) && !measure && self.tight(s_at) && self.is(s_at, "s") {
                return Some(Hit::new(
                    i,
                    s_at + 1,
                    Sem::Decade {
                        decade: (1900 + t.num as i32) / 10,
                        x: false,
                    },
                ));
            }
        }
        // "AD 79"
        if self.is(j, "AD") || (self.is(j, "A") && self.punct(j + 1, b'.') && self.is(j + 2, "D")) {
            let k = if self.is(j, "AD") { j + 1 } else { j + 4 };
            let t = self
                .num_tok(k)
                .filter(|t| t.len() <= 4 && !self.num_is_part(k))?;
            return Some(Hit::new(
                i,
                k + 1,
                Sem::Date {
                    year: YearSpec::Abs(t.num as i32),
                    month: None,
                    day: None,
                },
            ));
        }
        if let Some((k, y)) = self.spelled_year(j) {
            return Some(Hit::new(
                i,
                k,
                Sem::Date {
                    year: YearSpec::Abs(y),
                    month: None,
                    day: None,
                },
            ));
        }
        let t = self.num_tok(j)?;
        // "500 BC"
        if t.len() <= 4 && t.num >= 1 && !self.num_is_part(j) {
            if let Some(k) = self.era_bc(j + 1) {
                return Some(Hit::new(
                    i,
                    k,
                    Sem::Date {
                        year: YearSpec::Abs(1 - t.num as i32),
                        month: None,
                        day: None,
                    },
                ));
            }
            if let Some(k) = self.era_ad(j + 1) {
                return Some(Hit::new(
                    i,
                    k,
                    Sem::Date {
                        year: YearSpec::Abs(t.num as i32),
                        month: None,
                        day: None,
                    },
                ));
            }
        }
        let far = j > 0
            && matches!(
                self.str(j - 1).to_ascii_lowercase().as_str(),
                "until" | "in" | "by" | "since" | "year" | "till"
            );
        let y = if far {
            self.year_in(j, 1000..=9999)?
        } else {
            self.year_at(j)?
        };
        if !self.year_context_ok(j) {
            return None;
        }
        // "1990s", "1990's"
        if y % 10 == 0 {
            let s = if self.tight(j + 1) && self.is(j + 1, "s") {
                Some(j + 2)
            } else if (self.punct(j + 1, b'\'') || self.str(j + 1) == "’")
                && self.tight(j + 1)
                && self.is(j + 2, "s")
                && self.tight(j + 2)
            {
                Some(j + 3)
            } else {
                None
            };
            if let Some(k) = s {
                let after_mod = i > 0
                    && (matches!(self.lex(i - 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid))
                        || (self.dash(i - 1) && i > 1 && self.kw(i - 2, Kw::Mid)));
                let x = !the && !after_mod;
                // "the 1800s" is a century, but "the 2000s" the decade (as news uses it)
                let sem = if y % 100 == 0 && the && y < 2000 {
                    Sem::Century { century: y / 100 }
                } else {
                    Sem::Decade { decade: y / 10, x }
                };
                return Some(Hit::new(i, k, sem));
            }
        }
        if the {
            return None;
        }
        Some(Hit::new(
            i,
            j + 1,
            Sem::Date {
                year: YearSpec::Abs(y),
                month: None,
                day: None,
            },
        ))
    }

    /// Rejects numbers that are labels or amounts: "$2000", "No. 1984", "Flight 1549".
    pub(super) fn year_context_ok(&self, j: usize) -> bool {
        // "asteroid 2011 QX14", "comet 1999 KW4": a designation (capitals glued to a
        // number), not a year. (A law's year, "the Act of 1934", is tagged, as TimeBank does.)
        let next = self.str(j + 1);
        let caps = (1..=3).contains(&next.len()) && next.bytes().all(|b| b.is_ascii_uppercase());
        if caps && self.tight(j + 2) && self.num_tok(j + 2).is_some() {
            return false;
        }
        // "Orion 1980", "Windows 95": a capitalized name right before the number, not at
        // the start of a sentence
        if j >= 2 {
            let p = self.tok(j - 1);
            let pp = self.str(j - 2);
            let name = p.is_some_and(|t| {
                t.cap && t.kind == crate::temporal::scan::Kind::Word && t.lex == Lex::None
            });
            let sentence_start = matches!(pp, "." | "\"" | "“" | "``" | "(" | ":" | "!" | "?")
                || self.tok(j - 1).is_some_and(|t| t.newline);
            if name
                && !sentence_start
                && !matches!(
                    self.str(j - 1),
                    "In" | "Since"
                        | "By"
                        | "From"
                        | "Until"
                        | "Before"
                        | "After"
                        | "During"
                        | "Through"
                        | "And"
                        | "Or"
                        | "To"
                        | "Of"
                        | "For"
                )
            {
                return false;
            }
        }
        if j > 0 {
            let p = self.str(j - 1);
            if matches!(p, "$" | "#" | "£" | "€" | "¥" | "+" | "=" | "/" | "×" | "x") {
                return false;
            }
            let lower = p.to_ascii_lowercase();
            let label = matches!(
                lower.as_str(),
                "no" | "nos"
                    | "number"
                    | "page"
                    | "pages"
                    | "p"
                    | "pp"
                    | "flight"
                    | "model"
                    | "room"
                    | "route"
                    | "highway"
                    | "interstate"
                    | "suite"
                    | "box"
                    | "code"
                    | "version"
                    | "v"
                    | "apt"
                    | "unit"
                    | "rule"
                    | "article"
                    | "section"
                    | "chapter"
                    | "resolution"
                    | "boeing"
                    | "airbus"
                    | "windows"
                    | "vol"
                    | "issue"
                    | "street"
                    | "st"
                    | "avenue"
                    | "ave"
                    | "at"
            );
            if label {
                return false;
            }
            if p == "."
                && j >= 2
                && matches!(
                    self.str(j - 2).to_ascii_lowercase().as_str(),
                    "no" | "p" | "pp" | "vol"
                )
            {
                return false;
            }
        }
        let next = self.str(j + 1).to_ascii_lowercase();
        !matches!(
            next.as_str(),
            "percent"
                | "%"
                | "pct"
                | "points"
                | "point"
                | "people"
                | "troops"
                | "soldiers"
                | "feet"
                | "ft"
                | "meters"
                | "metres"
                | "miles"
                | "km"
                | "kilometers"
                | "tons"
                | "tonnes"
                | "barrels"
                | "dollars"
                | "yen"
                | "marks"
                | "francs"
                | "shares"
                | "votes"
                | "hours"
                | "members"
                | "workers"
                | "employees"
                | "jobs"
                | "cars"
                | "units"
                | "homes"
                | "students"
                | "men"
                | "women"
                | "children"
                | "deaths"
                | "cases"
                | "rpm"
                | "mph"
                | "kg"
                | "lbs"
                | "pounds"
                | "euros"
                | "yuan"
                | "rubles"
                | "won"
                | "pesos"
                | "acres"
                | "square"
                | "cubic"
                | "times"
                | "copies"
                | "words"
                | "residents"
                | "refugees"
        )
    }

    pub(super) fn era_bc(&self, k: usize) -> Option<usize> {
        if self.is(k, "BC") || self.is(k, "BCE") {
            return Some(k + 1);
        }
        if self.is(k, "B") && self.punct(k + 1, b'.') && self.is(k + 2, "C") {
            let e = k + 3;
            if self.punct(e, b'.') && self.tight(e) {
                if self.is(e + 1, "E") && self.tight(e + 1) {
                    return Some(if self.punct(e + 2, b'.') {
                        e + 3
                    } else {
                        e + 2
                    });
                }
                return Some(e + 1);
            }
            return Some(e);
        }
        None
    }

    pub(super) fn era_ad(&self, k: usize) -> Option<usize> {
        if self.is(k, "AD") || self.is(k, "CE") {
            return Some(k + 1);
        }
        if self.is(k, "A") && self.punct(k + 1, b'.') && self.is(k + 2, "D") {
            return Some(if self.punct(k + 3, b'.') {
                k + 4
            } else {
                k + 3
            });
        }
        None
    }

    /// "nineteen ninety-six", "two thousand" (after "year"), "twenty twenty".
    pub(super) fn spelled_year(&self, j: usize) -> Option<(usize, i32)> {
        let Lex::Card(c) = self.lex(j) else {
            return None;
        };
        if !(c == 19 || c == 18 || c == 20) || self.is(j + 1, "hundred") {
            return None;
        }
        let (k, n, _) = self.number(j + 1)?;
        match n {
            super::Num::Int(n)
                if (10..100).contains(&n) && !matches!(self.lex(j + 1), Lex::Card(_)) =>
            {
                None
            }
            super::Num::Int(n) if (10..100).contains(&n) => Some((k, (c * 100 + n) as i32)),
            _ => None,
        }
    }

    /// "the eighties", "the nineties".
    pub(super) fn decade_words(&self, i: usize) -> Option<Hit> {
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
        Some(Hit::new(
            i,
            j + 1,
            Sem::Decade {
                decade: d,
                x: false,
            },
        ))
    }

    /// "the 19th century", "the eleventh century", "the 1800s".
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
        let (j, _) = self.skip_the(i);
        let (k, n) = if let Lex::Ord(n) = self.lex(j) {
            (j + 1, n)
        } else {
            let t = self.num_tok(j)?;
            if t.len() > 2
                || !self.tight(j + 1)
                || !matches!(
                    self.str(j + 1).to_ascii_lowercase().as_str(),
                    "st" | "nd" | "rd" | "th"
                )
            {
                return None;
            }
            (j + 2, t.num)
        };
        let k = if self.dash(k) { k + 1 } else { k };
        if !matches!(self.unit(k), Some((Unit::Century, false))) || n == 0 || n > 30 {
            return None;
        }
        Some(Hit::new(
            i,
            k + 1,
            Sem::Century {
                century: n as i32 - 1,
            },
        ))
    }
}
