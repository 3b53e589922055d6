//! Making a long headline fit: titles before names go, then the tail is cut at the last
//! phrase boundary that fits, never before the main verb and never inside a quote.

use super::{is_quote, is_sentence_start, starts_upper, Builder, MAX_HEADLINE_CHARS};
use crate::events::words::{self, is_in, lower};

/// Words before which a too-long headline may be cut.
#[rustfmt::skip]
const CUT_BEFORE: &[&str] = &[
    "which", "who", "whose", "that", "while", "as", "amid", "after", "following", "before",
    "because", "including", "such", "with", "in", "on", "at", "for", "from", "by", "during",
    "over", "under", "among", "between", "and", "but", "designed", "where", "when", "since",
    "until", "despite", "to", "into", "than", "through", "across", "against", "like", "near",
    "about", "without", "within", "saying", "leaving", "making", "giving", "calling",
    "prompting", "ahead", "if", "or", "according", "alongside", "toward", "towards", "amid",
];

/// Titles that may stand before a name ("Prime Minister Fumio Kishida").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "prime", "minister", "secretary", "chancellor", "ceo", "chairman",
    "chairwoman", "chair", "senator", "sen.", "governor", "gov.", "king", "queen", "pope",
    "general", "gen.", "premier", "leader", "mayor", "judge", "justice", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "director", "chief", "executive", "founder",
    "co-founder", "vice", "deputy", "foreign", "defense", "defence", "finance", "state",
    "representative", "rep.", "commissioner", "officer", "head", "coach", "captain", "dr.",
    "professor", "prof.", "attorney", "lawmaker", "former", "acting", "interim", "senior",
];

impl Builder<'_> {
    /// "Chinese President Xi Jinping" → "Xi Jinping": title words (and the adjectives or
    /// names before them) standing before a capitalized name.
    pub(super) fn drop_titles(&mut self) {
        let kept = self.kept();
        let mut k = 0;
        while k < kept.len() {
            let i = kept[k];
            if !is_in(TITLES, self.w(i)) || !starts_upper(self.w(i)) {
                k += 1;
                continue;
            }
            // The run of capitalized words holding the title.
            let mut lo = k;
            while lo > 0
                && starts_upper(self.w(kept[lo - 1]))
                && self.toks[kept[lo - 1]].word
                && !is_sentence_start(&kept, lo - 1)
            {
                lo -= 1;
            }
            if lo > 0 && is_sentence_start(&kept, lo - 1) && starts_upper(self.w(kept[lo - 1])) {
                lo -= 1;
            }
            // "company CEO Steve Jobs", "the group's chairman X": the words that say whose
            // title it is go with it.
            while lo > 0
                && is_in(
                    &[
                        "company",
                        "firm",
                        "group",
                        "the",
                        "its",
                        "company's",
                        "group's",
                        "firm's",
                        "bank's",
                        "party's",
                    ],
                    self.w(kept[lo - 1]),
                )
            {
                lo -= 1;
            }
            let mut hi = k;
            while hi + 1 < kept.len() && is_in(TITLES, self.w(kept[hi + 1])) {
                hi += 1;
            }
            // A name must follow: one or more capitalized words, not another title.
            let name = kept
                .get(hi + 1)
                .is_some_and(|&j| self.toks[j].word && starts_upper(self.w(j)));
            let name2 = kept
                .get(hi + 2)
                .is_some_and(|&j| self.toks[j].word && starts_upper(self.w(j)));
            if name && name2 {
                for &j in &kept[lo..=hi] {
                    self.keep[j] = false;
                }
            }
            k = hi + 1;
        }
    }

    /// Headline style, still too long after the titles went: a titled person by surname
    /// ("President Xi Jinping" → "Xi": the title said it is a person), and no "that"
    /// after a verb of saying ("told Kishida that Asia's …" → "told Kishida Asia's …").
    pub(super) fn headline_style(&mut self) {
        let kept = self.kept();
        for k in 0..kept.len().saturating_sub(1) {
            let (i, j) = (kept[k], kept[k + 1]);
            let titled = i > 0 && !self.keep[i - 1] && is_in(TITLES, self.w(i - 1));
            let two = self.toks[i].word
                && self.toks[j].word
                && j == i + 1
                && starts_upper(self.w(i))
                && starts_upper(self.w(j));
            // "Xi Jinping", "Fumio Kishida": not "Yoon Suk Yeol" (three parts stay whole).
            let third = kept
                .get(k + 2)
                .is_some_and(|&n| n == j + 1 && starts_upper(self.w(n)));
            if titled && two && !third {
                if self.w(i).ends_with('.') {
                    continue; // an initial or "Mr.": keep
                }
                // The surname is the part the article repeats ("Mr. Xi", "Biden said");
                // with no repeat, the last part, or a two-letter first part ("Xi Jinping":
                // family name first, as Chinese and Korean names are written).
                let (a, b) = (words_in(self.doc, self.w(i)), words_in(self.doc, self.w(j)));
                let first_is_family = a > b || (a == b && self.w(i).chars().count() <= 2);
                let drop = if first_is_family { j } else { i };
                self.keep[drop] = false;
            }
        }
        let kept = self.kept();
        for k in 1..kept.len() {
            if lower(self.w(kept[k])) != "that" {
                continue;
            }
            let saying = (k.saturating_sub(4)..k).any(|p| {
                matches!(
                    lower(self.w(kept[p])).as_str(),
                    "told" | "said" | "says" | "tells" | "warned" | "announced"
                )
            });
            if saying && kept[k - 1] + 1 == kept[k] {
                self.keep[kept[k]] = false;
            }
        }
    }

    /// Cuts the tail at the last phrase boundary that fits, keeping the main verb and a
    /// word after it; when even that does not fit, the subject's trailing prepositional
    /// phrases go first ("The attacks at the U.S. embassies in Nairobi … killed 257").
    pub(super) fn cut_tail(&mut self) {
        for _ in 0..4 {
            if self.try_cut() {
                return;
            }
            if !self.shrink_subject() {
                break;
            }
        }
        self.hard_cut();
    }

    /// The last boundary that fits after the main verb; false when none does.
    fn try_cut(&mut self) -> bool {
        // Outside quotes first; else inside one (the quote is closed after its last word
        // kept: still the speaker's words, a continuous run of them).
        self.try_cut_at(false) || self.try_cut_at(true)
    }

    fn try_cut_at(&mut self, in_quotes: bool) -> bool {
        let kept = self.kept();
        let min = self.main_verb().map_or(1, |v| v + 2);
        let mut best = None;
        let mut quote = false;
        for k in 1..kept.len() {
            let w = self.w(kept[k]);
            // "… relationship based on …": a participle after a noun opens a phrase too.
            let l = lower(w);
            let participle = (l.len() > 4 && l.ends_with("ed"))
                && self.toks[kept[k - 1]].word
                && !is_in(words::FUNCTION_WORDS, self.w(kept[k - 1]));
            let boundary = (!quote || in_quotes)
                && (w == "," || w == ";" || w == ":" || is_in(CUT_BEFORE, w) || participle);
            if is_quote(w) {
                quote = !quote;
            }
            if !boundary || k < min {
                continue;
            }
            let last = kept[k - 1];
            let lw = self.w(last);
            let words = kept[..k].iter().filter(|&&i| self.toks[i].word).count();
            // Nor after a participle that needs what follows ("relationship based").
            let needs_more = is_in(
                &[
                    "based", "designed", "aimed", "intended", "meant", "expected", "due", "called",
                    "named", "known", "used", "set",
                ],
                lw,
            );
            if words < 3
                || is_in(words::FUNCTION_WORDS, lw)
                || needs_more
                || (!self.toks[last].word && !is_quote(lw))
            {
                continue;
            }
            if self.render_of(&kept[..k]).chars().count() <= MAX_HEADLINE_CHARS {
                best = Some(k);
            } else {
                break;
            }
        }
        let Some(cut) = best else { return false };
        for &i in &kept[cut..] {
            self.keep[i] = false;
        }
        true
    }

    /// Drops the last prepositional phrase of the subject (between a preposition and the
    /// main verb); false when there is none.
    fn shrink_subject(&mut self) -> bool {
        let kept = self.kept();
        let Some(v) = self.main_verb() else {
            return false;
        };
        let Some(p) = (2..v.min(9)).rev().find(|&k| {
            matches!(self.w(kept[k]), ",")
                || is_in(
                    &[
                        "at", "in", "of", "from", "for", "on", "with", "near", "by", "to",
                        "between", "under", "over", "who", "which",
                    ],
                    self.w(kept[k]),
                )
        }) else {
            return false;
        };
        if v - p > 12 || kept[p..v].iter().any(|&i| is_quote(self.w(i))) {
            return false;
        }
        for &i in &kept[p..v] {
            self.keep[i] = false;
        }
        true
    }

    /// No boundary fits: the longest run of whole words inside the limit that does not end
    /// on a function word.
    fn hard_cut(&mut self) {
        let kept = self.kept();
        let mut k = kept.len();
        while k > 1
            && (self.render_of(&kept[..k]).chars().count() > MAX_HEADLINE_CHARS
                || is_in(words::FUNCTION_WORDS, self.w(kept[k - 1]))
                || !self.toks[kept[k - 1]].word)
        {
            k -= 1;
        }
        for &i in &kept[k..] {
            self.keep[i] = false;
        }
    }

    /// Drops what a cut or a removed expression left dangling at the end: function words
    /// ("…, and the"), commas, an opening quote.
    pub(super) fn trim_end(&mut self) {
        while let Some(&last) = self.kept().last() {
            let w = self.w(last);
            let dangling = if self.toks[last].word {
                is_in(words::FUNCTION_WORDS, w)
                    && !is_in(
                        &[
                            "it", "them", "more", "most", "up", "out", "off", "down", "all",
                        ],
                        w,
                    )
            } else {
                !matches!(w, "”" | ")" | "\"" | "%" | "’" | "'" | "!" | "?")
            };
            if !dangling || self.kept_words() <= 3 {
                return;
            }
            self.keep[last] = false;
        }
    }
}

/// How many times `w` stands as a word in `text`.
fn words_in(text: &str, w: &str) -> usize {
    text.match_indices(w)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}
