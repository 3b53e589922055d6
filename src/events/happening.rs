//! Does a sentence tell a happening? News tells what happened in the simple past ("Boeing
//! lost the contract"), the present perfect ("has filed") and the passive ("were killed").
//! Verbs of saying ("said", "added") are attribution, not happenings: the sentence counts
//! only when what is said is itself a happening ("Police said two men were arrested").
//!
//! There is no part-of-speech tagger here: a word is a past verb when it is an irregular
//! past form or ends in "-ed", is not a known adjective, is not led by a determiner ("the
//! crippled plant"), and is not under a modal or "to" ("will meet", "plans to sell").
//! Questions, conditionals and sentences inside quotes are not happenings.

use super::words::{self, is_in, lower};

/// What was found: the verb's byte range in the sentence and whether it is a present
/// perfect ("has filed": anchored to the publication date, not the discourse).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Happening {
    pub verb: std::ops::Range<usize>,
    pub perfect: bool,
}

/// Determiners and possessives: a participle after one is an adjective.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "some", "many", "most", "all", "no", "each", "every", "any", "newly", "recently",
    "so-called", "well", "long", "much", "more", "less", "very", "highly", "fully", "widely",
    "once",
];

/// The sentence's happening verb, if it tells one.
pub fn happening(sentence: &str) -> Option<Happening> {
    let t = sentence.trim();
    if t.ends_with('?') || t.len() < 12 {
        return None;
    }
    let toks = words::tokens(sentence);
    let w = |i: usize| &sentence[toks[i].range.clone()];
    if !toks.is_empty() && matches!(w(0), "“" | "\"") {
        return None; // a quote: what someone said, not what happened
    }
    if toks
        .first()
        .is_some_and(|_| is_in(&["if", "unless", "should", "whether"], w(0)))
    {
        return None;
    }
    let mut quote = false;
    let mut words_seen = 0;
    for i in 0..toks.len() {
        let word = w(i);
        if matches!(word, "“" | "”" | "\"") {
            quote = !quote;
            continue;
        }
        if quote || !toks[i].word {
            continue;
        }
        words_seen += 1;
        let l = lower(word);
        let prev = (i > 0).then(|| lower(w(i - 1)));
        let prev2 = (i > 1).then(|| lower(w(i - 2)));
        if words::FUTURE_MARKERS.contains(&l.as_str()) {
            return None; // a plan or a possibility, whatever verb follows
        }
        if words::SUBORDINATE.contains(&l.as_str()) && words_seen > 1 {
            return None; // what follows is background to a main clause with no happening
        }
        let modal_before = (i.saturating_sub(3)..i)
            .any(|j| toks[j].word && words::MODALS.contains(&lower(w(j)).as_str()));
        if modal_before {
            continue;
        }
        let perfect = prev
            .as_deref()
            .is_some_and(|p| words::PERFECT_AUX.contains(&p))
            || (is_adverb(prev.as_deref())
                && prev2
                    .as_deref()
                    .is_some_and(|p| words::PERFECT_AUX.contains(&p)));
        let passive = prev
            .as_deref()
            .is_some_and(|p| words::PASSIVE_AUX.contains(&p));
        if !is_past_form(&l) {
            continue;
        }
        if l == "been" || l == "had" {
            continue; // an auxiliary: the participle after it decides
        }
        let after_det = prev.as_deref().is_some_and(|p| DETERMINERS.contains(&p));
        if after_det && !perfect && !passive {
            continue;
        }
        // "-ed" words right at the start ("Based on …", "Asked about …") open a phrase.
        if words_seen == 1 {
            continue;
        }
        if words::REPORTING.contains(&l.as_str()) {
            continue; // attribution: look for the happening that is reported
        }
        if words::NOT_PAST_ED.contains(&l.as_str()) && !perfect && !passive {
            continue;
        }
        return Some(Happening {
            verb: toks[i].range.clone(),
            perfect,
        });
    }
    None
}

fn is_adverb(w: Option<&str>) -> bool {
    w.is_some_and(|w| {
        matches!(
            w,
            "also"
                | "already"
                | "just"
                | "recently"
                | "since"
                | "now"
                | "finally"
                | "reportedly"
                | "allegedly"
                | "officially"
                | "not"
                | "never"
                | "still"
        )
    })
}

fn is_past_form(l: &str) -> bool {
    words::IRREGULAR_PAST.contains(&l)
        || (l.len() > 4 && l.ends_with("ed") && l.chars().all(|c| c.is_alphabetic() || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb(s: &str) -> Option<&str> {
        happening(s).map(|h| &s[h.verb])
    }

    #[test]
    fn past_perfect_and_passive_are_happenings() {
        assert_eq!(
            verb("EADS have unexpectedly defeated Boeing in the race."),
            Some("defeated")
        );
        assert_eq!(
            verb("The minister resigned after the vote."),
            Some("resigned")
        );
        assert_eq!(
            verb("Two soldiers were killed near the border."),
            Some("killed")
        );
        assert_eq!(verb("The company has filed for bankruptcy."), Some("filed"));
        assert_eq!(verb("Police said two men were arrested."), Some("arrested"));
        assert_eq!(verb("Apple sold a million phones."), Some("sold"));
    }

    #[test]
    fn saying_futures_states_and_quotes_are_not() {
        assert_eq!(
            verb("The minister said the talks were useful, he added."),
            None
        );
        assert_eq!(
            verb("Mr. Kishida plans to call for the reversal of the ban."),
            None
        );
        assert_eq!(
            verb("The two leaders are expected to discuss a new framework."),
            None
        );
        assert_eq!(verb("“We fixed it,” he said."), None);
        assert_eq!(verb("Will the company survive the crisis?"), None);
        assert_eq!(
            verb("Their meeting follows a summit in the crippled city."),
            None
        );
    }
}
