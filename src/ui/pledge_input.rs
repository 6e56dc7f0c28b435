//! The pledge text box, with its label and hint (GOV.UK textarea pattern).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text the box shows.
    pub text: AttrValue,
    /// Called with the box's whole text after every edit.
    pub on_change: Callback<String>,
}

/// A labelled, hinted multi-line text box for the pledge.
#[function_component(PledgeInput)]
pub fn pledge_input(props: &Props) -> Html {
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_change.emit(area.value());
        })
    };

    html! {
        <div class="field">
            <label class="field-label" for="pledge-text">{ "Your pledge" }</label>
            <p class="field-hint" id="pledge-text-hint">
                { "For example, “I will speak up when I see hate.” You can write in any language." }
            </p>
            <textarea
                id="pledge-text"
                name="pledge"
                class="field-textarea"
                rows="5"
                spellcheck="true"
                aria-describedby="pledge-text-hint"
                value={props.text.clone()}
                {oninput}
            />
        </div>
    }
}
