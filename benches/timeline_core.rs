//! Benchmarks of the egui-free timeline core at 1,000,000 events: calendar ticks, grid
//! marks, per-pixel density bins, clusters, lane stacking, and the synthetic generator.
//!
//! Run: `cargo bench --no-default-features --bench timeline_core`.

use chronoscope::timeline::density::{bins, clusters};
use chronoscope::timeline::geometry::{PixelRange, TimeView};
use chronoscope::timeline::lanes::{extent_px, stack};
use chronoscope::timeline::synth::generate;
use chronoscope::timeline::ticks::{grid_marks, ticks};
use chronoscope::timeline::time::secs_from_datetime;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

const WIDTH: f64 = 1600.0;

fn sorted_times(n: usize) -> Vec<f64> {
    let file = generate(n, 1);
    let mut t: Vec<f64> = file
        .events
        .iter()
        .filter_map(|e| e.start)
        .map(secs_from_datetime)
        .collect();
    t.sort_by(f64::total_cmp);
    t
}

fn views(times: &[f64]) -> [(&'static str, TimeView); 2] {
    let fit = TimeView::fit(times[0], times[times.len() - 1]);
    // The seed week, 13–20 November 2023.
    let week_start = 1_699_833_600.0;
    [
        ("fit_all", fit),
        (
            "week",
            TimeView::new(week_start, week_start + 7.0 * 86_400.0),
        ),
    ]
}

fn bench_ticks(c: &mut Criterion) {
    let day = 86_400.0;
    for (name, span) in [
        ("hour", 3600.0),
        ("week", 7.0 * day),
        ("decade", 3652.0 * day),
        ("5000y", 5000.0 * 365.0 * day),
    ] {
        let start = 1_600_000_000.0 - span;
        c.bench_function(&format!("ticks/{name}"), |b| {
            b.iter(|| ticks(black_box(start), start + span, WIDTH, 12.0))
        });
        c.bench_function(&format!("grid_marks/{name}"), |b| {
            b.iter(|| grid_marks(black_box(start), start + span, WIDTH))
        });
    }
}

fn bench_density(c: &mut Criterion) {
    let times = sorted_times(1_000_000);
    let px = PixelRange::from_width(WIDTH);
    for (name, view) in views(&times) {
        c.bench_function(&format!("bins_1m/{name}"), |b| {
            b.iter(|| bins(black_box(&times), &view, px, 1.0))
        });
        c.bench_function(&format!("clusters_1m/{name}"), |b| {
            b.iter(|| clusters(black_box(&times), &view, px, 4.0))
        });
    }
}

fn bench_stack(c: &mut Criterion) {
    let times = sorted_times(10_000);
    let view = TimeView::fit(times[0], times[times.len() - 1]).zoom_at(
        WIDTH * 0.9,
        50.0,
        PixelRange::from_width(WIDTH),
    );
    let px = PixelRange::from_width(WIDTH);
    let spans: Vec<(f64, f64)> = times
        .iter()
        .map(|&t| {
            let x = view.x_from_time(t, px);
            extent_px(x, x, 6.0, 60.0)
        })
        .collect();
    c.bench_function("stack_10k", |b| b.iter(|| stack(black_box(&spans))));
}

fn bench_synth(c: &mut Criterion) {
    let mut group = c.benchmark_group("synth");
    group.sample_size(10);
    group.bench_function("generate_100k", |b| {
        b.iter(|| generate(black_box(100_000), 1))
    });
    group.finish();
}

criterion_group!(
    benches,
    bench_ticks,
    bench_density,
    bench_stack,
    bench_synth
);
criterion_main!(benches);
