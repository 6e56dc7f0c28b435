//! "Exit this page", after GOV.UK's pattern: a button at the top of every
//! screen, and the Escape key anywhere on the page, that clear the draft
//! and the photo and replace the whole window with a neutral site (the
//! campaign file's `quick_exit.url`) at once.

use super::words::use_texts;
use crate::web::exit;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where to go.
    pub url: AttrValue,
}

#[function_component(QuickExit)]
pub fn quick_exit(p: &Props) -> Html {
    let t = use_texts();
    use_effect_with(p.url.clone(), |url| {
        let url = url.clone();
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if e.key() == "Escape" && !e.is_composing() {
                e.prevent_default();
                exit::leave(&url);
            }
        });
        move || drop(listener)
    });
    let onclick = {
        let url = p.url.clone();
        Callback::from(move |_: MouseEvent| exit::leave(&url))
    };
    html! {
        <div class="quick-exit">
            <button type="button" class="quick-exit-button" aria-keyshortcuts="Escape" {onclick}>
                { t.get("quick-exit") }
            </button>
        </div>
    }
}
