//! Documents: the articles a user opens, read from text, TimeML, JSON Lines or events files.
//!
//! A [`Document`] keeps the file's text exactly as read (header included), so every span
//! elsewhere in Chronoscope is a byte range into `Document::text`. `body` marks the part
//! extraction runs on (after a date header, inside `<TEXT>` for TimeML).

mod dates;
mod decode;
mod error;
mod frontmatter;
mod header;
mod jsonl;
mod read;
mod text_file;
pub mod timeml;
mod title;
mod types;
mod walk;

pub use read::{read, read_bytes, ReadResult};
pub use types::{Document, DocumentKind, Span, Warning};
pub use walk::{walk, Format, SourceFile, Walk};
