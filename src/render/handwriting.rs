//! A pledge written by hand, drawn in the board's text box: each stroke's
//! coverage ([`crate::ink::coverage`]) laid over the board in the campaign
//! ink colour it was written in, in the order written.
//!
//! The writing area is the text box: [`crate::ink::UNITS`] across its
//! width. Writing made on a taller box than this size's is shrunk to fit
//! its height, centred across; nothing is drawn outside the box. With a
//! name line, the box's foot is the name's, and the writing fits above it. The
//! blending is whole-number arithmetic on tiny-skia's premultiplied
//! pixels: the same bytes natively and in wasm.

use super::{scene, Frame};
use crate::campaign::Board;
use crate::ink::{coverage, outline, Stroke, Writing, UNITS};
use tiny_skia::{Pixmap, PremultipliedColorU8};

/// Where the writing goes on an image: ink units to pixels (`scale`,
/// then `dx` across and `dy` down) and the clip (the text box, less the
/// name line's room).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Layout {
    scale: f64,
    dx: f64,
    dy: f64,
    clip: [u32; 4],
}

/// The layout of `writing` on this board and size, leaving `reserved`
/// pixels free at the foot of the text box (for the name line). It
/// depends on all the writing (a stroke lower than the rest may shrink
/// it), so a cached drawing is only reused under the same layout.
pub(super) fn layout(board: &Board, f: Frame, writing: &Writing, reserved: f32) -> Layout {
    let tb = board.text_box;
    let (bx, by, bw, bh) = (
        f64::from(tb.x * f.width),
        f64::from(tb.y * f.height),
        f64::from(tb.width * f.width),
        f64::from((tb.height * f.height - reserved).max(1.0)),
    );
    let bottom = writing
        .strokes
        .iter()
        .filter_map(|s| outline(s).bounds())
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
    Layout {
        scale,
        dx,
        dy: by,
        clip: [
            bx.round() as u32,
            by.round() as u32,
            (bx + bw).round() as u32,
            (by + bh).round() as u32,
        ],
    }
}

/// Draws these strokes over what the pixmap holds, in order. Drawing the
/// first strokes, then the rest later, gives the very pixels drawing them
/// all at once does.
pub(super) fn draw_strokes(pixmap: &mut Pixmap, board: &Board, layout: Layout, strokes: &[Stroke]) {
    let [x0, y0, x1, y1] = layout.clip;
    let clip = [x0, y0, x1.min(pixmap.width()), y1.min(pixmap.height())];
    let inks = board.inks();
    for stroke in strokes {
        let o = outline(stroke);
        let Some(c) = coverage(&o, layout.scale, layout.dx, layout.dy, clip) else {
            continue;
        };
        let colour = scene::colour(inks.get(stroke.colour).unwrap_or(&inks[0])).to_color_u8();
        let width = pixmap.width();
        let pixels = pixmap.pixels_mut();
        for (i, &a) in c.alpha.iter().enumerate() {
            if a == 0 {
                continue;
            }
            let (x, y) = (c.x + i as u32 % c.width, c.y + i as u32 / c.width);
            let cell = &mut pixels[(y * width + x) as usize];
            *cell = over(colour, a, *cell);
        }
    }
}

/// `colour` at `coverage` (0–255) over a premultiplied pixel.
fn over(
    colour: tiny_skia::ColorU8,
    coverage: u8,
    under: PremultipliedColorU8,
) -> PremultipliedColorU8 {
    let mul = |a: u32, b: u32| (a * b + 127) / 255;
    let a = mul(u32::from(colour.alpha()), u32::from(coverage));
    let keep = 255 - a;
    let mix = |c: u8, d: u8| (mul(u32::from(c), a) + mul(u32::from(d), keep)).min(255) as u8;
    let alpha = mix(255, under.alpha());
    let (r, g, b) = (
        mix(colour.red(), under.red()).min(alpha),
        mix(colour.green(), under.green()).min(alpha),
        mix(colour.blue(), under.blue()).min(alpha),
    );
    PremultipliedColorU8::from_rgba(r, g, b, alpha).unwrap_or(under)
}
