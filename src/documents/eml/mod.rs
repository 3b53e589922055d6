//! E-mail messages (`.eml`, RFC 5322 with MIME): one document per message.
//!
//! [`mail_parser`] does the MIME work (multipart structure, quoted-printable and base64,
//! charsets, encoded words in headers). From its result:
//!
//! - **Text**: the first `text/plain` body part (soft breaks of `format=flowed` joined);
//!   else the `<body>` of the first HTML part turned into text with its paragraphs
//!   ([`super::html::fragment_text`]); else the text of an attached message (a forward
//!   "as attachment"). Line ends become `\n`, trailing spaces go, runs of blank lines
//!   become one. Quoted replies (`> …`) are kept as sent.
//! - **Title**: the `Subject:` without its `Re:`/`Fwd:` prefixes, else the first sentence,
//!   else the file name.
//! - **Reference date**: the `Date:` header, as the local date and time it is written in
//!   (the offset is dropped, as for every other format); `date_source` says
//!   `"e-mail Date: header"`. A missing or unreadable `Date:` is a warning quoting it.
//! - **Byline**: the `From:` display name, or its address. **Language**: the
//!   `Content-Language:` header.
//!
//! A file with no mail headers at the start is not an e-mail, and a message with no text
//! at all (only attachments) gives no document: both are warnings.

mod body;

use super::error::{excerpt, ReadError};
use super::read::ReadResult;
use super::text_date::parse_date;
use super::text_file::file_name;
use super::title::{from_body, shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, Warning};
use body::message_text;
use chrono::{NaiveDate, NaiveDateTime};
use mail_parser::{HeaderName, Message, MessageParser};

/// What the reader says a `Date:` header should look like.
const DATE_EXAMPLE: &str = "'Fri, 17 Nov 2023 08:00:00 +0000'";

/// Headers that only a mail message starts with; one of them must be present.
const MAIL_HEADERS: [HeaderName<'static>; 9] = [
    HeaderName::From,
    HeaderName::Sender,
    HeaderName::To,
    HeaderName::Date,
    HeaderName::Subject,
    HeaderName::MessageId,
    HeaderName::Received,
    HeaderName::MimeVersion,
    HeaderName::ReturnPath,
];

/// Reads one message into `out`: one document, or a warning saying why not.
pub(crate) fn read_eml(path: &str, bytes: &[u8], out: &mut ReadResult) {
    let mut warnings = Vec::new();
    match read(path, bytes, &mut warnings) {
        Ok(doc) => out.documents.push(doc),
        Err(why) => warnings.push(ReadError::Email(why).warning(path)),
    }
    out.warnings.extend(warnings);
}

/// The document, or why there is none; a missing date goes to `warnings`.
fn read(path: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> Result<Document, String> {
    // Blank lines before the headers (a message pasted into a file) are skipped.
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let bytes = &bytes[start..];
    let not_mail = || {
        format!(
            "not an e-mail: expected header lines such as 'From:', 'Date:' and 'Subject:' at the start, found {}",
            describe_start(bytes)
        )
    };
    let msg = MessageParser::default().parse(bytes).ok_or_else(not_mail)?;
    if !has_mail_headers(&msg) {
        return Err(not_mail());
    }
    let text = message_text(&msg, 0).ok_or_else(|| {
        "the message has no text (no text or HTML part; only attachments?)".to_string()
    })?;
    let (reference_date, date_source) = match date(&msg) {
        Ok(d) => (Some(d), Some("e-mail Date: header".to_string())),
        Err(why) => {
            warnings.push(ReadError::NoReferenceDate { why }.warning(path));
            (None, None)
        }
    };
    Ok(Document {
        path: path.to_string(),
        title: title(path, msg.subject(), &text),
        reference_date,
        date_source,
        byline: byline(&msg),
        lang: language(&msg),
        text,
        kind: DocumentKind::Email,
        ..Document::default()
    })
}

/// The start of a file that has no mail headers, for a message: its first line quoted,
/// or "binary data".
fn describe_start(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(200)];
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let line = match std::str::from_utf8(line) {
        Ok(s) => s,
        // Cut inside a character at 200 bytes: keep what is whole.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&line[..e.valid_up_to()]).unwrap_or("")
        }
        Err(_) => return "binary data".into(),
    };
    if line.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return "binary data".into();
    }
    match excerpt(line, 60) {
        s if s.is_empty() => "nothing".into(),
        s => format!("'{s}'"),
    }
}

/// True when the message has at least one header only mail has.
fn has_mail_headers(msg: &Message<'_>) -> bool {
    msg.headers().iter().any(|h| MAIL_HEADERS.contains(&h.name))
}

/// The `Date:` header as the local date-time written in it, or why there is none.
fn date(msg: &Message<'_>) -> Result<NaiveDateTime, String> {
    if let Some(d) = msg.date().and_then(|d| {
        NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))?
            .and_hms_opt(u32::from(d.hour), u32::from(d.minute), u32::from(d.second))
    }) {
        return Ok(d);
    }
    let raw = msg
        .header_raw(HeaderName::Date)
        .map(str::trim)
        .unwrap_or("");
    if raw.is_empty() {
        return Err("the message has no Date: header".into());
    }
    // Some tools write ISO dates ("2023-11-17 08:00"): read them too.
    parse_date(raw).ok_or_else(|| {
        format!(
            "expected a Date: header such as {DATE_EXAMPLE}, found '{}'",
            excerpt(raw, 60)
        )
    })
}

/// The title: the subject without reply and forward prefixes, the first sentence, or
/// the file name.
fn title(path: &str, subject: Option<&str>, text: &str) -> String {
    let subject = subject.map(strip_prefixes).unwrap_or("");
    let title = if subject.trim().is_empty() {
        from_body(text)
    } else {
        shorten(subject, TITLE_MAX_CHARS)
    };
    if title.is_empty() {
        file_name(path)
    } else {
        title
    }
}

/// A subject without its leading `Re:`, `Fwd:`, `Fw:`, `AW:`, `WG:`, `TR:` or `SV:`
/// prefixes (any case, repeated, `[Fwd: …]`-style brackets not included).
fn strip_prefixes(subject: &str) -> &str {
    const PREFIXES: [&str; 7] = ["re", "fwd", "fw", "aw", "wg", "tr", "sv"];
    let mut s = subject.trim();
    loop {
        let Some((head, rest)) = s.split_once(':') else {
            return s;
        };
        let head = head.trim();
        // "Re[2]:" and "Re(2):" count as "Re:".
        let word = head.split(['[', '(']).next().unwrap_or(head);
        if !PREFIXES.iter().any(|p| word.eq_ignore_ascii_case(p)) || rest.trim().is_empty() {
            return s;
        }
        s = rest.trim_start();
    }
}

/// The sender's display name, or their address.
fn byline(msg: &Message<'_>) -> Option<String> {
    let from = msg.from()?.first()?;
    from.name()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .or_else(|| from.address().map(str::trim).filter(|a| !a.is_empty()))
        .map(|s| s.trim_matches('"').to_string())
}

/// The first tag of a `Content-Language:` header (`en-GB, fr` → `en-GB`).
fn language(msg: &Message<'_>) -> Option<String> {
    let raw = msg.header_raw(HeaderName::ContentLanguage)?;
    let tag = raw.split(',').next()?.trim();
    let valid = !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    valid.then(|| tag.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Message<'_> {
        MessageParser::default()
            .parse(raw.as_bytes())
            .expect("parses")
    }

    fn read_str(raw: &str) -> ReadResult {
        let mut out = ReadResult::default();
        read_eml("mail/a.eml", raw.as_bytes(), &mut out);
        out
    }

    #[test]
    fn describes_what_is_not_mail() {
        assert_eq!(describe_start(b"Shopping list\nmilk"), "'Shopping list'");
        assert_eq!(describe_start(b"\x89PNG\r\n\x1a\n\0\0"), "binary data");
        assert_eq!(describe_start(b"\x01\x02abc"), "binary data");
        assert_eq!(describe_start(b""), "nothing");
    }

    #[test]
    fn subject_prefixes() {
        assert_eq!(strip_prefixes("Re: Fwd: Council votes"), "Council votes");
        assert_eq!(strip_prefixes("RE[2]: AW: Hafen"), "Hafen");
        assert_eq!(
            strip_prefixes("Update: council votes"),
            "Update: council votes"
        );
        assert_eq!(strip_prefixes("Re:"), "Re:");
        assert_eq!(strip_prefixes("  plain  "), "plain");
    }

    #[test]
    fn the_date_as_written_and_bad_dates_quoted() {
        let m = parse("From: a@b.c\r\nDate: Fri, 17 Nov 2023 08:05:09 -0500\r\n\r\nHi\r\n");
        assert_eq!(
            date(&m),
            Ok(NaiveDate::from_ymd_opt(2023, 11, 17)
                .and_then(|d| d.and_hms_opt(8, 5, 9))
                .expect("date"))
        );
        let m = parse("From: a@b.c\r\nDate: 2023-11-17 08:00\r\n\r\nHi\r\n");
        assert_eq!(
            date(&m).ok().map(|d| d.date()),
            NaiveDate::from_ymd_opt(2023, 11, 17)
        );
        let m = parse("From: a@b.c\r\nDate: sometime last week\r\n\r\nHi\r\n");
        assert_eq!(
            date(&m),
            Err("expected a Date: header such as 'Fri, 17 Nov 2023 08:00:00 +0000', found 'sometime last week'".into())
        );
        let m = parse("From: a@b.c\r\n\r\nHi\r\n");
        assert_eq!(date(&m), Err("the message has no Date: header".into()));
    }

    #[test]
    fn sender_and_language() {
        let m = parse(
            "From: \"Jane Roe\" <jane@example.com>\r\nContent-Language: en-GB, fr\r\n\r\nHi\r\n",
        );
        assert_eq!(byline(&m).as_deref(), Some("Jane Roe"));
        assert_eq!(language(&m).as_deref(), Some("en-GB"));
        let m = parse("From: desk@example.com\r\n\r\nHi\r\n");
        assert_eq!(byline(&m).as_deref(), Some("desk@example.com"));
        assert_eq!(language(&m), None);
    }

    #[test]
    fn not_mail_and_no_text() {
        let out = read_str("Just some notes\nabout nothing.\n");
        assert_eq!(out.documents, []);
        assert_eq!(
            out.warnings[0].message,
            "mail/a.eml: unreadable e-mail: not an e-mail: expected header lines such as 'From:', 'Date:' and 'Subject:' at the start, found 'Just some notes'"
        );
        assert_eq!(
            read_str("\r\n\r\nFrom: a@b.c\r\n\r\nPasted.\r\n").documents[0].text,
            "Pasted."
        );
        let out = read_str(
            "From: a@b.c\r\nDate: Fri, 17 Nov 2023 08:00:00 +0000\r\nSubject: Nothing\r\n\r\n\r\n",
        );
        assert_eq!(out.documents, []);
        assert_eq!(
            out.warnings[0].message,
            "mail/a.eml: unreadable e-mail: the message has no text (no text or HTML part; only attachments?)"
        );
    }

    #[test]
    fn an_attached_message_gives_its_text() {
        let raw = "From: a@b.c\r\nSubject: Fwd: Story\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: message/rfc822\r\n\r\nFrom: desk@news.example\r\nSubject: Story\r\nContent-Type: text/plain\r\n\r\nThe council voted.\r\n--m--\r\n";
        let out = read_str(raw);
        let d = &out.documents[0];
        assert_eq!(d.title, "Story");
        assert_eq!(d.text, "The council voted.");
    }

    #[test]
    fn never_panics_on_junk() {
        for junk in [
            "",
            ":",
            "From:",
            "From: \r\n\r\n",
            "Subject: =?utf-8?B?####?=\r\n\r\nx",
            "\u{0}\u{1}PK",
        ] {
            let _ = read_str(junk);
        }
    }
}
