//! The whole-text pass of the name finder ([`super::find`]): names found one by one are
//! tied to each other — a surname to the full name it belongs to, a short organisation
//! name to its full one, an acronym to its long form (defined in parentheses or matching
//! its initials), a full name whose surname the text titles becomes a person — and
//! headline words the body never names are dropped.

use super::tokens::{is_acronym, Token};
use super::types::ActorKind;
use crate::documents::Span;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A name found before the whole-text pass: `sure` when a cue decided its kind.
pub(super) struct Found {
    pub tokens: Range<usize>,
    pub kind: ActorKind,
    pub role: Option<Span>,
    pub canonical: Option<String>,
    pub sure: bool,
    pub headline: bool,
}

/// The whole-text pass: weak names take the kind and full name of a sure one they belong
/// to; acronyms defined in parentheses take their long form; headline words that the
/// body never names are dropped.
pub(super) fn resolve_in_text(text: &str, toks: &[Token], found: &mut Vec<Found>) {
    let word = |i: usize| toks[i].text(text);
    let surface = |r: &Range<usize>| r.clone().map(word).collect::<Vec<_>>().join(" ");
    // Acronyms defined right after a name: "United States Air Force ( USAF )".
    let mut defined: Vec<(String, String, ActorKind)> = Vec::new();
    for w in found.windows(2) {
        let (long, short) = (&w[0], &w[1]);
        let gap = &text[toks[long.tokens.end - 1].span.end..toks[short.tokens.start].span.start];
        let s = surface(&short.tokens);
        if gap.trim() == "(" && is_acronym(&s) && long.tokens.len() >= 2 {
            defined.push((
                s,
                long.canonical.clone().unwrap_or(surface(&long.tokens)),
                long.kind,
            ));
        }
    }
    // "Mr. Kishida" makes a "Fumio Kishida" the text never titles a person too.
    let titled: HashSet<String> = found
        .iter()
        .filter(|f| f.kind == ActorKind::Person && f.role.is_some())
        .map(|f| word(f.tokens.end - 1).to_string())
        .collect();
    for f in found.iter_mut() {
        if !f.sure && f.tokens.len() >= 2 && titled.contains(word(f.tokens.end - 1)) {
            f.kind = ActorKind::Person;
            f.sure = true;
        }
    }
    // Indexes, so the pass stays linear in the mentions of a long text: the full names a
    // single word may stand for (a person's first or last word, an organisation's first),
    // the long organisation names by their initials, the acronyms defined in the text.
    let mut owners_of: HashMap<String, Vec<(String, ActorKind)>> = HashMap::new();
    for f in found.iter().filter(|f| f.sure && f.tokens.len() >= 2) {
        let name = f.canonical.clone().unwrap_or_else(|| surface(&f.tokens));
        let keys = match f.kind {
            ActorKind::Person => vec![f.tokens.start, f.tokens.end - 1],
            ActorKind::Organization => vec![f.tokens.start],
            _ => Vec::new(),
        };
        for k in keys {
            let list = owners_of.entry(word(k).to_string()).or_default();
            if !list.iter().any(|(n, kind)| *n == name && *kind == f.kind) {
                list.push((name.clone(), f.kind));
            }
        }
    }
    // Long names an acronym may stand for (sure or not: "Asia-Pacific Economic
    // Cooperation" has no organisation word).
    let mut orgs_by_initials: HashMap<String, Vec<String>> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| f.kind == ActorKind::Organization && f.tokens.len() >= 2)
    {
        let parts: Vec<&str> = f.tokens.clone().map(word).collect();
        let name = f.canonical.clone().unwrap_or_else(|| surface(&f.tokens));
        let list = orgs_by_initials.entry(initials(&parts)).or_default();
        if !list.contains(&name) {
            list.push(name);
        }
    }
    let mut defined_as: HashMap<String, (String, ActorKind)> = HashMap::new();
    for (short, long, kind) in defined {
        defined_as.entry(short).or_insert((long, kind));
    }
    let body_names: HashSet<String> = found
        .iter()
        .filter(|f| !f.headline)
        .map(|f| surface(&f.tokens))
        .collect();
    for f in found.iter_mut() {
        let s = surface(&f.tokens);
        if let Some((long, kind)) = defined_as.get(&s) {
            f.canonical = Some(long.clone());
            f.kind = *kind;
            f.sure = true;
            continue;
        }
        // An acronym of an organisation the text names in full: "APEC" and
        // "Asia-Pacific Economic Cooperation".
        if f.tokens.len() == 1 && is_acronym(&s) && f.canonical.is_none() {
            let letters: String = s.chars().filter(|c| c.is_alphabetic()).collect();
            if let Some([long]) = orgs_by_initials.get(&letters).map(Vec::as_slice) {
                f.canonical = Some(long.clone());
                f.kind = ActorKind::Organization;
                f.sure = true;
                continue;
            }
        }
        if f.tokens.len() == 1 && (f.kind == ActorKind::Person || !f.sure) {
            // A surname or given name of one person named in full; an organisation's
            // first word ("Apple" of "Apple Inc.").
            let owners = owners_of.get(&s).map(Vec::as_slice).unwrap_or_default();
            let mut names = owners.iter().map(|(n, _)| n);
            if let Some(first) = names.next() {
                if names.all(|n| n == first) {
                    let (name, kind) = &owners[0];
                    f.kind = *kind;
                    f.canonical = Some(name.clone());
                    f.sure = true;
                }
            }
        }
    }
    found.retain(|f| !f.headline || f.sure || body_names.contains(&surface(&f.tokens)));
}

/// The capital initials of a name's words and hyphenated parts ("Asia-Pacific Economic
/// Cooperation" → "APEC").
fn initials(parts: &[&str]) -> String {
    parts
        .iter()
        .flat_map(|w| w.split('-'))
        .filter_map(|p| p.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}
