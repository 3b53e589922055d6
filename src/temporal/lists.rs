//! Days written as a bare number next to a full date, sharing its month and year: "April
//! 24 and 25", "Nov. 15 to 17" (the number after the date) and "from 12 to 15 July",
//! "between 3 and 5 December 2023" (the number before it). Each listed day becomes a hit of
//! its own, so a range reads as two dates, the way TimeML tags "from 2008 to 2012".
//!
//! Ranges joined by a dash ("Nov. 15-17", "15-17 November") are one expression and belong
//! to the grammar, not here.

use super::grammar::{self, Sem};
use super::scan::{self, Kind};
use super::tense::word;
use super::Mention;

/// Words that join two days of a list or a range.
fn joins(word: &str, after_date: bool) -> bool {
    match word {
        "and" | "or" => true,
        // "Nov. 15 to 17"; before a date, "from 12 to 15 July" (the "from" is checked)
        "to" | "through" | "until" | "till" | "thru" => true,
        _ => !after_date && word == "&",
    }
}

/// A day of the month written as a number of at most two digits at token `i`.
fn day_number(toks: &[scan::Tok], i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    if t.kind != Kind::Num || t.len() > 2 {
        return None;
    }
    u8::try_from(t.num).ok().filter(|d| (1..=31).contains(d))
}

/// The month, the year and the day of a hit that is a full date (month and day).
fn full_date(hit: &grammar::Hit, m: &Mention) -> Option<(u8, i32, u8)> {
    let Sem::Date {
        month: Some(month),
        day: Some(day),
        ..
    } = hit.sem
    else {
        return None;
    };
    let year = chrono::Datelike::year(&m.interval?.start.date());
    Some((month, year, day))
}

fn day_hit(at: usize, month: u8, year: i32, day: u8) -> grammar::Hit {
    grammar::Hit {
        start: at,
        end: at + 1,
        sem: Sem::Date {
            year: grammar::YearSpec::Abs(year),
            month: Some(month),
            day: Some(day),
        },
        modifier: None,
    }
}

/// The day after "and", "or", "to", "through", "until" in "April 24 and 25", "Nov. 15 to
/// 17", as a hit in the same month and year. `end` is the token after the date.
pub(super) fn listed_day(
    text: &str,
    toks: &[scan::Tok],
    hit: &grammar::Hit,
    m: &Mention,
    end: usize,
) -> Option<grammar::Hit> {
    let (month, year, first) = full_date(hit, m)?;
    let conj = word(text, toks, end);
    if !joins(conj, true) {
        return None;
    }
    let day = day_number(toks, end + 1)?;
    // the number ends the list: "April 24 and 25." not "April 24 and 25 others"; a range
    // may go on ("Nov. 15 to 17 in Geneva") but must run forward
    let after = toks.get(end + 2);
    let after_ok = after.is_none_or(|t| t.kind == Kind::Punct)
        || (!matches!(conj, "and" | "or")
            && day > first
            && matches!(
                word(text, toks, end + 2),
                "in" | "at"
                    | "on"
                    | "and"
                    | "with"
                    | "for"
                    | "when"
                    | "as"
                    | "while"
                    | "before"
                    | "after"
                    | "from"
                    | "to"
                    | "inclusive"
            ));
    if !after_ok {
        return None;
    }
    Some(day_hit(end + 1, month, year, day))
}

/// The day before the date in "from 12 to 15 July", "between 3 and 5 December 2023", "on
/// 12 and 15 July": a number, a joining word, then the date. `free` is the byte offset
/// where the text not yet covered by a mention starts: the number must lie after it.
pub(super) fn leading_day(
    text: &str,
    toks: &[scan::Tok],
    hit: &grammar::Hit,
    m: &Mention,
    free: usize,
) -> Option<grammar::Hit> {
    let (month, year, last) = full_date(hit, m)?;
    // the date must start with its day ("15 July"), not its month ("July 15")
    toks.get(hit.start).filter(|t| t.kind == Kind::Num)?;
    let conj_at = hit.start.checked_sub(1)?;
    let num_at = hit.start.checked_sub(2)?;
    let conj = word(text, toks, conj_at);
    if !joins(conj, false) {
        return None;
    }
    let day = day_number(toks, num_at)?;
    if toks.get(num_at).is_none_or(|t| t.start < free) {
        return None;
    }
    // a range must run forward; "from"/"between" or a preposition before a list
    let lead = word(text, toks, num_at.wrapping_sub(1)).to_ascii_lowercase();
    let ok = match conj {
        "and" | "or" | "&" => {
            day < last
                && matches!(
                    lead.as_str(),
                    "between" | "on" | "from" | "of" | "the" | "," | "until" | "by"
                )
        }
        _ => day < last && matches!(lead.as_str(), "from" | "between"),
    };
    ok.then(|| day_hit(num_at, month, year, day))
}

#[cfg(test)]
mod tests {
    use crate::temporal::{extract, Options};
    use chrono::NaiveDate;

    fn values(text: &str) -> Vec<(String, String)> {
        let r = NaiveDate::from_ymd_opt(2023, 11, 17).and_then(|d| d.and_hms_opt(0, 0, 0));
        extract(text, r, &Options::default())
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.value))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn day_before_a_date_shares_its_month_and_year() {
        assert_eq!(
            values("The festival runs from 12 to 15 July 2024."),
            pairs(&[("12", "2024-07-12"), ("15 July 2024", "2024-07-15")])
        );
        assert_eq!(
            values("Voting is held between 3 and 5 December."),
            pairs(&[("3", "2023-12-03"), ("5 December", "2023-12-05")])
        );
    }

    #[test]
    fn day_after_a_date_shares_its_month_and_year() {
        assert_eq!(
            values("Talks ran from Nov. 15 to 17 in Geneva."),
            pairs(&[("Nov. 15", "2023-11-15"), ("17", "2023-11-17")])
        );
        assert_eq!(
            values("Offices closed on April 24 and 25."),
            pairs(&[("April 24", "2023-04-24"), ("25", "2023-04-25")])
        );
    }

    #[test]
    fn numbers_that_are_not_days_stay_untagged() {
        // a count, a backward "range", a number without "from"
        assert_eq!(
            values("Sales rose on April 24 and 25 stores closed."),
            pairs(&[("April 24", "2023-04-24")])
        );
        assert_eq!(
            values("It ran from 20 to 15 July."),
            pairs(&[("15 July", "2023-07-15")])
        );
        assert_eq!(
            values("Scores of 3 to 5 were common in July."),
            pairs(&[("July", "2023-07")])
        );
    }
}
