//! Opening the app (no command).

use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(_paths: Vec<PathBuf>, _reset: bool) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the app is not implemented yet")
}
