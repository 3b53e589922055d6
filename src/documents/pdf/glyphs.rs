//! Data for decoding simple fonts: the Adobe glyph names of the characters news text
//! uses, and the widths of the standard fonts a PDF may name without giving widths.

/// The text of a glyph name: the Adobe names of Latin text, `uniXXXX`, `uXXXX`.
pub(super) fn glyph_text(name: &str) -> Option<String> {
    let name = name.split('.').next().unwrap_or(name);
    if name.chars().count() == 1 && name.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(name.to_string());
    }
    if let Some(hex) = name.strip_prefix("uni").filter(|h| h.len() % 4 == 0) {
        let units: Option<Vec<u16>> = (0..hex.len() / 4)
            .map(|i| {
                hex.get(i * 4..i * 4 + 4)
                    .and_then(|h| u16::from_str_radix(h, 16).ok())
            })
            .collect();
        return units.and_then(|u| String::from_utf16(&u).ok());
    }
    if let Some(hex) = name
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()))
    {
        if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
            return Some(c.to_string());
        }
    }
    GLYPHS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| (*text).to_string())
}

/// Adobe glyph names of the characters news text uses.
#[rustfmt::skip]
const GLYPHS: &[(&str, &str)] = &[
    ("space", " "), ("nbspace", "\u{a0}"), ("exclam", "!"), ("quotedbl", "\""),
    ("numbersign", "#"), ("dollar", "$"), ("percent", "%"), ("ampersand", "&"),
    ("quotesingle", "'"), ("quoteright", "’"), ("quoteleft", "‘"), ("parenleft", "("),
    ("parenright", ")"), ("asterisk", "*"), ("plus", "+"), ("comma", ","), ("hyphen", "-"),
    ("minus", "−"), ("period", "."), ("slash", "/"), ("zero", "0"), ("one", "1"), ("two", "2"),
    ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"),
    ("nine", "9"), ("colon", ":"), ("semicolon", ";"), ("less", "<"), ("equal", "="),
    ("greater", ">"), ("question", "?"), ("at", "@"), ("bracketleft", "["), ("backslash", "\\"),
    ("bracketright", "]"), ("asciicircum", "^"), ("underscore", "_"), ("grave", "`"),
    ("braceleft", "{"), ("bar", "|"), ("braceright", "}"), ("asciitilde", "~"),
    ("quotedblleft", "“"), ("quotedblright", "”"), ("quotesinglbase", "‚"),
    ("quotedblbase", "„"), ("guillemotleft", "«"), ("guillemotright", "»"),
    ("guilsinglleft", "‹"), ("guilsinglright", "›"), ("endash", "–"), ("emdash", "—"),
    ("bullet", "•"), ("ellipsis", "…"), ("fi", "fi"), ("fl", "fl"), ("ff", "ff"),
    ("ffi", "ffi"), ("ffl", "ffl"), ("dagger", "†"), ("daggerdbl", "‡"), ("section", "§"),
    ("paragraph", "¶"), ("copyright", "©"), ("registered", "®"), ("trademark", "™"),
    ("degree", "°"), ("multiply", "×"), ("divide", "÷"), ("periodcentered", "·"),
    ("exclamdown", "¡"), ("questiondown", "¿"), ("sterling", "£"), ("yen", "¥"), ("Euro", "€"),
    ("cent", "¢"), ("currency", "¤"), ("germandbls", "ß"), ("ae", "æ"), ("AE", "Æ"),
    ("oe", "œ"), ("OE", "Œ"), ("oslash", "ø"), ("Oslash", "Ø"), ("aring", "å"), ("Aring", "Å"),
    ("ccedilla", "ç"), ("Ccedilla", "Ç"), ("dotlessi", "ı"), ("onehalf", "½"),
    ("onequarter", "¼"), ("threequarters", "¾"), ("agrave", "à"), ("aacute", "á"),
    ("acircumflex", "â"), ("atilde", "ã"), ("adieresis", "ä"), ("egrave", "è"), ("eacute", "é"),
    ("ecircumflex", "ê"), ("edieresis", "ë"), ("igrave", "ì"), ("iacute", "í"),
    ("icircumflex", "î"), ("idieresis", "ï"), ("ntilde", "ñ"), ("ograve", "ò"), ("oacute", "ó"),
    ("ocircumflex", "ô"), ("otilde", "õ"), ("odieresis", "ö"), ("ugrave", "ù"), ("uacute", "ú"),
    ("ucircumflex", "û"), ("udieresis", "ü"), ("yacute", "ý"), ("ydieresis", "ÿ"),
    ("Agrave", "À"), ("Aacute", "Á"), ("Acircumflex", "Â"), ("Atilde", "Ã"), ("Adieresis", "Ä"),
    ("Egrave", "È"), ("Eacute", "É"), ("Ecircumflex", "Ê"), ("Edieresis", "Ë"), ("Igrave", "Ì"),
    ("Iacute", "Í"), ("Icircumflex", "Î"), ("Idieresis", "Ï"), ("Ntilde", "Ñ"), ("Ograve", "Ò"),
    ("Oacute", "Ó"), ("Ocircumflex", "Ô"), ("Otilde", "Õ"), ("Odieresis", "Ö"), ("Ugrave", "Ù"),
    ("Uacute", "Ú"), ("Ucircumflex", "Û"), ("Udieresis", "Ü"), ("Yacute", "Ý"), ("scaron", "š"),
    ("Scaron", "Š"), ("zcaron", "ž"), ("Zcaron", "Ž"),
];

/// Widths of codes 32–126 of the standard fonts a PDF may name without widths (Adobe's
/// metrics, as in the metric-compatible URW base35 AFM files).
pub(super) fn standard_widths(base_font: &str) -> Option<&'static [u16; 95]> {
    // "ABCDEF+Helvetica-Bold" (a subset) and "Arial,Bold" read as their standard font.
    let name = base_font.rsplit('+').next().unwrap_or(base_font);
    let bold = name.contains("Bold");
    let italic = name.contains("Italic") || name.contains("Oblique");
    if name.starts_with("Courier") {
        return Some(&COURIER);
    }
    if name.starts_with("Helvetica") || name.starts_with("Arial") {
        return Some(if bold { &HELVETICA_BOLD } else { &HELVETICA });
    }
    if name.starts_with("Times") {
        return Some(match (bold, italic) {
            (true, _) => &TIMES_BOLD,
            (false, true) => &TIMES_ITALIC,
            (false, false) => &TIMES,
        });
    }
    None
}

#[rustfmt::skip]
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
    722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
    500, 334, 260, 334, 584,
];
#[rustfmt::skip]
const HELVETICA_BOLD: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
    722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
    667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 278, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
    500, 389, 280, 389, 584,
];
#[rustfmt::skip]
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
    722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
    500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
    444, 480, 200, 480, 541,
];
#[rustfmt::skip]
const TIMES_BOLD: [u16; 95] = [
    250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722,
    722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
    556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500,
    444, 394, 220, 394, 520,
];
#[rustfmt::skip]
const TIMES_ITALIC: [u16; 95] = [
    250, 333, 420, 500, 500, 833, 778, 333, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667,
    722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722,
    611, 833, 611, 556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500,
    500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444,
    389, 400, 275, 400, 541,
];
const COURIER: [u16; 95] = [600; 95];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_text("quoteright").as_deref(), Some("’"));
        assert_eq!(glyph_text("a").as_deref(), Some("a"));
        assert_eq!(glyph_text("fi").as_deref(), Some("fi"));
        assert_eq!(glyph_text("uni00E9").as_deref(), Some("é"));
        assert_eq!(glyph_text("u1F600").as_deref(), Some("😀"));
        assert_eq!(glyph_text("eacute.sc").as_deref(), Some("é"));
        assert_eq!(glyph_text("g123"), None);
    }

    #[test]
    fn standard_fonts_have_widths() {
        assert_eq!(
            standard_widths("ABCDEF+Helvetica-Bold").map(|w| w[0]),
            Some(278)
        );
        assert_eq!(
            standard_widths("Times-Italic").map(|w| w[65 - 32]),
            Some(611)
        );
        assert!(standard_widths("Garamond").is_none());
    }
}
