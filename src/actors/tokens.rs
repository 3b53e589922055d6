//! Words for the name finder: byte spans of the words of a text, with the marks a name
//! is read from (capitalised, all capitals, camel-case product names, initials).
//!
//! A word runs over letters and digits, over an apostrophe or hyphen between letters
//! ("O'Neill", "al-Maliki", "Jean-Claude"), over `&` between capitals ("AT&T"), and over
//! the periods of initials and abbreviations ("U.S.", "Mr.", "Inc."). A possessive "'s"
//! is not part of the word, so "Apple's" gives "Apple".

use std::ops::Range;

/// One word of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Range<usize>,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.clone()]
    }
}

/// Abbreviations that keep their final period (lower case, without it).
const KEEPS_PERIOD: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "adm",
    "maj", "cmdr", "det", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "mt", "ft",
];

/// The words of `text` in order.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while i < b.len() {
        // ASCII bytes are decided without decoding (most of news text).
        if b[i] < 0x80 && !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let end = word_end(text, start);
        let end = drop_possessive(text, start, end);
        let end = if b.get(end) == Some(&b'.') && keeps_period(&text[start..end]) {
            end + 1
        } else {
            end
        };
        out.push(Token { span: start..end });
        i = end.max(start + c.len_utf8());
        // Skip the rest of a possessive ("'s") so it is not a word of its own.
        if let Some(rest) = text[i..].strip_prefix(['\'', '’']) {
            if rest.starts_with('s') && !rest[1..].starts_with(char::is_alphanumeric) {
                i = text.len() - rest.len() + 1;
            }
        }
    }
    out
}

/// Where the word starting at `start` ends (see the module doc for what joins).
fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut j = start;
    while j < b.len() {
        let byte = b[j];
        if byte.is_ascii_alphanumeric() {
            j += 1;
            continue;
        }
        if byte < 0x80 && !matches!(byte, b'\'' | b'-' | b'&' | b'.') {
            break;
        }
        let Some(ch) = text[j..].chars().next() else {
            break;
        };
        let next = text[j + ch.len_utf8()..].chars().next();
        let joins = match ch {
            c if c.is_alphanumeric() => true,
            // "US-China" is two names; "Jean-Claude", "al-Maliki" one.
            '-' if is_acronym(&text[start..j]) && next.is_some_and(char::is_uppercase) => false,
            '\'' | '’' | '-' => next.is_some_and(char::is_alphabetic),
            '&' => next.is_some_and(char::is_uppercase) && j > start,
            // "U.S." (letter, period, letter) continues; a final period is kept by the
            // caller for initials and known abbreviations.
            '.' => {
                next.is_some_and(char::is_alphabetic)
                    && j - start == 1
                    && b.get(j + 2).is_none_or(|&n| n == b'.')
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += ch.len_utf8();
    }
    j
}

fn drop_possessive(text: &str, start: usize, end: usize) -> usize {
    let w = &text[start..end];
    for p in ["'s", "’s"] {
        if let Some(stem) = w.strip_suffix(p) {
            if !stem.is_empty() {
                return start + stem.len();
            }
        }
    }
    end
}

fn keeps_period(word: &str) -> bool {
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase()))
        || KEEPS_PERIOD.contains(&lower.as_str())
}

/// Starts with a capital letter ("Kishida", "U.S.", "McDonald").
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A product-style name: lower case first, a capital later ("iPhone", "eBay").
pub(crate) fn is_camel(word: &str) -> bool {
    if word
        .as_bytes()
        .first()
        .is_some_and(|b| !b.is_ascii_lowercase())
    {
        return false;
    }
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_lowercase) && cs.any(char::is_uppercase)
}

/// All capitals, two letters or more, dots allowed ("NATO", "U.S.", "AT&T").
pub(crate) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_of_names() {
        assert_eq!(
            words("Mr. O'Neill of AT&T met U.S. officials at Apple's Cupertino office."),
            [
                "Mr.",
                "O'Neill",
                "of",
                "AT&T",
                "met",
                "U.S.",
                "officials",
                "at",
                "Apple",
                "Cupertino",
                "office"
            ]
        );
        assert_eq!(
            words("al-Maliki, Jean-Claude Juncker"),
            ["al-Maliki", "Jean-Claude", "Juncker"]
        );
        assert_eq!(words("Boeing Co. said"), ["Boeing", "Co.", "said"]);
        assert_eq!(words("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(words("the end."), ["the", "end"]);
    }

    #[test]
    fn marks() {
        assert!(is_acronym("NATO") && is_acronym("U.S.") && !is_acronym("A"));
        assert!(is_camel("iPhone") && !is_camel("Apple"));
        assert!(is_capitalised("Élysée"));
    }
}
