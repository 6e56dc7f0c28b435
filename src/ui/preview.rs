//! The preview: the image the render worker drew, which is exactly what
//! Download saves; its text alternative is the pledge itself. Under it, the
//! worker's status and the Download button.

use super::state::{join_names, Shown, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shown: Option<Shown>,
    pub status: Status,
    /// The chosen size's name, e.g. "Square (1080 × 1080)".
    pub size_name: AttrValue,
    /// The pledge is too long to draw: the board shows an older one, or none.
    pub too_long: bool,
    pub on_download: Callback<()>,
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
pub fn alt_text(text: &str, name: &str, photo: bool) -> String {
    let (text, name) = (text.trim(), name.trim());
    let with = if photo { ", with your photo" } else { "" };
    match (text.is_empty(), name.is_empty()) {
        (true, _) => format!("Pledge board{with}, empty: your pledge will appear here."),
        (false, true) => format!("Pledge board{with}: {text}"),
        (false, false) => format!("Pledge board{with}: {text} — {name}"),
    }
}

#[function_component(Preview)]
pub fn preview(p: &Props) -> Html {
    let image = match &p.shown {
        Some(s) => html! {
            <div class="board-stack">
                <img class="board-image" src={s.url.clone()} width={s.width.to_string()}
                    height={s.height.to_string()}
                    alt={alt_text(&s.drawn_from.text, &s.drawn_from.name, p.with_photo)} />
                { p.overlay.clone().unwrap_or_default() }
            </div>
        },
        None if p.too_long => html! {
            <div class="board-loading" role="img"
                aria-label="Pledge board, empty: your pledge is too long to show on it">
                <span aria-hidden="true">{ "Shorten your pledge to see it here." }</span>
            </div>
        },
        None => html! {
            <div class="board-loading" role="img" aria-label="Pledge board, being drawn">
                <span aria-hidden="true">{ "Drawing your pledge board…" }</span>
            </div>
        },
    };
    let stale = (p.too_long && p.shown.is_some())
        .then_some("The board shows your pledge as it last fitted. Shorten it to see the rest.");
    let status = match &p.status {
        Status::FetchingFonts(fonts) => {
            format!(
                "Loading the {} lettering for your pledge…",
                join_names(fonts)
            )
        }
        _ => String::new(),
    };
    let problem = match &p.status {
        Status::FontFailed(font) => Some(format!(
            "The {font} lettering could not be loaded, so the board cannot show your pledge yet. \
             Your pledge is kept. Check your connection, then try again."
        )),
        Status::Broken(_) => Some(
            "Something went wrong while drawing your pledge board. Your pledge is kept. Try again."
                .to_string(),
        ),
        _ => None,
    };
    let download = p.on_download.reform(|_: MouseEvent| ());
    let retry = p.on_retry.reform(|_: MouseEvent| ());

    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ "Your pledge board" }</h2>
            <div class="board-frame">{ image }</div>
            if let Some(stale) = stale {
                <p class="preview-note">{ stale }</p>
            }
            <p class="preview-status" role="status">{ status }</p>
            if let Some(problem) = problem {
                <div class="problem" role="alert">
                    <p>{ problem }</p>
                    <button type="button" class="button button-secondary" onclick={retry}>
                        { "Try again" }
                    </button>
                </div>
            }
            <button type="button" class="button button-download" onclick={download}
                aria-describedby="download-hint">
                { "Download image" }
            </button>
            <p class="field-hint" id="download-hint">{ format!("PNG image, {}", p.size_name) }</p>
        </section>
    }
}
