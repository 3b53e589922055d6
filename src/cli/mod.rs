//! One module per command; each has `Args` (clap) and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod eval;
pub mod export;
pub mod extract;
pub mod names;
pub mod open;
pub mod resolve;
pub mod synth;
pub mod tag;
