//! A board's artwork layers ([`crate::campaign::layers`]) as the engine
//! draws them: images already made at the exact pixel size they take on
//! the board (by [`crate::artwork`], which decodes PNG, JPEG and WebP and
//! draws SVG), laid with their opacity at whole-pixel positions, so a
//! layer is the same bytes wherever it is drawn. The engine itself never
//! decodes a file: what it lacks it names ([`Layers::missing`]), as it
//! does fonts, and whoever holds the files supplies them.
//!
//! `under` layers go over the board's base fill (its first shape, when
//! that is a fill) and under its other shapes; the others over the shapes
//! and the photo frame, under the labels and the pledge.

use crate::campaign::layers::layer_box;
use crate::campaign::{Board, ExportSize, Shape};
use tiny_skia::{Pixmap, PixmapPaint, Transform};

/// One layer image as it is needed: a file at a pixel size.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Need {
    pub file: String,
    pub width: u32,
    pub height: u32,
}

/// The layer images the engine has been given.
#[derive(Default)]
pub struct Layers {
    /// Each file's own size (its shape decides its box).
    shapes: Vec<(String, (f32, f32))>,
    /// Each file's pixels at the sizes asked for.
    made: Vec<(Need, Pixmap)>,
}

/// One layer as it is laid on the board: its picture (premultiplied),
/// its top left in the export size's pixels, and its opacity.
pub struct Laid<'a> {
    pub x: i32,
    pub y: i32,
    pub opacity: f32,
    pub image: &'a Pixmap,
}

/// How many of the board's first shapes are its base fill (0 or 1): the
/// layers `under` go above it.
pub fn base_fill(board: &Board) -> usize {
    usize::from(matches!(board.background.first(), Some(Shape::Fill { .. })))
}

impl Layers {
    /// The file's own size (pixels, or an SVG's units).
    pub fn set_shape(&mut self, file: &str, size: (f32, f32)) {
        self.shapes.retain(|(f, _)| f != file);
        self.shapes.push((file.to_owned(), size));
    }

    /// The file's pixels (straight RGBA, `need.width` × `need.height`).
    /// Refused (false) if the buffer is not that size.
    pub fn add(&mut self, need: Need, rgba: &[u8]) -> bool {
        let Some(size) = tiny_skia::IntSize::from_wh(need.width, need.height) else {
            return false;
        };
        if rgba.len() != need.width as usize * need.height as usize * 4 {
            return false;
        }
        let mut premultiplied = Vec::with_capacity(rgba.len());
        for p in rgba.chunks_exact(4) {
            let c = tiny_skia::ColorU8::from_rgba(p[0], p[1], p[2], p[3]).premultiply();
            premultiplied.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
        let Some(pixmap) = Pixmap::from_vec(premultiplied, size) else {
            return false;
        };
        self.made.retain(|(n, _)| *n != need);
        self.made.push((need, pixmap));
        true
    }

    fn shape(&self, file: &str) -> Option<(f32, f32)> {
        self.shapes.iter().find(|(f, _)| f == file).map(|(_, s)| *s)
    }

    /// Each layer of the board at this size: its need and its box
    /// (left, top, width, height); `None` for a file whose shape is not
    /// known yet.
    fn boxes<'a>(
        &'a self,
        board: &'a Board,
        size: &'a ExportSize,
    ) -> impl Iterator<Item = (bool, f32, &'a str, Option<[i32; 4]>)> + 'a {
        board.layers.iter().map(move |l| {
            let at = l.at(&size.id);
            let bx = self
                .shape(at.file)
                .map(|shape| layer_box(&at.fit, size.width, size.height, shape));
            (at.under, at.opacity, at.file, bx)
        })
    }

    /// What the board at this size needs that has not been given: files
    /// whose shape is unknown (`width` and `height` 0), then pixels.
    pub fn missing(&self, board: &Board, size: &ExportSize) -> Vec<Need> {
        let mut out: Vec<Need> = self
            .boxes(board, size)
            .map(|(_, _, file, bx)| match bx {
                None => Need {
                    file: file.to_owned(),
                    width: 0,
                    height: 0,
                },
                Some([_, _, w, h]) => Need {
                    file: file.to_owned(),
                    width: w as u32,
                    height: h as u32,
                },
            })
            .filter(|n| n.width == 0 || !self.made.iter().any(|(m, _)| m == n))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Draws the board's shapes with its layers among them.
    pub fn draw_background(
        &self,
        pixmap: &mut Pixmap,
        board: &Board,
        size: &ExportSize,
        f: super::scene::Frame,
    ) {
        let base = base_fill(board);
        for shape in &board.background[..base] {
            super::scene::draw_shape(pixmap, shape, f);
        }
        self.draw(pixmap, board, size, true);
        for shape in &board.background[base..] {
            super::scene::draw_shape(pixmap, shape, f);
        }
    }

    /// The layers that go under the shapes (`under`) or over them, in
    /// order, each that has been given.
    pub fn laid<'a>(
        &'a self,
        board: &'a Board,
        size: &'a ExportSize,
        under: bool,
    ) -> Vec<Laid<'a>> {
        self.boxes(board, size)
            .filter_map(|(is_under, opacity, file, bx)| {
                let [x, y, w, h] = bx.filter(|_| is_under == under)?;
                let need = Need {
                    file: file.to_owned(),
                    width: w as u32,
                    height: h as u32,
                };
                let (_, image) = self.made.iter().find(|(n, _)| *n == need)?;
                Some(Laid {
                    x,
                    y,
                    opacity: opacity.clamp(0.0, 1.0),
                    image,
                })
            })
            .collect()
    }

    /// Draws the layers that go under the shapes (`under`) or over them.
    pub fn draw(&self, pixmap: &mut Pixmap, board: &Board, size: &ExportSize, under: bool) {
        for l in self.laid(board, size, under) {
            let paint = PixmapPaint {
                opacity: l.opacity,
                ..PixmapPaint::default()
            };
            pixmap.draw_pixmap(
                l.x,
                l.y,
                l.image.as_ref(),
                &paint,
                Transform::identity(),
                None,
            );
        }
    }
}
