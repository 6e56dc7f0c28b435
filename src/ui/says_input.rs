//! "What does your writing say? (optional)": the words of a pledge written
//! by hand, on the screen or on paper. They become the image's text
//! alternative, the caption and the words its pledge record carries.

use super::words::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What it says, as given so far.
    pub value: AttrValue,
    /// The most characters it may have (the campaign's pledge limit).
    pub limit: usize,
    pub on_change: Callback<String>,
}

#[function_component(SaysInput)]
pub fn says_input(p: &Props) -> Html {
    let t = use_texts();
    let on_input = p.on_change.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    html! {
        <div class="field">
            <label class="field-label" for="writing-says">{ t.get("says-label") }</label>
            <p class="field-hint" id="writing-says-hint">{ t.get("says-hint") }</p>
            <input id="writing-says" name="says" type="text" class="field-input"
                maxlength={p.limit.to_string()} autocomplete="off" dir="auto"
                aria-describedby="writing-says-hint" value={p.value.clone()} oninput={on_input} />
        </div>
    }
}
