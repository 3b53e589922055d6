//! The `chronoscope` binary: the desktop app and the command-line tools.
//!
//! Argument parsing and error reporting live here (anyhow at the edge); every command is a
//! thin layer over the library.

mod cli;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Chronoscope: turn news articles into an explorable, provable chronology.
///
/// With no command, opens the app on PATHs (files or folders; default: the bundled seeds).
#[derive(Parser, Debug)]
#[command(name = "chronoscope", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Files or folders to open (text, .md, .tml, .jsonl, Chronoscope .json).
    paths: Vec<PathBuf>,

    /// Forget remembered paths, layout and theme before starting.
    #[arg(long)]
    reset: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract events from documents and write them without opening a window.
    Extract(cli::extract::Args),
    /// Tag TimeML documents with our own TIMEX3 annotations.
    Tag(cli::tag::Args),
    /// Resolve time expressions in lines of text against a reference date.
    Resolve(cli::resolve::Args),
    /// Find the names of people, organisations and places in lines of text.
    Names(cli::names::Args),
    /// Score extraction against gold TimeML (TempEval-3 Task A measures).
    Eval(cli::eval::Args),
    /// Write a synthetic events file (for benchmarks and demos).
    Synth(cli::synth::Args),
    /// Render the timeline to a PNG without a window.
    Export(cli::export::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => cli::open::run(cli.paths, cli.reset),
        Some(Command::Extract(args)) => cli::extract::run(args),
        Some(Command::Tag(args)) => cli::tag::run(args),
        Some(Command::Resolve(args)) => cli::resolve::run(args),
        Some(Command::Names(args)) => cli::names::run(args),
        Some(Command::Eval(args)) => cli::eval::run(args),
        Some(Command::Synth(args)) => cli::synth::run(args),
        Some(Command::Export(args)) => cli::export::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("chronoscope: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
