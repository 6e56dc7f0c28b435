//! Adding images: first what they will be used for (so each is kept no
//! larger than that needs), then choose files, choose a whole folder, or
//! drop them; the progress of the reading, with Cancel (what is read is
//! kept).

use super::super::words::use_texts;
use super::state::time_left;
use crate::montage::tile_size::TileUse;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_files: Callback<Vec<File>>,
    pub added: usize,
    pub done: usize,
    pub workers: usize,
    pub on_cancel: Callback<()>,
    /// What the images are kept for, and whether it can still be chosen.
    pub kept_for: TileUse,
    pub can_choose_use: bool,
    pub on_use: Callback<TileUse>,
}

/// The message naming a use.
pub fn use_message(u: TileUse) -> &'static str {
    match u {
        TileUse::Screens => "montage-use-screens",
        TileUse::Print150 => "montage-use-print-150",
        TileUse::Print300 => "montage-use-print-300",
    }
}

/// What the file inputs offer (a folder's other files are listed as left
/// out when they are read).
const ACCEPT: &str = "image/jpeg,image/png,image/webp";

#[function_component(AddImages)]
pub fn add_images(p: &Props) -> Html {
    let t = use_texts();
    let dragging = use_state(|| false);
    // When this stretch of reading started, and how many were read then.
    let since = use_mut_ref(|| None::<(f64, usize)>);
    let on_change = {
        let on_files = p.on_files.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let files = crate::web::files::files_in(input.files());
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
            let files = crate::web::files::files_in(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                on_files.emit(files);
            }
        })
    };
    let on_use = p.on_use.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|s| TileUse::from_id(&s.value()))
            .unwrap_or_default()
    });
    let use_hint = if p.can_choose_use {
        t.fmt("montage-use-hint", &[("side", p.kept_for.side().into())])
    } else {
        t.fmt("montage-use-chosen", &[("side", p.kept_for.side().into())])
    };
    let reading = p.done < p.added;
    let left = {
        let mut since = since.borrow_mut();
        if reading {
            let (start, at_start) = *since.get_or_insert((js_sys::Date::now(), p.done));
            let secs = time_left(
                js_sys::Date::now() - start,
                p.done.saturating_sub(at_start),
                p.added - p.done,
            );
            secs.map(|secs| {
                if secs < 60 {
                    t.fmt("montage-left-seconds", &[("seconds", secs.into())])
                } else {
                    t.fmt("montage-left-minutes", &[("minutes", (secs / 60).into())])
                }
            })
        } else {
            *since = None;
            None
        }
    };
    let cancel = p.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="montage-add" aria-labelledby="add-heading">
            <h2 id="add-heading">{ t.get("montage-add-heading") }</h2>
            <div class="field">
                <label for="montage-use" class="field-label">{ t.get("montage-use") }</label>
                <p class="field-hint" id="montage-use-hint">{ use_hint }</p>
                <select id="montage-use" class="montage-select" aria-describedby="montage-use-hint"
                    disabled={!p.can_choose_use} onchange={on_use}>
                    { for TileUse::ALL.into_iter().map(|u| html! {
                        <option value={u.id()} selected={u == p.kept_for}>{ t.get(use_message(u)) }</option>
                    }) }
                </select>
            </div>
            <p class="field-hint" id="add-hint">{ t.get("montage-formats") }</p>
            <div class={classes!("drop-zone", dragging.then_some("drop-zone-over"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <input id="montage-files" type="file" multiple=true accept={ACCEPT}
                    class="visually-hidden file-input" aria-describedby="add-hint"
                    onchange={on_change.clone()} />
                <label for="montage-files" class="button button-secondary">{ t.get("montage-choose-files") }</label>
                <input id="montage-folder" type="file" multiple=true webkitdirectory=true
                    class="visually-hidden file-input" aria-describedby="add-hint"
                    onchange={on_change} />
                <label for="montage-folder" class="button button-secondary">{ t.get("montage-choose-folder") }</label>
                <p class="drop-hint">{ t.get("montage-drop") }</p>
            </div>
            if p.added > 0 {
                <div class="montage-progress" role="status">
                    <label for="montage-progress">
                        { t.fmt("montage-progress", &[("done", p.done.into()), ("total", p.added.into())]) }
                    </label>
                    <progress id="montage-progress" max={p.added.to_string()} value={p.done.to_string()}
                        aria-label={t.get("montage-progress-label")}></progress>
                    if let Some(left) = left {
                        <span class="time-left">{ left }</span>
                    }
                    if reading {
                        <span class="field-hint">{ t.fmt("montage-readers", &[("count", p.workers.into())]) }</span>
                        <button type="button" class="button button-secondary" onclick={cancel}>
                            { t.get("montage-cancel") }
                        </button>
                    }
                </div>
            }
        </section>
    }
}
