//! A pledge written on paper, photographed: the photo fills the image
//! (placed as the person chose, as in a frame), with a strip along the
//! bottom in the campaign's primary colour that carries its hashtags and
//! handle, so paper pledges arrive in the same shape as typed ones. Only
//! for a campaign that allows it (`paper_photos`).

use super::photo_layer::PhotoLayer;
use super::placement::{Box2, Placement};
use super::scene::{self, Frame};
use super::text::Typesetter;
use crate::campaign::{Align, Board, Campaign, Colour, ExportSize};
use tiny_skia::{Paint, PathBuilder, Pixmap, Rect, Transform};

/// The strip's height, as a share of the image's width (so it is the same
/// on every size).
const STRIP: f32 = 0.11;

/// Where the photo goes on an image of this size: everything above the
/// strip (the strip hides none of the paper).
pub fn photo_box(width: u32, height: u32) -> Box2 {
    let (w, h) = (width as f32, height as f32);
    Box2 {
        x: 0.0,
        y: 0.0,
        width: w,
        height: h - (STRIP * w).round(),
    }
}

/// What the strip says: the hashtags, then the handle.
pub fn strip_text(c: &Campaign) -> String {
    let mut words = c.hashtags.join(" ");
    if !c.handle.is_empty() {
        if !words.is_empty() {
            words.push_str("   ");
        }
        words.push_str(&c.handle);
    }
    words
}

/// The strip's colours: the campaign's primary, and white or near-black
/// on it, whichever reads better.
fn strip_colours(c: &Campaign) -> (Colour, Colour) {
    let back = c.colours.primary.clone();
    let (white, black) = (Colour::parse("#ffffff"), Colour::parse("#0b0c0c"));
    let fore = if back.contrast(&white) >= back.contrast(&black) {
        white
    } else {
        black
    };
    (back, fore)
}

/// Draws the image: the photo (or, before there is one, the board's own
/// background as a placeholder) and the strip.
pub(super) fn draw(
    type_: &mut Typesetter,
    photo: Option<&mut PhotoLayer>,
    c: &Campaign,
    board: &Board,
    size: &ExportSize,
    placement: Placement,
) -> Pixmap {
    let f = Frame::new(size.width, size.height);
    let mut pixmap = Pixmap::new(size.width, size.height).expect("validated size");
    let strip_h = (STRIP * f.width).round();
    let above = photo_box(size.width, size.height);
    match (
        photo,
        Rect::from_xywh(above.x, above.y, above.width, above.height),
    ) {
        (Some(photo), Some(rect)) => {
            photo.draw(&mut pixmap, &PathBuilder::from_rect(rect), above, placement)
        }
        _ => scene::draw_background(&mut pixmap, board, f),
    }
    let (back, fore) = strip_colours(c);
    if let Some(rect) = Rect::from_xywh(0.0, f.height - strip_h, f.width, strip_h) {
        let mut paint = Paint::default();
        paint.set_color(scene::colour(&back));
        pixmap.fill_rect(rect, &paint, Transform::identity(), None);
    }
    let words = strip_text(c);
    if !words.is_empty() {
        let width = f.width * 0.9;
        let set = type_.label(&words, 40.0 * f.scale, width, Align::Center);
        let x = (f.width - width) / 2.0 + set.dx;
        let y = f.height - strip_h + (strip_h - set.height) / 2.0;
        super::fill_text(&mut pixmap, &set.path, x, y, &fore, None);
    }
    pixmap
}
