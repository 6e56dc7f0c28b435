//! Filling set text onto the board: in a colour, and kept inside a box.
//!
//! The pledge must never spill out of its text box. Auto-fit already
//! keeps its ink inside (`tests` in `render`), so the box's clip mask is
//! used only when the ink reaches past the box's whole pixels: a mask the
//! size of the image costs a pass over each covered pixel (in tiny-skia's
//! pipeline, a quarter of a typed keystroke's render), and multiplying by
//! its full coverage rounds some edge pixels one level down, nothing more.

use super::scene;
use crate::campaign::Colour;
use tiny_skia::{FillRule, Mask, Paint, PathBuilder, Pixmap, Rect, Transform};

/// Fills `path`, its layout box's top left at (`x`, `y`), clipped to
/// `clip` if given.
pub(super) fn fill_text(
    pixmap: &mut Pixmap,
    path: &Option<tiny_skia::Path>,
    x: f32,
    y: f32,
    c: &Colour,
    clip: Option<&Mask>,
) {
    let Some(path) = path else { return };
    let mut paint = Paint::default();
    paint.set_color(scene::colour(c));
    paint.anti_alias = true;
    pixmap.fill_path(
        path,
        &paint,
        FillRule::Winding,
        Transform::from_translate(x, y),
        clip,
    );
}

/// Fills `path` at (`x`, `y`) inside the box (`bx`, `by`, `bw`, `bh`):
/// through a clip mask only if its ink reaches past the box's whole pixels.
#[allow(clippy::too_many_arguments)]
pub(super) fn fill_text_in_box(
    pixmap: &mut Pixmap,
    path: &Option<tiny_skia::Path>,
    x: f32,
    y: f32,
    c: &Colour,
    (bx, by, bw, bh): (f32, f32, f32, f32),
) {
    let Some(ink) = path.as_ref().map(|p| p.bounds()) else {
        return;
    };
    let inside = ink.left() + x >= bx.ceil()
        && ink.top() + y >= by.ceil()
        && ink.right() + x <= (bx + bw).floor()
        && ink.bottom() + y <= (by + bh).floor();
    let clip = match inside {
        true => None,
        false => rect_mask(pixmap.width(), pixmap.height(), bx, by, bw, bh),
    };
    fill_text(pixmap, path, x, y, c, clip.as_ref());
}

/// A mask that lets drawing through only inside the rectangle.
pub(super) fn rect_mask(w: u32, h: u32, x: f32, y: f32, rw: f32, rh: f32) -> Option<Mask> {
    let mut mask = Mask::new(w, h)?;
    let path = PathBuilder::from_rect(Rect::from_xywh(x, y, rw, rh)?);
    mask.fill_path(&path, FillRule::Winding, false, Transform::identity());
    Some(mask)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ink() -> Colour {
        Colour::parse("#faf014")
    }

    /// Two words' worth of glyph-like curves, at a fractional position.
    fn words() -> Option<tiny_skia::Path> {
        let mut pb = PathBuilder::new();
        for i in 0..6 {
            let x = 10.0 + i as f32 * 23.3;
            pb.push_circle(x, 20.0, 9.7);
            pb.move_to(x - 8.0, 35.2);
            pb.cubic_to(x, 28.0, x + 5.0, 47.0, x + 11.4, 33.1);
            pb.line_to(x + 3.0, 44.9);
            pb.close();
        }
        pb.finish()
    }

    fn board() -> Pixmap {
        let mut p = Pixmap::new(200, 90).unwrap();
        p.fill(tiny_skia::Color::from_rgba8(60, 20, 110, 255));
        p
    }

    #[test]
    fn ink_inside_the_box_is_drawn_as_through_the_mask_to_within_a_level() {
        let bbox = (2.0, 3.0, 190.0, 80.0);
        let (mut masked, mut fast) = (board(), board());
        let clip = rect_mask(200, 90, bbox.0, bbox.1, bbox.2, bbox.3);
        fill_text(&mut masked, &words(), 0.4, 2.6, &ink(), clip.as_ref());
        fill_text_in_box(&mut fast, &words(), 0.4, 2.6, &ink(), bbox);
        assert_ne!(masked, board(), "the words were drawn");
        let worst = masked
            .data()
            .iter()
            .zip(fast.data())
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap();
        assert!(worst <= 1, "the same words, but for mask rounding: {worst}");
    }

    #[test]
    fn ink_past_the_box_is_clipped_to_it() {
        // The box ends at x = 60: the words run on to x = 140.
        let bbox = (2.0, 3.0, 58.0, 80.0);
        let mut p = board();
        fill_text_in_box(&mut p, &words(), 0.4, 2.6, &ink(), bbox);
        let untouched = board();
        let changed_x = (0..200u32)
            .filter(|&x| (0..90).any(|y| p.pixel(x, y) != untouched.pixel(x, y)))
            .max();
        assert_eq!(
            changed_x,
            Some(59),
            "drawn up to the box's edge, and no further"
        );
    }
}
