//! Numbers as news writes them: digits ("3", "1,000", "2 1/2", "5½"), words ("three",
//! "twenty-four", "a hundred"), "a"/"an", "a couple of", "a few", "half an"; and the
//! TimeML duration value built from a number and a unit ("P3D", "PT5H30M", "PXY"), and
//! durations counted in two units ("two hours and 51 minutes" → `PT2H51M`).

use super::{FixedKind, Hit, Num, Parser, Sem};
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

impl Parser<'_> {
    /// "two hours and 51 minutes", "3 years, 6 months", "1 hour 20 minutes": a duration
    /// followed by one in a smaller unit is one duration (`PT2H51M`, `P3Y6M`). `None` when
    /// the hit is no counted duration or nothing smaller follows.
    pub fn compound_duration(&self, hit: &Hit) -> Option<Hit> {
        let Sem::Fixed {
            value: ref first,
            kind: FixedKind::Duration,
        } = hit.sem
        else {
            return None;
        };
        let mut k = hit.end;
        if self.is(k, "and") || self.punct(k, b',') {
            k += 1;
        }
        // the second part must be a plain count: "and 51 minutes", not "and a half" (that
        // belongs to the number) or "and about 50 minutes"
        self.num_tok(k).or_else(|| {
            matches!(self.lex(k), Lex::Card(_))
                .then(|| self.tok(k))
                .flatten()
        })?;
        let next = self.parse_at(k)?;
        let Sem::Fixed {
            value: ref second,
            kind: FixedKind::Duration,
        } = next.sem
        else {
            return None;
        };
        if next.modifier.is_some() {
            return None;
        }
        let value = merge_durations(first, second)?;
        Some(Hit {
            start: hit.start,
            end: next.end,
            sem: Sem::Fixed {
                value,
                kind: FixedKind::Duration,
            },
            modifier: hit.modifier,
        })
    }
}

/// The components of a duration value in order of size: years, months, weeks, days |
/// hours, minutes, seconds. `None` for vague (`X`), fractional or malformed values.
fn duration_parts(v: &str) -> Option<[Option<u64>; 7]> {
    let body = v.strip_prefix('P')?;
    let mut parts = [None; 7];
    let mut time = false;
    let mut digits = String::new();
    for c in body.chars() {
        match c {
            'T' if digits.is_empty() => time = true,
            '0'..='9' => digits.push(c),
            _ => {
                let slot = match (time, c) {
                    (false, 'Y') => 0,
                    (false, 'M') => 1,
                    (false, 'W') => 2,
                    (false, 'D') => 3,
                    (true, 'H') => 4,
                    (true, 'M') => 5,
                    (true, 'S') => 6,
                    _ => return None,
                };
                parts[slot] = Some(digits.parse().ok()?);
                digits.clear();
            }
        }
    }
    digits.is_empty().then_some(parts)
}

/// `PT2H` + `PT51M` → `PT2H51M`; `P3Y` + `P6M` → `P3Y6M`. Every component of `b` must be
/// smaller than every component of `a`.
pub(super) fn merge_durations(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (duration_parts(a)?, duration_parts(b)?);
    let last_a = pa.iter().rposition(Option::is_some)?;
    let first_b = pb.iter().position(Option::is_some)?;
    if first_b <= last_a {
        return None;
    }
    let mut out = String::from("P");
    for (slot, (x, y)) in pa.iter().zip(&pb).enumerate() {
        if slot == 4 && (pa[4..].iter().chain(&pb[4..]).any(Option::is_some)) {
            out.push('T');
        }
        if let Some(n) = x.or(*y) {
            out.push_str(&n.to_string());
            out.push(['Y', 'M', 'W', 'D', 'H', 'M', 'S'][slot]);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::merge_durations;

    #[test]
    fn durations_merge_only_from_larger_to_smaller_units() {
        assert_eq!(merge_durations("PT2H", "PT51M").as_deref(), Some("PT2H51M"));
        assert_eq!(merge_durations("P3Y", "P6M").as_deref(), Some("P3Y6M"));
        assert_eq!(merge_durations("P1D", "PT12H").as_deref(), Some("P1DT12H"));
        assert_eq!(merge_durations("P2W", "P3D").as_deref(), Some("P2W3D"));
        assert_eq!(merge_durations("PT51M", "PT2H"), None);
        assert_eq!(merge_durations("P3Y", "P2Y"), None);
        assert_eq!(merge_durations("PXY", "P6M"), None);
        assert_eq!(merge_durations("P1.5Y", "P6M"), None);
    }
}
