//! Vague references (TimeML `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`): "now",
//! "currently", "recently", "recent years", "the past", "the future", "soon", "these days".
//! "recent months" and "recent weeks" are vague durations (`PXM`, `PXW`).

use super::{Hit, Num, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

fn fixed_ref(value: &str) -> Sem {
    Sem::Fixed {
        value: value.to_string(),
        kind: super::FixedKind::Ref,
    }
}

impl Parser<'_> {
    /// Vague references: now, currently, recently, the past, the future, soon, …
    pub(super) fn vague(&self, i: usize) -> Option<Hit> {
        let (j, the) = self.skip_the(i);
        let w = self.str(j).to_ascii_lowercase();
        let v = match w.as_str() {
            "now" if !the => {
                // "now that he is in a confrontation" still means the present
                // "Now, he says, ...": a sentence-initial discourse marker, not a time
                if self.is(j + 1, "-") || (self.cap(j) && self.punct(j + 1, b',')) {
                    return None;
                }
                "PRESENT_REF"
            }
            "currently" | "presently" | "nowadays" if !the => "PRESENT_REF",
            // "CURRENT REPORT" (a form's heading) is no time
            "current" if !the && self.str(j) == "CURRENT" => return None,
            "current" if !the => {
                if self.unit(j + 1).is_some() || self.kw(j + 1, Kw::Fiscal) {
                    return None;
                }
                "PRESENT_REF"
            }
            // "as recently as last summer": the time is the expression after it
            "recently" if !the && j > 0 && self.is(j - 1, "as") && self.is(j + 1, "as") => {
                return None;
            }
            "recently" | "lately" if !the => "PAST_REF",
            // "the then current market price": the present of a past time
            "then" if !the && self.is(j + 1, "current") => {
                return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
            }
            "more" if !the && self.is(j + 1, "recently") => {
                return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
            }
            "recent" => {
                if let Some((unit, true)) = self.unit(j + 1) {
                    // "recent weeks and months"
                    let coordinated = (self.is(j + 2, "and") || self.is(j + 2, "or"))
                        && matches!(self.unit(j + 3), Some((_, true)));
                    let j = if coordinated { j + 2 } else { j };
                    if unit == Unit::Year || unit == Unit::Decade {
                        return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
                    }
                    let v = super::duration_value(Num::Vague, unit);
                    return Some(Hit::new(
                        i,
                        j + 2,
                        Sem::Fixed {
                            value: v,
                            kind: super::FixedKind::Duration,
                        },
                    ));
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
            "present"
                if the && self.unit(j + 1).is_none() && !matches!(self.lex(j + 1), Lex::None) =>
            {
                "PRESENT_REF"
            }
            "present" if the && i > 0 && (self.is(i - 1, "at") || self.is(i - 1, "until")) => {
                "PRESENT_REF"
            }
            "future" if !the && i > 0 && (self.is(i - 1, "in") || self.is(i - 1, "near")) => {
                // "in future quarters"
                if let Some((_, true)) = self.unit(j + 1) {
                    return Some(Hit::new(i, j + 2, fixed_ref("FUTURE_REF")));
                }
                "FUTURE_REF"
            }
            // "in past years"
            "past"
                if !the
                    && i > 0
                    && (self.is(i - 1, "in") || self.is(i - 1, "over"))
                    && matches!(self.unit(j + 1), Some((_, true))) =>
            {
                return Some(Hit::new(i, j + 2, fixed_ref("PAST_REF")));
            }
            "previously" if !the && self.cap(j) => "PAST_REF",
            "right" if !the && self.is(j + 1, "now") => {
                return Some(Hit::new(i, j + 2, fixed_ref("PRESENT_REF")));
            }
            "soon" if !the => {
                if i > 0 && self.is(i - 1, "as") && self.is(j + 1, "as") {
                    // "as soon as possible" is a time; "as soon as the threats end" is not
                    if self.is(j + 2, "possible") {
                        return Some(Hit::new(i - 1, j + 3, fixed_ref("FUTURE_REF")));
                    }
                    return None;
                }
                "FUTURE_REF"
            }
            // "Islam will one day be ...": "one day" after a modal means "some day"
            "one"
                if !the
                    && self.is(j + 1, "day")
                    && i > 0
                    && [
                        "will", "would", "could", "may", "might", "can", "shall", "should",
                    ]
                    .iter()
                    .any(|m| self.is(i - 1, m)) =>
            {
                return Some(Hit::new(i, j + 2, fixed_ref("FUTURE_REF")));
            }
            // "at a later date"
            "a" if !the
                && (self.is(j + 1, "later") || self.is(j + 1, "future"))
                && self.is(j + 2, "date") =>
            {
                return Some(Hit::new(i, j + 3, fixed_ref("FUTURE_REF")));
            }
            // "a while ago"
            "a" if !the && self.is(j + 1, "while") && self.kw(j + 2, Kw::Ago) => {
                return Some(Hit::new(i, j + 3, fixed_ref("PAST_REF")));
            }
            // "for a while", "for some time": an unspecified stretch
            "a" | "some"
                if !the
                    && i > 0
                    && self.is(i - 1, "for")
                    && self.is(j + 1, if w == "a" { "while" } else { "time" })
                    // "for some time next year" is a date
                    && !self.lex(j + 2).starts() =>
            {
                return Some(Hit::new(
                    i,
                    j + 2,
                    Sem::Fixed {
                        value: "PXX".into(),
                        kind: super::FixedKind::Duration,
                    },
                ));
            }
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
}
