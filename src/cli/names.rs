//! `chronoscope names [TEXT...]`: the names in lines of text, one JSON object per name.
//!
//! Lines come from the TEXT arguments (each argument is one line) or, when there are none,
//! from standard input. Offsets are byte offsets into the line; `actor` is the canonical
//! name the mention joins when the line alone tells ("Chinese" → "China", a surname after
//! the full name), `null` otherwise.

use anyhow::Context;
use chronoscope::actors::{find_mentions, Gazetteer, Mention};
use serde::Serialize;
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Find the names of people, organisations and places in lines of text.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Lines of text (standard input when none are given).
    pub text: Vec<String>,
}

#[derive(Serialize)]
struct Record<'a> {
    line: usize,
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    actor: Option<&'a str>,
}

fn write_line(
    out: &mut impl Write,
    line_no: usize,
    line: &str,
    found: &[Mention],
) -> anyhow::Result<()> {
    for m in found {
        let rec = Record {
            line: line_no,
            start: m.span.start,
            end: m.span.end,
            text: line.get(m.span.range()).unwrap_or(""),
            kind: m.kind.as_str(),
            actor: m.canonical.as_deref(),
        };
        serde_json::to_writer(&mut *out, &rec).context("writing JSON")?;
        out.write_all(b"\n").context("writing to standard output")?;
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let gaz = Gazetteer::get();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.text.is_empty() {
        for (i, line) in std::io::stdin().lock().lines().enumerate() {
            let line = line.with_context(|| format!("reading line {} of standard input", i + 1))?;
            write_line(&mut out, i + 1, &line, &find_mentions(&line, gaz))?;
        }
    } else {
        for (i, line) in args.text.iter().enumerate() {
            write_line(&mut out, i + 1, line, &find_mentions(line, gaz))?;
        }
    }
    out.flush().context("writing to standard output")?;
    Ok(ExitCode::SUCCESS)
}
