//! The montage page's language: the one the address asks for
//! (`?lang=ur`), else the browser's first that the app has, else English;
//! changed with the editor's language picker. Its words are the editor's
//! `.ftl` file (for the picker's own words) and the montage page's, both
//! fetched when the language is first chosen; English is built in, behind
//! every message. The choice goes into the address (a reload keeps it);
//! nothing is stored.

use super::super::language_picker::LanguagePicker;
use super::MONTAGE_FTL;
use crate::i18n::{self, Language, Texts, ENGLISH, ENGLISH_FTL};
use crate::web::{files, page};
use std::rc::Rc;
use yew::prelude::*;

/// English for the montage page: its own messages and the editor's.
fn english() -> String {
    format!("{ENGLISH_FTL}\n{MONTAGE_FTL}")
}

/// The words of `language`, fetching its two files; the reason if either
/// cannot be fetched.
async fn texts_for(language: &'static Language) -> Result<Texts, String> {
    let own = if std::ptr::eq(language, &ENGLISH) || std::ptr::eq(language, &i18n::PSEUDO) {
        String::new()
    } else {
        let editor = files::fetch_text(&format!("../locales/{}.ftl", language.code)).await?;
        let montage = files::fetch_text(&format!("locales-montage/{}.ftl", language.code)).await?;
        format!("{editor}\n{montage}")
    };
    let texts = Texts::page(language, &own, &english());
    for p in &texts.problems {
        gloo::console::warn!(format!("Pledge Board messages: {p}"));
    }
    Ok(texts)
}

/// The page's words, the picker, and the name of a language that could
/// not be loaded.
pub struct PageLanguage {
    pub texts: Rc<Texts>,
    pub picker: Html,
}

/// The montage page's words in the chosen language (English until the
/// first language's files arrive, if it is not English).
#[hook]
pub fn use_page_language() -> PageLanguage {
    let texts = use_state(|| Rc::new(Texts::page(&ENGLISH, "", &english())));
    let failed = use_state(|| None::<AttrValue>);
    // Which request is the latest (an earlier one may finish later).
    let latest = use_mut_ref(|| 0u32);
    let choose = {
        let (texts, failed, latest) = (texts.clone(), failed.clone(), latest.clone());
        Callback::from(move |code: String| {
            let Some(language) = i18n::find(&code) else {
                return;
            };
            let n = {
                let mut l = latest.borrow_mut();
                *l += 1;
                *l
            };
            let (texts, failed, latest) = (texts.clone(), failed.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let got = texts_for(language).await;
                if *latest.borrow() != n {
                    return;
                }
                match got {
                    Ok(t) => {
                        failed.set(None);
                        texts.set(Rc::new(t));
                    }
                    Err(why) => {
                        gloo::console::warn!(format!("Pledge Board: {}: {why}", language.code));
                        failed.set(Some(language.name.into()));
                    }
                }
            });
        })
    };
    {
        let choose = choose.clone();
        use_effect_with((), move |_| {
            let asked = page::query("lang").and_then(|c| i18n::find(&c));
            let language = asked.unwrap_or_else(|| i18n::best_match(&page::preferred_languages()));
            if !std::ptr::eq(language, &ENGLISH) {
                choose.emit(language.code.into());
            }
        });
    }
    // The page's language, direction and title follow the words on show.
    use_effect_with(texts.clone(), |t| {
        page::set_language(t.language.code, t.language.dir.as_str());
        page::set_title(&t.get("montage-page-title"));
    });
    let on_change = Callback::from(move |code: String| {
        page::set_query("lang", &code);
        choose.emit(code);
    });
    let t = (*texts).clone();
    PageLanguage {
        picker: html! { <LanguagePicker on_change={on_change} failed={(*failed).clone()} /> },
        texts: t,
    }
}
