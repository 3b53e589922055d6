//! `chronoscope export PATH... --png OUT.png`: render the timeline (or the whole window) to
//! a PNG with no window and no display.

use clap::ValueEnum;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Theme {
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum View {
    Timeline,
    Window,
}

/// Render the timeline to a PNG without a window.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or folders to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output PNG file.
    #[arg(long)]
    pub png: PathBuf,
    /// Window width in points.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// Window height in points.
    #[arg(long, default_value_t = 900)]
    pub height: u32,
    /// Pixels per point (2 gives a sharp, double-size image).
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// Start of the visible range (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time).
    #[arg(long)]
    pub from: Option<String>,
    /// End of the visible range (same forms; the whole unit is included).
    #[arg(long)]
    pub to: Option<String>,
    /// Event to select: its id, or words of its headline (e.g. "trilateral").
    #[arg(long)]
    pub select: Option<String>,
    #[arg(long, value_enum, default_value_t = Theme::Light)]
    pub theme: Theme,
    /// Render the timeline only, or the whole window.
    #[arg(long, value_enum, default_value_t = View::Window)]
    pub view: View,
    /// Overwrite OUT if it exists.
    #[arg(long)]
    pub force: bool,
}

#[cfg(feature = "gui")]
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    use anyhow::Context;
    use chronoscope::app::offscreen::{write_png_file, ImageRequest, ViewKind};
    use chronoscope::corpus;
    use chronoscope::temporal::Options;
    use chronoscope::timeline::time::secs_from_datetime;
    let from = args
        .from
        .as_deref()
        .map(|s| parse_bound(s, false))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|s| parse_bound(s, true))
        .transpose()?;
    let file = corpus::load(&args.paths, &Options::default(), &|_| {});
    for w in &file.warnings {
        eprintln!("chronoscope: warning: {}", w.message);
    }
    let range = match (from, to) {
        (None, None) => None,
        (a, b) => {
            let explorer_extent = chronoscope::explore::Explorer::new(file.clone()).extent();
            let (lo, hi) = explorer_extent.unwrap_or((0.0, 86_400.0));
            let a = a.map(secs_from_datetime).unwrap_or(lo);
            let b = b.map(secs_from_datetime).unwrap_or(hi);
            anyhow::ensure!(b > a, "--to must be after --from");
            Some((a, b))
        }
    };
    let req = ImageRequest {
        width: args.width,
        height: args.height,
        scale: args.scale,
        range,
        select: args.select.clone(),
        dark: matches!(args.theme, Theme::Dark),
        view: match args.view {
            View::Timeline => ViewKind::Timeline,
            View::Window => ViewKind::Window,
        },
        filter: Default::default(),
        app_view: None,
        memory: None,
    };
    write_png_file(file, &req, &args.png, args.force)
        .with_context(|| format!("cannot export {}", args.png.display()))?;
    eprintln!("chronoscope: wrote {}", args.png.display());
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("this chronoscope was built without the `gui` feature, which `export` needs")
}

#[cfg(feature = "gui")]
fn parse_bound(s: &str, end: bool) -> anyhow::Result<chrono::NaiveDateTime> {
    chronoscope::explore::parse_date_bound(s, end).map_err(anyhow::Error::msg)
}
