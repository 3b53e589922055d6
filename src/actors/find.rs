//! Finding names in one text, with the cues news English gives (rules and shipped
//! gazetteers; no model):
//!
//! 1. runs of capitalised words (with connectors inside: "Bank of America", "Charles de
//!    Gaulle"), camel-case products ("iPhone 4") and acronyms;
//! 2. a sentence's first word, and the words of a title-case headline, only count when the
//!    text also writes them as names elsewhere, or a gazetteer knows them;
//! 3. titles and honorifics split a run: what follows is a person, the title is its role
//!    ("Chinese President Xi Jinping" → place "Chinese" (China), role "President", person
//!    "Xi Jinping"; "Apple CEO Steve Jobs" → organisation, role, person);
//! 4. the kind from the words: gazetteers (countries, demonyms, cities, regions, first
//!    names), organisation words ("Inc.", "Airlines", "Ministry"), event words ("summit"),
//!    saying verbs after a name;
//! 5. then the whole text ([`super::coref`]): a surname alone takes the person it belongs to ("Mr. Kishida"
//!    → "Fumio Kishida"), a short organisation name its full one ("Apple" → "Apple Inc."),
//!    an acronym defined in parentheses its long form ("USAF" → "United States Air
//!    Force").
//!
//! Spans are byte ranges into the text given (`&text[span]` is the name).

use super::coref::{resolve_in_text, Found};
use super::gazetteer::Gazetteer;
use super::tokens::{is_acronym, is_camel, is_capitalised, tokens, Token};
use super::types::{ActorKind, Mention};
use super::words::{
    CONNECTORS, EVENT_TAILS, INSTITUTIONS, NOT_NAMES, ORG_HEADS, ORG_TAILS, PERSON_TITLES,
    PLACE_HEADS, PLACE_TAILS, SAYING, TITLES,
};
use crate::documents::Span;
use crate::hash::FnvBuild;
use crate::text::sentences;
use std::collections::HashSet;
use std::ops::Range;

/// Every name in `text`, in text order.
pub fn find_mentions(text: &str, gaz: &Gazetteer) -> Vec<Mention> {
    let toks = tokens(text);
    let lower_words = LowerWords::of(text, &toks);
    let mut found = Vec::new();
    let mut ti = 0;
    for sentence in sentences(text) {
        let first = ti;
        while ti < toks.len() && toks[ti].span.start < sentence.end {
            ti += 1;
        }
        let st = first..ti;
        let headline = is_headline(text, &toks[st.clone()]);
        let cx = Context {
            text,
            toks: &toks,
            gaz,
            lower_words: &lower_words,
            headline,
        };
        for run in runs(text, &toks, st.clone()) {
            cx.split(run, st.start, &mut found);
        }
    }
    resolve_in_text(text, &toks, &mut found);
    found
        .into_iter()
        .map(|f| Mention {
            span: Span {
                start: toks[f.tokens.start].span.start,
                end: toks[f.tokens.end - 1].span.end,
            },
            kind: f.kind,
            role: f.role,
            canonical: f.canonical,
        })
        .collect()
}

/// The words a text writes in lower case: asked only of capitalised words ("is
/// 'Officials' a word this text also writes as 'officials'?"), built from every word of
/// the text, so hashed with FNV (SipHash was a tenth of the finder's time).
struct LowerWords<'t>(HashSet<&'t str, FnvBuild>);

impl<'t> LowerWords<'t> {
    fn of(text: &'t str, toks: &[Token]) -> LowerWords<'t> {
        LowerWords(
            toks.iter()
                .map(|t| t.text(text))
                .filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_lowercase))
                .collect(),
        )
    }

    fn contains(&self, lower: &str) -> bool {
        self.0.contains(lower)
    }
}

struct Context<'a> {
    text: &'a str,
    toks: &'a [Token],
    gaz: &'a Gazetteer,
    lower_words: &'a LowerWords<'a>,
    headline: bool,
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks[i].text(self.text)
    }

    /// Strips what is not part of a name from a run, splits it at titles, and classifies
    /// what is left.
    fn split(&self, run: Range<usize>, sentence_start: usize, out: &mut Vec<Found>) {
        let mut start = run.start;
        while start < run.end {
            let w = self.word(start);
            let initial = start == sentence_start || self.after_opening(start);
            let lower = w.to_lowercase();
            // A sentence's first word is a name's when more name words follow it
            // ("Apple Inc. said", "General Motors"), unless it is a function word.
            let more = start + 1 < run.end && !CONNECTORS.has(self.word(start + 1));
            let common = NOT_NAMES.has(w)
                || (initial
                    && !more
                    && (self.lower_words.contains(&lower) || self.gaz.is_common_word(&lower))
                    && !self.known(w));
            if !common {
                break;
            }
            start += 1;
        }
        if start >= run.end {
            return;
        }
        // A title alone ("the CEO", "President said") names no one.
        if run.end - start == 1 && TITLES.has(self.word(start)) {
            return;
        }
        // A title run with a name after it: the title is a role, the rest a person.
        if let Some((t0, t1)) = self.title_run(start..run.end) {
            if t0 > start {
                // What stands before a role is a name even at a sentence start ("Apple
                // CEO Steve Jobs"): an organisation unless a cue says otherwise.
                let before = out.len();
                if !self.classify(start..t0, None, usize::MAX, out) {
                    self.classify(start..t0, None, sentence_start, out);
                }
                if let Some(f) = out.get_mut(before) {
                    if !f.sure {
                        f.kind = ActorKind::Organization;
                        f.sure = true;
                    }
                }
            }
            let role = Span {
                start: self.toks[t0].span.start,
                end: self.toks[t1 - 1].span.end,
            };
            let name = t1..run.end;
            let kind_found = self.classify(name.clone(), Some(role), sentence_start, out);
            if kind_found {
                if let Some(last) = out.last_mut() {
                    if last.kind == ActorKind::Other || !last.sure {
                        last.kind = ActorKind::Person;
                    }
                    last.sure = true;
                }
            }
            return;
        }
        self.classify(start..run.end, None, sentence_start, out);
    }

    /// The first run of title words inside `range` that holds a person title and has a
    /// capitalised word after it.
    fn title_run(&self, range: Range<usize>) -> Option<(usize, usize)> {
        let mut i = range.start;
        while i < range.end {
            if TITLES.has(self.word(i)) {
                let mut j = i;
                while j < range.end
                    && (TITLES.has(self.word(j)) || (self.word(j) == "of" && j + 1 < range.end))
                {
                    j += 1;
                }
                let has_person_title = (i..j).any(|k| PERSON_TITLES.has(self.word(k)));
                if has_person_title && j < range.end && !self.org_like(i..range.end) {
                    return Some((i, j));
                }
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
        None
    }

    /// "State Department", "Foreign Ministry", "Secretary of State": title words that make
    /// an organisation with the word after them.
    fn org_like(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| ORG_TAILS.has(self.word(k)))
            && r.clone().all(|k| {
                TITLES.has(self.word(k)) || ORG_TAILS.has(self.word(k)) || self.word(k) == "of"
            })
    }

    /// Pushes the name in `r` if it is one; returns whether it pushed.
    fn classify(
        &self,
        r: Range<usize>,
        role: Option<Span>,
        sentence_start: usize,
        out: &mut Vec<Found>,
    ) -> bool {
        let words: Vec<&str> = r.clone().map(|i| self.word(i)).collect();
        let surface = self.surface(r.clone());
        let initial = r.start == sentence_start || self.after_opening(r.start);
        let (kind, canonical, sure) =
            match self.kind_of(&words, &surface, r.clone(), role.is_some()) {
                Some(k) => k,
                None => return false,
            };
        let lower = words[0].to_lowercase();
        if !sure
            && words.len() == 1
            && initial
            && (self.lower_words.contains(&lower) || self.gaz.is_common_word(&lower))
        {
            return false;
        }
        out.push(Found {
            tokens: r,
            kind,
            role,
            canonical,
            sure,
            headline: self.headline,
        });
        true
    }

    fn kind_of(
        &self,
        words: &[&str],
        surface: &str,
        r: Range<usize>,
        titled: bool,
    ) -> Option<(ActorKind, Option<String>, bool)> {
        let first = words[0];
        let last = words[words.len() - 1];
        if let Some(country) = self.gaz.demonym(surface) {
            return Some((ActorKind::Place, Some(country.to_string()), true));
        }
        let short_acronym =
            words.len() == 1 && is_acronym(first) && !first.contains('.') && first.len() <= 4;
        if let Some(place) = self.gaz.place(surface) {
            // "AP", "CNN": a short acronym is a place only as a country's ("US", "UK").
            if !short_acronym || self.gaz.is_country(place) {
                let canonical = (place != surface).then(|| place.to_string());
                return Some((ActorKind::Place, canonical, true));
            }
        }
        if titled {
            return Some((ActorKind::Person, None, true));
        }
        if (words.len() >= 2 || last == "Reuters") && ORG_TAILS.has(last) {
            return Some((ActorKind::Organization, None, true));
        }
        if words.len() >= 2 && PLACE_TAILS.has(last) && !ORG_TAILS.has(last) {
            return Some((ActorKind::Place, None, true));
        }
        if words.len() >= 2
            && PLACE_HEADS.has(first)
            && words[1..]
                .iter()
                .any(|w| self.gaz.place(w).is_some() || is_capitalised(w))
            && !words.iter().any(|w| ORG_TAILS.has(w))
            && (first.len() > 3 || words.len() == 2)
            && matches!(
                first.to_lowercase().trim_end_matches('.'),
                "mount" | "mt" | "lake" | "cape" | "fort" | "gulf" | "isle"
            )
        {
            return Some((ActorKind::Place, None, true));
        }
        if words.len() == 1 && INSTITUTIONS.has(first) {
            return Some((ActorKind::Organization, None, true));
        }
        if words.len() >= 3 && ORG_HEADS.has(first) && words.contains(&"of") {
            return Some((ActorKind::Organization, None, true));
        }
        if words.len() >= 2 && EVENT_TAILS.has(last) {
            return Some((ActorKind::Other, None, true));
        }
        if words.iter().any(|w| is_camel(w)) {
            return Some((ActorKind::Other, None, true));
        }
        if words.len() == 1 && is_acronym(first) {
            return Some((ActorKind::Organization, None, false));
        }
        let lower_title_before = r
            .start
            .checked_sub(1)
            .is_some_and(|p| PERSON_TITLES.has(self.word(p)) && !is_capitalised(self.word(p)));
        let saying = self.says(r.clone());
        // "Harry S. Truman", "Osama bin Laden": a middle initial or a patronymic particle.
        let person_shape = words.len() >= 3
            && words[1..words.len() - 1]
                .iter()
                .any(|w| (w.len() == 2 && w.ends_with('.')) || matches!(*w, "bin" | "ibn" | "ben"));
        let person_cue = (self.gaz.is_first_name(first) && words.len() >= 2)
            || lower_title_before
            || person_shape
            || saying;
        if person_cue && words.iter().all(|w| is_capitalised(w) || CONNECTORS.has(w)) {
            return Some((ActorKind::Person, None, words.len() >= 2));
        }
        // No cue: a lone capitalised word in running text is most often a surname, a
        // longer unknown name most often an organisation (measured on the blind fixture:
        // 90 persons, 64 organisations, 27 places among lone words; 31 organisations, 17
        // persons, 10 places among longer ones). Unsure either way: the whole-text pass
        // may retype them.
        // A person is not "the X": "the Beatles", "the Fed", "the Kremlin".
        let after_the = r.start > 0 && self.word(r.start - 1) == "the";
        let kind = if words.len() == 1 && !after_the {
            ActorKind::Person
        } else {
            ActorKind::Organization
        };
        Some((kind, None, false))
    }

    /// A saying verb right after the name ("Kopp said", "…, Smith told reporters") or
    /// right before it ("said Smith").
    fn says(&self, r: Range<usize>) -> bool {
        let after = r.end < self.toks.len()
            && SAYING.has(self.word(r.end))
            && joined_loose(self.text, &self.toks[r.end - 1], &self.toks[r.end]);
        let before = r.start > 0
            && SAYING.has(self.word(r.start - 1))
            && joined_loose(self.text, &self.toks[r.start - 1], &self.toks[r.start]);
        after || before
    }

    /// The run's words as written, single-spaced.
    fn surface(&self, r: Range<usize>) -> String {
        r.map(|i| self.word(i)).collect::<Vec<_>>().join(" ")
    }

    /// True after an opening quote or bracket (a quote starts with a capital).
    fn after_opening(&self, i: usize) -> bool {
        let start = self.toks[i].span.start;
        self.text[..start]
            .trim_end()
            .ends_with(['"', '“', '‘', '(', '[', ':', '—', '-'])
    }

    fn known(&self, w: &str) -> bool {
        self.gaz.place(w).is_some() || self.gaz.demonym(w).is_some() || self.gaz.is_first_name(w)
    }
}

/// Title-case or all-caps text of several words (a headline): most words capitalised,
/// function words included.
fn is_headline(text: &str, toks: &[Token]) -> bool {
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    if words.len() < 4 {
        return false;
    }
    let caps = words.iter().filter(|w| is_capitalised(w)).count();
    let small_caps = words
        .iter()
        .filter(|w| is_capitalised(w) && NOT_NAMES.has(w))
        .count();
    caps * 10 >= words.len() * 7 && small_caps >= 1
}

/// Runs of name words in the tokens `range`: capitalised words, camel-case words, numbers
/// right after a product name ("iPhone 4"), and connectors between capitalised words,
/// separated only by spaces.
fn runs(text: &str, toks: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = range.start;
    // "Israeli-built", "U.S.-led": a compound ending in a lower-case word is an adjective.
    let adjective = |w: &str| {
        w.rsplit_once('-')
            .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
    };
    let name_word = |w: &str| (is_capitalised(w) || is_camel(w)) && !adjective(w);
    while i < range.end {
        if !name_word(toks[i].text(text)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < range.end && joined(text, &toks[end - 1], &toks[end]) {
            let w = toks[end].text(text);
            let prev = toks[end - 1].text(text);
            if name_word(w)
                || (w.starts_with(|c: char| c.is_ascii_digit()) && is_camel(prev) && w.len() <= 4)
            {
                end += 1;
            } else if CONNECTORS.has(w)
                && end + 1 < range.end
                && joined(text, &toks[end], &toks[end + 1])
                && is_capitalised(toks[end + 1].text(text))
                && !w.starts_with(char::is_uppercase)
            {
                end += 2;
            } else {
                break;
            }
        }
        out.push(start..end);
        i = end;
    }
    out
}

/// Two words with only spaces between them (a saying verb next to a name).
fn joined_loose(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end..b.span.start]
        .chars()
        .all(char::is_whitespace)
}

/// Two words are one name's only when nothing but a space (or "&") lies between them.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.span.end..b.span.start];
    gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '&' || c == '\u{a0}') && !gap.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        find_mentions(text, Gazetteer::get())
            .into_iter()
            .map(|m| {
                (
                    text[m.span.range()].to_string(),
                    m.kind.as_str(),
                    m.canonical,
                )
            })
            .collect()
    }

    fn n(s: &str, k: &'static str, c: Option<&str>) -> (String, &'static str, Option<String>) {
        (s.to_string(), k, c.map(str::to_string))
    }

    #[test]
    fn titles_are_roles_and_surnames_join_the_full_name() {
        let text = "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida. \
                    Mr. Xi said the talks went well.";
        assert_eq!(
            names(text),
            vec![
                n("Chinese", "place", Some("China")),
                n("Xi Jinping", "person", None),
                n("Japanese", "place", Some("Japan")),
                n("Fumio Kishida", "person", None),
                n("Xi", "person", Some("Xi Jinping")),
            ]
        );
    }

    #[test]
    fn organisations_acronyms_and_products() {
        let text = "The United States Air Force ( USAF ) picked Boeing Co. on Friday. \
                    Apple Inc. unveiled the iPhone 4, and Apple's shares rose. USAF said.";
        let got = names(text);
        assert!(
            got.contains(&n("United States Air Force", "organization", None)),
            "{got:?}"
        );
        assert!(
            got.contains(&n("USAF", "organization", Some("United States Air Force"))),
            "{got:?}"
        );
        assert!(
            got.contains(&n("Boeing Co.", "organization", None)),
            "{got:?}"
        );
        assert!(got.contains(&n("iPhone 4", "other", None)), "{got:?}");
        assert!(
            got.contains(&n("Apple", "organization", Some("Apple Inc."))),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(s, ..)| s == "The" || s == "Friday"),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_before_a_role_is_kept_at_a_sentence_start() {
        assert_eq!(
            names("Apple Chief Executive Officer Steve Jobs unveiled it."),
            vec![
                n("Apple", "organization", None),
                n("Steve Jobs", "person", None)
            ]
        );
    }

    #[test]
    fn sentence_starts_are_not_names() {
        let text = "Officials said the plan failed. Later, officials met again.";
        assert_eq!(names(text), vec![]);
    }
}
