//! The whole app frame, headless: egui `Context::run_ui` over `app_ui` plus tessellation,
//! no window and no GPU. Synthetic corpora of 1k, 100k and 1M events; the fit-all view and
//! a view zoomed to one news week. Also: building the explorer model (sort + lanes) and
//! parsing a 1M-event events file.
//!
//! `cargo bench --bench timeline_view` (set `CHRONOSCOPE_BENCH_SIZES=1000,100000` to pick).

use chronoscope::app::{app_ui, AppState, ViewState};
use chronoscope::events::EventsFile;
use chronoscope::timeline::synth;
use chronoscope::timeline::time::secs_from_datetime;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use egui::{Pos2, RawInput, Rect};
use std::time::Duration;

fn sizes() -> Vec<usize> {
    std::env::var("CHRONOSCOPE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 100_000, 1_000_000])
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, egui::vec2(1600.0, 900.0))),
        ..Default::default()
    }
}

/// One frame: run the UI and tessellate what it painted.
fn frame(ctx: &egui::Context, state: &mut AppState) -> usize {
    let out = ctx.run_ui(input(), |ui| app_ui(ui, state));
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    prims.len()
}

fn warmed(ctx: &egui::Context, file: EventsFile, range: Option<(f64, f64)>) -> AppState {
    let mut state = AppState::with_corpus(file, ViewState::default());
    if let Some(r) = range {
        state.frame.pending_range = Some(r);
    }
    // A few frames so fonts, layout caches and the plot memory settle.
    for _ in 0..3 {
        frame(ctx, &mut state);
    }
    state
}

fn bench_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(6));
    // The seed's news week: every synthetic corpus has a burst there.
    let week = (
        secs_from_datetime(
            chrono::NaiveDate::from_ymd_opt(2023, 11, 13)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
        ),
        secs_from_datetime(
            chrono::NaiveDate::from_ymd_opt(2023, 11, 20)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
        ),
    );
    for n in sizes() {
        let file = synth::generate(n, 1);
        for (view, range) in [("fit_all", None), ("zoomed_week", Some(week))] {
            let ctx = egui::Context::default();
            let mut state = warmed(&ctx, file.clone(), range);
            group.bench_with_input(BenchmarkId::new(view, n), &n, |b, _| {
                b.iter(|| black_box(frame(&ctx, &mut state)))
            });
        }
    }
    group.finish();
}

fn bench_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for n in sizes() {
        let file = synth::generate(n, 1);
        let json = file.to_json();
        group.bench_with_input(
            BenchmarkId::new("parse_events_file", n),
            &json,
            |b, json| b.iter(|| black_box(EventsFile::from_json(json).map(|f| f.events.len()))),
        );
        let model = chronoscope::explore::Explorer::new(file.clone());
        let filter = chronoscope::explore::Filter {
            query: "strike".into(),
            ..Default::default()
        };
        group.bench_with_input(
            BenchmarkId::new("search_filter", n),
            &filter,
            |b, filter| b.iter(|| black_box(model.visible(filter).items.len())),
        );
        group.bench_with_input(BenchmarkId::new("build_model", n), &file, |b, file| {
            b.iter(|| {
                black_box(
                    AppState::with_corpus(file.clone(), ViewState::default())
                        .visible
                        .items
                        .len(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_frames, bench_load);
criterion_main!(benches);
