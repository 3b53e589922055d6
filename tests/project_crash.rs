//! The crash test of the autosave: a child process applies edits to a project, one after
//! another, printing `ack N` once edit N's save returned; the parent kills it (SIGKILL on
//! Unix) at pseudo-random moments, hundreds of times. After every kill the project must
//! open, and it must hold exactly the edits 0..=k for some k at least the last
//! acknowledged one: every acknowledged edit is there, no edit is half there, and at most
//! the one edit whose save finished just before the kill (but whose `ack` was not printed)
//! is there beyond them.
//!
//! The child is this same test binary run again on the one test [`crash_child`], with the
//! project's path in [`CHILD_ENV`]; it carries on numbering from what the project holds,
//! so the acknowledged edits accumulate across kills. Were the save not atomic (writing
//! the project file in place), a kill in the middle of a write would leave a truncated or
//! empty file, and the open after that round would fail.

use chronoscope::project::session::EXTENSION;
use chronoscope::project::{Curation, Edit, Session};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Set (to the project's path) only in the child process.
const CHILD_ENV: &str = "CHRONOSCOPE_CRASH_CHILD";
/// The source file the child's project reads, beside the project.
const SOURCE: &str = "article.txt";
/// Kills, at least 200.
const ROUNDS: usize = 240;
/// How long a child may take to acknowledge its first edit.
const FIRST_ACK_TIMEOUT: Duration = Duration::from_secs(5);
/// A child left behind by a parent that died stops on its own after this long.
const CHILD_LIFETIME: Duration = Duration::from_secs(60);

/// Edit number `i`: a deterministic mix of kinds, each one setting something on event
/// `e{i}` (so the last edit a project holds can be read off it), some also clearing
/// something an earlier edit set (so a replay must keep the order).
fn edit(i: u64) -> Edit {
    let event = format!("e{i}");
    match i % 4 {
        0 => Edit::Note {
            event,
            note: Some(format!("note {i}")),
        },
        1 => Edit::Star {
            event,
            starred: true,
        },
        2 => Edit::Headline {
            event,
            headline: Some(format!("headline {i}")),
        },
        _ => Edit::Batch {
            edits: vec![
                Edit::Hide {
                    event,
                    hidden: true,
                },
                // Unstars the event edit i - 2 starred.
                Edit::Star {
                    event: format!("e{}", i - 2),
                    starred: false,
                },
            ],
        },
    }
}

/// The number of the last edit `curation` holds (the largest `i` with `e{i}` set
/// anywhere), `None` when it holds none.
fn last_edit(curation: &Curation) -> Option<u64> {
    let ids = curation
        .hidden
        .iter()
        .chain(&curation.starred)
        .chain(curation.headlines.keys())
        .chain(curation.notes.keys());
    ids.filter_map(|id| id.strip_prefix('e')?.parse::<u64>().ok())
        .max()
}

/// The child half: does nothing in a normal run (the variable is not set). Run by the
/// parent, it applies edits to the project forever, acknowledging each one once saved,
/// until it is killed (or its stdout is gone, or [`CHILD_LIFETIME`] is over).
#[test]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let mut session = if path.exists() {
        Session::open(&path).expect("the child opens the project")
    } else {
        let source = path.parent().unwrap().join(SOURCE);
        Session::new(Some(path.clone()), vec![source])
    };
    let mut i = last_edit(&session.history.curation).map_or(0, |k| k + 1);
    let started = Instant::now();
    let stdout = std::io::stdout();
    // The test harness has printed `test crash_child ... ` without a line end: the acks
    // start on a line of their own.
    if writeln!(stdout.lock()).is_err() {
        return;
    }
    while started.elapsed() < CHILD_LIFETIME {
        session.edit(edit(i)).expect("the child saves edit");
        let mut out = stdout.lock();
        if writeln!(out, "ack {i}").and_then(|()| out.flush()).is_err() {
            return; // the parent is gone
        }
        i += 1;
    }
}

/// A small deterministic PRNG (xorshift64*), so a failing run can be repeated.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What one round saw: the acknowledged edit numbers, in order.
fn run_round(exe: &Path, project: &Path, rng: &mut Rng, round: usize) -> Vec<u64> {
    let mut child = Command::new(exe)
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, project)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the child starts");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        let mut line = String::new();
        loop {
            line.clear();
            match stdout.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            // Only whole lines count (the test harness prints lines of its own too).
            let Some(n) = line.strip_suffix('\n').and_then(|l| l.strip_prefix("ack ")) else {
                continue;
            };
            let n: u64 = n.trim().parse().expect("an ack line holds a number");
            if tx.send(n).is_err() {
                break;
            }
        }
    });
    let mut acks = Vec::new();
    if rng.below(4) == 0 {
        // Kill after a short while from the start: often before the first save, sometimes
        // during it.
        std::thread::sleep(Duration::from_micros(rng.below(6_000)));
    } else {
        // Kill in the middle of the stream: after the first ack and a while more.
        match rx.recv_timeout(FIRST_ACK_TIMEOUT) {
            Ok(n) => acks.push(n),
            Err(e) => {
                let _ = child.kill();
                let status = child.wait();
                panic!(
                    "round {round}: no edit acknowledged within {FIRST_ACK_TIMEOUT:?} \
                     ({e}; child: {status:?})"
                );
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(15_000)));
    }
    // Child::kill is SIGKILL on Unix: no destructor, no cleanup runs in the child.
    let _ = child.kill();
    child.wait().expect("the killed child is reaped");
    // Everything printed before the kill is in the pipe; the reader reads it to the end.
    reader.join().expect("the reader thread");
    acks.extend(rx.try_iter());
    acks
}

#[test]
fn killed_at_random_moments_the_project_keeps_every_acknowledged_edit() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return; // never in the child (it runs `crash_child` only anyway)
    }
    let started = Instant::now();
    let exe = std::env::current_exe().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(SOURCE),
        "date 2023-11-17\nTalks began on Thursday.",
    )
    .unwrap();
    let project = dir.path().join(format!("crash{EXTENSION}"));
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);

    // The edits the project held after the previous round (`None`: none yet), and the
    // curation those edits make, built here by replaying them.
    let mut held: Option<u64> = None;
    let mut expected = Curation::default();
    let mut last_acked: Option<u64> = None;
    let (mut total_acks, mut rounds_with_acks, mut early_kills) = (0usize, 0usize, 0usize);

    for round in 0..ROUNDS {
        let acks = run_round(&exe, &project, &mut rng, round);
        let first = held.map_or(0, |k| k + 1);
        let want: Vec<u64> = (first..first + acks.len() as u64).collect();
        assert_eq!(
            acks, want,
            "round {round}: the child numbers its edits on from what the project held"
        );
        if let Some(&n) = acks.last() {
            last_acked = Some(n);
            rounds_with_acks += 1;
            total_acks += acks.len();
        } else {
            early_kills += 1;
        }

        if !project.exists() {
            assert!(
                held.is_none() && last_acked.is_none(),
                "round {round}: the project file is gone after edits were acknowledged"
            );
            continue;
        }
        let session = Session::open(&project).unwrap_or_else(|e| {
            let text = std::fs::read(&project).unwrap_or_default();
            panic!(
                "round {round}: the project does not open after the kill: {e}\n\
                 ({} bytes: {:?}…)",
                text.len(),
                String::from_utf8_lossy(&text[..text.len().min(200)])
            )
        });
        assert_eq!(session.sources, [dir.path().join(SOURCE)], "round {round}");
        let curation = &session.history.curation;
        let k = last_edit(curation).unwrap_or_else(|| {
            panic!("round {round}: a project file was written but holds no edit")
        });
        // Every acknowledged edit is held ...
        if let Some(n) = last_acked {
            assert!(
                k >= n,
                "round {round}: edit {n} was acknowledged but the project ends at edit {k}"
            );
        }
        // ... and nothing is lost from what was held before, and at most one edit beyond
        // the acknowledged ones (saved, killed before its ack) is there.
        let floor = held.max(last_acked);
        if let Some(before) = held {
            assert!(
                k >= before,
                "round {round}: the project went back from edit {before} to edit {k}"
            );
        }
        assert!(
            floor.map_or(k == 0, |f| k <= f + 1),
            "round {round}: the project holds edit {k}, beyond the last acknowledged \
             ({last_acked:?}) and previously held ({held:?}) edit"
        );
        // Exactly the edits 0..=k, applied in order: none half there, none out of order.
        for i in first..=k {
            expected.apply(edit(i));
        }
        assert_eq!(
            curation, &expected,
            "round {round}: the project is not edits 0..={k} in order"
        );
        held = Some(k);
    }

    let seconds = started.elapsed().as_secs_f64();
    let strays = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    eprintln!(
        "project crash test: {ROUNDS} kills, {rounds_with_acks} after acknowledged edits, \
         {early_kills} with none; {total_acks} edits acknowledged, project ends at edit \
         {held:?}; {strays} temporary files left by killed saves; {seconds:.1} s"
    );
    // The test must not pass vacuously: most rounds kill a child in mid-stream.
    assert!(
        rounds_with_acks >= ROUNDS / 2,
        "only {rounds_with_acks} of {ROUNDS} rounds got an edit acknowledged"
    );
    assert!(
        total_acks >= ROUNDS / 2,
        "only {total_acks} edits acknowledged"
    );
}
