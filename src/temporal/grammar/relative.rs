//! Expressions relative to the reference date or to the discourse anchor: "yesterday",
//! "last week", "this morning", "next Friday", "three days ago", "two days later", "the
//! following year", "that month", "the year-earlier quarter", "the weekend", and the vague
//! references (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`): "recently", "now", "the future".

use super::{Hit, Num, Parser, Pick, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

fn fixed_ref(value: &str) -> Sem {
    Sem::Fixed { value: value.to_string(), kind: super::FixedKind::Ref }
}

fn day(n: i32) -> Sem {
    Sem::Shift { unit: Unit::Day, n, anchored: false }
}

impl Parser<'_> {
    /// Longest relative match at `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for h in [
            self.deictic(i),
            self.vague(i),
            self.determined(i),
            self.ago_later(i),
            self.year_ago(i),
            self.weekday(i),
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

    /// A part of day word at `i`: 0 morning … 3 night.
    fn pod(&self, i: usize) -> Option<u8> {
        match self.lex(i) {
            Lex::PartOfDay(p) => Some(p),
            _ => None,
        }
    }

    /// today, tonight, tomorrow, yesterday (+ morning/afternoon/evening/night).
    fn deictic(&self, i: usize) -> Option<Hit> {
        let base = match self.lex(i) {
            Lex::Kw(Kw::Today) => 0,
            Lex::Kw(Kw::Tomorrow) => 1,
            Lex::Kw(Kw::Yesterday) => -1,
            Lex::Kw(Kw::Tonight) => {
                return Some(Hit::new(i, i + 1, Sem::PartOfDay { day: Box::new(day(0)), pod: 3 }));
            }
            _ => return None,
        };
        if let Some(p) = self.pod(i + 1) {
            return Some(Hit::new(i, i + 2, Sem::PartOfDay { day: Box::new(day(base)), pod: p }));
        }
        Some(Hit::new(i, i + 1, day(base)))
    }

    /// A weekday: "Thursday", "Thursday evening", "Mondays" (a set).
    fn weekday(&self, i: usize) -> Option<Hit> {
        let Lex::Weekday { day: d, plural, abbr } = self.lex(i) else { return None };
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
            return Some(Hit::new(i, k, Sem::Fixed { value: v, kind: super::FixedKind::Set }));
        }
        let wd = Sem::Weekday { day: d, pick: Pick::Guess };
        if let Some(p) = self.pod(k) {
            return Some(Hit::new(i, k + 1, Sem::PartOfDay { day: Box::new(wd), pod: p }));
        }
        Some(Hit::new(i, k, wd))
    }

    /// Vague references: now, currently, recently, the past, the future, soon, …
    fn vague(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let w = self.str(j).to_ascii_lowercase();
        let v = match w.as_str() {
            "now" if !the => {
                if self.is(j + 1, "that") || self.is(j + 1, "-") {
                    return None;
                }
                "PRESENT_REF"
            }
            "currently" | "presently" | "nowadays" if !the => "PRESENT_REF",
            "current" if !the => {
                if self.unit(j + 1).is_some() || self.kw(j + 1, Kw::Fiscal) {
                    return None;
                }
                "PRESENT_REF"
            }
            "recently" | "lately" if !the => "PAST_REF",
            "recent" => {
                if let Some((_, true)) = self.unit(j + 1) {
                    return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
                }
                if the && self.kw(j + 1, Kw::Past) {
                    return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
                }
                return None;
            }
            "past" if the => {
                if self.number(j + 1).is_some() || self.unit(j + 1).is_some() {
                    return None;
                }
                "PAST_REF"
            }
            "future" if the => "FUTURE_REF",
            "near" | "distant" if the && self.is(j + 1, "future") => {
                return Some(Hit::new(i, j + 2, fixed_ref("FUTURE_REF")));
            }
            "near" | "short" | "long" if the && self.is(j + 1, "term") => {
                return Some(Hit::new(i, j + 2, fixed_ref("FUTURE_REF")));
            }
            "present" if the && !self.unit(j + 1).is_some() && !matches!(self.lex(j + 1), Lex::None) => "PRESENT_REF",
            "present" if the && i > 0 && (self.is(i - 1, "at") || self.is(i - 1, "until")) => "PRESENT_REF",
            "future" if !the && i > 0 && (self.is(i - 1, "in") || self.is(i - 1, "near")) => "FUTURE_REF",
            "soon" if !the => "FUTURE_REF",
            "previously" | "formerly" if !the => "PAST_REF",
            "these" if self.is(j + 1, "days") => {
                return Some(Hit::new(i, j + 2, fixed_ref("PRESENT_REF")));
            }
            "coming" => {
                if let Some((_, true)) = self.unit(j + 1) {
                    return Some(Hit::new(i, j + 2, fixed_ref("FUTURE_REF")));
                }
                return None;
            }
            _ => return None,
        };
        Some(Hit::new(i, j + 1, fixed_ref(v)))
    }

    /// this/last/next/past/coming/previous/following/current + unit, weekday, month or part
    /// of day; that/same + unit.
    fn determined(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let word = self.lex(j);
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
        // "this past spring", "this coming Sunday"
        if matches!(word, Lex::Kw(Kw::This)) && matches!(self.lex(k), Lex::Kw(Kw::Past | Kw::Coming)) {
            k += 1;
        }
        if self.kw(k, Kw::Fiscal) {
            k += 1;
        }
        match self.lex(k) {
            Lex::Unit { unit, plural: false } => {
                let latest = self.is(j, "latest");
                if latest && unit != Unit::Quarter && !self.is(k, "year") {
                    return None;
                }
                if (latest || matches!(word, Lex::Kw(Kw::That) | Lex::Kw(Kw::Same))) && unit == Unit::Quarter {
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
                // "the past year" is the year before; "the next day" follows the anchor.
                let sem = if anchored && rel == 0 {
                    if latest { Sem::Shift { unit, n: -1, anchored: false } } else { Sem::AnchorAt { unit } }
                } else {
                    Sem::Shift { unit, n: rel, anchored }
                };
                // "the next morning"
                Some(Hit::new(i, k + 1, sem))
            }
            Lex::Weekday { day, plural: false, .. } if self.cap(k) => {
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
                    return Some(Hit::new(i, k + 2, Sem::PartOfDay { day: Box::new(wd), pod: p }));
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
                    (1, Lex::Kw(Kw::Next)) if the => Sem::Shift { unit: Unit::Day, n: 1, anchored: true },
                    (0, _) if anchored => Sem::AnchorAt { unit: Unit::Day },
                    _ => return None,
                };
                Some(Hit::new(i, k + 1, Sem::PartOfDay { day: Box::new(base), pod: p }))
            }
            _ => None,
        }
    }

    /// "the year", "the week", "the weekend", "the quarter", "year-end", "the day".
    fn the_unit(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let mut k = j;
        if the && (self.is(k, "full") || self.is(k, "whole") || self.is(k, "entire")) {
            k += 1;
        }
        let fiscal = self.kw(k, Kw::Fiscal);
        if fiscal {
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
            } else if (self.punct(k + 1, b'\'') || self.str(k + 1) == "’") && self.is(k + 2, "s") && self.kw(k + 3, Kw::End) {
                Some(k + 4)
            } else {
                None
            };
            if let Some(e) = e {
                let mut h = Hit::new(i, e, Sem::Shift { unit: Unit::Year, n: 0, anchored: false });
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
            Unit::Year if fiscal && i > 0 && self.is(i - 1, "for") => Some(Hit::new(
                i,
                k + 1,
                Sem::Fixed { value: "P1Y".into(), kind: super::FixedKind::Duration },
            )),
            Unit::Year => Some(Hit::new(i, k + 1, Sem::Shift { unit, n: 0, anchored: false })),
            Unit::Weekend => Some(Hit::new(i, k + 1, Sem::Weekend { pick: Pick::Guess })),
            Unit::Month | Unit::Week if k == j => Some(Hit::new(i, k + 1, Sem::Shift { unit, n: 0, anchored: false })),
            _ => None,
        }
    }

    /// "three days ago", "a year earlier", "two weeks later", "five years from now",
    /// "years ago".
    fn ago_later(&self, i: usize) -> Option<Hit> {
        let (j, n, _) = match self.number(i) {
            Some(x) => x,
            None => {
                // bare plural: "years ago", "months earlier"
                let (_, plural) = self.unit(i)?;
                if !plural || !(self.kw(i + 1, Kw::Ago) || self.kw(i + 1, Kw::Earlier) || self.kw(i + 1, Kw::Later)) {
                    return None;
                }
                let v = if self.kw(i + 1, Kw::Later) { "FUTURE_REF" } else { "PAST_REF" };
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
        let hit = if self.kw(e, Kw::Ago) {
            if count == 0 {
                return Some(Hit::new(i, e + 1, fixed_ref("PAST_REF")));
            }
            Hit::new(i, e + 1, Sem::AnchorShift { unit, n: -count, ago: true })
        } else if self.kw(e, Kw::Earlier) || self.is(e, "before") && !self.followed_by_np(e + 1) {
            if count == 0 {
                return None;
            }
            Hit::new(i, e + 1, Sem::AnchorShift { unit, n: -count, ago: false })
        } else if self.kw(e, Kw::Later) || self.is(e, "after") && !self.followed_by_np(e + 1) {
            if count == 0 {
                return None;
            }
            Hit::new(i, e + 1, Sem::AnchorShift { unit, n: count, ago: false })
        } else if self.kw(e, Kw::From) && self.is(e + 1, "now") {
            if count == 0 {
                return None;
            }
            Hit::new(i, e + 2, Sem::Shift { unit, n: count, anchored: false })
        } else {
            return None;
        };
        Some(if approx { hit.with_mod(Some(crate::temporal::types::Modifier::Approx)) } else { hit })
    }

    /// "before"/"after" followed by a noun phrase is a preposition, not an adverb.
    fn followed_by_np(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| t.kind != crate::temporal::scan::Kind::Punct)
            && !self.is(k, "and")
            && !self.is(k, "or")
            && !self.is(k, "but")
    }

    /// "the year-ago quarter", "year-earlier", "the year-earlier period", "the comparable
    /// year-ago quarter", "the corresponding period last year".
    fn year_ago(&self, i: usize) -> Option<Hit> {
        let (mut j, the) = self.skip_the(i);
        if the && (self.is(j, "comparable") || self.is(j, "corresponding") || self.is(j, "same") || self.is(j, "prior")) {
            if self.is(j, "corresponding") || self.is(j, "comparable") || self.is(j, "same") {
                if self.is(j + 1, "period") || matches!(self.unit(j + 1), Some((Unit::Quarter, false))) {
                    if self.kw(j + 2, Kw::Last) && self.is(j + 3, "year") || self.kw(j + 2, Kw::A) && self.is(j + 3, "year") && self.kw(j + 4, Kw::Ago) {
                        let e = if self.kw(j + 2, Kw::A) { j + 5 } else { j + 4 };
                        return Some(Hit::new(i, e, Sem::AnchorShift { unit: Unit::Year, n: -1, ago: false }));
                    }
                }
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
        Some(Hit::new(i, k, Sem::AnchorShift { unit: Unit::Year, n: -1, ago: false }))
    }
}
