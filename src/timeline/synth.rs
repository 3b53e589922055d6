//! A synthetic events file for benchmarks and demos: any number of events, deterministic
//! for a seed, spread the way news is.
//!
//! Shape of the data (fractions of the events):
//!
//! - 45 % in 24 "news weeks" between 1990 and 2025 (one of them the week of 16 November
//!   2023), a few days wide, at minute, hour and day precision and as day ranges;
//! - 35 % between 1900 and 2025, denser towards the present (days, months, years, month
//!   ranges);
//! - 15 % between 1000 and 1900 (years, decades, centuries, some months and days);
//! - 4 % from 3000 BC to AD 1000 (years, BCE included);
//! - 1 % vague ("recently"), with no place on the time axis.
//!
//! Documents: `n / 50` of them, at most 300, each about one news week and holding many
//! events. Every event's passage is a sentence of its document and its expression a span
//! inside that sentence (`&text[expr] == expression.text`). Sentences are shared: an event
//! whose date expression its document already contains reuses that sentence, which keeps
//! a 1,000,000-event file's texts to a few tens of megabytes.
//!
//! No I/O here: `chronoscope synth` writes the file. No `rand` dependency either: a
//! SplitMix64 generator is all the randomness needed.

use crate::documents::{Document, DocumentKind, Span};
use crate::events::{Event, EventsFile, Expression};
use crate::temporal::{Granularity, TimexType};
use crate::timeline::format::{month_name, ordinal};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use std::collections::HashMap;

/// SplitMix64: a tiny, fast, well-mixed deterministic generator.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `lo..hi` (`lo` when the range is empty).
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + (self.next_u64() % (hi - lo) as u64) as i64
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.unit().max(1e-12);
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// A random element of a non-empty slice (`None` when empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.range(0, items.len() as i64) as usize)
    }
}

const SUBJECTS: [&str; 16] = [
    "Ministers",
    "The council",
    "Rebels",
    "The central bank",
    "Voters",
    "Scientists",
    "The court",
    "Protesters",
    "The company",
    "Engineers",
    "The mayor",
    "Farmers",
    "Negotiators",
    "The union",
    "Rescue teams",
    "The parliament",
];
const VERBS: [&str; 12] = [
    "announced",
    "rejected",
    "approved",
    "debated",
    "signed",
    "delayed",
    "launched",
    "investigated",
    "celebrated",
    "ended",
    "proposed",
    "suspended",
];
const OBJECTS: [&str; 14] = [
    "the budget",
    "a ceasefire",
    "new tariffs",
    "the treaty",
    "a rescue plan",
    "the merger",
    "an inquiry",
    "the vaccine trial",
    "the election results",
    "a strike",
    "the new bridge",
    "emergency measures",
    "the harvest tax",
    "a trade pact",
];
const PLACES: [&str; 12] = [
    "Geneva", "Lagos", "Lima", "Osaka", "Oslo", "Nairobi", "Quito", "Hanoi", "Tunis", "Perth",
    "Dakar", "Riga",
];
const TOPICS: [&str; 12] = [
    "summit",
    "election",
    "floods",
    "strike",
    "trial",
    "merger",
    "earthquake",
    "budget",
    "outbreak",
    "festival",
    "drought",
    "talks",
];
const N_BURSTS: usize = 24;

/// A dated (or vague) time expression as it will appear in a sentence.
struct When {
    start: Option<NaiveDateTime>,
    end: Option<NaiveDateTime>,
    granularity: Option<Granularity>,
    value: String,
    timex_type: TimexType,
    /// Words before the expression ("on", "in", "").
    preposition: &'static str,
    text: String,
}

/// A sentence of a document: where it is, where its expression is, its title.
#[derive(Clone, Copy)]
struct Sentence {
    passage: Span,
    expression: Span,
    title_id: usize,
}

struct DocBuilder {
    doc: Document,
    sentences_since_break: usize,
    by_expression: HashMap<String, Sentence>,
}

/// Generates `n_events` events over `n_events / 50` documents (1 to 300), deterministic for
/// `seed`. See the module docs for the shape of the data.
pub fn generate(n_events: usize, seed: u64) -> EventsFile {
    let mut rng = SplitMix64::new(seed ^ 0x5EED_C0FF_EE00_0001);
    let n_docs = (n_events / 50).clamp(1, 300);

    // News weeks: the seed's week first, the others spread over 1990–2025, denser lately.
    let mut bursts = vec![day(2023, 11, 16)];
    while bursts.len() < N_BURSTS {
        let u = rng.unit();
        let year = 2024 - (34.0 * u * u) as i32;
        let doy = rng.range(0, 365) as u32 + 1;
        bursts.push(NaiveDate::from_yo_opt(year, doy).unwrap_or(bursts[0]));
    }

    let mut docs: Vec<DocBuilder> = (0..n_docs)
        .map(|i| {
            let home = bursts.get(i % N_BURSTS).copied().unwrap_or(bursts[0]);
            let place = PLACES.get(i % PLACES.len()).copied().unwrap_or("Geneva");
            let topic = TOPICS
                .get((i / PLACES.len() + i) % TOPICS.len())
                .copied()
                .unwrap_or("talks");
            let title = format!(
                "{place} {topic}, {} {}",
                month_name(home.and_time(Default::default())),
                home.year()
            );
            let text = format!("{title}\n\n");
            DocBuilder {
                doc: Document {
                    id: format!("d{}", i + 1),
                    path: format!("synth/d{}.txt", i + 1),
                    title,
                    reference_date: (home + Duration::days(2)).and_hms_opt(0, 0, 0),
                    text,
                    body: None,
                    kind: DocumentKind::Text,
                    url: None,
                },
                sentences_since_break: 0,
                by_expression: HashMap::new(),
            }
        })
        .collect();

    let titles = all_titles();
    // (document index, sentence) per event, in generation order.
    let mut placed: Vec<(usize, Sentence, When)> = Vec::with_capacity(n_events);
    for _ in 0..n_events {
        // Some documents are much longer than others.
        let u = rng.unit();
        let d = ((u * u * u) * n_docs as f64) as usize % n_docs;
        let home = bursts.get(d % N_BURSTS).copied().unwrap_or(bursts[0]);
        let when = random_when(&mut rng, home, &bursts);
        let title_id = rng.range(0, titles.len() as i64) as usize;
        let Some(builder) = docs.get_mut(d) else {
            continue;
        };
        let sentence = builder.sentence_for(&when, title_id, &titles);
        placed.push((d, sentence, when));
    }

    // Events in document order, then text order, as extraction would produce them.
    placed.sort_by_key(|(d, s, _)| (*d, s.passage.start));
    let documents: Vec<Document> = docs.into_iter().map(|b| b.doc).collect();
    let events = placed
        .into_iter()
        .enumerate()
        .map(|(i, (d, s, when))| {
            let doc = documents.get(d);
            let text = doc
                .and_then(|doc| doc.text.get(s.expression.range()))
                .unwrap_or_default();
            Event {
                id: format!("e{}", i + 1),
                document: doc.map(|doc| doc.id.clone()).unwrap_or_default(),
                start: when.start,
                end: when.end,
                granularity: when.granularity,
                value: when.value,
                modifier: None,
                title: titles.get(s.title_id).cloned().unwrap_or_default(),
                passage: s.passage,
                expression: Expression {
                    start: s.expression.start,
                    end: s.expression.end,
                    text: text.to_string(),
                    timex_type: when.timex_type,
                },
            }
        })
        .collect();
    EventsFile::new(documents, events, Vec::new())
}

impl DocBuilder {
    /// The sentence holding `when`'s expression: an existing one, or a new one appended.
    fn sentence_for(&mut self, when: &When, title_id: usize, titles: &[String]) -> Sentence {
        if let Some(s) = self.by_expression.get(&when.text) {
            return *s;
        }
        let title = titles
            .get(title_id)
            .map(String::as_str)
            .unwrap_or("Something happened");
        let text = &mut self.doc.text;
        let start = text.len();
        text.push_str(title);
        text.push(' ');
        if !when.preposition.is_empty() {
            text.push_str(when.preposition);
            text.push(' ');
        }
        let expr_start = text.len();
        text.push_str(&when.text);
        let expr_end = text.len();
        text.push('.');
        let end = text.len();
        self.sentences_since_break += 1;
        if self.sentences_since_break == 6 {
            text.push_str("\n\n");
            self.sentences_since_break = 0;
        } else {
            text.push(' ');
        }
        let s = Sentence {
            passage: Span { start, end },
            expression: Span {
                start: expr_start,
                end: expr_end,
            },
            title_id,
        };
        self.by_expression.insert(when.text.clone(), s);
        s
    }
}

fn all_titles() -> Vec<String> {
    let mut out = Vec::with_capacity(SUBJECTS.len() * VERBS.len() * OBJECTS.len());
    for s in SUBJECTS {
        for v in VERBS {
            for o in OBJECTS {
                out.push(format!("{s} {v} {o}"));
            }
        }
    }
    out
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn midnight(date: NaiveDate) -> NaiveDateTime {
    date.and_time(chrono::NaiveTime::MIN)
}

fn year_start(y: i32) -> NaiveDateTime {
    midnight(NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default())
}

fn month_start(y: i32, m: u32) -> NaiveDateTime {
    let (y, m) = if m > 12 { (y + 1, m - 12) } else { (y, m) };
    midnight(NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default())
}

/// `16 November 2023`.
fn day_text(t: NaiveDateTime) -> String {
    format!("{} {} {}", t.day(), month_name(t), t.year())
}

/// `2008`, `AD 800`, `500 BC` and the TimeML year `2008`, `0800`, `BC0500`.
fn year_text_value(y: i32) -> (String, String) {
    if y >= 1000 {
        (y.to_string(), format!("{y:04}"))
    } else if y >= 1 {
        (format!("AD {y}"), format!("{y:04}"))
    } else {
        let bc = 1 - i64::from(y);
        (format!("{bc} BC"), format!("BC{bc:04}"))
    }
}

fn random_when(rng: &mut SplitMix64, home: NaiveDate, bursts: &[NaiveDate]) -> When {
    let r = rng.unit();
    if r < 0.45 {
        let centre = if rng.unit() < 0.7 {
            home
        } else {
            *rng.pick(bursts).unwrap_or(&home)
        };
        let offset = (rng.normal() * 1.5 * 86_400.0) as i64 + 12 * 3600;
        let t = midnight(centre) + Duration::seconds(offset);
        let g = rng.unit();
        if g < 0.10 {
            minute_when(t)
        } else if g < 0.45 {
            hour_when(t)
        } else if g < 0.85 {
            day_when(t)
        } else if g < 0.95 {
            day_range_when(t, rng.range(2, 6))
        } else {
            month_when(t)
        }
    } else if r < 0.80 {
        let u = rng.unit();
        let year = 2025 - (125.0 * u.powf(1.5)) as i32;
        let t = year_start(year) + Duration::seconds(rng.range(0, 365 * 86_400));
        let g = rng.unit();
        if g < 0.45 {
            day_when(t)
        } else if g < 0.70 {
            month_when(t)
        } else if g < 0.95 {
            year_when(t.year())
        } else {
            month_range_when(t.year(), rng.range(1, 10) as u32, rng.range(2, 5) as u32)
        }
    } else if r < 0.95 {
        let year = rng.range(1000, 1900) as i32;
        let g = rng.unit();
        if g < 0.70 {
            year_when(year)
        } else if g < 0.80 {
            decade_when(year)
        } else if g < 0.85 {
            century_when(year)
        } else if g < 0.95 {
            month_when(year_start(year) + Duration::days(rng.range(0, 365)))
        } else {
            day_when(year_start(year) + Duration::days(rng.range(0, 365)))
        }
    } else if r < 0.99 {
        let year = rng.range(-2999, 1000) as i32;
        if rng.unit() < 0.8 || year < 100 {
            year_when(year)
        } else {
            century_when(year)
        }
    } else {
        let (text, preposition) = if rng.unit() < 0.5 {
            ("recently", "")
        } else {
            ("recent years", "in")
        };
        When {
            start: None,
            end: None,
            granularity: None,
            value: "PAST_REF".into(),
            timex_type: TimexType::Date,
            preposition,
            text: text.into(),
        }
    }
}

fn dated(
    start: NaiveDateTime,
    end: NaiveDateTime,
    g: Granularity,
    value: String,
    timex_type: TimexType,
    preposition: &'static str,
    text: String,
) -> When {
    When {
        start: Some(start),
        end: Some(end),
        granularity: Some(g),
        value,
        timex_type,
        preposition,
        text,
    }
}

fn minute_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date()) + Duration::minutes(i64::from(t.hour() * 60 + t.minute()));
    let value = format!("{}T{:02}:{:02}", t.date(), t.hour(), t.minute());
    let text = format!("{:02}:{:02} on {}", t.hour(), t.minute(), day_text(t));
    dated(
        s,
        s + Duration::minutes(1),
        Granularity::Minute,
        value,
        TimexType::Time,
        "at",
        text,
    )
}

fn hour_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date()) + Duration::hours(i64::from(t.hour()));
    let value = format!("{}T{:02}:00", t.date(), t.hour());
    let text = format!("{:02}:00 on {}", t.hour(), day_text(t));
    dated(
        s,
        s + Duration::hours(1),
        Granularity::Hour,
        value,
        TimexType::Time,
        "at",
        text,
    )
}

fn day_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date());
    dated(
        s,
        s + Duration::days(1),
        Granularity::Day,
        t.date().to_string(),
        TimexType::Date,
        "on",
        day_text(t),
    )
}

fn day_range_when(t: NaiveDateTime, len: i64) -> When {
    // Keep the range inside one month so "from 15 to 17 November 2023" stays one phrase.
    let first = t.date().day().min(28 - len as u32).max(1);
    let s = midnight(day(t.year(), t.month(), first));
    let last = s + Duration::days(len - 1);
    let text = format!(
        "from {} to {} {} {}",
        first,
        last.day(),
        month_name(s),
        s.year()
    );
    dated(
        s,
        s + Duration::days(len),
        Granularity::Day,
        format!("P{len}D"),
        TimexType::Duration,
        "",
        text,
    )
}

fn month_when(t: NaiveDateTime) -> When {
    let s = month_start(t.year(), t.month());
    let text = format!("{} {}", month_name(s), t.year());
    let value = format!("{:04}-{:02}", t.year(), t.month());
    dated(
        s,
        month_start(t.year(), t.month() + 1),
        Granularity::Month,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn month_range_when(year: i32, first: u32, len: u32) -> When {
    let s = month_start(year, first);
    let last = month_start(year, first + len - 1);
    let text = format!("from {} to {} {}", month_name(s), month_name(last), year);
    let end = month_start(year, first + len);
    dated(
        s,
        end,
        Granularity::Month,
        format!("P{len}M"),
        TimexType::Duration,
        "",
        text,
    )
}

fn year_when(year: i32) -> When {
    let (text, value) = year_text_value(year);
    dated(
        year_start(year),
        year_start(year + 1),
        Granularity::Year,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn decade_when(year: i32) -> When {
    let y0 = year.div_euclid(10) * 10;
    let text = format!("the {y0}s");
    let value = format!("{:03}", y0 / 10);
    dated(
        year_start(y0),
        year_start(y0 + 10),
        Granularity::Decade,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn century_when(year: i32) -> When {
    let c = year.div_euclid(100);
    let text = format!("the {} century", ordinal(i64::from(c) + 1));
    let value = format!("{c:02}");
    dated(
        year_start(c * 100),
        year_start(c * 100 + 100),
        Granularity::Century,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_for_a_seed_and_different_across_seeds() {
        let a = generate(2_000, 7);
        let b = generate(2_000, 7);
        assert_eq!(a, b);
        let c = generate(2_000, 8);
        assert_ne!(a.events, c.events);
        assert_eq!(a.events.len(), 2_000);
        assert_eq!(a.documents.len(), 40);
        assert_eq!(a.format, crate::events::file::FORMAT);
    }

    #[test]
    fn spans_point_at_their_words() {
        let f = generate(5_000, 1);
        let texts: HashMap<&str, &str> = f
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        for e in &f.events {
            let text = texts[e.document.as_str()];
            let passage = &text[e.passage.range()];
            assert_eq!(
                &text[e.expression.start..e.expression.end],
                e.expression.text
            );
            assert!(passage.starts_with(&e.title), "{passage:?} / {:?}", e.title);
            assert!(passage.ends_with('.'));
            assert!(e.passage.start <= e.expression.start && e.expression.end <= e.passage.end);
            assert_eq!(e.is_dated(), e.granularity.is_some());
            if let (Some(s), Some(end)) = (e.start, e.end) {
                assert!(s < end, "{e:?}");
            }
        }
        // Ids are unique and ordered by document then text position.
        let mut ids: Vec<&str> = f.events.iter().map(|e| e.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), f.events.len());
    }

    #[test]
    fn realistic_spread() {
        let f = generate(20_000, 3);
        let years: Vec<i32> = f
            .events
            .iter()
            .filter_map(|e| e.start)
            .map(|s| s.year())
            .collect();
        let n = years.len() as f64;
        let modern = years
            .iter()
            .filter(|&&y| (1900..=2025).contains(&y))
            .count() as f64;
        let bce = years.iter().filter(|&&y| y <= 0).count();
        assert!(modern / n > 0.7, "{modern} of {n}");
        assert!(bce > 100, "{bce}");
        assert!(years.iter().all(|&y| (-2999..=2025).contains(&y)));
        // The seed week is a burst: well over a hundred events in 13–19 Nov 2023.
        let week = f
            .events
            .iter()
            .filter_map(|e| e.start)
            .filter(|s| (day(2023, 11, 13)..day(2023, 11, 20)).contains(&s.date()))
            .count();
        assert!(week > 150, "{week}");
        for g in [
            Granularity::Minute,
            Granularity::Hour,
            Granularity::Day,
            Granularity::Month,
            Granularity::Year,
            Granularity::Decade,
            Granularity::Century,
        ] {
            assert!(f.events.iter().any(|e| e.granularity == Some(g)), "no {g}");
        }
        assert!(f.events.iter().any(|e| !e.is_dated()));
        assert!(f
            .events
            .iter()
            .any(|e| e.value == "BC0500" || e.value.starts_with("BC")));
        // Sentences are shared: fewer sentences than events.
        let text_bytes: usize = f.documents.iter().map(|d| d.text.len()).sum();
        assert!(text_bytes < f.events.len() * 60, "{text_bytes}");
    }

    #[test]
    fn round_trips_through_the_events_file_reader() {
        let f = generate(1_000, 11);
        let json = serde_json::to_string(&f).unwrap();
        let back = EventsFile::from_json(&json).unwrap();
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        assert_eq!(back, f);
    }

    #[test]
    fn bce_years_and_values() {
        assert_eq!(
            year_text_value(-499),
            ("500 BC".to_string(), "BC0500".to_string())
        );
        assert_eq!(
            year_text_value(800),
            ("AD 800".to_string(), "0800".to_string())
        );
        let w = century_when(1850);
        assert_eq!(
            (w.text.as_str(), w.value.as_str()),
            ("the 19th century", "18")
        );
        let w = decade_when(1994);
        assert_eq!((w.text.as_str(), w.value.as_str()), ("the 1990s", "199"));
        let w = day_range_when(midnight(day(2023, 11, 15)), 3);
        assert_eq!(w.text, "from 15 to 17 November 2023");
        assert_eq!(w.end, Some(midnight(day(2023, 11, 18))));
        let w = month_range_when(2019, 3, 4);
        assert_eq!(w.text, "from March to June 2019");
        assert_eq!(w.end, Some(midnight(day(2019, 7, 1))));
    }
}
