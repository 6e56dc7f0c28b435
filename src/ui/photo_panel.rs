//! The photo section: choose a photo (or take one, on a phone), see it being
//! prepared, read what is wrong with a file that cannot be used, and move,
//! zoom, reset or remove the photo with buttons, so nothing needs dragging.

use super::state::{PhotoInfo, PhotoStatus, PlaceStep};
use super::words::use_texts;
use crate::render::placement::{Direction, Placement, MAX_ZOOM, MIN_ZOOM};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The chosen board has a frame for the photo.
    pub has_frame: bool,
    /// The name of a board that has one, to suggest when this one has not.
    pub frame_board: Option<AttrValue>,
    pub photo: Option<PhotoInfo>,
    pub status: PhotoStatus,
    pub placement: Placement,
    pub on_file: Callback<web_sys::File>,
    pub on_step: Callback<PlaceStep>,
    pub on_remove: Callback<()>,
}

/// What the file inputs accept: what the photo worker reads, JPEG first.
/// Neither `image/*` nor `image/heic`: with either, Safari on a Mac hands
/// over an HEIC photo as it is, which no browser can read; with this list
/// it converts it to JPEG (iOS converts to JPEG whatever the list says).
/// An HEIC file chosen some other way gets a message saying what to do.
const ACCEPT: &str = "image/jpeg,image/png,image/webp";

#[function_component(PhotoPanel)]
pub fn photo_panel(p: &Props) -> Html {
    let t = use_texts();
    let on_change = {
        let on_file = p.on_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            // Choosing the same file again must work (after a fix, say).
            input.set_value("");
        })
    };
    let preparing = matches!(p.status, PhotoStatus::Preparing { .. });
    let error = match &p.status {
        PhotoStatus::Failed(why) => Some(why.text(&t)),
        _ => None,
    };
    let step = |s: PlaceStep| p.on_step.reform(move |_: MouseEvent| s);
    let remove = p.on_remove.reform(|_: MouseEvent| ());
    let label = t.get(if p.photo.is_some() {
        "photo-choose-other"
    } else {
        "photo-choose"
    });
    let described = if error.is_some() {
        "photo-hint photo-error"
    } else {
        "photo-hint"
    };

    html! {
        <section class="editor-form editor-photo" aria-labelledby="photo-heading">
            <h2 id="photo-heading">{ t.get("photo-heading") }</h2>
            if !p.has_frame {
                <p class="field-hint">
                    { match (&p.frame_board, p.photo.is_some()) {
                        // Choosing one moves the pledge to that board (the
                        // editor's reducer): said before the choice.
                        (Some(name), false) => t.fmt("photo-no-frame-moves", &[("board", name.as_str().into())]),
                        (Some(name), true) => t.fmt("photo-no-frame-try", &[("board", name.as_str().into())]),
                        (None, _) => t.get("photo-no-frame"),
                    } }
                </p>
            }
            <div class={classes!("field", error.is_some().then_some("field-has-error"))}>
                <p class="field-hint" id="photo-hint">{ t.get("photo-hint") }</p>
                if let Some(why) = &error {
                    <p class="field-error" id="photo-error" role="alert">
                        <span class="visually-hidden">{ t.get("error-prefix") }{ " " }</span>{ why }
                    </p>
                }
                // The inputs are hidden and their labels look like buttons:
                // the browser's own button and "No file chosen" would be in
                // the browser's language, not the page's.
                <div class="file-pickers">
                    <span>
                        <input class="visually-hidden file-input" id="photo-file" type="file" accept={ACCEPT}
                            aria-describedby={described} aria-invalid={error.is_some().then_some("true")}
                            onchange={on_change.clone()} />
                        <label class="button button-secondary" for="photo-file">{ label }</label>
                    </span>
                    <span class="camera-only">
                        <input class="visually-hidden file-input" id="photo-camera" type="file" accept={ACCEPT}
                            capture="user" onchange={on_change} />
                        <label class="button button-secondary" for="photo-camera">{ t.get("take-selfie") }</label>
                    </span>
                </div>
            </div>
            <div class="photo-status" role="status">
                if preparing {
                    <p class="photo-progress">
                        <progress aria-label={t.get("photo-preparing")}></progress>
                        { t.get(if matches!(p.status, PhotoStatus::Preparing { restoring: true }) {
                            "photo-restoring"
                        } else {
                            "photo-preparing"
                        }) }
                    </p>
                }
                if p.status == PhotoStatus::NotKept {
                    <p class="field-hint">{ t.get("photo-not-kept") }</p>
                }
            </div>
            if p.photo.is_some() {
                <fieldset class="fieldset photo-place" disabled={!p.has_frame}>
                    <legend class="fieldset-legend">{ t.get("place-legend") }</legend>
                    <p class="field-hint">{ t.get("place-hint") }</p>
                    <div class="photo-buttons">
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Left))}>{ t.get("move-left") }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Right))}>{ t.get("move-right") }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Up))}>{ t.get("move-up") }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Down))}>{ t.get("move-down") }</button>
                        <button type="button" class="button button-secondary"
                            aria-disabled={(p.placement.zoom >= MAX_ZOOM).then_some("true")}
                            onclick={step(PlaceStep::ZoomIn)}>{ t.get("zoom-in") }</button>
                        <button type="button" class="button button-secondary"
                            aria-disabled={(p.placement.zoom <= MIN_ZOOM).then_some("true")}
                            onclick={step(PlaceStep::ZoomOut)}>{ t.get("zoom-out") }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Reset)}>{ t.get("reset") }</button>
                    </div>
                    <p class="photo-zoom">{ t.fmt("zoom-level", &[("percent", p.placement.zoom.into())]) }</p>
                </fieldset>
                <button type="button" class="button button-secondary" onclick={remove}>
                    { t.get("remove-photo") }
                </button>
            }
        </section>
    }
}
