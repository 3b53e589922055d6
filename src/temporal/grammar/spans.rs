//! Durations ("three days", "the past five years", "a two-year", "2 1/2 hours"); the
//! dispatch to sets, which live in `sets`.

use super::{duration_value, FixedKind, Hit, Num, Parser, Sem};
use crate::temporal::lexicon::{Kw, Lex, Unit};

pub(super) fn fixed(value: String, kind: FixedKind) -> Sem {
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
        if let Some(h) = self.bare_units(i).or_else(|| self.units_ahead(i)) {
            return Some(h);
        }
        let (j, the) = self.skip_the(i);
        let mut k = j;
        let lead = self.str(k).to_ascii_lowercase();
        let has_lead = matches!(
            lead.as_str(),
            "first"
                | "last"
                | "past"
                | "next"
                | "coming"
                | "final"
                | "initial"
                | "following"
                | "previous"
                | "latest"
                | "entire"
                | "whole"
                | "full"
                | "additional"
                | "further"
                | "ensuing"
                | "preceding"
                | "prior"
                | "remaining"
                | "succeeding"
                | "same"
        );
        // "the ceasefire would last four days": "last" is the verb
        let verb_last = lead == "last"
            && !the
            && i > 0
            && matches!(
                self.str(i - 1).to_ascii_lowercase().as_str(),
                "would"
                    | "will"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "to"
                    | "must"
                    | "did"
                    | "does"
                    | "not"
                    | "shall"
            );
        if verb_last {
            return None;
        }
        if has_lead {
            k += 1;
            if !the
                && !matches!(
                    lead.as_str(),
                    "last" | "past" | "next" | "additional" | "further" | "first" | "coming"
                )
            {
                return None;
            }
        }
        // "an additional year"
        if !has_lead
            && matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An))
            && (self.is(k + 1, "additional")
                || self.is(k + 1, "extra")
                || self.is(k + 1, "full")
                || self.is(k + 1, "further"))
        {
            if let Some((unit, false)) = self.unit(k + 2) {
                return Some(self.finish_duration(i, k + 3, Num::Int(1), unit, false));
            }
        }
        // "0600 hours" is a clock time, not six hundred hours
        if self
            .num_tok(k)
            .is_some_and(|t| t.len() > 1 && self.text.as_bytes()[t.start] == b'0')
        {
            return None;
        }
        let (mut e, n, approx) = self.number(k)?;
        // "two to three weeks", "12 to 18 months": the span is kept, the first amount read.
        if (self.is(e, "to") || self.is(e, "or") || self.dash(e)) && self.unit(e + 1).is_none() {
            if let Some((e2, _, _)) = self
                .number(e + 1)
                .filter(|_| !matches!(self.lex(e + 1), Lex::Kw(Kw::A | Kw::An)))
            {
                if self.unit(e2).is_some() {
                    e = e2;
                }
            }
        }
        if let Num::Int(v) = n {
            if v == 0 || (self.num_tok(k).is_some() && self.num_tok(k).is_some_and(|t| t.len() > 6))
            {
                return None;
            }
        }
        // number adjectives: "two more weeks", "three straight years", "eight trading days"
        if matches!(
            self.str(e).to_ascii_lowercase().as_str(),
            "more"
                | "additional"
                | "straight"
                | "consecutive"
                | "full"
                | "long"
                | "extra"
                | "successive"
                | "trading"
                | "business"
                | "working"
        ) {
            e += 1;
        }
        let dashed = self.dash(e) && self.tight(e);
        if dashed {
            e += 1;
        }
        let (unit, plural) = self.unit(e)?;
        // "a day-to-day basis", "a month-to-month lease": a compound adjective
        if self.dash(e + 1) && self.is(e + 2, "to") && self.dash(e + 3) {
            return None;
        }
        if matches!(n, Num::Int(1)) && plural && !dashed {
            return None;
        }
        // "60 Minutes", "24 Hours of Le Mans": a title
        if self.cap(e)
            && !self.toks.get(e).is_some_and(|t| t.newline)
            && self.str(e).bytes().any(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        // "the 1988 quarter" is not 1988 quarters; "three-quarters of" is a fraction.
        if self
            .num_tok(k)
            .is_some_and(|t| t.len() == 4 && (1000..=2999).contains(&t.num))
            && !plural
        {
            return None;
        }
        if unit == Unit::Quarter
            && ((self.is(e + 1, "of") && n != Num::Vague)
                || (dashed && plural)
                || !the && !has_lead && !plural && !dashed)
        {
            return None;
        }
        // "37 years old" is an age.
        if plural && !dashed && self.is(e + 1, "old") {
            return None;
        }
        if matches!(n, Num::Vague) && !plural && !dashed {
            return None;
        }
        // "a day"/"a year" after an amount is a rate (a set), handled by `set`.
        if matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An))
            && !the
            && !has_lead
            && self.rate_context(i)
        {
            return None;
        }
        let mut end = e + 1;
        // "a year-earlier loss": the adjective "year-earlier" is the expression
        if self.dash(end) && (self.kw(end + 1, Kw::Earlier) || self.kw(end + 1, Kw::Ago)) {
            return None;
        }
        // "a 44-year-old man" is an age, not a time expression.
        if self.dash(end) && self.tight(end) && self.is(end + 1, "old") {
            return None;
        }
        if self.is(end, "old") && !dashed {
            return None;
        }
        // "day-long"
        let long = self.dash(end) && self.tight(end) && self.is(end + 1, "long");
        if long {
            end += 2;
        }
        // "a three-year period", "its one-year term": the noun names the duration itself
        let head_noun = dashed
            && ["period", "term", "span", "stretch"]
                .iter()
                .any(|w| self.is(end, w));
        if head_noun {
            end += 1;
        }
        // "the 10-year bond": an adjective; the determiner belongs to the noun ("a
        // decade-long war" too: the article is the war's).
        let article = matches!(self.lex(k), Lex::Kw(Kw::A | Kw::An));
        let i = if the && dashed && !has_lead && !head_noun {
            j
        } else if long && article && !the && !has_lead {
            e
        } else if head_noun && !the && i > 0 && matches!(self.lex(i - 1), Lex::Kw(Kw::A | Kw::An)) {
            i - 1
        } else {
            i
        };
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
        // "in two weeks": a date if the clause is about the future (decided on resolution)
        if !the && !has_lead && i > 0 && self.is(i - 1, "in") && !approx && unit != Unit::Weekend {
            if let Num::Int(c) = n {
                if !self.superlative_before(i) {
                    return Some(Hit::new(i, end, Sem::InSpan { unit, n: c }));
                }
            }
        }
        let h = self.finish_duration(i, end, n, unit, approx);
        Some(h)
    }

    /// "the first talks in a year", "the highest level in ten years": a duration.
    fn superlative_before(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| {
            let w = self.str(k).to_ascii_lowercase();
            matches!(
                w.as_str(),
                "first" | "last" | "only" | "since" | "ever" | "once" | "never"
            ) || (w.len() > 4
                && w.ends_with("est")
                && !matches!(
                    w.as_str(),
                    "interest"
                        | "request"
                        | "protest"
                        | "suggest"
                        | "invest"
                        | "arrest"
                        | "contest"
                ))
        })
    }

    /// "the weeks ahead", "(in the) days before the slaying", "over the years": a vague
    /// duration.
    fn units_ahead(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, super::Kw::The) {
            return None;
        }
        let (unit, true) = self.unit(i + 1)? else {
            return None;
        };
        if self.is(i + 2, "ahead") {
            return Some(self.finish_duration(i, i + 3, Num::Vague, unit, false));
        }
        if unit == Unit::Weekend {
            return None;
        }
        // "in the weeks before the shooting", "in the years that followed": the noun
        // phrase runs on to the event, so the determiner is not part of the time
        let anchored = ["before", "after", "following", "leading", "preceding"]
            .iter()
            .any(|w| self.is(i + 2, w))
            || (self.is(i + 2, "that") && self.is(i + 3, "followed"));
        if anchored {
            return Some(self.finish_duration(i + 1, i + 2, Num::Vague, unit, false));
        }
        // "over the years"
        if i > 0 && self.is(i - 1, "over") && self.num_tok(i + 2).is_none() {
            return Some(self.finish_duration(i, i + 2, Num::Vague, unit, false));
        }
        None
    }

    /// "for years", "within weeks", "decades-long", "day-long", "years-old".
    fn bare_units(&self, i: usize) -> Option<Hit> {
        let (unit, plural) = self.unit(i)?;
        let after_number = i > 0 && self.dash(i - 1);
        if !after_number
            && self.dash(i + 1)
            && self.tight(i + 1)
            && (self.is(i + 2, "long") || self.is(i + 2, "old"))
        {
            let n = if plural { Num::Vague } else { Num::Int(1) };
            return Some(self.finish_duration(i, i + 3, n, unit, false));
        }
        if !plural || unit == Unit::Weekend || i == 0 {
            return None;
        }
        let prev = self.str(i - 1).to_ascii_lowercase();
        let ok = matches!(
            prev.as_str(),
            "for"
                | "within"
                | "over"
                | "after"
                | "take"
                | "takes"
                | "took"
                | "taking"
                | "taken"
                | "last"
                | "lasted"
                | "lasts"
                | "wait"
                | "waited"
                | "waiting"
                | "spent"
                | "spend"
                | "spending"
                | "spends"
        ) || (prev == "in"
            && i >= 2
            && (self.is(i - 2, "time") || self.is(i - 2, "first") || self.is(i - 2, "once")));
        if !ok
            || self.is(i + 1, "of")
            || self.kw(i + 1, Kw::Ago)
            || self.kw(i + 1, Kw::Earlier)
            || self.kw(i + 1, Kw::Later)
        {
            return None;
        }
        // "weeks or months": one vague, approximate span
        if self.is(i + 1, "or") && matches!(self.unit(i + 2), Some((_, true))) {
            return Some(self.finish_duration(i, i + 3, Num::Vague, unit, true));
        }
        Some(self.finish_duration(i, i + 1, Num::Vague, unit, false))
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
    pub(super) fn rate_context(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.str(i - 1).to_ascii_lowercase();
        let plural_noun = p.len() >= 4
            && p.ends_with('s')
            && !p.ends_with("ss")
            && !p.ends_with("us")
            && !p.ends_with("is")
            && self
                .tok(i - 1)
                .is_some_and(|t| !t.cap && t.lex == Lex::None)
            && !matches!(
                p.as_str(),
                "takes"
                    | "lasts"
                    | "needs"
                    | "spends"
                    | "requires"
                    | "gives"
                    | "wants"
                    | "does"
                    | "goes"
                    | "always"
                    | "perhaps"
                    | "across"
                    | "towards"
                    | "afterwards"
                    | "sometimes"
            );
        let amount_before = (i.saturating_sub(4)..i - 1).any(|k| {
            self.num_tok(k).is_some()
                || matches!(
                    self.str(k).to_ascii_lowercase().as_str(),
                    "million" | "billion" | "thousand" | "hundred" | "dozen"
                )
        });
        (plural_noun && amount_before)
            || self.num_tok(i - 1).is_some()
            || matches!(
                p.as_str(),
                "percent"
                    | "%"
                    | "times"
                    | "once"
                    | "twice"
                    | "thrice"
                    | "million"
                    | "billion"
                    | "thousand"
                    | "hundred"
                    | "dollars"
                    | "cents"
                    | "pounds"
                    | "euros"
                    | "yen"
                    | "barrels"
                    | "tons"
                    | "hours"
                    | "days"
                    | "miles"
                    | "kilometers"
                    | "shares"
                    | "cigarettes"
                    | "meals"
                    | "pills"
                    | "packs"
            )
    }
}
