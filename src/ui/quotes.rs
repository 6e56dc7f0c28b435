//! The campaign's example pledges, each shown in full with a button that
//! puts it in the pledge box (which stays editable).

use crate::campaign::Quote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub quotes: Vec<Quote>,
    pub on_use: Callback<usize>,
}

#[function_component(Quotes)]
pub fn quotes(p: &Props) -> Html {
    if p.quotes.is_empty() {
        return html! {};
    }
    html! {
        <details class="details examples">
            <summary class="details-summary">{ "Need ideas? See example pledges" }</summary>
            <ul class="quote-list">
            { for p.quotes.iter().enumerate().map(|(i, q)| {
                let id = format!("quote-{i}");
                let onclick = {
                    let cb = p.on_use.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(i))
                };
                html! {
                    <li class="quote">
                        <p class="quote-text" id={id.clone()} dir="auto">{ &q.text }</p>
                        <button type="button" class="button button-secondary" aria-describedby={id} {onclick}>
                            { "Use this example" }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </details>
    }
}
