//! Writes the scale benchmark's text to standard output, for the peak-memory run:
//! `cargo run --release --example scale_text -- 10000000 > big.txt`, then
//! `/usr/bin/time -f "%e s %M KB" target/release/chronoscope extract big.txt -o big.json`.

use std::io::Write;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let text = chronoscope::timeline::synth::text::dated_sentences(n, 7);
    if let Err(e) = std::io::stdout().lock().write_all(text.as_bytes()) {
        eprintln!("scale_text: cannot write: {e}");
        std::process::exit(1);
    }
}
