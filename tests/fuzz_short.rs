//! A short fuzz pass (the long runs are `cargo run --release --example fuzz`; figures in
//! BENCHMARKS.md) and the replay of every input a run found failing.

mod fuzz;

#[test]
fn a_short_fuzz_pass_finds_nothing() {
    let n = std::env::var("FUZZ_INPUTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let tally = fuzz::pass(n, 0x5eed, None);
    assert!(tally.inputs >= n * 9 / 10, "{} inputs", tally.inputs);
    let listed: Vec<String> = tally
        .failures
        .iter()
        .take(10)
        .map(|(t, p, why)| format!("{t}: {}: {why}", p.display()))
        .collect();
    assert!(
        listed.is_empty(),
        "{} failures:\n{}",
        tally.failures.len(),
        listed.join("\n")
    );
}

#[test]
fn every_kept_failure_now_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "README.md" {
            continue;
        }
        let target = fuzz::target_of(&name).unwrap_or_else(|| panic!("{name}: which target?"));
        let input = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| fuzz::run(target, &input));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("{name}: {e}"),
            Err(_) => panic!("{name}: panics"),
        }
    }
}
