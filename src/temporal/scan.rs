//! Tokenizer for the temporal grammar: one pass over the text, no allocation per token.
//!
//! Tokens are words (runs of letters), numbers (runs of ASCII digits) and single
//! punctuation characters; whitespace is skipped but remembered (`gap`, `newline`), because
//! "Nov. 15-17" (no gaps) and "1,500" (a number, not a year) depend on it. Each word is
//! classified once by [`super::lexicon::classify`]. Nothing here knows any grammar.

use super::lexicon::{classify, Lex};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// One token: a byte range into the text plus its classification.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// Value of a number token (saturating), 0 otherwise.
    pub num: u32,
    /// Whitespace precedes this token.
    pub gap: bool,
    /// A line break precedes this token.
    pub newline: bool,
    /// First character is upper case.
    pub cap: bool,
}

#[allow(clippy::len_without_is_empty)] // a token is never empty
impl Tok {
    /// Number of bytes (for numbers: the number of digits).
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Splits `text` into tokens, appending to `out` (cleared first).
pub fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut gap = true;
    let mut newline = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            gap = true;
            newline |= b == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let (kind, end) = if b.is_ascii_digit() {
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            (Kind::Num, j)
        } else if b.is_ascii_alphabetic() {
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                j += 1;
            }
            // Non-ASCII letters continue a word ("Müller").
            if j < bytes.len() && bytes[j] >= 0x80 {
                j = word_end(text, j);
            }
            (Kind::Word, j)
        } else if b < 0x80 {
            (Kind::Punct, i + 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c.is_whitespace() {
                gap = true;
                i += len;
                continue;
            }
            if c.is_alphabetic() {
                (Kind::Word, word_end(text, i))
            } else {
                (Kind::Punct, i + len)
            }
        };
        let word = &text[start..end];
        let (lex, num, cap) = match kind {
            Kind::Word => (classify(word), 0, b.is_ascii_uppercase()),
            Kind::Num => (Lex::None, parse_num(word), false),
            Kind::Punct => (Lex::None, 0, false),
        };
        out.push(Tok {
            start,
            end,
            kind,
            lex,
            num,
            gap,
            newline,
            cap,
        });
        gap = false;
        newline = false;
        i = end;
    }
}

fn word_end(text: &str, from: usize) -> usize {
    let mut end = from;
    for c in text[from..].chars() {
        if c.is_alphabetic() {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn parse_num(digits: &str) -> u32 {
    let mut n: u32 = 0;
    for b in digits.bytes() {
        n = n.saturating_mul(10).saturating_add(u32::from(b - b'0'));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let text = "Nov. 15-17, 1,500 Müller’s";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let parts: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            parts,
            ["Nov", ".", "15", "-", "17", ",", "1", ",", "500", "Müller", "’", "s"]
        );
        assert!(toks[2].gap && !toks[3].gap);
        assert_eq!(toks[4].num, 17);
        assert_eq!(toks[0].kind, Kind::Word);
        assert!(toks[0].cap);
    }

    #[test]
    fn huge_numbers_saturate() {
        let mut toks = Vec::new();
        tokenize("99999999999999999999", &mut toks);
        assert_eq!(toks[0].num, u32::MAX);
    }
}
