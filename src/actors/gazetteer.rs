//! The shipped gazetteers (`assets/gazetteer/`, sources and licences in its README):
//! countries with their aliases and demonyms, cities, regions and US states, given names,
//! and common English words. Compiled into the binary and indexed once, on first use.
//!
//! A place name that is also a common English word ("Mobile", "Split", "Nice") or a given
//! name ("Florence", "Victoria") is only a place here when it is a country, a capital or
//! a region: a smaller town of that name is more often the word.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../assets/gazetteer/countries.tsv");
const CITIES: &str = include_str!("../../assets/gazetteer/cities.tsv");
const REGIONS: &str = include_str!("../../assets/gazetteer/regions.tsv");
const FIRST_NAMES: &str = include_str!("../../assets/gazetteer/first_names.txt");
const COMMON_WORDS: &str = include_str!("../../assets/gazetteer/common_words.txt");

/// The indexed gazetteers.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Every place name and alias → its canonical name.
    places: HashMap<String, String>,
    /// Lower-cased place names → canonical, for text in capitals ("NAIROBI, Kenya").
    places_lower: HashMap<String, String>,
    /// Canonical names of countries.
    countries: HashSet<String>,
    /// Demonyms ("Chinese", "South Korean", "Britons") → the country.
    demonyms: HashMap<String, String>,
    first_names: HashSet<String>,
    common: HashSet<String>,
}

impl Gazetteer {
    /// The shipped gazetteers, indexed on first use.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::from_data(COUNTRIES, CITIES, REGIONS, FIRST_NAMES, COMMON_WORDS)
        })
    }

    /// Indexes gazetteer texts in the shipped formats (tab-separated, `#` comments).
    pub fn from_data(
        countries: &str,
        cities: &str,
        regions: &str,
        first_names: &str,
        common: &str,
    ) -> Gazetteer {
        let mut g = Gazetteer {
            first_names: rows(first_names)
                .filter_map(|r| r.first().map(|n| n.to_string()))
                .collect(),
            common: rows(common)
                .filter_map(|r| r.first().map(|w| w.to_lowercase()))
                .collect(),
            ..Gazetteer::default()
        };
        for r in rows(countries) {
            let Some(&name) = r.first() else { continue };
            g.countries.insert(name.to_string());
            g.add_place(name, name, true);
            for alias in list(r.get(1)) {
                g.add_place(alias, name, true);
            }
            for d in list(r.get(2)) {
                g.demonyms
                    .entry(d.to_string())
                    .or_insert_with(|| name.to_string());
            }
        }
        for r in rows(regions) {
            let Some(&name) = r.first() else { continue };
            g.add_place(name, name, true);
            for alias in list(r.get(3)) {
                g.add_place(alias, name, true);
            }
        }
        for r in rows(cities) {
            let Some(&name) = r.first() else { continue };
            let capital = r.get(4).is_some_and(|c| c.trim() == "1");
            g.add_place(name, name, capital);
            for alias in list(r.get(3)) {
                g.add_place(alias, name, capital);
            }
        }
        g
    }

    fn add_place(&mut self, surface: &str, canonical: &str, major: bool) {
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        let single = !surface.contains(' ');
        let wordlike =
            self.common.contains(&surface.to_lowercase()) || self.first_names.contains(surface);
        if single && wordlike && !major {
            return;
        }
        self.places
            .entry(surface.to_string())
            .or_insert_with(|| canonical.to_string());
        self.places_lower
            .entry(surface.to_lowercase())
            .or_insert_with(|| canonical.to_string());
    }

    /// The canonical name of a place written `surface` ("U.S." → "United States").
    pub fn place(&self, surface: &str) -> Option<&str> {
        if let Some(p) = self.places.get(surface) {
            return Some(p);
        }
        // Datelines and headlines in capitals: "NAIROBI", "DAR ES SALAAM".
        let caps = surface.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && !surface.chars().any(char::is_lowercase);
        caps.then(|| self.places_lower.get(&surface.to_lowercase()))
            .flatten()
            .map(String::as_str)
    }

    /// True when `name` is the canonical name of a country.
    pub fn is_country(&self, name: &str) -> bool {
        self.countries.contains(name)
    }

    /// The country a demonym names ("Chinese" → "China").
    pub fn demonym(&self, surface: &str) -> Option<&str> {
        self.demonyms.get(surface).map(String::as_str)
    }

    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// A common English word (lower case) that is rarely a name.
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common.contains(lower)
    }
}

/// The fields of each data line (not blank, not a `#` comment).
fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// A `|`-separated list field.
fn list<'a>(field: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    field
        .map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()))
        .into_iter()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_data_knows_the_news_places() {
        let g = Gazetteer::get();
        assert_eq!(g.place("U.S."), Some("United States"));
        assert_eq!(g.demonym("Chinese"), Some("China"));
        assert_eq!(g.demonym("South Korean"), Some("South Korea"));
        assert_eq!(g.place("San Francisco"), Some("San Francisco"));
        assert_eq!(g.place("Tokyo"), Some("Tokyo"));
        assert!(g.is_first_name("Steve"));
    }
}
