//! A long plain-text article of dated sentences, for the scale benchmark and the peak
//! memory run (`benches/scale.rs`, `examples/scale_text.rs`): "Ann met Bo Nov. 2, 2000."
//! and the like, eight to a line, after a `Date:` header. Every sentence is one dated
//! event (three words besides the date, so none reads as a dateline); names and verbs
//! repeat as they do in a long log, which is what stresses merging and name finding.

use super::rng::SplitMix64;
use std::fmt::Write as _;

const NAMES: &[&str] = &[
    "Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo", "Kay", "Lu",
];
const VERBS: &[&str] = &[
    "met", "left", "won", "lost", "sang", "ran", "paid", "quit", "sued", "wed",
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

/// `sentences` dated sentences (about 26 bytes each), deterministic for `seed`.
pub fn dated_sentences(sentences: usize, seed: u64) -> String {
    let mut rng = SplitMix64::new(seed);
    let mut out = String::with_capacity(sentences * 27 + 32);
    out.push_str("Date: 2024-01-15\n\n");
    let mut pick = |list: &[&'static str]| list[rng.range(0, list.len() as i64) as usize];
    for i in 0..sentences {
        let (who, did, whom, month) = (pick(NAMES), pick(VERBS), pick(NAMES), pick(MONTHS));
        let day = 1 + (i * 7 + who.len() * 3) % 28;
        let year = 1950 + (i * 13 + whom.len() * 5 + month.len()) % 74;
        let _ = write!(out, "{who} {did} {whom} {month} {day}, {year}.");
        out.push(if i % 8 == 7 { '\n' } else { ' ' });
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_is_one_dated_event() {
        let text = dated_sentences(200, 1);
        assert!(text.starts_with("Date: 2024-01-15\n\n"));
        let years = text
            .split_whitespace()
            .filter(|w| {
                w.len() == 5 && w.ends_with('.') && w[..4].bytes().all(|b| b.is_ascii_digit())
            })
            .count();
        assert_eq!(years, 200);
        let read = crate::documents::read_bytes(
            "scale.txt",
            crate::documents::Format::Text,
            text.as_bytes(),
        );
        let events = crate::events::extract_events(&read.documents[0], &Default::default());
        assert_eq!(events.len(), 200);
        assert!(events.iter().all(|e| e.is_dated()));
    }
}
