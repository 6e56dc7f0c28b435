//! Glyph outlines read straight from the font files with skrifa, unhinted
//! (hinting is for small type on screens; a board's type is large), and
//! kept per font, glyph and size, because auto-fit sets the same glyphs at
//! several sizes and typing sets them again and again.

use cosmic_text::{fontdb, FontSystem};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{GlyphId, MetadataProvider};
use std::collections::HashMap;
use std::rc::Rc;

/// One step of an outline, in pixels, y up, relative to the glyph's origin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Seg {
    Move(f32, f32),
    Line(f32, f32),
    Quad(f32, f32, f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// How many outlines to keep before starting afresh.
const MAX_KEPT: usize = 20_000;

#[derive(Default)]
pub struct Outlines {
    kept: HashMap<(fontdb::ID, u16, u32), Rc<[Seg]>>,
}

impl Outlines {
    /// The outline of glyph `glyph` of font `id` at `size` pixels per em,
    /// or `None` if the font or glyph is not there.
    pub fn get(
        &mut self,
        fonts: &mut FontSystem,
        id: fontdb::ID,
        weight: fontdb::Weight,
        glyph: u16,
        size: f32,
    ) -> Option<Rc<[Seg]>> {
        let key = (id, glyph, size.to_bits());
        if let Some(o) = self.kept.get(&key) {
            return Some(o.clone());
        }
        let index = fonts.db().face(id)?.index;
        let font = fonts.get_font(id, weight)?;
        let face = skrifa::FontRef::from_index(font.data(), index).ok()?;
        let outline = face.outline_glyphs().get(GlyphId::new(glyph as u32))?;
        let mut pen = Pen(Vec::new());
        let settings = DrawSettings::unhinted(Size::new(size), LocationRef::default());
        outline.draw(settings, &mut pen).ok()?;
        let segs: Rc<[Seg]> = pen.0.into();
        if self.kept.len() >= MAX_KEPT {
            self.kept.clear();
        }
        self.kept.insert(key, segs.clone());
        Some(segs)
    }
}

struct Pen(Vec<Seg>);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push(Seg::Move(x, y));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push(Seg::Line(x, y));
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.push(Seg::Quad(cx0, cy0, x, y));
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.push(Seg::Cubic(cx0, cy0, cx1, cy1, x, y));
    }
    fn close(&mut self) {
        self.0.push(Seg::Close);
    }
}
