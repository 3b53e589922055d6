//! From positioned strings to a page's text: runs on one baseline make a line, lines make
//! paragraphs, a paragraph's lines are joined into one line of text.
//!
//! # Rules
//!
//! - **Lines.** A run continues the line when its baseline is within half the font size
//!   and it does not start back left of where the line ends; a space goes between runs
//!   that are more than [`WORD_GAP`] of an em apart.
//! - **Paragraphs** (a blank line between them) start where the font size changes by more
//!   than a fifth, where the text moves up the page (a new column, a box), where the gap
//!   to the line above is more than 1.3 times the page's usual line spacing (or more than
//!   2.2 ems), and at a first line indented past both its neighbours.
//! - **Joining** (see [`join_lines`]): a space between lines; a hyphen that ends a line
//!   before a lower-case letter is dropped ("gov-" + "ernment"), other line-end hyphens
//!   are kept without a space ("Anglo-" + "French"); soft hyphens always go.
//! - Page numbers alone on a line ("7", "Page 2 of 3", "- 4 -") at the top or bottom of
//!   the page are dropped: they would cut sentences that run across pages.
//!
//! Not here: columns are taken in the order the PDF draws them; tables come out as lines.

use super::content::Run;

/// A gap wider than this (in ems) between two runs on a line is a word space.
const WORD_GAP: f64 = 0.15;

/// One line of a page.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Line {
    pub text: String,
    pub x: f64,
    pub end_x: f64,
    pub y: f64,
    pub size: f64,
}

/// The text of one page: paragraphs separated by a blank line.
pub(super) fn page_text(runs: &[Run]) -> String {
    let mut lines = lines(runs);
    drop_page_numbers(&mut lines);
    paragraphs(&lines)
        .iter()
        .map(|p| join_lines(p))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Groups runs (in the order drawn) into lines.
pub(super) fn lines(runs: &[Run]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for run in runs {
        let text = clean(&run.text);
        if text.trim().is_empty() {
            if let Some(line) = lines.last_mut() {
                // A drawn space still separates words.
                if !text.is_empty() && same_line(line, run) && !line.text.ends_with(' ') {
                    line.text.push(' ');
                    line.end_x = line.end_x.max(run.end_x);
                }
            }
            continue;
        }
        match lines.last_mut() {
            Some(line) if same_line(line, run) => {
                let gap = run.x - line.end_x;
                let size = line.size.max(run.size).max(1.0);
                if gap > WORD_GAP * size && !line.text.ends_with(' ') && !text.starts_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(&text);
                line.end_x = line.end_x.max(run.end_x);
            }
            _ => lines.push(Line {
                text,
                x: run.x,
                end_x: run.end_x,
                y: run.y,
                size: run.size,
            }),
        }
    }
    lines
}

fn same_line(line: &Line, run: &Run) -> bool {
    let size = line.size.max(run.size).max(1.0);
    (run.y - line.y).abs() <= 0.5 * size && run.x >= line.end_x - 0.5 * size
}

/// Whitespace of any kind becomes a plain space, control characters go, ligatures are
/// spelled out (a ToUnicode CMap may map "ﬁ" to itself).
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() || c == '\u{fffd}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Drops the first and last lines of a page while they are page numbers.
fn drop_page_numbers(lines: &mut Vec<Line>) {
    while lines.last().is_some_and(|l| is_page_number(&l.text)) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| is_page_number(&l.text)) {
        lines.remove(0);
    }
}

/// "7", "- 7 -", "Page 7", "page 7 of 12", "7 of 12", "7/12".
pub(super) fn is_page_number(line: &str) -> bool {
    let lower = line.to_lowercase();
    let l = lower.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let l = l.strip_prefix("page").map_or(l, str::trim_start);
    let numeric = |p: &str| p.len() <= 4 && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mut parts = l
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty() && *p != "of");
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, None) => numeric(a),
        (Some(a), Some(b), None) => numeric(a) && numeric(b),
        _ => false,
    }
}

/// Splits lines into paragraphs (each a list of line texts).
pub(super) fn paragraphs(lines: &[Line]) -> Vec<Vec<&str>> {
    let typical = typical_spacing(lines);
    let mut out: Vec<Vec<&str>> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let starts = match i.checked_sub(1).and_then(|p| lines.get(p)) {
            None => true,
            Some(prev) => breaks(prev, line, lines.get(i + 1), typical),
        };
        match out.last_mut() {
            Some(paragraph) if !starts => paragraph.push(&line.text),
            _ => out.push(vec![&line.text]),
        }
    }
    out
}

/// True when `cur` starts a new paragraph after `prev`.
fn breaks(prev: &Line, cur: &Line, next: Option<&Line>, typical: Option<f64>) -> bool {
    let size = prev.size.max(cur.size).max(1.0);
    let smaller = prev.size.min(cur.size).max(0.1);
    if size / smaller > 1.2 {
        return true;
    }
    let dy = prev.y - cur.y;
    if dy < -0.5 * size {
        return true;
    }
    let far = match typical {
        Some(t) => dy > 1.3 * t,
        None => false,
    };
    let indented = cur.x > prev.x + size && next.is_some_and(|n| cur.x > n.x + size);
    far || dy > 2.2 * size || indented
}

/// The most common distance between consecutive baselines (to half a point), among those
/// that look like line spacing (between 0.8 and 3 ems).
fn typical_spacing(lines: &[Line]) -> Option<f64> {
    let mut counts: Vec<(i64, usize)> = Vec::new();
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let size = a.size.max(b.size).max(1.0);
        let dy = a.y - b.y;
        if dy < 0.8 * size || dy > 3.0 * size {
            continue;
        }
        let key = (dy * 2.0).round() as i64;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    // Ties go to the smaller spacing: line spacing, not paragraph spacing.
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts.first().map(|(k, _)| *k as f64 / 2.0)
}

/// Joins the lines of one paragraph into one line of text.
pub(super) fn join_lines(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        let line = collapse(line);
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out = line;
            continue;
        }
        let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        if out.ends_with('\u{ad}') {
            out.pop();
        } else if let Some(before) = out.strip_suffix('-') {
            let before_last = before.chars().last();
            if before_last.is_some_and(char::is_alphabetic) && starts_lower {
                out.pop();
            } else if !before_last.is_some_and(char::is_alphanumeric) {
                out.push(' ');
            }
        } else {
            out.push(' ');
        }
        out.push_str(&line);
    }
    out.replace('\u{ad}', "")
}

/// Trims and collapses runs of spaces.
fn collapse(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, x: f64, y: f64, size: f64) -> Run {
        let end_x = x + text.chars().count() as f64 * size * 0.5;
        Run {
            text: text.into(),
            x,
            y,
            end_x,
            size,
        }
    }

    #[test]
    fn hyphens_at_line_ends() {
        assert_eq!(
            join_lines(&["the gov-", "ernment said"]),
            "the government said"
        );
        assert_eq!(
            join_lines(&["the Anglo-", "French bid"]),
            "the Anglo-French bid"
        );
        assert_eq!(join_lines(&["in 2022-", "23"]), "in 2022-23");
        assert_eq!(
            join_lines(&["prices rose -", "sharply"]),
            "prices rose - sharply"
        );
        assert_eq!(join_lines(&["infor\u{ad}", "mation"]), "information");
        assert_eq!(
            join_lines(&["  two   spaces ", "", " here "]),
            "two spaces here"
        );
    }

    #[test]
    fn page_numbers() {
        for s in [
            "7",
            "- 7 -",
            "Page 2 of 3",
            "page 2",
            "2 of 3",
            "2/3",
            " 12 ",
        ] {
            assert!(is_page_number(s), "{s}");
        }
        for s in [
            "2023 budget",
            "Page one",
            "1957.",
            "Reporting by Jane Doe",
            "",
        ] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn runs_make_lines_with_word_gaps() {
        // "called the vote" ends at 72 + 15 × 5.5; the bold run starts one space later.
        let runs = [
            run("called the vote", 72.0, 700.0, 11.0),
            run("a turning point", 72.0 + 16.0 * 5.5, 700.0, 11.0),
            run("ed", 72.0 + 31.0 * 5.5 + 0.3, 700.0, 11.0),
            run("next line", 72.0, 686.0, 11.0),
        ];
        let lines = lines(&runs);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["called the vote a turning pointed", "next line"]);
    }

    #[test]
    fn paragraphs_from_gaps_sizes_and_indents() {
        let runs = [
            run("Headline here", 72.0, 770.0, 20.0),
            run("First paragraph, line one", 72.0, 740.0, 11.0),
            run("line two.", 72.0, 726.0, 11.0),
            run("Second paragraph after a gap", 72.0, 702.0, 11.0),
            run("and its second line.", 72.0, 688.0, 11.0),
            run("Indented third paragraph", 90.0, 674.0, 11.0),
            run("goes on here.", 72.0, 660.0, 11.0),
            run("3", 297.0, 40.0, 9.0),
        ];
        assert_eq!(
            page_text(&runs),
            "Headline here\n\nFirst paragraph, line one line two.\n\n\
             Second paragraph after a gap and its second line.\n\n\
             Indented third paragraph goes on here."
        );
    }

    #[test]
    fn moving_up_the_page_starts_a_paragraph() {
        let runs = [
            run("Bottom of column one", 72.0, 100.0, 11.0),
            run("top of column two", 300.0, 700.0, 11.0),
        ];
        assert_eq!(
            page_text(&runs),
            "Bottom of column one\n\ntop of column two"
        );
    }

    #[test]
    fn ligatures_and_odd_spaces() {
        let runs = [run("ﬁrst\u{a0}\u{a0}oﬃce\u{1}", 72.0, 700.0, 11.0)];
        assert_eq!(page_text(&runs), "first office");
    }
}
