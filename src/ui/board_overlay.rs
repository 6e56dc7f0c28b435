//! What lies over the preview: the photo's gesture layer (over its frame,
//! or, for a paper pledge, over the image above the hashtag strip) when
//! the preview shows the photo, and the pen over the text box while
//! writing by hand.

use super::pen::PenArea;
use super::photo_drag::PhotoDrag;
use super::state::{Editor, InkAction, Mode};
use crate::campaign::Campaign;
use crate::render::placement::Placement;
use yew::prelude::*;

/// The layers (if any), and whether the preview shows the photo.
pub fn overlay(
    e: &Editor,
    c: &Campaign,
    pen_label: String,
    on_place: &Callback<Placement>,
    on_ink: &Callback<InkAction>,
) -> (Option<Html>, bool) {
    let drag = e.preview.shown.as_ref().and_then(|shown| {
        let photo = e.photo.info?;
        let frame = if shown.drawn_from.mode == Mode::Paper && c.paper_photos {
            crate::render::paper::photo_box(shown.width, shown.height)
        } else {
            let frame = c.board(&shown.drawn_from.board)?.photo_frame.as_ref()?;
            crate::render::placement::frame_box(frame, shown.width, shown.height)
        };
        (shown.photo == Some(photo.id)).then(|| {
            html! {
                <PhotoDrag {frame} image_width={shown.width} image_height={shown.height}
                    photo={(photo.width, photo.height)} placement={e.draft.placement}
                    on_place={on_place.clone()} />
            }
        })
    });
    let with_photo = drag.is_some();
    let pen = e
        .preview
        .shown
        .as_ref()
        .filter(|_| e.draft.mode == Mode::Write)
        .and_then(|shown| {
            let board = c.board(&shown.drawn_from.board)?;
            let tb = board.text_box;
            let colours: Vec<[u8; 3]> = board
                .inks()
                .iter()
                .map(|c| {
                    let [r, g, b, _] = c.rgba();
                    [r, g, b]
                })
                .collect();
            Some(html! {
                <PenArea area={[tb.x, tb.y, tb.width, tb.height]} pending={e.wet_strokes().to_vec()}
                    {colours} colour={e.ink.colour} width={e.ink.width}
                    label={pen_label} on_stroke={on_ink.reform(InkAction::Stroke)} />
            })
        });
    let layers = match (drag, pen) {
        (None, None) => None,
        (drag, pen) => Some(html! { <>{ drag.unwrap_or_default() }{ pen.unwrap_or_default() }</> }),
    };
    (layers, with_photo)
}
