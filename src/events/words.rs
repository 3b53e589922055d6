//! Word tokens of a sentence, as byte ranges into it, and the small closed word classes
//! of news English that headlines, happenings and merging look at (prepositions,
//! connectives, reporting verbs, irregular past forms). Nothing here copies text.

use std::ops::Range;

/// A token: a word (letters, digits and the marks inside words: `Asia’s`, `U.S.`,
/// `face-to-face`, `15-17`, `$40`) or one punctuation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the tokenized string.
    pub range: Range<usize>,
    /// A word (not punctuation).
    pub word: bool,
    /// Whitespace came before it in the text.
    pub space_before: bool,
}

/// Splits `s` into tokens.
pub fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    let mut space = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                // Marks inside a word: "Asia’s", "face-to-face", "U.S", "1,200" (a comma
                // only between digits).
                let next = s[j + d.len_utf8()..].chars().next();
                let comma_ok = d != ','
                    || (next.is_some_and(|n| n.is_ascii_digit())
                        && s[..j].ends_with(|p: char| p.is_ascii_digit()));
                let inner = matches!(d, '\'' | '’' | '‘' | '-' | '.' | ',' | '/' | '&')
                    && next.is_some_and(is_word_char)
                    && comma_ok;
                // "Mr.", "Nov.", "U.S." keep their period; a sentence's last one does not.
                let abbrev_dot = d == '.'
                    && !s[j + 1..].trim().is_empty()
                    && s[j + 1..].starts_with(char::is_whitespace)
                    && is_abbreviation(&s[i..j]);
                if is_word_char(d) || inner || abbrev_dot {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                range: i..end,
                word: true,
                space_before: space,
            });
        } else {
            // "--" and "- -" (a typed dash) are one dash.
            let prev_dash = out
                .last()
                .is_some_and(|t: &Tok| !t.word && s[t.range.clone()].chars().all(|d| d == '-'));
            if c == '-' && prev_dash {
                if let Some(t) = out.last_mut() {
                    t.range.end = i + 1;
                }
                space = false;
                continue;
            }
            out.push(Tok {
                range: i..i + c.len_utf8(),
                word: false,
                space_before: space,
            });
        }
        space = false;
    }
    out
}

/// "Mr", "Nov", "U.S", a single initial: a word whose period is part of it.
fn is_abbreviation(w: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
        "st", "jr", "sr", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs", "messrs", "ft", "mt",
    ];
    w.contains('.')
        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&w.to_lowercase().as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '$' | '%' | '€' | '£' | '#' | '@')
}

/// Lower-case form for comparisons (straight apostrophes).
pub fn lower(w: &str) -> String {
    // Most words are ASCII: one allocation, no second pass for curly quotes.
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    w.to_lowercase().replace(['’', '‘'], "'")
}

/// Exact lookups in a static list of lower-case words, hashed on first use: merging and
/// headlines ask for every word of every event.
pub struct WordSet {
    list: &'static [&'static str],
    set: std::sync::OnceLock<std::collections::HashSet<&'static str, crate::hash::FnvBuild>>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: std::sync::OnceLock::new(),
        }
    }

    /// True when `w` (already lower case) is in the list.
    pub fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

/// [`FUNCTION_WORDS`], hashed.
pub static FUNCTION_WORD_SET: WordSet = WordSet::new(FUNCTION_WORDS);
/// [`REPORTING`], hashed.
pub static REPORTING_SET: WordSet = WordSet::new(REPORTING);

pub fn is_in(list: &[&str], w: &str) -> bool {
    let l = lower(w);
    list.contains(&l.as_str())
}

/// Prepositions that govern a time expression ("on Thursday", "in August").
#[rustfmt::skip]
pub const TIME_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "by", "from", "since", "until", "till", "through", "throughout",
    "as", "of", "for", "around", "about",
];

/// Words that open a sentence without being its subject ("But", "Most recently,").
#[rustfmt::skip]
pub const CONNECTIVES: &[&str] = &[
    "but", "and", "however", "meanwhile", "also", "still", "yet", "so", "now", "instead",
    "separately", "earlier", "later", "previously", "then", "thus", "moreover", "furthermore",
    "nevertheless", "indeed", "ultimately", "finally", "recently", "additionally", "otherwise",
    "nonetheless", "or", "most", "more", "in", "addition", "first", "second", "third", "today",
    "overall", "elsewhere", "again", "lastly", "besides", "hence", "consequently",
    "accordingly",
];

/// Connective phrases (checked before single words).
#[rustfmt::skip]
pub const CONNECTIVE_PHRASES: &[&[&str]] = &[
    &["most", "recently"], &["more", "recently"], &["in", "addition"],
    &["on", "the", "other", "hand"], &["at", "the", "same", "time"], &["as", "a", "result"],
    &["in", "the", "meantime"], &["for", "example"], &["for", "instance"], &["in", "turn"],
    &["even", "so"],
];

/// Single connective words that may open a sentence without a comma.
#[rustfmt::skip]
pub const BARE_CONNECTIVES: &[&str] = &[
    "but", "and", "yet", "so", "meanwhile", "still", "also", "however", "now", "or", "then",
];

/// Prepositions that open an adverbial before the subject ("In a joint statement, …").
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "following", "with", "without", "under",
    "amid", "among", "despite", "for", "from", "by", "since", "through", "over", "across",
    "against", "toward", "towards", "upon", "within", "into", "like", "unlike", "besides",
    "near", "beyond", "about", "around", "throughout", "to", "of", "as", "between", "behind",
    "via", "per", "along",
];

/// Verbs of saying: attribution, not happenings by themselves.
#[rustfmt::skip]
pub const REPORTING: &[&str] = &[
    "said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "noted",
    "notes", "explained", "explains", "reported", "reports", "according", "wrote", "writes",
    "insisted", "claimed", "argued", "argues", "warned", "warns", "asked", "asks", "replied",
    "commented", "remarked", "recalled", "suggested", "believes", "believed", "thinks",
    "thought", "acknowledged", "admitted", "continued", "quoted", "cited", "predicted",
    "estimated", "speculated", "observed", "indicated", "emphasized", "stressed", "urged",
    "described", "added.", "declared", "contended", "maintained", "countered", "conceded",
];

/// Words after which a headline may not end (it would be a fragment).
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "from", "with",
    "by", "that", "which", "who", "whose", "as", "than", "its", "their", "his", "her", "our",
    "my", "your", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "into",
    "onto", "over", "under", "about", "after", "before", "between", "while", "if", "when",
    "where", "because", "not", "no", "so", "such", "very", "more", "most", "also", "said",
    "says", "told", "up", "down", "out", "off", "per", "via", "amid", "among", "against",
    "during", "through", "toward", "towards", "upon", "within", "without", "it", "they", "he",
    "she", "we", "i", "there", "whether", "both", "either", "neither", "each", "every", "all",
    "any", "some", "many", "much", "few", "several", "other", "another", "s", "'s", "do",
    "does", "did", "being", "having", "since", "until", "including", "like", "near", "just",
    "only", "even", "then", "what", "how", "why",
];

/// Irregular past tense forms (and past participles) of common news verbs.
#[rustfmt::skip]
pub const IRREGULAR_PAST: &[&str] = &[
    "went", "came", "met", "gave", "took", "made", "won", "lost", "fell", "rose", "began",
    "ran", "left", "led", "sold", "bought", "paid", "hit", "struck", "shot", "quit", "broke",
    "built", "caught", "chose", "drove", "fought", "found", "flew", "froze", "grew", "held",
    "hid", "kept", "knew", "laid", "lent", "meant", "overtook", "put", "rode", "rang", "sank",
    "saw", "sent", "shook", "shut", "sang", "sat", "slept", "spoke", "spent", "split", "spread",
    "stood", "stole", "swore", "swept", "taught", "tore", "threw", "woke", "wore", "withdrew",
    "wrote", "became", "beat", "bid", "blew", "brought", "drew", "ate", "fed", "felt", "fled",
    "forgave", "got", "hung", "heard", "hurt", "overcame", "rebuilt", "sought", "shed",
    "shrank", "slid", "sprang", "stuck", "strove", "swung", "undertook", "upheld", "won",
    "withheld", "overturned", "underwent", "forecast", "set", "cut", "let", "cost", "dealt",
    "dug", "fit", "lit", "mistook", "oversaw", "overthrew", "arose", "awoke", "bore", "bent",
    "bled", "bred", "clung", "crept", "dove", "forbade", "forgot", "ground", "knelt", "leapt",
    "outsold", "rewrote", "shone", "slew", "strode", "swam", "wept", "wound", "wrung", "been",
    "done", "gone", "taken", "given", "seen", "known", "shown", "grown", "thrown", "drawn",
    "driven", "written", "broken", "chosen", "fallen", "risen", "stolen", "spoken", "frozen",
    "beaten", "begun", "bitten", "flown", "forgotten", "hidden", "ridden", "shaken", "sworn",
    "torn", "worn", "withdrawn", "overtaken", "undertaken", "sunk", "sung", "struck",
];

/// Words ending in "-ed" that are usually adjectives or prepositions in news text.
#[rustfmt::skip]
pub const NOT_PAST_ED: &[&str] = &[
    "alleged", "based", "related", "united", "limited", "supposed", "interested", "concerned",
    "detailed", "advanced", "armed", "talented", "beloved", "biased", "wicked", "naked",
    "sacred", "rugged", "ragged", "crooked", "hundred", "red", "bed", "need", "feed", "speed",
    "seed", "deed", "weed", "shed", "bled", "bred", "fled", "led", "wed", "fed", "sled",
    "indeed", "proceed", "succeed", "exceed", "breed", "greed", "embed", "unlimited",
    "unprecedented", "unexpected", "expected", "so-called", "called", "named", "dubbed",
    "titled", "entitled", "skilled", "experienced", "qualified", "sophisticated", "complicated",
    "dedicated", "integrated", "automated", "crowded", "isolated", "renewed", "mixed", "fixed",
    "tired", "retired", "married", "scared", "worried", "excited", "pleased", "satisfied",
    "disappointed", "surprised", "embattled", "beleaguered", "troubled", "crippled", "treated",
    "contested", "disputed", "elected", "proposed", "planned", "scheduled", "estimated",
    "anticipated", "highly-anticipated", "used", "owned", "run", "backed", "led", "controlled",
    "funded", "sponsored", "affiliated", "listed", "registered", "licensed", "certified",
    "authorized", "designated", "appointed", "ed", "ted", "fred", "ned", "reed", "ahmed",
    "mohammed", "muhammad", "ged",
];

/// Auxiliaries before a participle: "has filed", "were killed", "had been".
pub const PERFECT_AUX: &[&str] = &["has", "have", "had", "'ve", "'d"];
pub const PASSIVE_AUX: &[&str] = &["was", "were", "been", "got"];
/// Words before a verb that make the sentence a plan or a state, not a happening told
/// ("plans to call … nationals arrested by …").
#[rustfmt::skip]
pub const FUTURE_MARKERS: &[&str] = &[
    "will", "would", "plans", "plan", "planned", "expected", "expects", "aims", "hopes",
    "intends", "seeks", "wants", "may", "might", "could", "should", "must", "can", "shall",
    "proposes", "proposed", "considering", "set", "scheduled", "due", "likely", "unlikely",
    "if", "unless", "whether", "'ll",
];

/// Subordinators: a verb after one is background to the main clause.
#[rustfmt::skip]
pub const SUBORDINATE: &[&str] = &[
    "as", "while", "when", "because", "although", "though", "if", "unless", "whereas", "where",
    "since", "whenever", "until", "once", "which", "who", "whom", "whose",
];

/// Words that make what follows not (yet) a happening.
#[rustfmt::skip]
pub const MODALS: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "shall", "to", "'ll",
    "not", "never", "if", "unless", "whether",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokens(s).iter().map(|t| &s[t.range.clone()]).collect()
    }

    #[test]
    fn words_keep_inner_marks_and_split_punctuation() {
        assert_eq!(
            words("Mr. Xi told Asia’s U.S. face-to-face, $40 on Nov. 15-17. – Reuters"),
            [
                "Mr.",
                "Xi",
                "told",
                "Asia’s",
                "U.S.",
                "face-to-face",
                ",",
                "$40",
                "on",
                "Nov.",
                "15-17",
                ".",
                "–",
                "Reuters"
            ]
        );
        assert_eq!(
            words("1,200 people, said."),
            ["1,200", "people", ",", "said", "."]
        );
        assert_eq!(words("“focus,” he"), ["“", "focus", ",", "”", "he"]);
    }
}
