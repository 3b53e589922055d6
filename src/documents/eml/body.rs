//! The text of a message: which body part is read (plain text, else HTML, else an
//! attached message), and how it becomes tidy plain text (`format=flowed` joined, an
//! HTML part's `<body>` turned into paragraphs).

use super::super::html::fragment_text;
use mail_parser::{Message, MessagePart, MimeHeaders, PartType};
use std::borrow::Cow;

/// How deep attached messages are looked into for text.
const MAX_NESTING: usize = 3;

/// The message's text: its first plain-text part, else its first HTML part as text,
/// else the text of the first attached message with any.
pub(super) fn message_text(msg: &Message<'_>, depth: usize) -> Option<String> {
    let plain = msg.text_bodies().find_map(|part| match &part.body {
        PartType::Text(t) => Some(tidy(&plain_text(part, t))).filter(|t| !t.is_empty()),
        _ => None,
    });
    let html = || {
        msg.html_bodies().find_map(|part| match &part.body {
            PartType::Html(h) => Some(tidy(&fragment_text(body_of(h)))).filter(|t| !t.is_empty()),
            _ => None,
        })
    };
    let attached = || {
        if depth >= MAX_NESTING {
            return None;
        }
        msg.attachments().find_map(|part| match &part.body {
            PartType::Message(inner) => message_text(inner, depth + 1),
            _ => None,
        })
    };
    plain.or_else(html).or_else(attached)
}

/// The inside of an HTML part's `<body>`, so that the `<head>` (title, styles) is not
/// read as text; the whole part when it has no `<body>`.
fn body_of(html: &str) -> &str {
    let lower = html.to_ascii_lowercase();
    let Some(open) = lower.find("<body") else {
        return html;
    };
    let start = lower[open..].find('>').map_or(html.len(), |i| open + i + 1);
    let end = lower
        .rfind("</body")
        .filter(|&e| e >= start)
        .unwrap_or(html.len());
    html.get(start..end).unwrap_or(html)
}

/// A plain-text part's text, its soft line breaks joined when it is `format=flowed`.
fn plain_text<'t>(part: &MessagePart<'_>, text: &'t str) -> Cow<'t, str> {
    let Some(ct) = part.content_type() else {
        return Cow::Borrowed(text);
    };
    let is = |name: &str, value: &str| {
        ct.attribute(name)
            .is_some_and(|v| v.eq_ignore_ascii_case(value))
    };
    if is("format", "flowed") {
        Cow::Owned(unflow(text, is("delsp", "yes")))
    } else {
        Cow::Borrowed(text)
    }
}

/// Undoes RFC 3676 `format=flowed`: a line ending in a space goes on with the next line
/// of the same quote depth (the space dropped when `delsp`); the space stuffed before a
/// line or after its quote marks is removed. The signature line `-- ` never flows.
fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    // The logical line being built: its quote depth and text.
    let mut open: Option<(usize, String)> = None;
    for raw in text.lines() {
        let depth = raw.bytes().take_while(|&b| b == b'>').count();
        let rest = &raw[depth..];
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        if let Some((d, _)) = &open {
            if *d != depth {
                flush(&mut out, open.take());
            }
        }
        let (_, line) = open.get_or_insert_with(|| (depth, String::new()));
        let soft = rest.ends_with(' ') && rest != "-- ";
        line.push_str(if soft && delsp {
            &rest[..rest.len() - 1]
        } else {
            rest
        });
        if !soft {
            flush(&mut out, open.take());
        }
    }
    flush(&mut out, open.take());
    out
}

/// Ends a logical line of [`unflow`], quote marks put back.
fn flush(out: &mut String, line: Option<(usize, String)>) {
    if let Some((depth, text)) = line {
        if depth > 0 {
            out.push_str(&">".repeat(depth));
            out.push(' ');
        }
        out.push_str(&text);
        out.push('\n');
    }
}

/// Text with `\n` line ends, no trailing spaces, at most one blank line in a row, and no
/// blank lines at either end.
pub(super) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::MessageParser;

    fn parse(raw: &str) -> Message<'_> {
        MessageParser::default()
            .parse(raw.as_bytes())
            .expect("parses")
    }

    #[test]
    fn html_head_is_not_text() {
        let html =
            "<html><head><title>Page title</title></head><BODY class=x><p>One.</p></body></html>";
        assert_eq!(body_of(html), "<p>One.</p>");
        assert_eq!(body_of("<p>Two.</p>"), "<p>Two.</p>");
        assert_eq!(body_of("<body"), "");
    }

    #[test]
    fn unflows_soft_breaks() {
        let flowed = "The council voted \r\nto build a wall.\r\n\r\n> Quoted text \r\n> goes on.\r\n>> Deeper\r\n --  \r\n-- \r\nSig\r\n";
        assert_eq!(
            unflow(flowed, false),
            "The council voted to build a wall.\n\n> Quoted text goes on.\n>> Deeper\n--  -- \nSig\n"
        );
        assert_eq!(unflow("Stuck \r\ntogether", true), "Stucktogether\n");
        let raw = "From: a@b.c\r\nContent-Type: text/plain; format=flowed\r\n\r\nOne \r\nline.\r\n";
        assert_eq!(message_text(&parse(raw), 0).as_deref(), Some("One line."));
    }

    #[test]
    fn tidies_line_ends_and_blank_runs() {
        assert_eq!(
            tidy("\r\n\r\nOne  \r\ntwo\r\n\r\n\r\n\r\nthree\r\n\r\n"),
            "One\ntwo\n\nthree"
        );
        assert_eq!(tidy(" \n \n"), "");
    }

    #[test]
    fn plain_text_is_preferred_to_html() {
        let raw = "From: a@b.c\r\nSubject: Both\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlain words.\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>HTML words.</p>\r\n--b--\r\n";
        assert_eq!(
            message_text(&parse(raw), 0).as_deref(),
            Some("Plain words.")
        );
    }
}
