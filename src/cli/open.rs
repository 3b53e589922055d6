//! Opening the app (no command).

use std::path::PathBuf;
use std::process::ExitCode;

#[cfg(feature = "gui")]
pub fn run(paths: Vec<PathBuf>, reset: bool) -> anyhow::Result<ExitCode> {
    for p in &paths {
        if !p.exists() {
            // Not fatal: the app shows it as a warning and opens the rest.
            eprintln!(
                "chronoscope: warning: {}: no such file or directory",
                p.display()
            );
        }
    }
    chronoscope::app::run(paths, reset)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
pub fn run(_paths: Vec<PathBuf>, _reset: bool) -> anyhow::Result<ExitCode> {
    anyhow::bail!("this chronoscope was built without the `gui` feature; use a command such as `chronoscope extract`")
}
