//! The language picker: every language named in itself, the one on show
//! chosen. Its label also says "Language" in English, so someone who
//! landed in a language they do not read can still find it.

use super::words::use_texts;
use crate::i18n::{ENGLISH, LANGUAGES};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A language was chosen (its `i18n` code).
    pub on_change: Callback<String>,
    /// The language asked for could not be loaded: its own name.
    pub failed: Option<AttrValue>,
}

#[function_component(LanguagePicker)]
pub fn language_picker(p: &Props) -> Html {
    let t = use_texts();
    let current = t.language.code;
    let onchange = {
        let cb = p.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(select.value());
        })
    };
    html! {
        <div class="language-picker">
            <label class="language-label" for="language">
                { t.get("language-label") }
                if !std::ptr::eq(t.language, &ENGLISH) {
                    <span lang="en" translate="no">{ " (Language)" }</span>
                }
            </label>
            <select id="language" class="language-select language-names" {onchange}>
                { for LANGUAGES.iter().map(|l| html! {
                    <option value={l.code} lang={l.code} dir={l.dir.as_str()} translate="no"
                        selected={l.code == current}>{ l.name }</option>
                }) }
            </select>
            if let Some(name) = &p.failed {
                <p class="language-problem" role="alert">
                    { t.fmt("language-failed", &[("language", name.as_str().into())]) }
                </p>
            }
        </div>
    }
}
