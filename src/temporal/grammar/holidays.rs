//! Holidays and named days: "Christmas", "New Year's Day", "Easter" (computed),
//! "Thanksgiving", "Memorial Day", "Good Friday", "Thanksgiving last year", national days
//! of the English-speaking press ("Remembrance Day", "Anzac Day", "Canada Day", "Heritage
//! Day", "Juneteenth", Canada's "Thanksgiving Monday"), … and the
//! names that only look like them ("Easter Island", "Christmas tree").

use super::{Hit, Holiday, Parser, Pick, Sem, YearSpec};
use crate::temporal::lexicon::{Kw, Lex};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// "the first Monday of September", "the last Thursday in November 1998".
    pub(super) fn nth_weekday_of(&self, i: usize) -> Option<Hit> {
        let (j, _) = self.skip_the(i);
        let n: i8 = match self.lex(j) {
            Lex::Ord(n) if (1..=5).contains(&n) => i8::try_from(n).ok()?,
            Lex::Kw(Kw::Last) => -1,
            _ => return None,
        };
        let Lex::Weekday {
            day, plural: false, ..
        } = self.lex(j + 1)
        else {
            return None;
        };
        if !(self.is(j + 2, "of") || self.is(j + 2, "in")) {
            return None;
        }
        let m = self.month_first(j + 3).filter(|h| {
            matches!(
                h.sem,
                Sem::Date {
                    month: Some(_),
                    day: None,
                    ..
                }
            )
        })?;
        let month = Box::new(m.sem);
        Some(Hit::new(i, m.end, Sem::NthWeekday { n, day, month }))
    }

    /// Holidays and named days, optionally with a year or "last"/"next".
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let pick = match self.lex(i) {
            Lex::Kw(Kw::Last) => Pick::Last,
            Lex::Kw(Kw::Next) => Pick::Next,
            Lex::Kw(Kw::This) => Pick::This,
            _ => Pick::Guess,
        };
        // "the Thanksgiving weekend": "the" belongs to a holiday's week or weekend only
        let the = pick == Pick::Guess && self.kw(i, Kw::The) && !self.is(i + 1, "fourth");
        if pick != Pick::Guess || self.kw(i, Kw::The) {
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
            "christmas" if !self.holiday_noun(j + 1) => (Holiday::ChristmasDay, j + 1),
            "easter" if self.is(j + 1, "sunday") => (Holiday::Easter, j + 2),
            "easter" if self.is(j + 1, "monday") => (Holiday::EasterMonday, j + 2),
            "easter" if !self.holiday_noun(j + 1) => (Holiday::Easter, j + 1),
            "ash" if self.is(j + 1, "wednesday") => (Holiday::AshWednesday, j + 2),
            "pentecost" => (Holiday::Pentecost, j + 1),
            "may" if day_word(j + 1) => (Holiday::MayDay, j + 2),
            "bastille" if day_word(j + 1) => (Holiday::BastilleDay, j + 2),
            "all"
                if self.is(j + 1, "saints")
                    && (self.punct(j + 2, b'\'') || self.str(j + 2) == "’")
                    && day_word(j + 3) =>
            {
                (Holiday::AllSaintsDay, j + 4)
            }
            "all" if self.is(j + 1, "saints") && day_word(j + 2) => (Holiday::AllSaintsDay, j + 3),
            "black" if self.is(j + 1, "friday") => (Holiday::BlackFriday, j + 2),
            "good" if self.is(j + 1, "friday") => (Holiday::GoodFriday, j + 2),
            // Canada's is a Monday in October
            "thanksgiving" if self.is(j + 1, "monday") => (Holiday::ThanksgivingMonday, j + 2),
            "thanksgiving" if day_word(j + 1) => (Holiday::Thanksgiving, j + 2),
            "thanksgiving" if !self.holiday_noun(j + 1) => (Holiday::Thanksgiving, j + 1),
            "new" if self.is(j + 1, "year") && poss(j + 2) && self.is(j + 4, "eve") => {
                (Holiday::NewYearsEve, j + 5)
            }
            "new" if self.is(j + 1, "year") && poss(j + 2) && day_word(j + 4) => {
                (Holiday::NewYearsDay, j + 5)
            }
            "new" if self.is(j + 1, "year") && poss(j + 2) => (Holiday::NewYearsDay, j + 4),
            "independence" if day_word(j + 1) => (Holiday::IndependenceDay, j + 2),
            "july" if self.is(j + 1, "fourth") => (Holiday::IndependenceDay, j + 2),
            "fourth" if self.is(j + 1, "of") && self.is(j + 2, "july") => {
                (Holiday::IndependenceDay, j + 3)
            }
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
            "halloween" if !self.holiday_noun(j + 1) => (Holiday::Halloween, j + 1),
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
            "presidents" if self.punct(j + 1, b'\'') && day_word(j + 2) => {
                (Holiday::PresidentsDay, j + 3)
            }
            "mother" if poss(j + 1) && day_word(j + 3) => (Holiday::MothersDay, j + 4),
            "father" if poss(j + 1) && day_word(j + 3) => (Holiday::FathersDay, j + 4),
            "columbus" if day_word(j + 1) => (Holiday::ColumbusDay, j + 2),
            "boxing" if day_word(j + 1) => (Holiday::BoxingDay, j + 2),
            "st" if self.punct(j + 1, b'.')
                && self.is(j + 2, "patrick")
                && poss(j + 3)
                && day_word(j + 5) =>
            {
                (Holiday::StPatricksDay, j + 6)
            }
            // British and Irish style, no period: "St Patrick's Day"
            "st" if self.is(j + 1, "patrick") && poss(j + 2) && day_word(j + 4) => {
                (Holiday::StPatricksDay, j + 5)
            }
            "remembrance" | "armistice" if day_word(j + 1) => (Holiday::RemembranceDay, j + 2),
            "anzac" if day_word(j + 1) => (Holiday::AnzacDay, j + 2),
            "australia" if day_word(j + 1) => (Holiday::AustraliaDay, j + 2),
            "canada" if day_word(j + 1) => (Holiday::CanadaDay, j + 2),
            "heritage" if day_word(j + 1) => (Holiday::HeritageDay, j + 2),
            "juneteenth" if !self.holiday_noun(j + 1) => (Holiday::Juneteenth, j + 1),
            _ => return None,
        };
        // "Christmas morning", "New Year's Eve night": a part of that day
        let pod = if the || self.str(k).ends_with('s') {
            None
        } else {
            self.pod(k)
        };
        if pod.is_some() {
            k += 1;
        }
        // "Easter week", "the Thanksgiving weekend", "Labor Day weekend traffic"
        let around = if pod.is_some() {
            None
        } else if self.is(k, "week") && !self.cap(k) {
            Some(false)
        } else if self.is(k, "weekend") && !self.cap(k) {
            Some(true)
        } else {
            None
        };
        if around.is_some() {
            k += 1;
        } else if the {
            return None;
        }
        let mut year = YearSpec::Guess;
        if let Some((k2, y)) = self.year_after(k) {
            year = YearSpec::Abs(y);
            k = k2;
        } else if let Some(off) = self.rel_year_word(k) {
            // "Thanksgiving last year"
            year = YearSpec::Dct(off);
            k += 2;
        }
        let day = Sem::Holiday { which, year, pick };
        if let Some(pod) = pod {
            let sem = Sem::PartOfDay {
                day: Box::new(day),
                pod,
            };
            return Some(Hit::new(i, k, sem));
        }
        let sem = match around {
            None => day,
            Some(false) => Sem::WeekOf {
                date: Box::new(day),
            },
            Some(true) => Sem::WeekendOf {
                date: Box::new(day),
            },
        };
        Some(Hit::new(i, k, sem))
    }

    /// A holiday name used as a modifier or part of a name: "Christmas tree",
    /// "Easter Island".
    pub(super) fn holiday_noun(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        if t.kind != Kind::Word {
            return false;
        }
        if t.cap {
            return !matches!(t.lex, Lex::Weekday { .. } | Lex::Month { .. } | Lex::Kw(_));
        }
        matches!(
            self.str(k).to_ascii_lowercase().as_str(),
            "tree"
                | "trees"
                | "card"
                | "cards"
                | "shopping"
                | "shoppers"
                | "gift"
                | "gifts"
                | "party"
                | "parties"
                | "lights"
                | "carol"
                | "carols"
                | "decorations"
                | "dinner"
                | "market"
                | "markets"
                | "bonus"
                | "bonuses"
                | "sales"
                | "spirit"
                | "music"
                | "special"
                | "story"
                | "egg"
                | "eggs"
                | "bunny"
                | "lily"
                | "lilies"
                | "rising"
                | "island"
                | "islands"
                | "turkey"
                | "costume"
                | "costumes"
                | "candy"
                | "parade"
                | "message"
                | "address"
                | "truce"
                | "offensive"
                | "cactus"
                | "pudding"
                | "mornings"
                | "afternoons"
                | "evenings"
                | "nights"
        )
    }
}
