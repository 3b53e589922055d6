//! `chronoscope resolve --reference DATETIME [--bias auto|past|future] [TEXT...]`: find and
//! resolve the time expressions in lines of text, one JSON object per expression.
//!
//! Lines come from the TEXT arguments (each argument is one line) or, when there are none,
//! from standard input. Offsets are byte offsets into the line; `start_time`/`end_time` are
//! the resolved interval (end exclusive) as ISO local date-times, `null` when there is none.

use anyhow::Context;
use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::temporal::{self, Bias, DateOrder, Mention, Options};
use clap::ValueEnum;
use serde::Serialize;
use std::io::{BufRead, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum BiasArg {
    Auto,
    Past,
    Future,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OrderArg {
    /// 03/04/2023 is March 4.
    Mdy,
    /// 03/04/2023 is 3 April.
    Dmy,
}

/// Resolve time expressions in lines of text against a reference date.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Reference date or date-time: 2023-11-17, 2023-11-17T09:30 or 2023-11-17T09:30:00.
    #[arg(long, short)]
    pub reference: String,
    /// How to resolve weekdays and months when the text gives no tense.
    #[arg(long, value_enum, default_value_t = BiasArg::Auto)]
    pub bias: BiasArg,
    /// How to read ambiguous numeric dates.
    #[arg(long, value_enum, default_value_t = OrderArg::Mdy)]
    pub order: OrderArg,
    /// Lines of text (standard input when none are given).
    pub text: Vec<String>,
}

/// One JSON output record.
#[derive(Serialize)]
struct Record<'a> {
    line: usize,
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    timex_type: &'static str,
    value: &'a str,
    granularity: Option<&'static str>,
    start_time: Option<String>,
    end_time: Option<String>,
}

/// Parses a reference date or date-time.
pub fn parse_reference(s: &str) -> anyhow::Result<NaiveDateTime> {
    let t = s.trim();
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, fmt) {
            return Ok(dt);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        if let Some(dt) = d.and_hms_opt(0, 0, 0) {
            return Ok(dt);
        }
    }
    anyhow::bail!(
        "--reference: expected a date like 2023-11-17 or a date-time like 2023-11-17T09:30, but found {s:?}"
    )
}

fn iso(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn write_line(
    out: &mut impl Write,
    line_no: usize,
    line: &str,
    mentions: &[Mention],
) -> anyhow::Result<()> {
    for m in mentions {
        let rec = Record {
            line: line_no,
            text: line.get(m.span.clone()).unwrap_or(""),
            start: m.span.start,
            end: m.span.end,
            timex_type: m.timex_type.as_str(),
            value: &m.value,
            granularity: m.granularity.map(|g| g.as_str()),
            start_time: m.interval.map(|i| iso(i.start)),
            end_time: m.interval.map(|i| iso(i.end)),
        };
        serde_json::to_writer(&mut *out, &rec).context("writing JSON")?;
        out.write_all(b"\n").context("writing to standard output")?;
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let reference = parse_reference(&args.reference)?;
    let options = Options {
        bias: match args.bias {
            BiasArg::Auto => Bias::Auto,
            BiasArg::Past => Bias::Past,
            BiasArg::Future => Bias::Future,
        },
        date_order: match args.order {
            OrderArg::Mdy => DateOrder::MonthFirst,
            OrderArg::Dmy => DateOrder::DayFirst,
        },
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.text.is_empty() {
        let stdin = std::io::stdin();
        for (i, line) in stdin.lock().lines().enumerate() {
            let line = line.with_context(|| format!("reading line {} of standard input", i + 1))?;
            let mentions = temporal::extract(&line, Some(reference), &options);
            write_line(&mut out, i + 1, &line, &mentions)?;
        }
    } else {
        for (i, line) in args.text.iter().enumerate() {
            let mentions = temporal::extract(line, Some(reference), &options);
            write_line(&mut out, i + 1, line, &mentions)?;
        }
    }
    out.flush().context("writing to standard output")?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_accepts_dates_and_date_times() {
        assert_eq!(
            parse_reference("2023-11-17").unwrap().to_string(),
            "2023-11-17 00:00:00"
        );
        assert_eq!(
            parse_reference("2023-11-17T09:30").unwrap().to_string(),
            "2023-11-17 09:30:00"
        );
        assert_eq!(
            parse_reference("2023-11-17T09:30:05").unwrap().to_string(),
            "2023-11-17 09:30:05"
        );
        let err = parse_reference("17/11/2023").unwrap_err().to_string();
        assert!(
            err.contains("expected a date like 2023-11-17") && err.contains("17/11/2023"),
            "{err}"
        );
    }
}
