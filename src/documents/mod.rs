//! Documents: the articles a user opens, read from text, TimeML, JSON Lines or events files.
//!
//! A [`Document`] keeps the file's text exactly as read (header included), so every span
//! elsewhere in Chronoscope is a byte range into `Document::text`. `body` marks the part
//! extraction runs on (after a date header, inside `<TEXT>` for TimeML).
//!
//! Loading is two steps: [`walk`] turns the paths a user gave into [`SourceFile`]s (folders
//! recursive, hidden entries skipped, kind from the extension), and [`read`] turns one file
//! into documents. [`read_bytes`] is the pure core of `read`, for tests and embedded data.
//! Every problem — a missing path, an empty or binary file, invalid UTF-8, a bad date
//! header, a malformed JSON line — becomes a [`Warning`] whose message names the file (and
//! line); one bad file or line never stops the others, and no input makes this panic.
//! A warning about a document has the same `path` as that document.
//!
//! Not here: events files are only classified ([`Format::EventsFile`]), the events module
//! parses them; document ids are left empty for the caller to number the loaded set.

mod dates;
mod decode;
mod docx;
mod eml;
mod error;
mod feed;
mod frontmatter;
mod header;
mod html;
pub mod html_date;
mod jsonl;
mod pdf;
mod read;
mod text_date;
mod text_file;
pub mod timeml;
mod title;
mod types;
mod walk;

pub use read::{read, read_bytes, ReadResult};
pub use types::{Document, DocumentKind, Span, Warning};
pub use walk::{walk, Format, SourceFile, Walk, PROJECT_SUFFIX};
