//! The photo section: choose a photo (or take one, on a phone), see it being
//! prepared, read what is wrong with a file that cannot be used, and move,
//! zoom, reset or remove the photo with buttons, so nothing needs dragging.

use super::state::{PhotoInfo, PhotoStatus, PlaceStep};
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
        PhotoStatus::Failed(why) => Some(why.clone()),
        _ => None,
    };
    let step = |s: PlaceStep| p.on_step.reform(move |_: MouseEvent| s);
    let remove = p.on_remove.reform(|_: MouseEvent| ());
    let label = if p.photo.is_some() {
        "Choose a different photo"
    } else {
        "Choose a photo"
    };
    let described = if error.is_some() {
        "photo-hint photo-error"
    } else {
        "photo-hint"
    };

    html! {
        <section class="editor-form editor-photo" aria-labelledby="photo-heading">
            <h2 id="photo-heading">{ "Add a photo or selfie" }</h2>
            if !p.has_frame {
                <p class="field-hint">
                    { match &p.frame_board {
                        Some(name) => format!("The design you chose has no space for a photo. Choose “{name}” under “Choose a design” to show one."),
                        None => "The design you chose has no space for a photo.".to_string(),
                    } }
                </p>
            }
            <div class={classes!("field", error.is_some().then_some("field-has-error"))}>
                <label class="field-label" for="photo-file">{ label }</label>
                <p class="field-hint" id="photo-hint">
                    { "A JPEG, PNG or WebP photo. It stays on this device: it is not sent anywhere." }
                </p>
                if let Some(why) = &error {
                    <p class="field-error" id="photo-error" role="alert">
                        <span class="visually-hidden">{ "Error: " }</span>{ why }
                    </p>
                }
                <input class="field-file" id="photo-file" type="file" accept={ACCEPT}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")}
                    onchange={on_change.clone()} />
                <p class="camera-only">
                    <label class="button button-secondary" for="photo-camera">{ "Take a selfie" }</label>
                    <input class="visually-hidden" id="photo-camera" type="file" accept={ACCEPT}
                        capture="user" onchange={on_change} />
                </p>
            </div>
            <div class="photo-status" role="status">
                if preparing {
                    <p class="photo-progress">
                        <progress aria-label="Preparing your photo"></progress>
                        { if matches!(p.status, PhotoStatus::Preparing { restoring: true }) {
                            " Bringing back your photo…"
                        } else {
                            " Preparing your photo…"
                        } }
                    </p>
                }
                if p.status == PhotoStatus::NotKept {
                    <p class="field-hint">
                        { "Your photo is too large to keep if this page reloads. It stays on the board while the page is open." }
                    </p>
                }
            </div>
            if p.photo.is_some() {
                <fieldset class="fieldset photo-place" disabled={!p.has_frame}>
                    <legend class="fieldset-legend">{ "Place your photo" }</legend>
                    <p class="field-hint">
                        { "Or drag it on the board, and zoom with the mouse wheel or by pinching." }
                    </p>
                    <div class="photo-buttons">
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Left))}>{ "Move left" }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Right))}>{ "Move right" }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Up))}>{ "Move up" }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Move(Direction::Down))}>{ "Move down" }</button>
                        <button type="button" class="button button-secondary"
                            aria-disabled={(p.placement.zoom >= MAX_ZOOM).then_some("true")}
                            onclick={step(PlaceStep::ZoomIn)}>{ "Zoom in" }</button>
                        <button type="button" class="button button-secondary"
                            aria-disabled={(p.placement.zoom <= MIN_ZOOM).then_some("true")}
                            onclick={step(PlaceStep::ZoomOut)}>{ "Zoom out" }</button>
                        <button type="button" class="button button-secondary"
                            onclick={step(PlaceStep::Reset)}>{ "Reset" }</button>
                    </div>
                    <p class="photo-zoom">{ format!("Zoom: {} %", p.placement.zoom) }</p>
                </fieldset>
                <button type="button" class="button button-secondary" onclick={remove}>
                    { "Remove photo" }
                </button>
            }
        </section>
    }
}
