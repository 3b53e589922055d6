//! Image export, headless: from the command line (`chronoscope export`) and from the app
//! (the export command answered by egui_kittest's screenshot support).
#![cfg(feature = "gui")]

use chronoscope::app::command::apply;
use chronoscope::app::export_jobs::ImageExport;
use chronoscope::app::{app_ui, AppState, Command, ViewState};
use chronoscope::corpus;
use chronoscope::temporal::Options;
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn export(args: &[&str]) -> std::process::Output {
    Process::new(env!("CARGO_BIN_EXE_chronoscope"))
        .arg("export")
        .args(args)
        .env("XDG_RUNTIME_DIR", std::env::temp_dir())
        // Relative paths in the pictures (the source panel shows the document path).
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run chronoscope")
}

fn distinct_colours(img: &image::RgbaImage) -> usize {
    let mut seen = std::collections::HashSet::new();
    for p in img.pixels().step_by(7) {
        seen.insert(p.0);
    }
    seen.len()
}

#[test]
fn cli_export_has_the_requested_size_and_is_not_blank() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seed.png");
    let o = export(&[
        seeds().to_str().unwrap(),
        "--png",
        out.to_str().unwrap(),
        "--width",
        "800",
        "--height",
        "500",
        "--scale",
        "2",
        "--view",
        "window",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let img = image::open(&out).unwrap().to_rgba8();
    assert_eq!(img.dimensions(), (1600, 1000));
    assert!(distinct_colours(&img) > 20, "the image looks blank");
    // Refuses to overwrite without --force, and leaves the file as it was.
    let before = std::fs::read(&out).unwrap();
    let o = export(&[seeds().to_str().unwrap(), "--png", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn from_and_to_change_the_visible_range() {
    let dir = tempfile::tempdir().unwrap();
    let render = |name: &str, extra: &[&str]| -> image::RgbaImage {
        let out = dir.path().join(name);
        let mut args = vec![
            seeds().to_str().unwrap().to_string(),
            "--png".into(),
            out.to_str().unwrap().into(),
            "--width".into(),
            "900".into(),
            "--height".into(),
            "500".into(),
            "--view".into(),
            "timeline".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = export(&refs);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        image::open(&out).unwrap().to_rgba8()
    };
    let all = render("all.png", &[]);
    let week = render("week.png", &["--from", "2023-11-13", "--to", "2023-11-19"]);
    assert_eq!(all.dimensions(), week.dimensions());
    let differing = all
        .pixels()
        .zip(week.pixels())
        .filter(|(a, b)| a != b)
        .count();
    assert!(
        differing > 1000,
        "the range did not change the picture ({differing} pixels differ)"
    );
    // The timeline-only view is narrower than the window.
    assert!(all.width() < 900);
}

#[test]
fn cli_export_reports_a_bad_date_and_an_unknown_event() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let o = export(&[
        seeds().to_str().unwrap(),
        "--png",
        out.to_str().unwrap(),
        "--from",
        "17/11/2023",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("expected a date like"));
    let o = export(&[
        seeds().to_str().unwrap(),
        "--png",
        out.to_str().unwrap(),
        "--select",
        "e999",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("e999"));
    assert!(!out.exists(), "no file after a failure");
}

fn wait_for_notice(h: &mut Harness<'_, AppState>) -> String {
    for _ in 0..100 {
        h.step();
        if let Some(n) = &h.state().notice {
            if n.text.starts_with("Image saved") || n.is_error {
                return n.text.clone();
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no notice after the export: {:?}", h.state().notice);
}

#[test]
fn in_app_export_writes_the_window_and_the_timeline() {
    let file = corpus::load(&[seeds()], &Options::default(), &|_| {});
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(app_ui, AppState::with_corpus(file, ViewState::default()));
    h.run();
    let dir = tempfile::tempdir().unwrap();
    let check = |h: &mut Harness<'_, AppState>, name: &str, timeline_only: bool| -> (u32, u32) {
        let path = dir.path().join(name);
        let ctx = h.ctx.clone();
        apply(
            h.state_mut(),
            vec![Command::ExportImage(ImageExport {
                timeline_only,
                scale: 1.0,
                path: Some(path.clone()),
            })],
            &ctx,
        );
        let notice = wait_for_notice(h);
        assert!(notice.contains(name), "{notice}");
        h.state_mut().notice = None;
        let img = image::open(&path).unwrap().to_rgba8();
        assert!(distinct_colours(&img) > 20);
        img.dimensions()
    };
    let (w, hgt) = check(&mut h, "window.png", false);
    assert_eq!((w, hgt), (1200, 800));
    let (tw, th) = check(&mut h, "timeline.png", true);
    assert!(
        tw < w && th < hgt,
        "timeline crop {tw}x{th} inside {w}x{hgt}"
    );
}

#[test]
fn unwritable_destination_gives_a_message_and_no_file() {
    let file = corpus::load(&[seeds()], &Options::default(), &|_| {});
    let mut state = AppState::with_corpus(file, ViewState::default());
    let ctx = egui::Context::default();
    let bad = Path::new("/nonexistent-dir-for-chronoscope/x.csv").to_path_buf();
    apply(
        &mut state,
        vec![Command::ExportData(
            chronoscope::events::output::DataFormat::Csv,
            Some(bad.clone()),
        )],
        &ctx,
    );
    for _ in 0..100 {
        chronoscope::app::command::poll_jobs(&mut state, &ctx);
        if state.notice.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let n = state.notice.expect("a notice");
    assert!(
        n.is_error && n.text.contains("nonexistent-dir-for-chronoscope"),
        "{n:?}"
    );
    assert!(!bad.exists());
}

/// The CLI's PNG matches a committed snapshot within a tolerance (renderers differ by a
/// pixel here and there). `UPDATE_SNAPSHOTS=1` rewrites it.
#[test]
fn cli_export_matches_its_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seed.png");
    let o = export(&[
        "seeds", // relative: the source panel shows the path
        "--png",
        out.to_str().unwrap(),
        "--width",
        "1000",
        "--height",
        "600",
        "--view",
        "window",
        "--select",
        "trilateral",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let snapshot =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/export_seed_window.png");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::copy(&out, &snapshot).unwrap();
        return;
    }
    assert!(
        snapshot.exists(),
        "missing {}: run with UPDATE_SNAPSHOTS=1",
        snapshot.display()
    );
    let got = image::open(&out).unwrap().to_rgba8();
    let want = image::open(&snapshot).unwrap().to_rgba8();
    assert_eq!(got.dimensions(), want.dimensions());
    let differing = got
        .pixels()
        .zip(want.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0.iter()).any(|(x, y)| x.abs_diff(*y) > 24))
        .count();
    let total = (got.width() * got.height()) as usize;
    assert!(
        differing * 200 < total,
        "{differing} of {total} pixels differ from {} (more than 0.5 %)",
        snapshot.display()
    );
}

/// With no usable graphics adapter (forced here by asking wgpu for a backend Linux does
/// not have), the export fails with a message saying what to install, and no panic text.
#[test]
fn no_graphics_adapter_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let o = Process::new(env!("CARGO_BIN_EXE_chronoscope"))
        .args([
            "export",
            seeds().to_str().unwrap(),
            "--png",
            out.to_str().unwrap(),
        ])
        .env("XDG_RUNTIME_DIR", std::env::temp_dir())
        .env("WGPU_BACKEND", "dx12")
        .output()
        .expect("run chronoscope");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        stderr.contains("no graphics adapter") && stderr.contains("mesa"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!out.exists());
}

/// The share of pixels of `a` and `b` (same size) that differ clearly.
fn differing_share(a: &image::RgbaImage, b: &image::RgbaImage) -> f64 {
    let differing = a
        .pixels()
        .zip(b.pixels())
        .filter(|(x, y)| x.0.iter().zip(y.0.iter()).any(|(p, q)| p.abs_diff(*q) > 64))
        .count();
    differing as f64 / f64::from(a.width() * a.height())
}

/// The 2× image of a view the user changed (one lane, sorted by headline, an event
/// selected, a search) is that view: scaled down, it matches the 1× capture.
#[test]
fn the_2x_image_is_the_view_on_screen() {
    use chronoscope::app::state::SortColumn;
    use chronoscope::explore::LaneMode;
    let file = corpus::load(&[seeds()], &Options::default(), &|_| {});
    let (w, hgt) = (1000u32, 640u32);
    let mut h = Harness::builder()
        .with_size(egui::vec2(w as f32, hgt as f32))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(app_ui, AppState::with_corpus(file, ViewState::default()));
    h.run();
    let ctx = h.ctx.clone();
    let summit = h
        .state()
        .model
        .corpus
        .events
        .iter()
        .position(|e| e.headline.contains("trilateral"))
        .unwrap() as u32;
    apply(
        h.state_mut(),
        vec![
            Command::SetLaneMode(LaneMode::Single),
            Command::SortBy(SortColumn::Title),
            Command::SetQuery("Kishida".into()),
            Command::Select(Some(summit)),
        ],
        &ctx,
    );
    h.run();
    let one = h.render().expect("1x capture");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("view@2x.png");
    apply(
        h.state_mut(),
        vec![Command::ExportImage(ImageExport {
            timeline_only: false,
            scale: 2.0,
            path: Some(path.clone()),
        })],
        &ctx,
    );
    let notice = wait_for_notice(&mut h);
    assert!(notice.contains("view@2x.png"), "{notice}");
    let two = image::open(&path).unwrap().to_rgba8();
    assert_eq!(two.dimensions(), (2 * w, 2 * hgt));
    let down = image::imageops::resize(&two, w, hgt, image::imageops::FilterType::Triangle);
    let share = differing_share(&one, &down);
    // Text is rasterised differently at 2×; a different layout differs by far more.
    let defaults = {
        let file = corpus::load(&[seeds()], &Options::default(), &|_| {});
        let req = chronoscope::app::offscreen::ImageRequest {
            width: w,
            height: hgt,
            scale: 2.0,
            view: chronoscope::app::offscreen::ViewKind::Window,
            ..Default::default()
        };
        let png = chronoscope::app::offscreen::render_png(file, &req).unwrap();
        let img = image::load_from_memory(&png).unwrap().to_rgba8();
        image::imageops::resize(&img, w, hgt, image::imageops::FilterType::Triangle)
    };
    let other = differing_share(&one, &defaults);
    eprintln!("2x vs 1x: {share:.4} of pixels differ; a default view: {other:.4}");
    assert!(share < 0.02, "{share}");
    assert!(
        other > 4.0 * share.max(0.005),
        "the check can tell views apart: {other}"
    );
}
