//! Reading saved web pages: the 129 pages of `../shared/data/readability-pages/` (or
//! `$READABILITY_PAGES_DIR`) through the HTML reader (readability, date finding, text),
//! one page at a time on one core, and the whole set with rayon as a folder load does.
//! Throughput is reported in bytes; pages per second = 129 / time per iteration.
//!
//! `cargo bench --no-default-features --bench readers`. Without the data the seed article,
//! wrapped in a page, is used instead.

use chronoscope::documents::{read_bytes, Format};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use std::path::PathBuf;

fn pages() -> Vec<(String, Vec<u8>)> {
    let root = std::env::var_os("READABILITY_PAGES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/readability-pages")
        });
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let p = e.path().join("source.html");
            std::fs::read(&p).ok().map(|b| (p.display().to_string(), b))
        })
        .collect();
    out.sort();
    if out.is_empty() {
        let seed = include_str!("../seeds/000_e2108d0b9f2792be.txt");
        let html = format!(
            "<html><body><article><p>{}</p></article></body></html>",
            seed
        );
        out.push(("seed.html".into(), html.into_bytes()));
    }
    out
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group(format!("html_{}_pages", pages.len()));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("one_core", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|(p, bytes)| read_bytes(p, Format::Html, bytes).documents.len())
                .sum::<usize>()
        })
    });
    g.bench_function("rayon", |b| {
        b.iter(|| {
            pages
                .par_iter()
                .map(|(p, bytes)| read_bytes(p, Format::Html, bytes).documents.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
