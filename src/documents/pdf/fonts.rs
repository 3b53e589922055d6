//! The fonts of a PDF page, for text extraction: how the bytes of a shown string become
//! text, and how wide each glyph is (so the layout can tell a word gap from kerning).
//!
//! # Decoding, in the order the PDF specification ranks it (§9.10.2)
//!
//! 1. A `/ToUnicode` CMap, when the font has one.
//! 2. Simple fonts: the `/Encoding` — a base encoding name (WinAnsi, MacRoman, Standard)
//!    or a dictionary whose `/Differences` name glyphs ("quoteright", "fi", "uni00E9").
//!    No encoding: Standard for Type 1 fonts, WinAnsi for TrueType ones.
//! 3. Composite (Type0) fonts without a ToUnicode CMap: UCS-2/UTF-16 predefined CMaps
//!    are read as UTF-16; others cannot be decoded, and their glyphs are counted.
//!
//! Widths come from `/Widths` (simple fonts), `/W` and `/DW` (composite fonts), the
//! metrics of the standard fonts (Helvetica, Times, Courier) when a PDF names one without
//! widths, else half an em.
//!
//! Not here: font programs are never parsed (a font with neither a ToUnicode CMap nor an
//! encoding that names its glyphs stays undecodable), and vertical writing is read as
//! horizontal.

use super::glyphs::{glyph_text, standard_widths};
use super::guard::nesting_ok;
use lopdf::{Dictionary, Document, Encoding, Object};
use std::collections::HashMap;

/// Width assumed for a glyph nothing tells the width of, in thousandths of an em.
const DEFAULT_WIDTH: f64 = 500.0;

/// A font ready to decode shown strings.
pub(super) struct Font {
    decoder: Decoder,
    /// Bytes per character code: 2 for composite fonts, 1 for simple ones.
    code_len: usize,
    widths: Widths,
}

enum Decoder {
    /// Simple fonts: the text of each of the 256 codes ("" when unknown).
    Table(Vec<String>),
    /// A composite font's ToUnicode CMap.
    CMap(Encoding<'static>),
    /// A composite font whose codes are UTF-16 (`UniGB-UCS2-H` and the like).
    Utf16,
    /// A composite font that gives no way to Unicode.
    Undecodable,
}

enum Widths {
    /// Simple fonts: widths from `first` on, then `missing`.
    Simple {
        first: u32,
        widths: Vec<f64>,
        missing: f64,
    },
    /// Composite fonts: CID → width, then `default`.
    Cid {
        widths: HashMap<u32, f64>,
        default: f64,
    },
}

/// A decoded string: its text, its advance in thousandths of an em (before spacing), how
/// many codes it had, how many of them were spaces (code 32 of a simple font, which word
/// spacing applies to) and how many could not be decoded.
pub(super) struct Shown {
    pub text: String,
    pub width: f64,
    pub codes: usize,
    pub spaces: usize,
    pub undecoded: usize,
}

impl Font {
    /// Reads a font dictionary. Never fails: what cannot be read falls back to the
    /// defaults above.
    pub(super) fn new(doc: &Document, dict: &Dictionary) -> Font {
        let composite = dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        if composite {
            Font {
                decoder: composite_decoder(doc, dict),
                code_len: 2,
                widths: cid_widths(doc, dict),
            }
        } else {
            Font {
                decoder: Decoder::Table(simple_table(doc, dict)),
                code_len: 1,
                widths: simple_widths(doc, dict),
            }
        }
    }

    /// Decodes the bytes of one shown string.
    pub(super) fn show(&self, bytes: &[u8]) -> Shown {
        let mut shown = Shown {
            text: String::new(),
            width: 0.0,
            codes: 0,
            spaces: 0,
            undecoded: 0,
        };
        for chunk in bytes.chunks(self.code_len) {
            let code = chunk.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
            shown.codes += 1;
            shown.width += self.widths.of(code);
            if self.code_len == 1 && code == 32 {
                shown.spaces += 1;
            }
        }
        match &self.decoder {
            Decoder::Table(table) => {
                for &b in bytes {
                    let text = table.get(usize::from(b)).map_or("", String::as_str);
                    shown.undecoded += usize::from(text.is_empty());
                    shown.text.push_str(text);
                }
            }
            Decoder::CMap(encoding) => match encoding.bytes_to_string(bytes) {
                Ok(text) => shown.text = text,
                Err(_) => shown.undecoded = shown.codes,
            },
            Decoder::Utf16 => {
                let units: Vec<u16> = bytes
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)]))
                    .collect();
                shown.text = String::from_utf16_lossy(&units);
            }
            Decoder::Undecodable => shown.undecoded = shown.codes,
        }
        shown
    }
}

impl Widths {
    fn of(&self, code: u32) -> f64 {
        match self {
            Widths::Simple {
                first,
                widths,
                missing,
            } => code
                .checked_sub(*first)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .unwrap_or(*missing),
            Widths::Cid { widths, default } => widths.get(&code).copied().unwrap_or(*default),
        }
    }
}

fn number(obj: &Object, doc: &Document) -> Option<f64> {
    let obj = match obj {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        o => o,
    };
    obj.as_float().ok().map(f64::from).filter(|w| w.is_finite())
}

fn array<'a>(dict: &'a Dictionary, key: &[u8], doc: &'a Document) -> Option<&'a Vec<Object>> {
    dict.get_deref(key, doc).and_then(Object::as_array).ok()
}

/// The font's ToUnicode CMap, parsed by lopdf: it reads one when the `/Encoding` is not a
/// name, so the dictionary is copied without it.
fn to_unicode(doc: &Document, dict: &Dictionary) -> Option<Encoding<'static>> {
    let cmap = dict
        .get_deref(b"ToUnicode", doc)
        .and_then(Object::as_stream)
        .ok()?;
    // lopdf's CMap parser recurses too.
    if !nesting_ok(&cmap.get_plain_content().ok()?) {
        return None;
    }
    let mut copy = dict.clone();
    copy.remove(b"Encoding");
    copy.set("Type", Object::Name(b"Font".to_vec()));
    match copy.get_font_encoding(doc) {
        Ok(Encoding::UnicodeMapEncoding(cmap)) => Some(Encoding::UnicodeMapEncoding(cmap)),
        _ => None,
    }
}

fn composite_decoder(doc: &Document, dict: &Dictionary) -> Decoder {
    if let Some(cmap) = to_unicode(doc, dict) {
        return Decoder::CMap(cmap);
    }
    let name = dict
        .get(b"Encoding")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let name = String::from_utf8_lossy(name);
    if name.contains("UCS2") || name.contains("UTF16") {
        Decoder::Utf16
    } else {
        Decoder::Undecodable
    }
}

/// The text of each code of a simple font: the encoding's table, overridden by the
/// ToUnicode CMap where it maps a code.
fn simple_table(doc: &Document, dict: &Dictionary) -> Vec<String> {
    let mut table = encoding_table(doc, dict);
    if let Some(cmap) = to_unicode(doc, dict) {
        for (code, slot) in table.iter_mut().enumerate() {
            let byte = [u8::try_from(code).unwrap_or(0)];
            if let Ok(text) = cmap.bytes_to_string(&byte) {
                if !text.is_empty() && !text.contains('\u{fffd}') {
                    *slot = text;
                }
            }
        }
    }
    table
}

fn encoding_table(doc: &Document, dict: &Dictionary) -> Vec<String> {
    let encoding = dict.get_deref(b"Encoding", doc).ok();
    let default_base: &[u8] = match dict.get(b"Subtype").and_then(Object::as_name) {
        Ok(b"TrueType") => b"WinAnsiEncoding",
        _ => b"StandardEncoding",
    };
    let (base, differences) = match encoding {
        Some(Object::Name(name)) => (name.as_slice(), None),
        Some(Object::Dictionary(enc)) => (
            enc.get(b"BaseEncoding")
                .and_then(Object::as_name)
                .unwrap_or(default_base),
            array(enc, b"Differences", doc),
        ),
        _ => (default_base, None),
    };
    let mut table = base_table(doc, base);
    if let Some(differences) = differences {
        apply_differences(&mut table, differences);
    }
    table
}

/// The 256 texts of a named base encoding (lopdf's tables; an unknown name gives
/// Standard).
fn base_table(doc: &Document, name: &[u8]) -> Vec<String> {
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    let known = [
        &b"StandardEncoding"[..],
        b"WinAnsiEncoding",
        b"MacRomanEncoding",
        b"MacExpertEncoding",
    ];
    let name = if known.contains(&name) {
        name
    } else {
        b"StandardEncoding"
    };
    font.set("Encoding", Object::Name(name.to_vec()));
    let encoding = font.get_font_encoding(doc).ok();
    (0..=255u8)
        .map(|b| {
            encoding
                .as_ref()
                .and_then(|e| e.bytes_to_string(&[b]).ok())
                .unwrap_or_default()
        })
        .collect()
}

/// `/Differences [code name name … code name …]`: each name sets the next code.
fn apply_differences(table: &mut [String], differences: &[Object]) {
    let mut code: Option<usize> = None;
    for item in differences {
        match item {
            Object::Integer(n) => code = usize::try_from(*n).ok(),
            Object::Name(name) => {
                if let Some(c) = code {
                    if let Some(slot) = table.get_mut(c) {
                        *slot = glyph_text(&String::from_utf8_lossy(name)).unwrap_or_default();
                    }
                    code = Some(c + 1);
                }
            }
            _ => {}
        }
    }
}

fn simple_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let descriptor = dict
        .get_deref(b"FontDescriptor", doc)
        .and_then(Object::as_dict)
        .ok();
    let missing = descriptor
        .and_then(|d| d.get(b"MissingWidth").ok())
        .and_then(|w| number(w, doc))
        .filter(|w| *w > 0.0);
    if let Some(list) = array(dict, b"Widths", doc) {
        let first = dict
            .get(b"FirstChar")
            .and_then(Object::as_i64)
            .ok()
            .and_then(|f| u32::try_from(f).ok())
            .unwrap_or(0);
        return Widths::Simple {
            first,
            widths: list
                .iter()
                .map(|w| number(w, doc).unwrap_or(DEFAULT_WIDTH))
                .collect(),
            missing: missing.unwrap_or(DEFAULT_WIDTH),
        };
    }
    let base = dict
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let (widths, missing) = match standard_widths(&String::from_utf8_lossy(base)) {
        Some(table) => (table.iter().map(|&w| f64::from(w)).collect(), None),
        None => (Vec::new(), missing),
    };
    Widths::Simple {
        first: 32,
        widths,
        missing: missing.unwrap_or(DEFAULT_WIDTH),
    }
}

fn cid_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let descendant = array(dict, b"DescendantFonts", doc)
        .and_then(|a| a.first())
        .and_then(|d| match d {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        });
    let mut widths = HashMap::new();
    let mut default = 1000.0;
    if let Some(cid) = descendant {
        if let Some(dw) = cid.get(b"DW").ok().and_then(|w| number(w, doc)) {
            default = dw;
        }
        if let Some(w) = array(cid, b"W", doc) {
            read_w(w, doc, &mut widths);
        }
    }
    Widths::Cid { widths, default }
}

/// `/W [c [w1 w2 …] cfirst clast w …]`. Ranges are capped so a hostile file cannot make
/// this allocate without bound.
fn read_w(w: &[Object], doc: &Document, out: &mut HashMap<u32, f64>) {
    const MAX_ENTRIES: usize = 65_536;
    let mut i = 0;
    while i < w.len() && out.len() < MAX_ENTRIES {
        let Some(first) = number(&w[i], doc).map(|f| f as u32) else {
            return;
        };
        match w.get(i + 1) {
            Some(Object::Array(list)) => {
                for (k, width) in list.iter().enumerate().take(MAX_ENTRIES) {
                    if let Some(width) = number(width, doc) {
                        out.insert(first.saturating_add(k as u32), width);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(width)) =
                    (number(last, doc), w.get(i + 2).and_then(|o| number(o, doc)))
                else {
                    return;
                };
                for cid in first..=(last as u32).min(first.saturating_add(MAX_ENTRIES as u32)) {
                    out.insert(cid, width);
                }
                i += 3;
            }
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_set_consecutive_codes() {
        let mut table = vec![String::new(); 256];
        let diffs = [
            Object::Integer(65),
            Object::Name(b"T".to_vec()),
            Object::Name(b"quoteright".to_vec()),
            Object::Integer(1),
            Object::Name(b"fi".to_vec()),
        ];
        apply_differences(&mut table, &diffs);
        assert_eq!((&*table[65], &*table[66], &*table[1]), ("T", "’", "fi"));
    }
}
