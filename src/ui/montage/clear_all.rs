//! "Clear everything": removes every image and decision the page keeps on
//! this machine, after a second step that says what will go.

use super::super::words::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_clear: Callback<()>,
    /// "Everything was cleared" is on show.
    pub cleared: bool,
}

#[function_component(ClearAll)]
pub fn clear_all(p: &Props) -> Html {
    let t = use_texts();
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let clear = {
        let (asking, on_clear) = (asking.clone(), p.on_clear.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            on_clear.emit(());
        })
    };
    html! {
        <section class="montage-clear" aria-labelledby="clear-heading">
            <h2 id="clear-heading">{ t.get("montage-clear-heading") }</h2>
            <p class="field-hint">{ t.get("montage-kept") }</p>
            if *asking {
                <div class="clear-confirm" role="group" aria-labelledby="clear-question">
                    <p id="clear-question"><strong>{ t.get("montage-clear-question") }</strong></p>
                    <button type="button" class="button button-warning" onclick={clear}>
                        { t.get("montage-clear-yes") }
                    </button>
                    <button type="button" class="button button-secondary" onclick={keep}>
                        { t.get("montage-clear-no") }
                    </button>
                </div>
            } else {
                <button type="button" class="button button-secondary" onclick={ask}>
                    { t.get("montage-clear") }
                </button>
            }
            <p role="status" class="field-hint">
                { if p.cleared { t.get("montage-cleared") } else { String::new() } }
            </p>
        </section>
    }
}
