//! A board's artwork (its background, the photo's frame with the photo,
//! its layers, labels and footer) drawn once per board, size, language and
//! photo placement and kept: it does not change as the person types, so
//! each render starts from a copy of it.

use super::placement::Placement;
use super::scene::{self, Frame};
use super::{fill_text, text, Renderer};
use crate::campaign::{Board, ExportSize, Label};
use tiny_skia::Pixmap;

/// What a board's artwork depends on: the placement only counts when a
/// photo is drawn.
#[derive(Clone, PartialEq)]
pub(super) struct ArtworkKey {
    /// The pledge's language: labels may be worded for it.
    lang: String,
    board: Board,
    size: ExportSize,
    placement: Option<Placement>,
}

/// A board's artwork as drawn, and whether every pixel of it is opaque
/// (then so is anything drawn over it, and its premultiplied pixels are
/// already the straight ones the PNG takes: no demultiplying pass).
#[derive(Clone)]
pub(super) struct Artwork {
    pub(super) pixmap: Pixmap,
    pub(super) opaque: bool,
}

/// How many board and size pairs' artwork to keep.
const ARTWORK_CACHE: usize = 4;

impl Renderer {
    /// A copy of the board's artwork at this size, drawn once and kept.
    pub(super) fn artwork(
        &mut self,
        board: &Board,
        size: &ExportSize,
        placement: Placement,
        lang: &str,
        f: Frame,
    ) -> Artwork {
        let key = ArtworkKey {
            lang: lang.to_owned(),
            board: board.clone(),
            size: size.clone(),
            placement: (self.photo.is_some() && board.photo_frame.is_some())
                .then_some(placement.clamped()),
        };
        if let Some((_, artwork)) = self.artwork.iter().find(|(k, _)| *k == key) {
            return artwork.clone();
        }
        let mut pixmap = Pixmap::new(size.width, size.height).expect("validated size");
        self.layers.draw_background(&mut pixmap, board, size, f);
        if let Some(frame) = &board.photo_frame {
            match &mut self.photo {
                Some(photo) => scene::draw_photo(&mut pixmap, frame, f, photo, placement),
                None => scene::draw_photo_frame(&mut pixmap, frame, f),
            }
        }
        self.layers.draw(&mut pixmap, board, size, false);
        for label in board.labels.iter().chain(&board.footer) {
            let (set, x, y) = self.set_label(label, lang, f);
            fill_text(&mut pixmap, &set.path, x, y, &label.colour, None);
        }
        if self.artwork.len() == ARTWORK_CACHE {
            self.artwork.remove(0);
        }
        let artwork = Artwork {
            opaque: pixmap.pixels().iter().all(|p| p.alpha() == u8::MAX),
            pixmap,
        };
        self.artwork.push((key, artwork.clone()));
        artwork
    }

    /// A label set in `lang`, and where its layout box's top left goes.
    pub(super) fn set_label(
        &mut self,
        label: &Label,
        lang: &str,
        f: Frame,
    ) -> (text::SetText, f32, f32) {
        let (w, x, y) = (label.width * f.width, label.x * f.width, label.y * f.height);
        let set = self
            .type_
            .label(label.text.get(lang), label.size * f.scale, w, label.align);
        // A script set with extra leading (Nastaliq) sits where a Latin
        // label would: the extra room is taken equally above and below.
        let dy = (set.height - set.size * 1.2).max(0.0) / 2.0;
        (set, x, y - dy)
    }
}
