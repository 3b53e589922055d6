//! `chronoscope eval --gold DIR...`: score extraction against gold TimeML and print the
//! TempEval-3 Task A measures (table or `--json`), optionally with an error listing and a
//! check against regression floors.

use anyhow::Context as _;
use std::path::PathBuf;
use std::process::ExitCode;

use chronoscope::eval::report::{self, ErrorKind};
use chronoscope::eval::{self, breakdown, Floor};
use chronoscope::temporal::Options;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold corpora: folders of TimeML `.tml` files (each folder is one corpus), or files.
    /// A folder with no `.tml` files of its own stands for its subfolders.
    #[arg(long, required = true, num_args = 1..)]
    gold: Vec<PathBuf>,

    /// List up to N errors of each kind (missed, spurious, wrong value/type/span).
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,

    /// Only list errors of these kinds: missed, spurious, value, type, span (default: all).
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = parse_kind)]
    kind: Vec<ErrorKind>,

    /// Also print recall, value accuracy and precision per TIMEX3 type.
    #[arg(long)]
    by_type: bool,

    /// Print the measures (and listed errors) as JSON instead of a table.
    #[arg(long)]
    json: bool,

    /// Fail (exit code 1) if an overall measure is below the floors in this JSON file
    /// (`{"strict_f1", "relaxed_f1", "value_f1", "type_f1"}`, percent).
    #[arg(long, value_name = "FILE")]
    floor: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let floor = args
        .floor
        .as_deref()
        .map(Floor::load)
        .transpose()
        .context("cannot use the floor file")?;
    let evaluation =
        eval::evaluate(&args.gold, &Options::default()).context("evaluation failed")?;
    for corpus in &evaluation.corpora {
        for problem in &corpus.problems {
            eprintln!(
                "chronoscope: warning: skipped {}: {}",
                problem.path.display(),
                problem.message
            );
        }
    }
    let kinds = if args.kind.is_empty() {
        ErrorKind::ALL.to_vec()
    } else {
        args.kind.clone()
    };
    let entries = report::error_entries(&evaluation, args.errors, &kinds);
    if args.json {
        let json = report::to_json(&evaluation, entries);
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        print!("{}", report::table(&evaluation));
        if args.by_type {
            print!("\n{}", breakdown::type_table(&evaluation));
        }
        if args.errors > 0 {
            print!("{}", report::errors_text(&evaluation, &entries, &kinds));
        }
    }
    if let Some(floor) = floor {
        let violations = floor.violations(&evaluation.overall.measures());
        if !violations.is_empty() {
            for v in &violations {
                eprintln!("chronoscope: below floor: {v}");
            }
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_kind(s: &str) -> Result<ErrorKind, String> {
    ErrorKind::parse(s).ok_or_else(|| {
        format!("expected one of missed, spurious, value, type, span, but found `{s}`")
    })
}
