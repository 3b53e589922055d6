//! Durations ("three days", "the past five years", "a two-year", "2 1/2 hours") and sets
//! ("every week", "annually", "$5 a year", "each July").

use super::{duration_value, FixedKind, Hit, Num, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

fn fixed(value: String, kind: FixedKind) -> Sem {
    Sem::Fixed { value, kind }
}

impl Parser<'_> {
    /// Longest duration or set at `i`.
    pub(super) fn span_or_set(&self, i: usize) -> Option<Hit> {
        let d = self.duration(i);
        let s = self.set(i);
        match (d, s) {
            (Some(d), Some(s)) => Some(if s.end >= d.end { s } else { d }),
            (d, s) => d.or(s),
        }
    }

    fn duration(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let mut k = j;
        let lead = self.str(k).to_ascii_lowercase();
        let has_lead = matches!(
            lead.as_str(),
            "first" | "last" | "past" | "next" | "coming" | "final" | "initial" | "following" | "previous"
                | "latest" | "entire" | "whole" | "full" | "additional" | "further" | "ensuing" | "preceding"
                | "prior" | "remaining" | "succeeding" | "same"
        );
        if has_lead {
            k += 1;
            if !the && !matches!(lead.as_str(), "last" | "past" | "next" | "additional" | "further" | "first" | "coming") {
                return None;
            }
        }
        // "an additional year"
        if !has_lead && matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An)) && (self.is(k + 1, "additional") || self.is(k + 1, "extra") || self.is(k + 1, "full") || self.is(k + 1, "further")) {
            if let Some((unit, false)) = self.unit(k + 2) {
                return Some(self.finish_duration(i, k + 3, Num::Int(1), unit, false));
            }
        }
        let (mut e, n, approx) = self.number(k)?;
        if let Num::Int(v) = n {
            if v == 0 || (self.num_tok(k).is_some() && self.num_tok(k).is_some_and(|t| t.len() > 6)) {
                return None;
            }
        }
        // number adjectives: "two more weeks", "three straight years"
        if matches!(self.str(e).to_ascii_lowercase().as_str(), "more" | "additional" | "straight" | "consecutive" | "full" | "long" | "extra" | "successive") {
            e += 1;
        }
        let dashed = self.dash(e) && self.tight(e);
        if dashed {
            e += 1;
        }
        let (unit, plural) = self.unit(e)?;
        if matches!(n, Num::Int(1)) && plural && !dashed {
            return None;
        }
        if matches!(n, Num::Vague) && !plural {
            return None;
        }
        // "a day"/"a year" after an amount is a rate (a set), handled by `set`.
        if matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An)) && !the && !has_lead && self.rate_context(i) {
            return None;
        }
        let mut end = e + 1;
        // "8-month-old", "day-long", "years-old"
        if self.dash(end) && self.tight(end) && (self.is(end + 1, "old") || self.is(end + 1, "long")) {
            end += 2;
        }
        // "a minute and a half"
        let n = if self.is(end, "and") && self.kw(end + 1, Kw::A) && self.kw(end + 2, Kw::Half) {
            end += 3;
            match n {
                Num::Int(v) => Num::Half(v),
                other => other,
            }
        } else {
            n
        };
        // A vague past/next span is a duration with an X amount.
        let h = self.finish_duration(i, end, n, unit, approx);
        Some(h)
    }

    fn finish_duration(&self, i: usize, end: usize, n: Num, unit: Unit, approx: bool) -> Hit {
        let value = if unit == Unit::Weekend {
            "P2D".to_string()
        } else {
            duration_value(n, unit)
        };
        let h = Hit::new(i, end, fixed(value, FixedKind::Duration));
        if approx {
            h.with_mod(Some(crate::temporal::types::Modifier::Approx))
        } else {
            h
        }
    }

    /// The token before `i` is an amount or a frequency ("$5 a year", "twice a day").
    fn rate_context(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.str(i - 1).to_ascii_lowercase();
        self.num_tok(i - 1).is_some()
            || matches!(
                p.as_str(),
                "percent" | "%" | "times" | "once" | "twice" | "thrice" | "million" | "billion" | "thousand"
                    | "hundred" | "dollars" | "cents" | "pounds" | "euros" | "yen" | "barrels" | "tons" | "hours"
                    | "days" | "miles" | "kilometers" | "shares" | "cigarettes" | "meals" | "pills" | "packs"
            )
    }

    fn set(&self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Kw(Kw::Frequency) => {
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
                    Some((k2, Num::Int(n), _)) if !matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An)) => (k2, n),
                    _ => (k, 1),
                };
                match self.lex(k2) {
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
                    Lex::Month { month, abbr: false } if self.cap(k2) => {
                        Some(Hit::new(i, k2 + 1, fixed(format!("XXXX-{month:02}"), FixedKind::Set)))
                    }
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
                let (unit, false) = self.unit(i + 1)? else { return None };
                if self.kw(i + 2, Kw::Ago) || self.kw(i + 2, Kw::Earlier) || self.kw(i + 2, Kw::Later) {
                    return None;
                }
                Some(Hit::new(i, i + 2, fixed(duration_value(Num::Int(1), unit), FixedKind::Set)))
            }
            _ => None,
        }
    }
}
