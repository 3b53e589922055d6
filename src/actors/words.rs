//! Word classes the name finder reads news English with: titles and honorifics (a role,
//! never part of a name), organisation words, connectors inside names, and the function
//! words that are capitalised only because a sentence starts with them. Compared lower
//! case, without a final period.

use crate::hash::FnvBuild;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Titles and honorifics before a person's name ("President Xi Jinping", "Mr. Kishida").
/// Multi-word titles are matched word by word ("Prime Minister", "Secretary of State").
#[rustfmt::skip]
pub(crate) static TITLES: Words = Words::new(&[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator",
    "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
    "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "archbishop", "bishop",
    "rev", "father", "sheikh", "ayatollah", "judge", "justice", "attorney", "general", "gen",
    "col", "colonel", "lt", "lieutenant", "sgt", "sergeant", "capt", "captain", "adm", "admiral",
    "maj", "major", "cmdr", "commander", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo",
    "chief", "executive", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "speaker", "leader", "coach", "officer", "detective", "det", "inspector", "agent",
    "deputy", "assistant", "foreign", "defense", "defence", "finance", "interior", "trade",
    "state", "former", "acting", "chief-executive", "founder", "co-founder", "analyst", "economist",
]);

/// Titles that alone mark the next capitalised words as a person (the rest above may also
/// start an organisation: "State Department", "Foreign Office").
#[rustfmt::skip]
pub(crate) static PERSON_TITLES: Words = Words::new(&[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "premier",
    "chancellor", "senator", "sen", "rep", "gov", "governor", "mayor", "king", "queen", "prince",
    "princess", "pope", "cardinal", "rev", "sheikh", "ayatollah", "judge", "gen", "col", "lt",
    "sgt", "capt", "adm", "maj", "cmdr", "ceo", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "ambassador", "minister", "secretary", "congressman", "congresswoman",
    "coach", "detective", "det", "inspector", "founder", "co-founder", "officer", "executive",
    "director", "chief", "spokesperson", "analyst", "economist",
]);

/// Last words of organisation names ("Boeing Co.", "Bank", "Airlines", "Ministry").
#[rustfmt::skip]
pub(crate) static ORG_TAILS: Words = Words::new(&[
    "inc", "corp", "corporation", "co", "company", "companies", "ltd", "llc", "plc", "ag", "sa",
    "nv", "gmbh", "group", "holdings", "airlines", "airways", "bank", "bancorp", "ministry",
    "party", "university", "college", "institute", "commission", "council", "agency",
    "department", "association", "committee", "court", "army", "navy", "force", "forces",
    "police", "times", "post", "news", "journal", "press", "network", "foundation", "fund",
    "union", "federation", "organization", "organisation", "board", "office", "service",
    "services", "authority", "administration", "senate", "congress", "parliament", "assembly",
    "club", "team", "motors", "systems", "technologies", "industries", "international",
    "laboratories", "labs", "exchange", "reserve", "securities", "partners", "capital",
    "media", "communications", "telecom", "energy", "petroleum", "oil", "airport", "hospital",
    "school", "church", "brigade", "guard", "corps", "bureau", "cabinet", "government",
    "regime", "tribunal", "alliance", "front", "movement", "coalition", "league", "records",
    "studios", "pictures", "entertainment", "broadcasting", "magazine", "herald", "tribune",
    "gazette", "daily", "telegraph", "monitor", "reuters", "center", "centre", "library",
    "laboratory", "pact", "television", "tv", "radio", "embassy", "consulate", "marines",
    "cross", "clinic", "museum", "academy", "society", "trust", "institution", "ministries",
    "railways", "railroad", "airline", "lines", "mission", "command", "division", "unit",
    "squad", "brotherhood", "caucus", "firm", "store", "stores", "foods", "brands", "motor",
    "steel", "chemical", "chemicals", "pharmaceuticals", "electric", "airlines", "bancshares",
]);

/// Last words of place names ("Essex County", "Wall Street", "Gaza Strip").
#[rustfmt::skip]
pub(crate) static PLACE_TAILS: Words = Words::new(&[
    "county", "street", "st", "avenue", "ave", "road", "square", "boulevard", "blvd", "bridge",
    "strip", "empire", "island", "islands", "river", "lake", "valley", "province", "region",
    "district", "peninsula", "sea", "ocean", "gulf", "bay", "mountains", "hills", "heights",
    "desert", "coast", "park", "canal", "city", "town", "village", "republic", "kingdom",
    "territory", "territories", "airbase", "harbor", "harbour", "port",
]);

/// First words of place names ("Mount Vernon", "Lake Victoria", "Cape Town").
#[rustfmt::skip]
pub(crate) static PLACE_HEADS: Words = Words::new(&[
    "mount", "mt", "lake", "cape", "port", "fort", "gulf", "sea", "isle", "san", "santa", "st",
    "saint", "new", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "upper", "lower", "greater",
]);

/// Institutions named by one word ("Congress said", "the Pentagon").
#[rustfmt::skip]
pub(crate) static INSTITUTIONS: Words = Words::new(&[
    "congress", "parliament", "senate", "pentagon", "kremlin", "interpol", "reuters", "nato",
    "opec", "knesset", "duma", "bundestag", "vatican", "politburo", "hamas", "hezbollah",
    "taliban", "gop",
]);

/// First words of organisation names ("Bank of America", "University of California").
#[rustfmt::skip]
pub(crate) static ORG_HEADS: Words = Words::new(&[
    "bank", "university", "ministry", "department", "office", "bureau", "council", "commission",
    "institute", "house", "federal", "national", "royal", "united", "state", "central",
    "international", "european", "american", "world", "supreme", "general",
]);

/// Words of named events and other named things ("APEC summit", "Olympic Games").
#[rustfmt::skip]
pub(crate) static EVENT_TAILS: Words = Words::new(&[
    "summit", "games", "olympics", "cup", "championship", "championships", "war", "conference",
    "festival", "awards", "prize", "treaty", "accord", "agreement", "act", "bill", "plan",
    "expo", "forum", "open", "marathon", "election", "elections", "crisis", "revolution",
]);

/// Lower-case words allowed inside a name ("Bank of America", "Charles de Gaulle").
#[rustfmt::skip]
pub(crate) static CONNECTORS: Words = Words::new(&[
    "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "bin",
    "ibn", "al", "el", "y", "for", "es", "arap", "del", "della", "do", "das", "ul", "&",
]);

/// Words that are capitalised at a sentence start, in headlines and in quotes, but are
/// never names by themselves.
#[rustfmt::skip]
pub(crate) static NOT_NAMES: Words = Words::new(&[
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "but",
    "or", "nor", "so", "yet", "if", "as", "he", "she", "it", "they", "we", "i", "you", "his",
    "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "there",
    "here", "what", "who", "when", "where", "why", "how", "which", "while", "after", "before",
    "since", "until", "during", "about", "over", "under", "into", "than", "then", "now",
    "today", "yesterday", "tomorrow", "tonight", "also", "still", "even", "only", "just", "not",
    "no", "yes", "all", "some", "many", "most", "more", "other", "another", "each", "every",
    "both", "one", "two", "three", "first", "last", "next", "new",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "christmas", "easter", "god", "however", "meanwhile", "although",
    "though", "because", "despite", "among", "between", "against", "without", "within",
    "according", "officials", "police", "analysts", "critics", "some", "such", "several",
    "earlier", "later", "once", "again", "instead", "indeed", "perhaps", "let", "please",
    "thanks", "thank", "says", "said", "asked", "told", "added", "note", "update", "photo",
    "video", "read", "see", "editing", "reporting", "writing", "am", "pm", "a.m", "p.m",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
]);

/// Verbs of saying after a name: "…, Smith said", "Jones told".
#[rustfmt::skip]
pub(crate) static SAYING: Words = Words::new(&[
    "said", "says", "told", "added", "wrote", "asked", "replied", "explained", "insisted",
    "argued", "noted", "warned", "declared", "announced", "testified",
]);

/// A word list, hashed on first use. Lookups ignore case and a final period and do not
/// allocate for lower-case words (most words of a text).
pub(crate) struct Words {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, FnvBuild>>,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn has(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| self.list.iter().copied().collect());
        let w = word.trim_end_matches('.');
        if !w.bytes().any(|b| b.is_ascii_uppercase()) && w.is_ascii() {
            return set.contains(w);
        }
        // Lower-case short ASCII words on the stack: this runs for every capitalised word.
        let mut buf = [0u8; 32];
        if w.is_ascii() && w.len() <= buf.len() {
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|l| set.contains(l));
        }
        set.contains(w.to_lowercase().as_str())
    }
}
