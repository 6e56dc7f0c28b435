//! The campaign's example pledges, each shown in full with a button that
//! puts it in the pledge box (which stays editable).

use super::words::use_texts;
use crate::campaign::Quote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub quotes: Vec<Quote>,
    /// The language on show (an `i18n` code): each quote in it if the
    /// campaign has it, else in English.
    pub lang: AttrValue,
    pub on_use: Callback<usize>,
}

#[function_component(Quotes)]
pub fn quotes(p: &Props) -> Html {
    let t = use_texts();
    if p.quotes.is_empty() {
        return html! {};
    }
    html! {
        <details class="details examples">
            <summary class="details-summary">{ t.get("examples-summary") }</summary>
            <ul class="quote-list">
            { for p.quotes.iter().enumerate().map(|(i, q)| {
                let id = format!("quote-{i}");
                let onclick = {
                    let cb = p.on_use.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(i))
                };
                html! {
                    <li class="quote">
                        <p class="quote-text" id={id.clone()} dir="auto">
                            { t.campaign(q.text.get(&p.lang)).into_owned() }
                        </p>
                        <button type="button" class="button button-secondary" aria-describedby={id} {onclick}>
                            { t.get("use-example") }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </details>
    }
}
