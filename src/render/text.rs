//! Setting text: shaping and line breaking with cosmic-text, auto-fit, and
//! turning the laid-out glyphs into one tiny-skia path to fill.

use super::fonts;
use super::glyphs::{Outlines, Seg};
use crate::campaign::Align;
use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight, Wrap};
use tiny_skia::{Path, PathBuilder, Rect};

/// The signature line's size, relative to the pledge's.
const SIGNATURE_SCALE: f32 = 0.6;

/// What to set: the pledge and an optional signature line under it.
#[derive(Clone, Copy, Debug)]
pub struct Content<'a> {
    pub text: &'a str,
    pub signature: &'a str,
    pub lang: Option<&'a str>,
}

/// Text that has been set at one size, as a path whose origin is the top
/// left of its layout box.
pub struct SetText {
    pub size: f32,
    pub path: Option<Path>,
    /// Line boxes' extent.
    pub width: f32,
    pub height: f32,
    /// How many lines.
    pub lines: usize,
    /// How far right to draw it so that its ink stays in its box (letters
    /// such as Nastaliq's can reach past the line's edge).
    pub dx: f32,
}

impl SetText {
    /// The ink's bounds, relative to the layout box.
    pub fn ink(&self) -> Option<Rect> {
        self.path.as_ref().map(|p| p.bounds())
    }
}

/// `attrs` set to ask for exactly this font file, at `size` with the
/// font's own line spacing.
fn face<'a>(
    attrs: &Attrs<'a>,
    font: &'static fonts::FontFile,
    size: f32,
    line_height: f32,
) -> Attrs<'a> {
    let metrics = Metrics::new(size, size * line_height * font.leading);
    attrs
        .clone()
        .family(Family::Name(font.family))
        .weight(Weight(font.weight))
        .metrics(metrics)
}

/// The box text is fitted into, and how it is set there.
#[derive(Clone, Copy, Debug)]
pub struct TextBox {
    /// Line height as a multiple of the font size.
    pub line_height: f32,
    pub width: f32,
    pub height: f32,
    pub align: Align,
}

pub struct Typesetter {
    pub fonts: FontSystem,
    pub cache: Outlines,
    /// The campaign's own typeface, where it has the letter.
    pub brand: Option<super::brand::Brand>,
}

/// `text`'s runs, each with the attributes it is set in: Noto's file for
/// its script, or the brand font for each stretch of Latin, Greek or
/// Cyrillic (and punctuation) that it has.
fn spans<'a>(
    text: &'a str,
    lang: Option<&str>,
    brand: Option<&'a super::brand::Brand>,
    base: &Attrs<'a>,
    size: f32,
    line_height: f32,
) -> Vec<(&'a str, Attrs<'a>)> {
    let mut out = Vec::new();
    for (range, font) in fonts::runs(text, lang) {
        let run = &text[range.clone()];
        let Some(b) =
            brand.filter(|_| font.file == fonts::LATIN.file || font.file == fonts::EXTENDED.file)
        else {
            out.push((run, face(base, font, size, line_height)));
            continue;
        };
        let branded = base
            .clone()
            .family(Family::Name(&b.family))
            .weight(Weight(b.weight))
            .metrics(Metrics::new(size, size * line_height));
        // Stretches the brand font has, and those Noto sets.
        let mut start = 0;
        let mut current: Option<bool> = None;
        for (i, c) in run.char_indices() {
            // Spaces and punctuation stay in the font of the letters
            // before them (or, at the start, wherever the font has them).
            let mine = match current {
                Some(m) if fonts::is_common(c) => m && b.covers(c),
                _ => super::brand::sets(b, c),
            };
            if current.is_some_and(|m| m != mine) {
                let attrs = if current == Some(true) {
                    branded.clone()
                } else {
                    face(base, font, size, line_height)
                };
                out.push((&run[start..i], attrs));
                start = i;
            }
            current = Some(mine);
        }
        let attrs = if current == Some(true) {
            branded
        } else {
            face(base, font, size, line_height)
        };
        out.push((&run[start..], attrs));
    }
    out
}

impl Typesetter {
    /// Lays out `content` at `size` pixels in a box `width` wide (no limit
    /// if `None`) and returns it as a path.
    pub fn set(
        &mut self,
        content: Content<'_>,
        size: f32,
        line_height: f32,
        width: Option<f32>,
        align: Align,
    ) -> SetText {
        let mut buffer = Buffer::new_empty(Metrics::new(size, size * line_height));
        buffer.set_wrap(if width.is_some() {
            Wrap::WordOrGlyph
        } else {
            Wrap::None
        });
        buffer.set_size(width, None);

        let base = Attrs::new().weight(Weight::BOLD);
        let small = size * SIGNATURE_SCALE;
        let brand = self.brand.clone();
        let mut spans = spans(
            content.text,
            content.lang,
            brand.as_ref(),
            &base,
            size,
            line_height,
        );
        if !content.signature.is_empty() {
            spans.push(("\n", face(&base, &fonts::LATIN, small, line_height)));
            spans.extend(self::spans(
                content.signature,
                content.lang,
                brand.as_ref(),
                &base,
                small,
                line_height,
            ));
        }
        let align = match align {
            Align::Start => None,
            Align::Center => Some(cosmic_text::Align::Center),
            Align::End => Some(cosmic_text::Align::End),
            Align::Left => Some(cosmic_text::Align::Left),
            Align::Right => Some(cosmic_text::Align::Right),
        };
        buffer.set_rich_text(spans, &base, Shaping::Advanced, align);
        buffer.shape_until_scroll(&mut self.fonts, false);

        let (mut w, mut h, mut lines) = (0.0f32, 0.0f32, 0usize);
        let mut pb = PathBuilder::new();
        for run in buffer.layout_runs() {
            w = w.max(run.line_w);
            h = h.max(run.line_top + run.line_height);
            lines += 1;
            for g in run.glyphs {
                let gx = g.x + g.font_size * g.x_offset;
                let gy = run.line_y + g.y - g.font_size * g.y_offset;
                let Some(outline) = self.cache.get(
                    &mut self.fonts,
                    g.font_id,
                    g.font_weight,
                    g.glyph_id,
                    g.font_size,
                ) else {
                    continue;
                };
                for seg in outline.iter() {
                    match *seg {
                        Seg::Move(x, y) => pb.move_to(gx + x, gy - y),
                        Seg::Line(x, y) => pb.line_to(gx + x, gy - y),
                        Seg::Quad(ax, ay, x, y) => pb.quad_to(gx + ax, gy - ay, gx + x, gy - y),
                        Seg::Cubic(ax, ay, bx, by, x, y) => {
                            pb.cubic_to(gx + ax, gy - ay, gx + bx, gy - by, gx + x, gy - y)
                        }
                        Seg::Close => pb.close(),
                    }
                }
            }
        }
        SetText {
            size,
            path: pb.finish(),
            width: w,
            height: h,
            lines,
            dx: 0.0,
        }
    }

    /// Whether `content` set at `size` fits a `w` × `h` box: line boxes
    /// and ink both inside. Ink that reaches past a line's edge is made room
    /// for by setting the text a little narrower.
    fn fits_at(&mut self, content: Content<'_>, size: f32, b: TextBox) -> Option<SetText> {
        let TextBox {
            line_height,
            width: w,
            height: h,
            align,
        } = b;
        let mut width = w;
        for _ in 0..3 {
            let mut set = self.set(content, size, line_height, Some(width), align);
            if set.height > h || set.width > width + 0.5 {
                return None;
            }
            let Some(ink) = set.ink() else {
                return Some(set);
            };
            if ink.height() > h {
                return None;
            }
            let (over_left, over_right) = ((-ink.left()).max(0.0), (ink.right() - width).max(0.0));
            if ink.width() > w {
                return None;
            }
            if over_left + over_right <= 0.0 || ink.right() + over_left <= w {
                set.dx = over_left.min(w - ink.right());
                if ink.left() + set.dx >= -0.01 && ink.right() + set.dx <= w + 0.01 {
                    return Some(set);
                }
            }
            width -= over_left + over_right + 1.0;
            if width < w / 2.0 {
                return None;
            }
        }
        None
    }

    /// The largest whole-pixel size from `min` to `max` at which `content`
    /// fits the box, or `None` if it does not fit even at `min`.
    pub fn fit(&mut self, content: Content<'_>, min: f32, max: f32, b: TextBox) -> Option<SetText> {
        let (lo, hi) = (
            min.ceil() as i32,
            (max.floor() as i32).max(min.ceil() as i32),
        );
        let mut best = self.fits_at(content, lo as f32, b)?;
        let (mut ok, mut bad) = (lo, hi + 1);
        while bad - ok > 1 {
            let mid = ok + (bad - ok) / 2;
            match self.fits_at(content, mid as f32, b) {
                Some(set) => {
                    ok = mid;
                    best = set;
                }
                None => bad = mid,
            }
        }
        Some(best)
    }

    /// For centred text: the narrowest width, down to half the box, at which
    /// `set` keeps its number of lines, so lines come out even rather than
    /// leaving one word alone on the last. Returns the new set text and how
    /// far to move it right to stay centred in the box.
    pub fn balance(&mut self, content: Content<'_>, set: SetText, b: TextBox) -> (SetText, f32) {
        let w = b.width;
        let target = set.lines;
        if target < 2 {
            return (set, 0.0);
        }
        let (mut lo, mut hi) = (w / 2.0, w);
        let mut best = (set, w);
        for _ in 0..8 {
            let mid = (lo + hi) / 2.0;
            match self.fits_at(
                content,
                best.0.size,
                TextBox {
                    width: mid,
                    align: Align::Center,
                    ..b
                },
            ) {
                Some(s) if s.lines <= target => {
                    hi = mid;
                    best = (s, mid);
                }
                _ => lo = mid,
            }
        }
        let (set, width) = best;
        (set, (w - width) / 2.0)
    }

    /// How many of `content.text`'s characters fit at size `min` (the
    /// signature, if any, kept whole).
    pub fn chars_that_fit(&mut self, content: Content<'_>, min: f32, b: TextBox) -> usize {
        let bounds: Vec<usize> = content
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([content.text.len()])
            .collect();
        let (mut ok, mut bad) = (0usize, bounds.len());
        while bad - ok > 1 {
            let mid = ok + (bad - ok) / 2;
            let prefix = Content {
                text: &content.text[..bounds[mid]],
                ..content
            };
            if self.fits_at(prefix, min, b).is_some() {
                ok = mid;
            } else {
                bad = mid;
            }
        }
        ok
    }

    /// Sets a one-line label in a box `w` wide, shrinking it if it is wider.
    pub fn label(&mut self, text: &str, size: f32, w: f32, align: Align) -> SetText {
        let content = Content {
            text,
            signature: "",
            lang: None,
        };
        let set = self.set(content, size, 1.2, Some(w), align);
        let ink_w = set.ink().map_or(0.0, |r| r.right().max(set.width));
        if set.lines <= 1 && ink_w <= w {
            return set;
        }
        // Too wide (it wrapped): shrink until it is one line that fits.
        let mut size = size * 0.95;
        loop {
            let set = self.set(content, size, 1.2, Some(w), align);
            if (set.lines <= 1 && set.ink().is_none_or(|r| r.right() <= w)) || size < 4.0 {
                return set;
            }
            size *= 0.95;
        }
    }
}
