//! Words → meanings: the closed vocabulary of time expressions (months, weekdays, units,
//! number words, ordinals, seasons, parts of day and trigger words).
//!
//! `classify` lower-cases into a stack buffer and dispatches with one `match`, so it costs a
//! few comparisons per word and never allocates. Words that are not in the vocabulary get
//! [`Lex::None`]; the grammar never looks at them except by exact spelling checks.

/// Calendar and clock units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// The TimeML duration letter and multiplier: `Year` → ("Y", 1), `Decade` → ("Y", 10).
    pub fn duration_letter(self) -> (&'static str, u32, bool) {
        match self {
            Unit::Second => ("S", 1, true),
            Unit::Minute => ("M", 1, true),
            Unit::Hour => ("H", 1, true),
            Unit::Day => ("D", 1, false),
            Unit::Weekend => ("D", 2, false),
            Unit::Week => ("W", 1, false),
            Unit::Fortnight => ("W", 2, false),
            Unit::Month => ("M", 1, false),
            Unit::Quarter => ("Q", 1, false),
            Unit::Year => ("Y", 1, false),
            Unit::Decade => ("E", 1, false),
            Unit::Century => ("Y", 100, false),
            Unit::Millennium => ("L", 1, false),
        }
    }
}

/// Trigger words the grammar dispatches on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    The,
    A,
    An,
    This,
    That,
    Last,
    Next,
    Past,
    Previous,
    Coming,
    Following,
    Current,
    Recent,
    Early,
    Earlier,
    Late,
    Later,
    Mid,
    Ago,
    Today,
    Tonight,
    Tomorrow,
    Yesterday,
    Now,
    Every,
    Each,
    Per,
    About,
    Around,
    Nearly,
    Almost,
    Approximately,
    Roughly,
    Some,
    Over,
    More,
    Less,
    At,
    Up,
    Within,
    Under,
    No,
    Few,
    Several,
    Couple,
    Fiscal,
    Noon,
    Midnight,
    Midday,
    Overnight,
    Holiday,
    Vague,
    Frequency,
    Same,
    Year1,
    End,
    Beginning,
    Middle,
    From,
    Between,
    Start,
    Half,
    Such,
    Those,
    These,
    Several2,
}

/// The meaning of one word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lex {
    None,
    /// 1..=12; `abbr` for "Nov", "Sept" (usually followed by a period).
    Month {
        month: u8,
        abbr: bool,
    },
    /// 0 = Monday … 6 = Sunday; `plural` for "Mondays".
    Weekday {
        day: u8,
        plural: bool,
        abbr: bool,
    },
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// Cardinal number word: "three" → 3, "hundred" → 100.
    Card(u32),
    /// Ordinal word: "third" → 3.
    Ord(u32),
    /// 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    /// 0 morning, 1 afternoon, 2 evening, 3 night.
    PartOfDay(u8),
    Kw(Kw),
}

impl Lex {
    /// True when the word can begin a time expression.
    pub fn starts(self) -> bool {
        !matches!(self, Lex::None)
    }
}

/// Classifies one word (any case). Non-ASCII or long words are [`Lex::None`].
pub fn classify(word: &str) -> Lex {
    let bytes = word.as_bytes();
    if bytes.len() > 14 || bytes.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; 14];
    for (d, s) in buf.iter_mut().zip(bytes) {
        if !s.is_ascii() {
            return Lex::None;
        }
        *d = s.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("");
    lookup(lower)
}

fn month(m: u8, abbr: bool) -> Lex {
    Lex::Month { month: m, abbr }
}
fn wd(d: u8, plural: bool, abbr: bool) -> Lex {
    Lex::Weekday {
        day: d,
        plural,
        abbr,
    }
}
fn unit(u: Unit, plural: bool) -> Lex {
    Lex::Unit { unit: u, plural }
}

fn lookup(w: &str) -> Lex {
    use Kw::*;
    match w {
        "january" => month(1, false),
        "february" => month(2, false),
        "march" => month(3, false),
        "april" => month(4, false),
        "may" => month(5, false),
        "june" => month(6, false),
        "july" => month(7, false),
        "august" => month(8, false),
        "september" => month(9, false),
        "october" => month(10, false),
        "november" => month(11, false),
        "december" => month(12, false),
        "jan" => month(1, true),
        "feb" => month(2, true),
        "mar" => month(3, true),
        "apr" => month(4, true),
        "jun" => month(6, true),
        "jul" => month(7, true),
        "aug" => month(8, true),
        "sep" | "sept" => month(9, true),
        "oct" => month(10, true),
        "nov" => month(11, true),
        "dec" => month(12, true),
        "monday" => wd(0, false, false),
        "tuesday" => wd(1, false, false),
        "wednesday" => wd(2, false, false),
        "thursday" => wd(3, false, false),
        "friday" => wd(4, false, false),
        "saturday" => wd(5, false, false),
        "sunday" => wd(6, false, false),
        "mondays" => wd(0, true, false),
        "tuesdays" => wd(1, true, false),
        "wednesdays" => wd(2, true, false),
        "thursdays" => wd(3, true, false),
        "fridays" => wd(4, true, false),
        "saturdays" => wd(5, true, false),
        "sundays" => wd(6, true, false),
        "mon" => wd(0, false, true),
        "tue" | "tues" => wd(1, false, true),
        "wed" => wd(2, false, true),
        "thu" | "thur" | "thurs" => wd(3, false, true),
        "fri" => wd(4, false, true),
        "sat" => wd(5, false, true),
        "sun" => wd(6, false, true),
        "second" => Lex::Ord(2),
        "seconds" | "secs" => unit(Unit::Second, true),
        "sec" => unit(Unit::Second, false),
        "minute" | "min" => unit(Unit::Minute, false),
        "minutes" | "mins" => unit(Unit::Minute, true),
        "hour" | "hr" => unit(Unit::Hour, false),
        "hours" | "hrs" => unit(Unit::Hour, true),
        "day" => unit(Unit::Day, false),
        "days" => unit(Unit::Day, true),
        "week" => unit(Unit::Week, false),
        "weeks" => unit(Unit::Week, true),
        "weekend" => unit(Unit::Weekend, false),
        "weekends" => unit(Unit::Weekend, true),
        "fortnight" => unit(Unit::Fortnight, false),
        "fortnights" => unit(Unit::Fortnight, true),
        "month" => unit(Unit::Month, false),
        "months" => unit(Unit::Month, true),
        "quarter" => unit(Unit::Quarter, false),
        "quarters" => unit(Unit::Quarter, true),
        "year" | "yr" => unit(Unit::Year, false),
        "years" | "yrs" => unit(Unit::Year, true),
        "decade" => unit(Unit::Decade, false),
        "decades" => unit(Unit::Decade, true),
        "century" => unit(Unit::Century, false),
        "centuries" => unit(Unit::Century, true),
        "millennium" => unit(Unit::Millennium, false),
        "millennia" | "millenniums" => unit(Unit::Millennium, true),
        "one" => Lex::Card(1),
        "two" => Lex::Card(2),
        "three" => Lex::Card(3),
        "four" => Lex::Card(4),
        "five" => Lex::Card(5),
        "six" => Lex::Card(6),
        "seven" => Lex::Card(7),
        "eight" => Lex::Card(8),
        "nine" => Lex::Card(9),
        "ten" => Lex::Card(10),
        "eleven" => Lex::Card(11),
        "twelve" => Lex::Card(12),
        "thirteen" => Lex::Card(13),
        "fourteen" => Lex::Card(14),
        "fifteen" => Lex::Card(15),
        "sixteen" => Lex::Card(16),
        "seventeen" => Lex::Card(17),
        "eighteen" => Lex::Card(18),
        "nineteen" => Lex::Card(19),
        "twenty" => Lex::Card(20),
        "thirty" => Lex::Card(30),
        "forty" => Lex::Card(40),
        "fifty" => Lex::Card(50),
        "sixty" => Lex::Card(60),
        "seventy" => Lex::Card(70),
        "eighty" => Lex::Card(80),
        "ninety" => Lex::Card(90),
        "hundred" => Lex::Card(100),
        "thousand" => Lex::Card(1000),
        "million" => Lex::Card(1_000_000),
        "billion" => Lex::Card(1_000_000_000),
        "dozen" => Lex::Card(12),
        "first" => Lex::Ord(1),
        "third" => Lex::Ord(3),
        "fourth" => Lex::Ord(4),
        "fifth" => Lex::Ord(5),
        "sixth" => Lex::Ord(6),
        "seventh" => Lex::Ord(7),
        "eighth" => Lex::Ord(8),
        "ninth" => Lex::Ord(9),
        "tenth" => Lex::Ord(10),
        "eleventh" => Lex::Ord(11),
        "twelfth" => Lex::Ord(12),
        "thirteenth" => Lex::Ord(13),
        "fourteenth" => Lex::Ord(14),
        "fifteenth" => Lex::Ord(15),
        "sixteenth" => Lex::Ord(16),
        "seventeenth" => Lex::Ord(17),
        "eighteenth" => Lex::Ord(18),
        "nineteenth" => Lex::Ord(19),
        "twentieth" => Lex::Ord(20),
        "thirtieth" => Lex::Ord(30),
        "spring" => Lex::Season(0),
        "summer" => Lex::Season(1),
        "fall" | "autumn" => Lex::Season(2),
        "winter" => Lex::Season(3),
        "morning" | "mornings" => Lex::PartOfDay(0),
        "afternoon" | "afternoons" => Lex::PartOfDay(1),
        "evening" | "evenings" => Lex::PartOfDay(2),
        "night" | "nights" => Lex::PartOfDay(3),
        "the" => Lex::Kw(The),
        "a" => Lex::Kw(A),
        "an" => Lex::Kw(An),
        "this" => Lex::Kw(This),
        "that" => Lex::Kw(That),
        "these" => Lex::Kw(These),
        "those" => Lex::Kw(Those),
        "last" => Lex::Kw(Last),
        "next" => Lex::Kw(Next),
        "past" => Lex::Kw(Past),
        "previous" | "prior" | "preceding" => Lex::Kw(Previous),
        "coming" | "upcoming" => Lex::Kw(Coming),
        "following" | "subsequent" => Lex::Kw(Following),
        "current" | "currently" | "presently" | "nowadays" => Lex::Kw(Current),
        "recent" | "recently" | "lately" => Lex::Kw(Recent),
        "early" => Lex::Kw(Early),
        "earlier" => Lex::Kw(Earlier),
        "late" => Lex::Kw(Late),
        "later" => Lex::Kw(Later),
        "mid" => Lex::Kw(Mid),
        "middle" => Lex::Kw(Middle),
        "end" => Lex::Kw(End),
        "beginning" => Lex::Kw(Beginning),
        "start" => Lex::Kw(Start),
        "ago" => Lex::Kw(Ago),
        "today" => Lex::Kw(Today),
        "tonight" => Lex::Kw(Tonight),
        "tomorrow" => Lex::Kw(Tomorrow),
        "yesterday" => Lex::Kw(Yesterday),
        "now" => Lex::Kw(Now),
        "every" => Lex::Kw(Every),
        "each" => Lex::Kw(Each),
        "per" => Lex::Kw(Per),
        "about" => Lex::Kw(About),
        "around" => Lex::Kw(Around),
        "nearly" => Lex::Kw(Nearly),
        "almost" => Lex::Kw(Almost),
        "approximately" => Lex::Kw(Approximately),
        "roughly" => Lex::Kw(Roughly),
        "some" => Lex::Kw(Some),
        "over" => Lex::Kw(Over),
        "more" => Lex::Kw(More),
        "less" | "fewer" => Lex::Kw(Less),
        "at" => Lex::Kw(At),
        "up" => Lex::Kw(Up),
        "within" => Lex::Kw(Within),
        "under" => Lex::Kw(Under),
        "no" => Lex::Kw(No),
        "few" => Lex::Kw(Few),
        "several" => Lex::Kw(Several),
        "many" | "numerous" => Lex::Kw(Several2),
        "couple" => Lex::Kw(Couple),
        "fiscal" => Lex::Kw(Fiscal),
        "noon" => Lex::Kw(Noon),
        "midnight" => Lex::Kw(Midnight),
        "midday" => Lex::Kw(Midday),
        "overnight" => Lex::Kw(Overnight),
        "same" => Lex::Kw(Same),
        "from" => Lex::Kw(From),
        "between" => Lex::Kw(Between),
        "half" => Lex::Kw(Half),
        "such" => Lex::Kw(Such),
        "christmas" | "easter" | "thanksgiving" | "new" | "independence" | "memorial" | "labor"
        | "labour" | "veterans" | "halloween" | "valentine" | "election" | "good" | "boxing"
        | "columbus" | "presidents" | "mother" | "father" | "passover" | "hanukkah" | "ramadan"
        | "yom" | "martin" | "st" | "remembrance" | "armistice" | "anzac" | "australia"
        | "canada" | "heritage" | "juneteenth" => Lex::Kw(Holiday),
        "future" | "soon" | "previously" | "formerly" | "once" | "then" | "yet" | "present"
        | "eventually" => Lex::Kw(Vague),
        "daily" | "weekly" | "monthly" | "annually" | "yearly" | "quarterly" | "hourly"
        | "nightly" | "biweekly" | "annual" => Lex::Kw(Frequency),
        "yearend" => Lex::Kw(Year1),
        _ => Lex::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        assert_eq!(
            classify("Nov"),
            Lex::Month {
                month: 11,
                abbr: true
            }
        );
        assert_eq!(
            classify("THURSDAY"),
            Lex::Weekday {
                day: 3,
                plural: false,
                abbr: false
            }
        );
        assert_eq!(
            classify("years"),
            Lex::Unit {
                unit: Unit::Year,
                plural: true
            }
        );
        assert_eq!(classify("twenty"), Lex::Card(20));
        assert_eq!(classify("troops"), Lex::None);
        assert_eq!(classify("Ünter"), Lex::None);
    }
}
