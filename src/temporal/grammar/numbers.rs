//! Numbers as news writes them: digits ("3", "1,000", "2 1/2", "5½"), words ("three",
//! "twenty-four", "a hundred"), "a"/"an", "a couple of", "a few", "half an"; and the
//! TimeML duration value built from a number and a unit ("P3D", "PT5H30M", "PXY").

use super::{Num, Parser};
use crate::temporal::lexicon::{Kw, Lex, Unit};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// A number at `i`: digits (with a "1/2" or "½"), number words ("twenty-four", "a
    /// hundred"), "a"/"an"/"one", "a couple of", "a few", "several". Returns the end token,
    /// the number and whether it was approximate ("a couple of").
    pub(super) fn number(&self, i: usize) -> Option<(usize, Num, bool)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            // "1.5 million": a decimal only before a multiplier word
            let decimal_scaled = self.punct(i + 1, b'.')
                && matches!(self.lex(i + 3), Lex::Card(1_000_000 | 1_000_000_000))
                && !(i >= 2 && self.punct(i - 1, b'.') && self.tight(i));
            if self.num_is_part(i)
                && !decimal_scaled
                && !(self.punct(i + 1, b',') && self.num_tok(i + 2).is_some_and(|n| n.len() == 3))
            {
                return None;
            }
            let mut n = t.num;
            let mut j = i + 1;
            // 1,000 grouping
            while self.punct(j, b',')
                && self.tight(j)
                && self.tight(j + 1)
                && self.num_tok(j + 1).is_some_and(|n| n.len() == 3)
            {
                n = n.saturating_mul(1000).saturating_add(self.toks[j + 1].num);
                j += 2;
            }
            if self.num_tok(j).is_some_and(|n| n.num == 1)
                && self.punct(j + 1, b'/')
                && self.num_tok(j + 2).is_some_and(|n| n.num == 2)
            {
                return Some((j + 3, Num::Half(n), false));
            }
            if self.str(j) == "½" && self.tight(j) {
                return Some((j + 1, Num::Half(n), false));
            }
            // "66 million", "1.5 million", "2.6 billion" (None past u32: too far to date)
            let frac = (self.punct(j, b'.') && self.tight(j) && self.tight(j + 1))
                .then(|| self.num_tok(j + 1))
                .flatten();
            let m_at = if frac.is_some() { j + 2 } else { j };
            if let Lex::Card(m @ (1_000_000 | 1_000_000_000)) = self.lex(m_at) {
                let whole = u64::from(n) * u64::from(m);
                let part = frac.map_or(Some(0), |f| {
                    let scale = 10u64.checked_pow(u32::try_from(f.len()).ok()?)?;
                    Some(u64::from(f.num) * u64::from(m) / scale)
                })?;
                let total = u32::try_from(whole + part).ok()?;
                return Some((m_at + 1, Num::Int(total), false));
            }
            return Some((j, Num::Int(n), false));
        }
        match t.lex {
            Lex::Kw(Kw::A) | Lex::Kw(Kw::An) => {
                if self.kw(i + 1, Kw::Couple) && self.is(i + 2, "of") {
                    return Some((i + 3, Num::Int(2), true));
                }
                if self.kw(i + 1, Kw::Few) {
                    return Some((i + 2, Num::Vague, false));
                }
                if let Lex::Card(100 | 1000 | 1_000_000 | 1_000_000_000 | 12) = self.lex(i + 1) {
                    return self.number(i + 1);
                }
                if self.kw(i + 1, Kw::Half) {
                    return Some((i + 2, Num::Half(0), false));
                }
                Some((i + 1, Num::Int(1), false))
            }
            Lex::Kw(Kw::Few) | Lex::Kw(Kw::Several) | Lex::Kw(Kw::Several2) => {
                Some((i + 1, Num::Vague, false))
            }
            Lex::Kw(Kw::Half) if matches!(self.lex(i + 1), Lex::Kw(Kw::A | Kw::An)) => {
                Some((i + 2, Num::Half(0), false))
            }
            Lex::Kw(Kw::Couple) if self.is(i + 1, "of") => Some((i + 2, Num::Int(2), true)),
            // "million" after digits belongs to them ("1.5 million"); alone it needs "a"
            Lex::Card(1_000_000 | 1_000_000_000)
                if i > 0 && self.tok(i - 1).is_some_and(|p| p.kind == Kind::Num) =>
            {
                None
            }
            Lex::Card(mut n) => {
                let mut j = i + 1;
                if (20..100).contains(&n) && n % 10 == 0 {
                    let k = if self.dash(j) && self.tight(j) {
                        j + 1
                    } else {
                        j
                    };
                    if let Lex::Card(u) = self.lex(k) {
                        if u < 10 {
                            n += u;
                            j = k + 1;
                        }
                    }
                }
                if let Lex::Card(m @ (100 | 1000 | 1_000_000 | 1_000_000_000)) = self.lex(j) {
                    n = n.checked_mul(m)?;
                    j += 1;
                }
                if self.is(j, "and") && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
                    return Some((j + 3, Num::Half(n), false));
                }
                Some((j, Num::Int(n), false))
            }
            _ => None,
        }
    }
}

/// Formats a duration value: `P3D`, `PT5H30M`, `P2Y6M`, `PXY`.
pub fn duration_value(n: Num, unit: Unit) -> String {
    let (letter, mult, time) = unit.duration_letter();
    let t = if time { "T" } else { "" };
    let (letter, mult) = if unit == Unit::Decade {
        ("Y", 10)
    } else {
        (letter, mult)
    };
    match n {
        Num::Vague => {
            let l = match unit {
                Unit::Decade => "E",
                Unit::Century => "C",
                Unit::Millennium => "L",
                _ => letter,
            };
            format!("P{t}X{l}")
        }
        Num::Int(k) => format!("P{t}{}{letter}", u64::from(k) * u64::from(mult)),
        // "a decade and a half" is 15 years, "a fortnight and a half" 21 days
        Num::Half(k) if mult > 1 && mult % 2 == 0 => {
            let m = u64::from(mult);
            format!("P{t}{}{letter}", u64::from(k) * m + m / 2)
        }
        Num::Half(k) => {
            let k = u64::from(k) * u64::from(mult);
            match unit {
                Unit::Year => format!("P{k}Y6M"),
                Unit::Day => format!("P{k}DT12H"),
                Unit::Hour => format!("PT{k}H30M"),
                Unit::Minute => format!("PT{k}M30S"),
                Unit::Month => format!("P{k}M15D"),
                _ => format!("P{t}{k}.5{letter}"),
            }
            .replace("P0Y", "P")
            .replace("PT0H", "PT")
            .replace("PT0M", "PT")
            .replace("P0M", "P")
            .replace("P0D", "P")
        }
    }
}
