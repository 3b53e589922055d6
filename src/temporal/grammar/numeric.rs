//! Dates written in numbers: 11/17/2023, 2023-11-17, 17.11.2023, 11/17/23, and ISO
//! date-times (2023-11-17T09:30). Month-first or day-first by the options; dotted dates
//! and a first number over 12 are day-first.

use super::{Hit, Parser, Sem, YearSpec};
use crate::temporal::scan::Kind;

impl Parser<'_> {
    /// 11/17/2023, 2023-11-17, 17.11.2023, 11/17/23, 2023-11-17T09:30.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
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
        if self.tight(i + 5)
            && (self.num_tok(i + 5).is_some() || self.punct(i + 5, c) || self.punct(i + 5, b'/'))
            && !self.punct(i + 5, b'.')
            && !self.is(i + 5, "T")
        {
            return None;
        }
        let year2 = |n: u32| -> i32 {
            if n < 50 {
                2000 + n as i32
            } else {
                1900 + n as i32
            }
        };
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
            if day_first {
                (year, b.num, a.num)
            } else {
                (year, a.num, b.num)
            }
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let date = Sem::Date {
            year: YearSpec::Abs(year),
            month: Some(month as u8),
            day: Some(day as u8),
        };
        // ISO 8601 date-time: 2023-11-17T09:30
        if c == b'-' && self.tight(i + 5) && self.is(i + 5, "T") {
            if let (Some(h), true, Some(m)) = (
                self.num_tok(i + 6),
                self.punct(i + 7, b':'),
                self.num_tok(i + 8),
            ) {
                if h.len() == 2 && m.len() == 2 && h.num < 24 && m.num < 60 && self.tight(i + 6) {
                    let mut e = i + 9;
                    if self.punct(e, b':') && self.num_tok(e + 1).is_some_and(|s| s.len() == 2) {
                        e += 2;
                    }
                    return Some(Hit::new(
                        i,
                        e,
                        Sem::Time {
                            day: Some(Box::new(date)),
                            hour: h.num as u8,
                            minute: Some(m.num as u8),
                            named: false,
                        },
                    ));
                }
            }
        }
        Some(Hit::new(i, i + 5, date))
    }
}
