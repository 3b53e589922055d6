//! A page's content stream, interpreted only as far as text extraction needs: where each
//! shown string starts and ends on the page, in which size, and how many images the page
//! draws (a page of images and no text is a scan).
//!
//! Followed: the graphics state stack (`q`/`Q`, `cm`), text positioning (`Td`, `TD`,
//! `Tm`, `T*`, `TL`), text state (`Tf`, `Tc`, `Tw`, `Tz`), the text-showing operators
//! (`Tj`, `TJ`, `'`, `"`), and form XObjects (`Do`, nested at most [`MAX_FORM_DEPTH`]
//! deep, a form that draws itself is drawn once). Not followed: colour, clipping, paths,
//! annotations, and text drawn invisibly (`3 Tr`, an OCR layer) is read like any other.

use super::fonts::Font;
use super::guard::{nesting_ok, MAX_NESTING};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// How far up the page tree resources are looked for.
const MAX_TREE_DEPTH: usize = 64;
/// How deep form XObjects may nest.
const MAX_FORM_DEPTH: usize = 12;
/// How many operators one page may run, forms included: a few thousand make a page of
/// news; the cap stops a file whose forms draw each other exponentially often.
const MAX_OPERATIONS: usize = 2_000_000;

/// One shown string, in page coordinates (points, y up).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Run {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// Where the string's advance ends.
    pub end_x: f64,
    /// The font size on the page.
    pub size: f64,
}

/// What a page holds.
#[derive(Debug, Default)]
pub(super) struct PageContent {
    pub runs: Vec<Run>,
    pub images: usize,
    /// Glyphs in fonts that give no way to Unicode.
    pub undecoded: usize,
}

/// An affine matrix `[a b c d e f]`, as PDF writes them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translate(tx: f64, ty: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }

    /// `self × other`: first `self`, then `other`.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn origin(self) -> (f64, f64) {
        (self.0[4], self.0[5])
    }

    /// How much the matrix scales a vertical length.
    fn vertical_scale(self) -> f64 {
        self.0[2].hypot(self.0[3])
    }
}

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    text: TextState,
}

/// Reads a page. `fonts` caches fonts across pages by object id.
pub(super) fn read_page(
    doc: &Document,
    page: ObjectId,
    fonts: &mut HashMap<ObjectId, Rc<Font>>,
) -> Result<PageContent, String> {
    let data = page_bytes(doc, page)?;
    let resources = page_resources(doc, page);
    let mut reader = Reader {
        doc,
        fonts,
        out: PageContent::default(),
        forms: Vec::new(),
        budget: MAX_OPERATIONS,
    };
    reader.run(&data, &resources, Matrix::IDENTITY)?;
    Ok(reader.out)
}

/// The page's content streams, decompressed and joined. Unlike lopdf's
/// `get_page_content`, a missing or undecodable stream is an error, not silence.
fn page_bytes(doc: &Document, page: ObjectId) -> Result<Vec<u8>, String> {
    let dict = doc
        .get_dictionary(page)
        .map_err(|_| "its page object is missing".to_string())?;
    let ids: Vec<ObjectId> = match dict.get(b"Contents") {
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(items)) => {
                items.iter().filter_map(|o| o.as_reference().ok()).collect()
            }
            _ => vec![*id],
        },
        Ok(Object::Array(items)) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
        // A page without contents is blank.
        _ => Vec::new(),
    };
    let mut data = Vec::new();
    for id in ids {
        let stream = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .map_err(|_| format!("its content stream {} {} is missing", id.0, id.1))?;
        data.extend(stream_bytes(stream).map_err(|e| format!("its content stream {e}"))?);
        data.push(b'\n');
    }
    Ok(data)
}

/// A stream's decoded bytes. lopdf returns what it managed to inflate (nothing, for
/// bytes that are not Flate data) without an error, so nothing from something is one.
fn stream_bytes(stream: &lopdf::Stream) -> Result<Vec<u8>, String> {
    let filtered = stream.filters().map(|f| !f.is_empty()).unwrap_or(false);
    if !filtered {
        return Ok(stream.content.clone());
    }
    match stream.decompressed_content() {
        Ok(data) if data.is_empty() && !stream.content.is_empty() => {
            Err("could not be decompressed".into())
        }
        Ok(data) => Ok(data),
        Err(e) => Err(format!("could not be decompressed ({e})")),
    }
}

/// The page's resources: its own `/Resources`, else the nearest ancestor's in the page
/// tree (resources are inherited whole, PDF 1.7 §7.7.3.4). lopdf's `get_page_resources`
/// only follows inherited dictionaries that are references, so this walks the tree.
fn page_resources(doc: &Document, page: ObjectId) -> Dictionary {
    let mut node = page;
    for _ in 0..MAX_TREE_DEPTH {
        let Ok(dict) = doc.get_dictionary(node) else {
            break;
        };
        if let Ok(resources) = dict.get_deref(b"Resources", doc).and_then(Object::as_dict) {
            return resources.clone();
        }
        match dict.get(b"Parent").and_then(Object::as_reference) {
            Ok(parent) => node = parent,
            Err(_) => break,
        }
    }
    Dictionary::new()
}

struct Reader<'a, 'f> {
    doc: &'a Document,
    fonts: &'f mut HashMap<ObjectId, Rc<Font>>,
    out: PageContent,
    /// The form XObjects being drawn, outermost first.
    forms: Vec<ObjectId>,
    /// Operators left to run on this page.
    budget: usize,
}

fn num(ops: &[Object], i: usize) -> f64 {
    ops.get(i)
        .and_then(|o| o.as_float().ok())
        .map(f64::from)
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

fn matrix(ops: &[Object]) -> Matrix {
    Matrix([
        num(ops, 0),
        num(ops, 1),
        num(ops, 2),
        num(ops, 3),
        num(ops, 4),
        num(ops, 5),
    ])
}

impl Reader<'_, '_> {
    fn run(&mut self, data: &[u8], resources: &Dictionary, ctm: Matrix) -> Result<(), String> {
        if !nesting_ok(data) {
            return Err(format!(
                "its content nests arrays or dictionaries more than {MAX_NESTING} levels deep"
            ));
        }
        let content =
            Content::decode(data).map_err(|e| format!("its content stream is malformed ({e})"))?;
        let mut state = State {
            ctm,
            text: TextState {
                font: None,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                scale: 1.0,
                leading: 0.0,
            },
        };
        let mut stack: Vec<State> = Vec::new();
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        for op in &content.operations {
            self.budget = self.budget.checked_sub(1).ok_or_else(|| {
                format!("it draws more than {MAX_OPERATIONS} operations (forms drawing forms)")
            })?;
            let ops = op.operands.as_slice();
            match op.operator.as_str() {
                "q" => stack.push(state.clone()),
                "Q" => state = stack.pop().unwrap_or(state),
                "cm" => state.ctm = matrix(ops).then(state.ctm),
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    state.text.font = ops
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|name| self.font(resources, name));
                    state.text.size = num(ops, 1);
                }
                "Tc" => state.text.char_spacing = num(ops, 0),
                "Tw" => state.text.word_spacing = num(ops, 0),
                "Tz" => state.text.scale = num(ops, 0) / 100.0,
                "TL" => state.text.leading = num(ops, 0),
                "Td" | "TD" => {
                    if op.operator == "TD" {
                        state.text.leading = -num(ops, 1);
                    }
                    tlm = Matrix::translate(num(ops, 0), num(ops, 1)).then(tlm);
                    tm = tlm;
                }
                "Tm" => {
                    tlm = matrix(ops);
                    tm = tlm;
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -state.text.leading).then(tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator == "\"" {
                        state.text.word_spacing = num(ops, 0);
                        state.text.char_spacing = num(ops, 1);
                    }
                    if op.operator != "Tj" && op.operator != "TJ" {
                        tlm = Matrix::translate(0.0, -state.text.leading).then(tlm);
                        tm = tlm;
                    }
                    for operand in ops {
                        tm = self.show(operand, &state, tm, false);
                    }
                }
                "Do" => {
                    if let Some(name) = ops.first().and_then(|o| o.as_name().ok()) {
                        self.draw(resources, name, state.ctm)?;
                    }
                }
                "BI" => self.out.images += 1,
                _ => {}
            }
        }
        Ok(())
    }

    /// Shows a string (or a `TJ` array of strings and adjustments) at `tm`; returns the
    /// text matrix after it.
    fn show(&mut self, operand: &Object, state: &State, tm: Matrix, nested: bool) -> Matrix {
        let ts = &state.text;
        match operand {
            // A `TJ` array holds strings and numbers; arrays inside it are not drawn.
            Object::Array(items) if !nested => items
                .iter()
                .fold(tm, |tm, item| self.show(item, state, tm, true)),
            Object::Integer(_) | Object::Real(_) => {
                let adjust = operand.as_float().map(f64::from).unwrap_or(0.0);
                let tx = -adjust / 1000.0 * ts.size * ts.scale;
                Matrix::translate(tx, 0.0).then(tm)
            }
            Object::String(bytes, _) => {
                let Some(font) = ts.font.clone() else {
                    return tm;
                };
                let shown = font.show(bytes);
                self.out.undecoded += shown.undecoded;
                let advance = (shown.width / 1000.0 * ts.size
                    + ts.char_spacing * shown.codes as f64
                    + ts.word_spacing * shown.spaces as f64)
                    * ts.scale;
                let start = tm.then(state.ctm);
                let end = Matrix::translate(advance, 0.0).then(tm);
                let (x, y) = start.origin();
                let (end_x, _) = end.then(state.ctm).origin();
                if !shown.text.is_empty() {
                    self.out.runs.push(Run {
                        text: shown.text,
                        x,
                        y,
                        end_x,
                        size: (ts.size * start.vertical_scale()).abs(),
                    });
                }
                end
            }
            _ => tm,
        }
    }

    /// The font named `name` in `resources`, read once per font object.
    fn font(&mut self, resources: &Dictionary, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = resources
            .get_deref(b"Font", self.doc)
            .and_then(Object::as_dict)
            .ok()?;
        match fonts.get(name).ok()? {
            Object::Reference(id) => {
                if let Some(font) = self.fonts.get(id) {
                    return Some(font.clone());
                }
                let dict = self.doc.get_dictionary(*id).ok()?;
                let font = Rc::new(Font::new(self.doc, dict));
                self.fonts.insert(*id, font.clone());
                Some(font)
            }
            Object::Dictionary(dict) => Some(Rc::new(Font::new(self.doc, dict))),
            _ => None,
        }
    }

    /// `Do`: counts an image, or draws a form XObject's content.
    fn draw(&mut self, resources: &Dictionary, name: &[u8], ctm: Matrix) -> Result<(), String> {
        let Some(id) = resources
            .get_deref(b"XObject", self.doc)
            .and_then(Object::as_dict)
            .and_then(|x| x.get(name))
            .and_then(Object::as_reference)
            .ok()
        else {
            return Ok(());
        };
        let Ok(stream) = self.doc.get_object(id).and_then(Object::as_stream) else {
            return Ok(());
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => self.out.images += 1,
            Ok(b"Form") if !self.forms.contains(&id) && self.forms.len() < MAX_FORM_DEPTH => {
                let data = stream_bytes(stream)
                    .map_err(|e| format!("its form XObject {} {} {e}", id.0, id.1))?;
                let own = stream
                    .dict
                    .get_deref(b"Resources", self.doc)
                    .and_then(Object::as_dict)
                    .unwrap_or(resources)
                    .clone();
                let form_matrix = match stream.dict.get_deref(b"Matrix", self.doc) {
                    Ok(Object::Array(m)) if m.len() == 6 => matrix(m),
                    _ => Matrix::IDENTITY,
                };
                self.forms.push(id);
                let result = self.run(&data, &own, form_matrix.then(ctm));
                self.forms.pop();
                result?;
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_in_pdf_order() {
        // Scale by 0.1, then by 10: gs writes pages like this.
        let m =
            Matrix([0.1, 0.0, 0.0, 0.1, 0.0, 0.0]).then(Matrix([10.0, 0.0, 0.0, 10.0, 0.0, 0.0]));
        assert_eq!(m, Matrix::IDENTITY);
        // A translation then a scale moves the origin by the scaled amount.
        let m = Matrix::translate(72.0, 700.0).then(Matrix([2.0, 0.0, 0.0, 2.0, 5.0, 0.0]));
        assert_eq!(m.origin(), (149.0, 1400.0));
        assert_eq!(m.vertical_scale(), 2.0);
    }
}
