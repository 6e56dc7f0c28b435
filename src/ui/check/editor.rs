//! The campaign file in a text area, its line numbers beside it (lines
//! with a problem marked), kept level as it scrolls; and the download of
//! the file as it now is.

use super::TEXT_ID;
use crate::ui::words::use_texts;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub name: String,
    pub text: String,
    pub edited: bool,
    /// The lines with a problem.
    pub flagged: Vec<usize>,
    pub on_edit: Callback<String>,
}

#[function_component(CampaignEditor)]
pub fn campaign_editor(p: &Props) -> Html {
    let t = use_texts();
    let gutter = use_node_ref();
    let on_input = p.on_edit.reform(|e: InputEvent| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|a| a.value())
            .unwrap_or_default()
    });
    let on_scroll = {
        let gutter = gutter.clone();
        Callback::from(move |e: Event| {
            let (Some(area), Some(g)) = (
                e.target()
                    .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()),
                gutter.cast::<web_sys::Element>(),
            ) else {
                return;
            };
            g.set_scroll_top(area.scroll_top());
        })
    };
    let download = {
        let (name, text) = (p.name.clone(), p.text.clone());
        Callback::from(move |_: MouseEvent| {
            let bytes = js_sys::Uint8Array::from(text.as_bytes());
            let _ = crate::web::files::save(&bytes, "application/toml", &name);
        })
    };
    let lines = p.text.split('\n').count().max(1);
    html! {
        <section class="check-edit" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{ t.get("check-edit-heading") }</h2>
            <label for={TEXT_ID} class="field-label">
                { t.fmt("check-text-label", &[("name", p.name.clone().into())]) }
            </label>
            <p class="field-hint" id="text-hint">{ t.get("check-text-hint") }</p>
            <div class="check-text">
                <div class="check-gutter" ref={gutter} aria-hidden="true">
                    { for (1..=lines).map(|n| html! {
                        <span class={classes!(p.flagged.contains(&n).then_some("flagged"))}>{ n }</span>
                    }) }
                </div>
                <textarea id={TEXT_ID} class="check-textarea" spellcheck="false" wrap="off"
                    autocomplete="off" autocapitalize="off" aria-describedby="text-hint"
                    value={p.text.clone()} oninput={on_input} onscroll={on_scroll} />
            </div>
            <p class="check-download">
                <button type="button" class="button" onclick={download}>
                    { t.fmt("check-download", &[("name", p.name.clone().into())]) }
                </button>
                if p.edited {
                    <span class="field-hint">{ t.get("check-edited") }</span>
                }
            </p>
        </section>
    }
}
