//! Long fuzz runs: `cargo run --release --example fuzz -- [INPUTS] [SEED]` (default 10
//! million inputs). Failing inputs are written to `tests/fixtures/fuzz/` (replayed by
//! `cargo test`); the tally goes to stdout for BENCHMARKS.md.

#[path = "../tests/fuzz/mod.rs"]
mod fuzz;

fn main() {
    let mut args = std::env::args().skip(1);
    let total: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    let keep = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let start = std::time::Instant::now();
    let tally = fuzz::pass(total, seed, Some(&keep));
    println!(
        "{} inputs in {:.1} s, {} failures (seed {seed:#x})",
        tally.inputs,
        start.elapsed().as_secs_f64(),
        tally.failures.len()
    );
    for (target, path, why) in tally.failures.iter().take(50) {
        println!("{target}: {}: {why}", path.display());
    }
}
