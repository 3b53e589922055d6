//! `chronoscope synth --events N -o FILE [--seed S] [--force]`: write a synthetic events
//! file (see `chronoscope::timeline::synth` for what is in it).

use anyhow::Context;
use chronoscope::fsutil::write_atomic;
use chronoscope::timeline::synth::generate;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Write a synthetic events file (for benchmarks and demos).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many events to generate.
    #[arg(long, value_name = "N")]
    pub events: usize,
    /// The events file to write (compact JSON).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Seed of the generator: the same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Refuse early, before spending seconds generating.
    if !args.force && args.output.exists() {
        anyhow::bail!(
            "{} already exists (use --force to overwrite)",
            args.output.display()
        );
    }
    let started = Instant::now();
    let file = generate(args.events, args.seed);
    let generated = started.elapsed().as_secs_f64();
    // Sized up front: growing a 300 MB buffer by doubling copies it several times.
    let text_bytes: usize = file.documents.iter().map(|d| d.text.len()).sum();
    let mut bytes = Vec::with_capacity(file.events.len() * 340 + text_bytes * 11 / 10 + 4096);
    serde_json::to_writer(&mut bytes, &file).context("cannot serialize the synthetic events")?;
    let serialized = started.elapsed().as_secs_f64();
    write_atomic(&args.output, &bytes, args.force)?;
    eprintln!(
        "chronoscope: wrote {} events from {} documents to {} ({:.1} MB, seed {}) in {:.1} s \
         (generate {:.1} s, serialize {:.1} s, write {:.1} s)",
        file.events.len(),
        file.documents.len(),
        args.output.display(),
        bytes.len() as f64 / 1e6,
        args.seed,
        started.elapsed().as_secs_f64(),
        generated,
        serialized - generated,
        started.elapsed().as_secs_f64() - serialized,
    );
    // A million events are ~5 million small allocations; the process is about to exit, so
    // let the OS reclaim them instead of freeing them one by one (~0.4 s).
    std::mem::forget(file);
    Ok(ExitCode::SUCCESS)
}
