//! Where the pledge board preview goes.
//!
//! Until the render engine lands this shows the pledge on a board drawn with
//! CSS; its text alternative is the pledge itself.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The pledge as typed.
    pub text: AttrValue,
}

/// The board preview with its heading.
#[function_component(Preview)]
pub fn preview(props: &Props) -> Html {
    let pledge = props.text.trim();
    let (shown, label) = if pledge.is_empty() {
        (
            html! { <span class="board-placeholder">{ "Your pledge will appear here." }</span> },
            "Pledge board, empty: your pledge will appear here.".to_string(),
        )
    } else {
        (
            html! { { pledge.to_string() } },
            format!("Pledge board: {pledge}"),
        )
    };

    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ "Your pledge board" }</h2>
            <div class="board" role="img" aria-label={label}>
                <p class="board-title" aria-hidden="true">{ "I pledge" }</p>
                <p class="board-text" aria-hidden="true" dir="auto">{ shown }</p>
                <p class="board-footer" aria-hidden="true">{ "#NationalHCAW" }</p>
            </div>
        </section>
    }
}
