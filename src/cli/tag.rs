//! `chronoscope tag --timeml IN... --out DIR`: tag TimeML documents with our own TIMEX3s.
//!
//! Each input (a `.tml` file, or a folder whose `.tml` files are taken) is read, its
//! `<TEXT>` stripped, extraction run with the creation time as reference, and a file of the
//! same name written to DIR (see `chronoscope::documents::timeml::write`). A file that cannot be read,
//! parsed or written is reported and the others are still processed; the exit code is then 1.
//! Writes are atomic like every write of the product; an existing file is kept unless
//! `--force`, and an input (e.g. `--out` set to the input folder) is never written over.

use anyhow::Context as _;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chronoscope::documents::timeml;
use chronoscope::documents::timeml::write::tag_timeml;
use chronoscope::eval::corpus::tml_files;
use chronoscope::temporal::{self, Options};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// TimeML files, or folders of `.tml` files.
    #[arg(long, required = true, num_args = 1.., value_name = "IN")]
    timeml: Vec<PathBuf>,

    /// Output folder (created if needed).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,

    /// Overwrite files that exist in the output folder (never an input).
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output folder {}", args.out.display()))?;
    let mut failures = 0usize;
    let mut files = Vec::new();
    let mut names = HashSet::new();
    for input in &args.timeml {
        let found = if input.is_dir() {
            tml_files(input).map_err(anyhow::Error::from)
        } else if input.exists() {
            Ok(vec![input.clone()])
        } else {
            Err(anyhow::anyhow!(
                "expected a .tml file or a folder, but found nothing at {}",
                input.display()
            ))
        };
        match found {
            Ok(found) => {
                for file in found {
                    let name = file.file_name().map(|n| n.to_os_string());
                    match name {
                        Some(name) if names.insert(name.clone()) => files.push(file),
                        _ => {
                            failures += 1;
                            eprintln!(
                                "chronoscope: error: {}: another input already writes a file of this name",
                                file.display()
                            );
                        }
                    }
                }
            }
            Err(err) => {
                failures += 1;
                eprintln!("chronoscope: error: {err:#}");
            }
        }
    }

    let inputs: HashSet<PathBuf> = files.iter().filter_map(|f| f.canonicalize().ok()).collect();
    let outcomes: Vec<(PathBuf, anyhow::Result<usize>)> = files
        .par_iter()
        .map(|file| (file.clone(), tag_file(file, &args.out, &inputs, args.force)))
        .collect();
    let mut written = 0usize;
    let mut mentions = 0usize;
    for (file, outcome) in outcomes {
        match outcome {
            Ok(n) => {
                written += 1;
                mentions += n;
            }
            Err(err) => {
                failures += 1;
                eprintln!("chronoscope: error: {}: {err:#}", file.display());
            }
        }
    }
    println!(
        "tagged {written} file(s) into {} ({mentions} TIMEX3){}",
        args.out.display(),
        if failures > 0 {
            format!(", {failures} failed")
        } else {
            String::new()
        }
    );
    Ok(if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Tags one file into `out`; returns the number of TIMEX3 written. `inputs` (canonical
/// paths) are never written over.
fn tag_file(
    file: &Path,
    out: &Path,
    inputs: &HashSet<PathBuf>,
    force: bool,
) -> anyhow::Result<usize> {
    let xml = std::fs::read_to_string(file).context("cannot read")?;
    let doc = timeml::parse(&xml).context("cannot read as TimeML")?;
    let mentions = temporal::extract(&doc.text, doc.dct, &Options::default());
    let tagged = tag_timeml(&xml, &doc, &mentions);
    let name = file.file_name().context("expected a file name")?;
    let target = out.join(name);
    if target.canonicalize().is_ok_and(|t| inputs.contains(&t)) {
        anyhow::bail!(
            "refusing to write {} over an input (choose another --out folder)",
            target.display()
        );
    }
    chronoscope::fsutil::write_atomic(&target, tagged.xml.as_bytes(), force)?;
    Ok(mentions.len().saturating_sub(tagged.skipped))
}
