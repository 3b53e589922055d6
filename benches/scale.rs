//! One huge file: a text of N dated sentences (`timeline::synth::text`, one event each)
//! loaded as `chronoscope extract` loads it — read, extract, merge, find the actors — and
//! written as the events file to a sink. Peak memory is measured apart, with the binary
//! (see BENCHMARKS.md, "Scale"), since criterion cannot.
//!
//! `cargo bench --no-default-features --bench scale` (100,000 sentences;
//! `SCALE_SENTENCES=1000000` for more).

use chronoscope::corpus;
use chronoscope::temporal::Options;
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let n: usize = std::env::var("SCALE_SENTENCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("scale.txt");
    let text = chronoscope::timeline::synth::text::dated_sentences(n, 7);
    std::fs::write(&path, &text).expect("the text written");
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    group.bench_function(
        format!("load and write {n} dated sentences, one file"),
        |b| {
            b.iter(|| {
                let file = corpus::load(std::slice::from_ref(&path), &Options::default(), &|_| {});
                assert_eq!(file.events.len(), n);
                file.write_json(&mut std::io::sink()).expect("written");
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
