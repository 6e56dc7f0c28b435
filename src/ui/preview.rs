//! The preview: the image the render worker drew, which is exactly what
//! Download saves; its text alternative is the pledge itself. Under it, the
//! worker's status and the Download button.
//!
//! The image is a canvas that the worker's pixels are put on as they are
//! (`putImageData`): no PNG is made or decoded for a keystroke. It is
//! painted after each render in which its picture changed, or in which a
//! new canvas took its place (the canvas remembers which picture it holds).

use super::state::{script_names, Mode, Shown, Status};
use super::words::use_texts;
use crate::i18n::{isolate, Texts};
use web_sys::{HtmlCanvasElement, ImageData};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shown: Option<Shown>,
    /// The pixels of the picture shown (`shown.picture`'s).
    #[prop_or_default]
    pub pixels: Option<ImageData>,
    pub status: Status,
    /// The chosen size's name, e.g. "Square (1080 × 1080)".
    pub size_name: AttrValue,
    /// The pledge is too long to draw: the board shows an older one, or none.
    pub too_long: bool,
    pub on_download: Callback<()>,
    /// The browser can share image files: offer Share beside Download.
    #[prop_or_default]
    pub can_share: bool,
    #[prop_or_default]
    pub on_share: Callback<()>,
    /// Sharing failed (not cancelled).
    #[prop_or_default]
    pub share_failed: bool,
    pub on_retry: Callback<()>,
    /// The image on show has the person's photo in a frame.
    #[prop_or_default]
    pub with_photo: bool,
    /// Drawn over the image (the photo's gesture layer), if any.
    #[prop_or_default]
    pub overlay: Option<Html>,
}

/// The text alternative of a board showing this pledge and name (and
/// whether the person's photo is on it).
pub fn alt_text(t: &Texts, text: &str, name: &str, photo: bool) -> String {
    let (text, name) = (text.trim(), name.trim());
    let photo = if photo { "yes" } else { "no" };
    let (pledge, signed) = (isolate(text), isolate(name));
    match (text.is_empty(), name.is_empty()) {
        (true, _) => t.fmt("board-alt-empty", &[("photo", photo.into())]),
        (false, true) => t.fmt(
            "board-alt",
            &[("photo", photo.into()), ("pledge", pledge.into())],
        ),
        (false, false) => t.fmt(
            "board-alt-signed",
            &[
                ("photo", photo.into()),
                ("pledge", pledge.into()),
                ("name", signed.into()),
            ],
        ),
    }
}

/// The text alternative of a board showing a pledge written by hand (or
/// nothing written yet): with its words, when the person gave them, and
/// the name line as the board shows it ("— Name").
pub fn handwritten_alt(t: &Texts, written: bool, says: &str, name: &str, photo: bool) -> String {
    let alt = handwritten_alt_unsigned(t, written, says, photo);
    match name.trim() {
        "" => alt,
        name => format!("{alt} — {}", isolate(name)),
    }
}

fn handwritten_alt_unsigned(t: &Texts, written: bool, says: &str, photo: bool) -> String {
    let photo = if photo { "yes" } else { "no" };
    match (written, says.trim()) {
        (false, _) => t.fmt("board-alt-empty", &[("photo", photo.into())]),
        (true, "") => t.fmt("board-alt-handwritten", &[("photo", photo.into())]),
        (true, says) => t.fmt(
            "board-alt-handwritten-says",
            &[("photo", photo.into()), ("pledge", isolate(says).into())],
        ),
    }
}

/// The text alternative of a photo of a paper pledge (or of the image
/// waiting for it), with its words when the person gave them.
pub fn paper_alt(t: &Texts, photo: bool, says: &str) -> String {
    match (photo, says.trim()) {
        (false, _) => t.get("board-alt-paper-empty"),
        (true, "") => t.get("board-alt-paper"),
        (true, says) => t.fmt("board-alt-paper-says", &[("pledge", isolate(says).into())]),
    }
}

/// Puts the picture's pixels on the canvas, unless it holds them already
/// (its `data-picture` says which it holds).
fn paint(canvas: &NodeRef, picture: u32, pixels: &ImageData) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let id = picture.to_string();
    if canvas.get_attribute("data-picture").as_deref() == Some(id.as_str()) {
        return;
    }
    if let Some(context) = crate::web::page::canvas_2d(&canvas) {
        if context.put_image_data(pixels, 0.0, 0.0).is_ok() {
            let _ = canvas.set_attribute("data-picture", &id);
        }
    }
}

#[function_component(Preview)]
pub fn preview(p: &Props) -> Html {
    let t = use_texts();
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let picture = p.shown.as_ref().map(|s| s.picture);
        let pixels = p.pixels.clone();
        // After every render: cheap unless the picture changed.
        use_effect(move || {
            if let (Some(picture), Some(pixels)) = (picture, pixels) {
                paint(&canvas, picture, &pixels);
            }
        });
    }
    let image = match &p.shown {
        Some(s) => html! {
            <div class="board-stack">
                <canvas ref={canvas} class="board-image" role="img" width={s.width.to_string()}
                    height={s.height.to_string()}
                    aria-label={if s.drawn_from.mode == Mode::Paper {
                        paper_alt(&t, p.with_photo, &s.drawn_from.says)
                    } else if s.drawn_from.mode == Mode::Write {
                        handwritten_alt(&t, !s.drawn_from.writing.is_empty(), &s.drawn_from.says,
                            &s.drawn_from.name, p.with_photo)
                    } else {
                        alt_text(&t, &s.drawn_from.text, &s.drawn_from.name, p.with_photo)
                    }}></canvas>
                { p.overlay.clone().unwrap_or_default() }
            </div>
        },
        None if p.too_long => html! {
            <div class="board-loading" role="img" aria-label={t.get("board-too-long-alt")}>
                <span aria-hidden="true">{ t.get("board-too-long") }</span>
            </div>
        },
        None => html! {
            <div class="board-loading" role="img" aria-label={t.get("board-drawing-alt")}>
                <span aria-hidden="true">{ t.get("board-drawing") }</span>
            </div>
        },
    };
    let stale = (p.too_long && p.shown.is_some()).then(|| t.get("board-stale"));
    let status = match &p.status {
        Status::FetchingFonts(fonts) => t.fmt(
            "fonts-loading",
            &[("fonts", script_names(&t, fonts).into())],
        ),
        _ => String::new(),
    };
    let problem = match &p.status {
        Status::FontFailed(font) => Some(t.fmt(
            "font-failed",
            &[("font", script_names(&t, std::slice::from_ref(font)).into())],
        )),
        Status::Broken(_) => Some(t.get("render-broken")),
        _ => None,
    };
    // Why, for the campaign team (a layer file missing, say), in English.
    let details = match &p.status {
        Status::Broken(why) => Some(why.clone()),
        _ => None,
    };
    let download = p.on_download.reform(|_: MouseEvent| ());
    let share = p.on_share.reform(|_: MouseEvent| ());
    let retry = p.on_retry.reform(|_: MouseEvent| ());

    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ t.get("preview-heading") }</h2>
            <div class="board-frame">{ image }</div>
            if let Some(stale) = stale {
                <p class="preview-note">{ stale }</p>
            }
            <p class="preview-status" role="status">{ status }</p>
            if let Some(problem) = problem {
                <div class="problem" role="alert">
                    <p>{ problem }</p>
                    if let Some(why) = details {
                        <details class="details">
                            <summary>{ t.get("broken-details") }</summary>
                            <pre class="problem-details" lang="en" dir="ltr">{ why }</pre>
                        </details>
                    }
                    <button type="button" class="button button-secondary" onclick={retry}>
                        { t.get("try-again") }
                    </button>
                </div>
            }
            <div class="preview-actions">
                <button type="button" class="button button-download" onclick={download}
                    aria-describedby="download-hint">
                    { t.get("download") }
                </button>
                if p.can_share {
                    <button type="button" class="button button-secondary" onclick={share}>
                        { t.get("share-image") }
                    </button>
                }
            </div>
            if p.share_failed {
                <p class="problem" role="alert">{ t.get("share-failed") }</p>
            }
            <p class="field-hint" id="download-hint">
                { t.fmt("download-hint", &[("size", p.size_name.as_str().into())]) }
            </p>
        </section>
    }
}
