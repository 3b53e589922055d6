//! Events at scale: 10,000 articles (the 256 TempEval-3 TBAQ documents repeated, as the
//! events issue suggests) extracted into events, then merged into one point per happening.
//! Compares extraction alone with extraction + merging: merging must not be the slow part.
//!
//! `cargo bench --no-default-features --bench events`. Reads `../shared/data/tempeval3`
//! (or `$TEMPEVAL3_DIR`); without it the seed article is repeated instead.

use chronoscope::documents::{self, Document};
use chronoscope::events::{extract_events, merge, Event};
use chronoscope::temporal::Options;
use criterion::{criterion_group, criterion_main, Criterion};
use rayon::prelude::*;
use std::path::PathBuf;

const ARTICLES: usize = 10_000;

fn corpus() -> Vec<Document> {
    let root = std::env::var_os("TEMPEVAL3_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3")
        });
    let paths = if root.exists() {
        vec![root.join("timebank"), root.join("aquaint")]
    } else {
        vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]
    };
    let walk = documents::walk(&paths);
    let base: Vec<Document> = walk
        .files
        .iter()
        .flat_map(|f| documents::read(f).documents)
        .collect();
    assert!(!base.is_empty(), "no documents under {paths:?}");
    (0..ARTICLES)
        .map(|i| {
            let mut d = base[i % base.len()].clone();
            d.id = format!("d{}", i + 1);
            d
        })
        .collect()
}

fn extract_all(docs: &[Document]) -> Vec<Event> {
    let options = Options::default();
    docs.par_iter()
        .flat_map_iter(|d| extract_events(d, &options))
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let events = extract_all(&docs);
    let merged = merge::merge(&docs, events.clone());
    eprintln!(
        "{} articles: {} events extracted, {} after merging",
        docs.len(),
        events.len(),
        merged.len()
    );
    let mut g = c.benchmark_group("events_10k_articles");
    g.sample_size(10);
    g.bench_function("extract", |b| b.iter(|| extract_all(&docs).len()));
    g.bench_function("merge", |b| {
        b.iter_batched(
            || events.clone(),
            |ev| merge::merge(&docs, ev).len(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.bench_function("extract_and_merge", |b| {
        b.iter(|| merge::merge(&docs, extract_all(&docs)).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
