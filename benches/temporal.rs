//! Throughput of `temporal::extract` over the TempEval-3 TBAQ texts (256 documents, text of
//! `<TEXT>` with tags stripped, reference = the DCT). Reports bytes/second.
//!
//! `cargo bench --no-default-features --bench temporal`. The corpus is read from
//! `../shared/data/tempeval3` (or `$TEMPEVAL3_DIR`); without it the bench falls back to the
//! bundled seed article repeated to a similar size.

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::temporal::{extract, extract_many, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

/// Minimal TimeML reading for the bench: the DCT value and `<TEXT>` without tags.
fn read_tml(path: &Path) -> Option<(String, Option<NaiveDateTime>)> {
    let xml = std::fs::read_to_string(path).ok()?;
    let body = xml.split("<TEXT>").nth(1)?.split("</TEXT>").next()?;
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    let dct = xml
        .split("functionInDocument=\"CREATION_TIME\"")
        .next()
        .and_then(|head| head.rsplit("value=\"").next())
        .and_then(|v| v.get(..10))
        .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    Some((text, dct))
}

fn corpus() -> Vec<(String, Option<NaiveDateTime>)> {
    let root = std::env::var_os("TEMPEVAL3_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/tempeval3")
        });
    let mut docs = Vec::new();
    for sub in ["timebank", "aquaint"] {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        {
            if let Some(doc) = read_tml(p) {
                docs.push(doc);
            }
        }
    }
    if docs.is_empty() {
        let seed = include_str!("../seeds/000_e2108d0b9f2792be.txt");
        let r = NaiveDate::from_ymd_opt(2023, 11, 17).and_then(|d| d.and_hms_opt(0, 0, 0));
        docs = (0..256).map(|_| (seed.to_string(), r)).collect();
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let options = Options::default();
    let mut group = c.benchmark_group("temporal");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("extract_tbaq_one_core", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, r)| extract(t, *r, &options).len())
                .sum::<usize>()
        })
    });
    group.bench_function("extract_many_tbaq_rayon", |b| {
        b.iter(|| extract_many(&docs, &options).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
