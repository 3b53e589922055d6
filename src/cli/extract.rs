//! `chronoscope extract PATH... [--format json|csv|timelinejs|timeml] [-o FILE|DIR] [--force]`:
//! events without a window.
//!
//! `json`, `csv` and `timelinejs` write one file (standard output without `-o`); `timeml`
//! writes one `.tml` per document into the directory `-o DIR` (created if missing). Every
//! file is written atomically; existing files are kept unless `--force` is given, and for
//! `timeml` all names are checked before the first file is written.

use anyhow::Context;
use chronoscope::corpus;
use chronoscope::events::{output, EventsFile};
use chronoscope::fsutil::write_atomic_with;
use chronoscope::temporal::{Bias, Options};
use clap::ValueEnum;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    /// The Chronoscope events file (JSON).
    Json,
    /// One row per event.
    Csv,
    /// TimelineJS3 JSON, to publish the timeline on the web (undated events left out).
    Timelinejs,
    /// One TimeML file per document, written into the directory given with -o.
    Timeml,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum BiasArg {
    Auto,
    Past,
    Future,
}

/// Extract events from documents and write them without opening a window.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or folders (text, .md, .tml, .jsonl, Chronoscope .json).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output file (standard output when omitted); for --format timeml, the directory.
    #[arg(short, long, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DataFormat::Json)]
    pub format: DataFormat,
    /// Overwrite output files that exist.
    #[arg(long)]
    pub force: bool,
    /// TimelineJS: group slides by their event's first actor instead of its document.
    #[arg(long)]
    pub group_by_actor: bool,
    /// How to resolve relative dates whose tense the text does not give.
    #[arg(long, value_enum, default_value_t = BiasArg::Auto)]
    pub bias: BiasArg,
    /// Do not print warnings to standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = Options {
        bias: match args.bias {
            BiasArg::Auto => Bias::Auto,
            BiasArg::Past => Bias::Past,
            BiasArg::Future => Bias::Future,
        },
        ..Options::default()
    };
    // Refuse a bad destination before spending time on extraction.
    check_destination(&args)?;
    let file = corpus::load(&args.paths, &options, &|_| {});
    if !args.quiet {
        for w in &file.warnings {
            eprintln!("chronoscope: warning: {}", w.message);
        }
    }
    let summary = match args.format {
        DataFormat::Timeml => write_timeml(&file, args.output.as_deref(), args.force)?,
        format => {
            let (written, to) = write_one(&file, format, &args)?;
            let (written, left_out) = (written.events, written.left_out);
            let mut line = format!(
                "wrote {} from {} to {to}",
                count(written, "event"),
                count(file.documents.len(), "document")
            );
            if left_out > 0 {
                line.push_str(&format!(
                    "; {} left out (undated)",
                    count(left_out, "event")
                ));
            }
            line
        }
    };
    if !args.quiet {
        eprintln!("chronoscope: {summary}");
    }
    if file.documents.is_empty() {
        anyhow::bail!("no documents could be read from the given paths");
    }
    Ok(ExitCode::SUCCESS)
}

/// Streams a one-file format to `-o` (atomically) or standard output; returns the counts
/// and where it went.
fn write_one(
    file: &EventsFile,
    format: DataFormat,
    args: &Args,
) -> anyhow::Result<(output::Written, String)> {
    let mut counts = None;
    let mut failure = None;
    let mut fill = |w: &mut dyn Write| -> std::io::Result<()> {
        match output::write_grouped(file, format.into(), args.group_by_actor, w) {
            Ok(c) => {
                counts = Some(c);
                Ok(())
            }
            Err(output::WriteFailure::Io(e)) => Err(e),
            Err(output::WriteFailure::Output(e)) => {
                failure = Some(e);
                Err(std::io::Error::other("not written"))
            }
        }
    };
    let to = match &args.output {
        Some(path) => {
            let written = write_atomic_with(path, args.force, &mut fill);
            if let Some(e) = failure.take() {
                return Err(e.into());
            }
            written.map_err(|e| anyhow::anyhow!("{e}"))?;
            path.display().to_string()
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let written = fill(&mut out).and_then(|()| out.flush());
            if let Some(e) = failure.take() {
                return Err(e.into());
            }
            written.context("cannot write to standard output")?;
            "standard output".to_string()
        }
    };
    let counts = counts.context("nothing was written")?;
    Ok((counts, to))
}

impl From<DataFormat> for output::DataFormat {
    fn from(f: DataFormat) -> Self {
        match f {
            DataFormat::Json => output::DataFormat::Json,
            DataFormat::Csv => output::DataFormat::Csv,
            DataFormat::Timelinejs => output::DataFormat::Timelinejs,
            DataFormat::Timeml => output::DataFormat::Timeml,
        }
    }
}

/// Errors that need no extraction to find: a missing or unusable `-o`.
fn check_destination(args: &Args) -> anyhow::Result<()> {
    match (args.format, &args.output) {
        (DataFormat::Timeml, None) => anyhow::bail!(
            "--format timeml writes one .tml file per document: give the directory with -o DIR"
        ),
        (DataFormat::Timeml, Some(dir)) if dir.exists() && !dir.is_dir() => anyhow::bail!(
            "{} is not a directory (--format timeml writes one file per document into -o DIR)",
            dir.display()
        ),
        (_, Some(path)) if args.format != DataFormat::Timeml && path.is_dir() => anyhow::bail!(
            "{} is a directory: give a file name with -o (only --format timeml writes into a directory)",
            path.display()
        ),
        (_, Some(path)) if args.format != DataFormat::Timeml && !args.force && path.exists() => {
            anyhow::bail!("{} already exists (use --force to overwrite)", path.display())
        }
        _ => Ok(()),
    }
}

/// Writes one `.tml` per document into `dir`; returns the summary line.
fn write_timeml(file: &EventsFile, dir: Option<&Path>, force: bool) -> anyhow::Result<String> {
    let Some(dir) = dir else {
        anyhow::bail!("--format timeml needs a directory: -o DIR");
    };
    let summary = output::write_timeml_dir(file, dir, force)?;
    let n_files = summary.files.len();
    let mut line = format!(
        "wrote {} from {} to {} ({} .tml file{})",
        count(summary.tagged, "event"),
        count(file.documents.len(), "document"),
        dir.display(),
        n_files,
        if n_files == 1 { "" } else { "s" }
    );
    if summary.skipped > 0 {
        line.push_str(&format!(
            "; {} left out (expression outside the body or overlapping another)",
            count(summary.skipped, "event")
        ));
    }
    Ok(line)
}

fn count(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
