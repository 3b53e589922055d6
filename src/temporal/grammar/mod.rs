//! The grammar: recognizes time expressions in a token stream and says what they mean,
//! without resolving them against a date.
//!
//! `parse_at(i)` tries every pattern family that can start at token `i` and keeps the
//! longest match. A match is a [`Hit`]: the token range it covers plus a [`Sem`], the
//! unresolved meaning ("the Thursday before or after the reference, depending on tense").
//! Families live in submodules: `dates` (calendar dates, years, decades, quarters, seasons,
//! holidays), `relative` (deictic and anchored expressions, vague references), `spans`
//! (durations and sets) and `clock` (times of day). This module holds the shared helpers
//! (numbers, units) and the modifier wrappers ("early", "about", "the end of").
//!
//! # Span conventions (TimeML / TimeBank)
//! Leading prepositions are excluded ("on Thursday" → "Thursday"); determiners and
//! modifiers are included ("the third quarter", "early next year", "about two years ago").

mod anchored;
mod clock;
mod dates;
mod holidays;
mod numbers;
mod numeric;
mod periods;
mod relative;
mod sets;
mod spans;
mod vague;
mod wrap;
mod years;

use super::lexicon::{Kw, Lex, Unit};
use super::scan::{Kind, Tok};
use super::types::Modifier;
pub use numbers::duration_value;

/// How the year of a partially given date is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearSpec {
    /// Written out.
    Abs(i32),
    /// The reference year plus an offset ("last year" → -1).
    Dct(i32),
    /// Chosen from tense: the nearest, the one before or the one after.
    Guess,
}

/// Which occurrence of a weekday, month or holiday is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// By tense (or nearest).
    Guess,
    /// Strictly before the reference ("last Friday").
    Last,
    /// Strictly after ("next Friday").
    Next,
    /// In the reference's week ("this Friday").
    This,
    /// The one before the discourse anchor ("the previous Friday"); for seasons, the
    /// anchor's own ("that summer").
    AnchorPrev,
    /// The first after the discourse anchor ("the following spring", "the next summer").
    AnchorNext,
    /// The last one over before the discourse anchor ("the previous winter").
    AnchorLast,
}

/// What an expression means before it is resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Sem {
    /// A calendar date, month or year (`month`/`day` absent for coarser dates).
    Date {
        year: YearSpec,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// A month picked relative to the reference ("last April").
    MonthPick {
        month: u8,
        pick: Pick,
    },
    Quarter {
        year: YearSpec,
        q: u8,
    },
    /// "the quarter", "the latest quarter": the quarter under discussion.
    QuarterAnchor,
    Half {
        year: YearSpec,
        h: u8,
    },
    Season {
        year: YearSpec,
        season: u8,
        pick: Pick,
    },
    /// Decade as TimeML writes it: 199 → "199" (or "199X" when `x`).
    Decade {
        decade: i32,
        x: bool,
    },
    /// Century as TimeML writes it: 19 → "19" (the 20th century).
    Century {
        century: i32,
    },
    Weekday {
        day: u8,
        pick: Pick,
    },
    /// Reference (or anchor) shifted by `n` units, at the unit's granularity.
    Shift {
        unit: Unit,
        n: i32,
        anchored: bool,
    },
    /// The anchor itself at the unit's granularity ("that year", "the same day").
    AnchorAt {
        unit: Unit,
    },
    /// The anchor shifted by `n` units, keeping the anchor's granularity ("a year earlier").
    AnchorShift {
        unit: Unit,
        n: i32,
        ago: bool,
    },
    /// The weekend near the reference.
    Weekend {
        pick: Pick,
    },
    /// A value that needs no reference (`PAST_REF`, `P3D`, `XXXX-WXX-4` …).
    Fixed {
        value: String,
        kind: FixedKind,
    },
    /// A clock time on a day (the day itself unresolved).
    Time {
        day: Option<Box<Sem>>,
        hour: u8,
        minute: Option<u8>,
        named: bool,
    },
    /// A part of a day: morning, afternoon, evening, night.
    PartOfDay {
        day: Box<Sem>,
        pod: u8,
    },
    Holiday {
        which: Holiday,
        year: YearSpec,
        pick: Pick,
    },
    /// "the new year" ("the results are due in the new year"): the coming year late in the
    /// year, the current one otherwise.
    NewYear,
    /// "the 25th": that day of the reference month (or a neighbour, by tense); "the 25th
    /// of next month": of the reference month shifted by `months`.
    DayOfMonth {
        day: u8,
        months: Option<i32>,
    },
    /// "in two weeks": a date when the clause is about the future, else a duration.
    InSpan {
        unit: Unit,
        n: u32,
    },
    /// "the quarter ended Sept. 30": the quarter that ends on (or just after) a date.
    QuarterEnding {
        date: Box<Sem>,
    },
    /// "the week of Feb. 10": the ISO week containing a date.
    WeekOf {
        date: Box<Sem>,
    },
    /// "Memorial Day weekend", "the Thanksgiving weekend": the Saturday and Sunday next to
    /// a day (before a Monday or Tuesday, after a Wednesday to Friday).
    WeekendOf {
        date: Box<Sem>,
    },
    /// "the first Monday of September": the `n`-th weekday (`day`, 0 = Monday) of a month
    /// (`n == -1`: the last one).
    NthWeekday {
        n: i8,
        day: u8,
        month: Box<Sem>,
    },
    /// "the day before last Tuesday", "the day after Christmas": a day `n` days from
    /// another day.
    DayFrom {
        date: Box<Sem>,
        n: i32,
    },
    /// An interval written as one expression ("Nov. 15-17", "from 2008 to 2012").
    Range {
        from: Box<Sem>,
        to: Box<Sem>,
    },
}

/// What kind of fixed value: decides the TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixedKind {
    Ref,
    Duration,
    Set,
}

/// Named days we compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ChristmasDay,
    ChristmasEve,
    Easter,
    GoodFriday,
    Thanksgiving,
    IndependenceDay,
    MemorialDay,
    LaborDay,
    VeteransDay,
    Halloween,
    ValentinesDay,
    ElectionDay,
    MlkDay,
    PresidentsDay,
    MothersDay,
    FathersDay,
    ColumbusDay,
    BoxingDay,
    StPatricksDay,
    AshWednesday,
    Pentecost,
    EasterMonday,
    MayDay,
    BastilleDay,
    AllSaintsDay,
    BlackFriday,
    RemembranceDay,
    AnzacDay,
    AustraliaDay,
    CanadaDay,
    HeritageDay,
    Juneteenth,
    /// Canada's, "Thanksgiving Monday" (the second Monday of October).
    ThanksgivingMonday,
}

/// One recognized expression: tokens `[start, end)` and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<Modifier>,
}

/// The longest of some candidate matches at one position (the first of equals wins).
fn longest(candidates: impl IntoIterator<Item = Option<Hit>>) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for h in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| h.end > b.end) {
            best = Some(h);
        }
    }
    best
}

impl Hit {
    fn new(start: usize, end: usize, sem: Sem) -> Hit {
        Hit {
            start,
            end,
            sem,
            modifier: None,
        }
    }

    fn with_mod(mut self, m: Option<Modifier>) -> Hit {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

/// A number as written: exact, with a half, or vague ("a few").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(u32),
    Half(u32),
    Vague,
}

/// The parser over one tokenized text.
pub struct Parser<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub day_first: bool,
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok], day_first: bool) -> Self {
        Parser {
            text,
            toks,
            day_first,
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }

    fn kw(&self, i: usize, kw: Kw) -> bool {
        self.lex(i) == Lex::Kw(kw)
    }

    fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` spells `word` (ASCII case-insensitive).
    fn is(&self, i: usize, word: &str) -> bool {
        self.str(i).eq_ignore_ascii_case(word)
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text.as_bytes()[t.start] == c)
    }

    /// A hyphen or dash (ASCII or Unicode) at `i`.
    fn dash(&self, i: usize) -> bool {
        self.punct(i, b'-') || matches!(self.str(i), "–" | "—")
    }

    /// Token `i` follows the previous one with no whitespace.
    fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    fn num_tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i).filter(|t| t.kind == Kind::Num)
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// A number token that is part of a larger number ("1,500", "3.5", "1/2").
    fn num_is_part(&self, i: usize) -> bool {
        let glued = |j: usize, k: usize| {
            self.tight(k)
                && (self.punct(j, b',') || self.punct(j, b'.'))
                && self
                    .num_tok(if j > i { k } else { j.wrapping_sub(1) })
                    .is_some()
        };
        let after = self.punct(i + 1, b',') || self.punct(i + 1, b'.');
        let after =
            after && self.tight(i + 1) && self.tight(i + 2) && self.num_tok(i + 2).is_some();
        let before = i >= 2 && glued(i - 1, i);
        after || before
    }

    /// Skips "the" at `i`.
    fn skip_the(&self, i: usize) -> (usize, bool) {
        if self.kw(i, Kw::The) {
            (i + 1, true)
        } else {
            (i, false)
        }
    }

    /// A unit word at `i`.
    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        }
    }

    /// Tries every family at token `i`; the longest match wins (earliest family on ties).
    pub fn parse_at(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        if t.kind == Kind::Punct && !self.punct(i, b'\'') {
            return None;
        }
        if t.kind == Kind::Word && !t.lex.starts() && !self.maybe_start(i) {
            return None;
        }
        // "the", "a", "an" are the most frequent starters: go on only if the next word can
        // continue an expression (a cheap test that skips most of them).
        if matches!(t.lex, Lex::Kw(Kw::The | Kw::A | Kw::An)) && !self.can_follow_article(i + 1) {
            return None;
        }
        let mut best: Option<Hit> = None;
        let mut offer = |h: Option<Hit>| {
            if let Some(h) = h {
                if h.end > h.start && best.as_ref().is_none_or(|b| h.end > b.end) {
                    best = Some(h);
                }
            }
        };
        offer(self.core(i));
        offer(self.wrapped(i));
        let hit = self.quarter_tail(best?);
        Some(self.range_tail(hit))
    }

    /// "the quarter a year ago" (one expression, the year-ago quarter) and "the quarter
    /// ended Sept. 30" (the quarter is the one ending on that date).
    fn quarter_tail(&self, mut hit: Hit) -> Hit {
        if hit.sem != Sem::QuarterAnchor {
            return hit;
        }
        let e = hit.end;
        if self.kw(e, Kw::A)
            && self.is(e + 1, "year")
            && (self.kw(e + 2, Kw::Ago) || self.kw(e + 2, Kw::Earlier))
        {
            hit.end = e + 3;
            hit.sem = Sem::AnchorShift {
                unit: Unit::Year,
                n: -1,
                ago: false,
            };
        } else if self.is(e, "ended") || self.is(e, "ending") {
            if let Some(d) = self
                .calendar(e + 1)
                .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))
            {
                hit.sem = Sem::QuarterEnding {
                    date: Box::new(d.sem),
                };
            }
        }
        hit
    }

    /// The token after an article can continue a time expression.
    fn can_follow_article(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        match t.kind {
            Kind::Num => true,
            // "A.D. 476"
            Kind::Punct => {
                self.punct(k, b'\'')
                    || self.str(k) == "’"
                    || (self.punct(k, b'.') && self.is(k + 1, "D"))
            }
            Kind::Word => {
                t.lex.starts()
                    || self.maybe_start(k)
                    || matches!(
                        self.str(k).to_ascii_lowercase().as_str(),
                        "latest"
                            | "eve"
                            | "while"
                            | "final"
                            | "initial"
                            | "entire"
                            | "whole"
                            | "full"
                            | "additional"
                            | "further"
                            | "extra"
                            | "ensuing"
                            | "remaining"
                            | "succeeding"
                            | "comparable"
                            | "corresponding"
                            | "near"
                            | "short"
                            | "long"
                            | "distant"
                            | "twenties"
                            | "thirties"
                            | "forties"
                            | "fifties"
                            | "sixties"
                            | "seventies"
                            | "eighties"
                            | "nineties"
                    )
            }
        }
    }

    /// Words that are not in the lexicon but can start an expression.
    fn maybe_start(&self, i: usize) -> bool {
        let s = self.str(i);
        s.eq_ignore_ascii_case("year")
            || s == "Q"
            || s == "H"
            || s.eq_ignore_ascii_case("q")
            || s.eq_ignore_ascii_case("nineteen")
            || s.eq_ignore_ascii_case("mid")
            || s == "AD"
            || s == "A"
            || s.eq_ignore_ascii_case("right")
            || s == "Previously"
            || s.eq_ignore_ascii_case("ash")
            || s.eq_ignore_ascii_case("pentecost")
            || s.eq_ignore_ascii_case("bastille")
            || s.eq_ignore_ascii_case("all")
            || s.eq_ignore_ascii_case("black")
            || s.eq_ignore_ascii_case("FY")
            || s.eq_ignore_ascii_case("twice")
            || s.eq_ignore_ascii_case("thrice")
    }

    /// All unwrapped families.
    fn core(&self, i: usize) -> Option<Hit> {
        longest([
            self.calendar(i),
            self.relative(i),
            self.span_or_set(i),
            self.clock(i),
        ])
    }
}
