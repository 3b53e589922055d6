//! Throughput of the name finder (`actors::find_mentions`) next to the temporal engine and
//! the whole of today's extraction (`events::extract_events`: engine, sentences,
//! headlines, lead and narrated events) on the same texts: the 256 TempEval-3 TBAQ documents, read with the product's own reader.
//! The actors issue's budget: finding names must not slow extraction by more than half.
//!
//! `cargo bench --no-default-features --bench actors`. Reads `../shared/data/tempeval3`
//! (or `$TEMPEVAL3_DIR`); without it the seed article is used.

use chronoscope::actors::{find_mentions, Gazetteer};
use chronoscope::documents;
use chronoscope::events::extract_events;
use chronoscope::temporal::{extract, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;

fn corpus() -> Vec<documents::Document> {
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
    documents::walk(&paths)
        .files
        .iter()
        .flat_map(|f| documents::read(f).documents)
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let gaz = Gazetteer::get();
    let options = Options::default();
    let mut g = c.benchmark_group("tbaq_one_core");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("temporal", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extract(&d.text, d.reference_date, &options).len())
                .sum::<usize>()
        })
    });
    g.bench_function("events", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extract_events(d, &options).len())
                .sum::<usize>()
        })
    });
    g.bench_function("names", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| find_mentions(&d.text, gaz).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
