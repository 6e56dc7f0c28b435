//! The pledge text box with its label, hint, error and character count
//! (the GOV.UK "character count" pattern): the count is shown as the person
//! types and read out by screen readers once they pause.

use super::state::TextError;
use super::words::use_texts;
use crate::i18n::Texts;
use gloo::timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How long typing must pause before the count is read out.
const ANNOUNCE_AFTER_MS: u32 = 1000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// The most characters the pledge may have now.
    pub limit: usize,
    pub error: Option<TextError>,
    pub on_change: Callback<String>,
}

/// "You have 12 characters remaining", "You have 1 character too many".
pub fn count_message(t: &Texts, chars: usize, limit: usize) -> String {
    if chars <= limit {
        t.fmt("chars-left", &[("count", (limit - chars).into())])
    } else {
        t.fmt("chars-over", &[("count", (chars - limit).into())])
    }
}

#[function_component(PledgeInput)]
pub fn pledge_input(p: &Props) -> Html {
    let t = use_texts();
    let chars = p.text.chars().count();
    let message = count_message(&t, chars, p.limit);
    // The read-out copy of the count, updated after a pause in typing.
    // Not on first showing: only once the person has typed.
    let spoken = use_state(String::new);
    let first = use_mut_ref(|| true);
    {
        let (spoken, message) = (spoken.clone(), message.clone());
        use_effect_with(message, move |message| {
            let message = message.clone();
            let skip = std::mem::replace(&mut *first.borrow_mut(), false);
            let t = (!skip).then(|| Timeout::new(ANNOUNCE_AFTER_MS, move || spoken.set(message)));
            move || drop(t)
        });
    }
    let oninput = {
        let cb = p.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit(area.value());
        })
    };
    let error = p.error.as_ref().map(|e| match e {
        TextError::TooLong { limit } => t.fmt("pledge-too-long", &[("limit", (*limit).into())]),
        TextError::Empty => t.get("pledge-empty"),
    });
    let described = if error.is_some() {
        "pledge-text-hint pledge-text-error pledge-text-limit"
    } else {
        "pledge-text-hint pledge-text-limit"
    };
    let over = chars > p.limit;

    html! {
        <div class={classes!("field", error.is_some().then_some("field-has-error"))}>
            <label class="field-label" for="pledge-text">{ t.get("pledge-label") }</label>
            <p class="field-hint" id="pledge-text-hint">{ t.get("pledge-hint") }</p>
            if let Some(error) = error {
                <p class="field-error" id="pledge-text-error">
                    <span class="visually-hidden">{ t.get("error-prefix") }{ " " }</span>{ error }
                </p>
            }
            <textarea
                id="pledge-text"
                name="pledge"
                class="field-textarea"
                rows="5"
                spellcheck="true"
                autocomplete="off"
                dir="auto"
                aria-describedby={described}
                aria-invalid={over.then_some("true")}
                value={p.text.clone()}
                {oninput}
            />
            <p class="visually-hidden" id="pledge-text-limit">
                { t.fmt("pledge-limit", &[("limit", p.limit.into())]) }
            </p>
            <p class={classes!("count", over.then_some("count-over"))} aria-hidden="true">{ message }</p>
            <p class="visually-hidden" aria-live="polite">{ (*spoken).clone() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NameProps {
    pub name: AttrValue,
    pub on_change: Callback<String>,
}

/// The optional name shown as "— Name" under the pledge.
#[function_component(NameInput)]
pub fn name_input(p: &NameProps) -> Html {
    let t = use_texts();
    let oninput = {
        let cb = p.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    html! {
        <div class="field">
            <label class="field-label" for="pledge-name">{ t.get("name-label") }</label>
            <p class="field-hint" id="pledge-name-hint">{ t.get("name-hint") }</p>
            <input id="pledge-name" name="name" type="text" class="field-input"
                maxlength="60" autocomplete="off" spellcheck="false" dir="auto"
                aria-describedby="pledge-name-hint" value={p.name.clone()} {oninput} />
        </div>
    }
}
