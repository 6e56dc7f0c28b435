//! Opening a campaign: choose its folder, or the campaign file and its
//! artwork together, or drop them; or check the published campaign again.
//! Says where the campaign on show came from.

use super::state::From;
use crate::ui::words::use_texts;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_files: Callback<Vec<(String, File)>>,
    pub on_published: Callback<()>,
    pub from: From,
    pub name: String,
    pub error: Option<String>,
}

/// The files chosen, each with its path in the folder chosen (or its name).
fn files_of(list: Option<web_sys::FileList>) -> Vec<(String, File)> {
    crate::web::files::files_in(list)
        .into_iter()
        .map(|f| (crate::web::check_client::path_of(&f), f))
        .collect()
}

#[function_component(OpenCampaign)]
pub fn open_campaign(p: &Props) -> Html {
    let t = use_texts();
    let dragging = use_state(|| false);
    let on_change = {
        let on_files = p.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let files = files_of(input.files());
            input.set_value("");
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (on_files, dragging) = (p.on_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(data) = e.data_transfer() else {
                return;
            };
            // Folders are walked from their entries, taken while the
            // drop lasts; a browser without them gives the files alone.
            let entries = crate::web::check_client::dropped_entries(&data);
            if entries.is_empty() {
                let files = files_of(data.files());
                if !files.is_empty() {
                    on_files.emit(files);
                }
                return;
            }
            let on_files = on_files.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let files = crate::web::check_client::files_of_entries(entries).await;
                if !files.is_empty() {
                    on_files.emit(files);
                }
            });
        })
    };
    let published = p.on_published.reform(|_: MouseEvent| ());
    let showing = match p.from {
        From::Nothing => t.get("check-fetching"),
        From::Published => t.fmt(
            "check-showing-published",
            &[("name", p.name.clone().into())],
        ),
        From::Opened(n) => t.fmt(
            "check-showing-opened",
            &[("name", p.name.clone().into()), ("count", n.into())],
        ),
    };
    html! {
        <section class="check-open" aria-labelledby="open-heading">
            <h2 id="open-heading">{ t.get("check-open-heading") }</h2>
            <p class="field-hint" id="open-hint">{ t.get("check-open-hint") }</p>
            <div class={classes!("drop-zone", dragging.then_some("drop-zone-over"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <input id="check-folder" type="file" multiple=true webkitdirectory=true
                    class="visually-hidden file-input" aria-describedby="open-hint"
                    onchange={on_change.clone()} />
                <label for="check-folder" class="button button-secondary">{ t.get("check-choose-folder") }</label>
                <input id="check-files" type="file" multiple=true
                    class="visually-hidden file-input" aria-describedby="open-hint"
                    onchange={on_change} />
                <label for="check-files" class="button button-secondary">{ t.get("check-choose-files") }</label>
                <p class="drop-hint">{ t.get("check-drop") }</p>
            </div>
            <p role="status" class="check-showing">{ showing }</p>
            if let Some(why) = &p.error {
                <p role="alert" class="field-error">{ t.fmt("check-open-failed", &[("why", why.clone().into())]) }</p>
            }
            if p.from != From::Published && p.from != From::Nothing {
                <button type="button" class="button button-secondary" onclick={published}>
                    { t.get("check-published") }
                </button>
            }
        </section>
    }
}
