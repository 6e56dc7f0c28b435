//! A pledge written by hand, drawn in the board's text box: each stroke's
//! outline ([`crate::ink::outline`]) filled in the campaign's ink colour
//! it was written in.
//!
//! The writing area is the text box: [`crate::ink::UNITS`] across its
//! width. Writing made on a taller box than this size's is shrunk to fit
//! its height, centred across; nothing is drawn outside the box.

use super::{rect_mask, scene, Frame};
use crate::campaign::Board;
use crate::ink::{outline, Writing, UNITS};
use tiny_skia::{FillRule, Paint, Pixmap, Transform};

/// Draws the writing; returns whether any ink was drawn.
pub(super) fn draw(pixmap: &mut Pixmap, board: &Board, f: Frame, writing: &Writing) -> bool {
    let tb = board.text_box;
    let (bx, by, bw, bh) = (
        f64::from(tb.x * f.width),
        f64::from(tb.y * f.height),
        f64::from(tb.width * f.width),
        f64::from(tb.height * f.height),
    );
    let outlines: Vec<_> = writing.strokes.iter().map(|s| (s, outline(s))).collect();
    let bottom = outlines
        .iter()
        .filter_map(|(_, o)| o.bounds())
        .map(|(_, _, _, b)| b)
        .fold(0.0, f64::max);
    let mut scale = bw / f64::from(UNITS);
    let mut dx = bx;
    if bottom * scale > bh {
        // Written on a taller box: the whole of it, smaller, centred.
        let fitted = bh / bottom;
        dx += (bw - f64::from(UNITS) * fitted) / 2.0;
        scale = fitted;
    }
    let clip = rect_mask(
        pixmap.width(),
        pixmap.height(),
        bx as f32,
        by as f32,
        bw as f32,
        bh as f32,
    );
    let inks = board.inks();
    let mut drawn = false;
    for (stroke, o) in &outlines {
        let Some(path) = o.path(scale, dx, by) else {
            continue;
        };
        let colour = inks.get(stroke.colour).unwrap_or(&inks[0]);
        let mut paint = Paint::default();
        paint.set_color(scene::colour(colour));
        paint.anti_alias = true;
        pixmap.fill_path(
            &path,
            &paint,
            FillRule::Winding,
            Transform::identity(),
            clip.as_ref(),
        );
        drawn = true;
    }
    drawn
}
