//! A pledge written by hand on its board: the name line at the foot of
//! the text box, then the strokes. The drawing is kept between renders:
//! a stroke added at the end of the writing (the usual case, as the pen
//! lifts) is drawn over the kept picture instead of drawing every stroke
//! again, with the very same pixels (strokes are laid one over another in
//! order either way). Undo, another board or size, a new name, or a
//! stroke that changes the writing's fit draws it all again.

use super::fill::{fill_text, rect_mask};
use super::handwriting::{self, Layout};
use super::text::Content;
use super::{Frame, Pledge, Renderer};
use crate::campaign::{Board, ExportSize};
use crate::ink::{Stroke, Writing};
use tiny_skia::Pixmap;

/// A drawing of writing kept for the next render.
pub(super) struct KeptInk {
    /// Everything the picture depends on besides the strokes.
    key: InkKey,
    /// The strokes it has, in order.
    strokes: Vec<Stroke>,
    pixmap: Pixmap,
}

#[derive(Clone, PartialEq)]
struct InkKey {
    board: Board,
    size: ExportSize,
    lang: String,
    signature: String,
    /// The photo's place, when the board shows one.
    placement: Option<super::placement::Placement>,
    /// Which photo (a count of photos set).
    photo: u32,
    layout: Layout,
}

impl Renderer {
    /// Draws the writing (and the name line) over `artwork`.
    pub(super) fn draw_written(
        &mut self,
        artwork: Pixmap,
        board: &Board,
        size: &ExportSize,
        f: Frame,
        pledge: &Pledge,
        writing: &Writing,
    ) -> Pixmap {
        let mut pixmap = artwork;
        let reserved = self.draw_name_line(&mut pixmap, board, f, pledge);
        let key = InkKey {
            board: board.clone(),
            size: size.clone(),
            lang: pledge.lang.clone().unwrap_or_default(),
            signature: pledge.signature(),
            placement: (self.photo.is_some() && board.photo_frame.is_some())
                .then_some(pledge.placement.clamped()),
            photo: self.photos_set,
            layout: handwriting::layout(board, f, writing, reserved),
        };
        let kept = self.ink.take().filter(|k| {
            k.key == key
                && writing.strokes.len() >= k.strokes.len()
                && writing.strokes[..k.strokes.len()] == k.strokes[..]
        });
        let (mut pixmap, from) = match kept {
            Some(k) => (k.pixmap, k.strokes.len()),
            None => (pixmap, 0),
        };
        handwriting::draw_strokes(&mut pixmap, board, key.layout, &writing.strokes[from..]);
        self.ink = Some(KeptInk {
            key,
            strokes: writing.strokes.clone(),
            pixmap: pixmap.clone(),
        });
        pixmap
    }

    /// Draws the name line ("— Name, date") at the foot of the text box,
    /// under handwriting, at the board's smallest pledge size and aligned
    /// as typed pledges are; returns the height it takes (0 without one),
    /// which the handwriting leaves free.
    fn draw_name_line(
        &mut self,
        pixmap: &mut Pixmap,
        board: &Board,
        f: Frame,
        pledge: &Pledge,
    ) -> f32 {
        let signature = pledge.signature();
        if signature.is_empty() {
            return 0.0;
        }
        let (bx, by, bw, bh) = super::scene::text_box_px(board, f);
        let size = board.min_font_size * f.scale;
        let content = Content {
            text: &signature,
            signature: "",
            lang: pledge.lang.as_deref(),
        };
        let set = self
            .type_
            .set(content, size, board.line_height, Some(bw), board.align);
        let clip = rect_mask(pixmap.width(), pixmap.height(), bx, by, bw, bh);
        let top = by + bh - set.height;
        fill_text(
            pixmap,
            &set.path,
            bx + set.dx,
            top,
            &board.text_colour,
            clip.as_ref(),
        );
        (set.height + size * 0.25).min(bh)
    }
}
