//! `chronoscope extract PATH... [-o FILE] [--format json|csv]`: events without a window.

use anyhow::Context;
use chronoscope::corpus;
use chronoscope::events::csv::write_csv;
use chronoscope::fsutil::write_atomic;
use chronoscope::temporal::{Bias, Options};
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DataFormat {
    /// The Chronoscope events file (JSON).
    Json,
    /// One row per event.
    Csv,
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
    /// Output file (standard output when omitted).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DataFormat::Json)]
    pub format: DataFormat,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
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
    let file = corpus::load(&args.paths, &options, &|_| {});
    if !args.quiet {
        for w in &file.warnings {
            eprintln!("chronoscope: warning: {}", w.message);
        }
    }
    let bytes = match args.format {
        DataFormat::Json => file.to_json().into_bytes(),
        DataFormat::Csv => {
            let mut buf = Vec::new();
            write_csv(&mut buf, &file.documents, &file.events).context("cannot write CSV")?;
            buf
        }
    };
    match &args.output {
        Some(path) => {
            write_atomic(path, &bytes, args.force)?;
            if !args.quiet {
                eprintln!(
                    "chronoscope: wrote {} events from {} documents to {}",
                    file.events.len(),
                    file.documents.len(),
                    path.display()
                );
            }
        }
        None => std::io::stdout().write_all(&bytes).context("cannot write to standard output")?,
    }
    if file.documents.is_empty() {
        anyhow::bail!("no documents could be read from the given paths");
    }
    Ok(ExitCode::SUCCESS)
}
