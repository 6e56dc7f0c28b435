//! The page: loads the campaign file and the words of the person's
//! language, then shows the editor; if the campaign file cannot be read,
//! says so plainly (with the details the campaign's organisers need).
//! Meanwhile the first view that `index.html` carries is on show, or, in
//! a page without one, the app's own "Loading".
//!
//! The language is the one the address asks for (`?lang=ur`), else the
//! one kept with the draft, else the browser's first that the app has,
//! else English. Its messages are fetched from `locales/<code>.ftl` when
//! first needed; English is built in, and behind every other language.

use super::editor::EditorPage;
use super::quick_exit::QuickExit;
use super::state::draft_key;
use crate::campaign::{Campaign, QuickExit as ExitSettings};
use crate::i18n::{self, Language, Texts};
use crate::web::{campaign_files, embed, files, page, storage, visible_part};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<Campaign>),
    /// What went wrong, for the organisers.
    Failed(String),
}

/// The `.ftl` files fetched so far, by language code.
type Fetched = Rc<RefCell<HashMap<&'static str, String>>>;

/// The language to start in.
fn starting_language(campaign: Option<&Campaign>) -> &'static Language {
    let asked = page::query("lang").and_then(|code| i18n::find(&code));
    let kept = || {
        let pairs = storage::load(&draft_key(campaign?))?;
        let (_, code) = pairs.iter().find(|(k, _)| k == "lang")?;
        i18n::find(code)
    };
    asked
        .or_else(kept)
        .unwrap_or_else(|| i18n::best_match(&page::preferred_languages()))
}

/// The words of `language`, fetching its file if need be. English (and
/// pseudo-English) need no file. Fails with the reason if the file cannot
/// be fetched.
async fn texts_for(
    language: &'static Language,
    campaign: Option<&Campaign>,
    fetched: &Fetched,
) -> Result<Texts, String> {
    let needs_file =
        !std::ptr::eq(language, &i18n::ENGLISH) && !std::ptr::eq(language, &i18n::PSEUDO);
    let mut ftl = fetched.borrow().get(language.code).cloned();
    if needs_file && ftl.is_none() {
        let text = files::fetch_text(&format!("locales/{}.ftl", language.code)).await?;
        fetched.borrow_mut().insert(language.code, text.clone());
        ftl = Some(text);
    }
    let (own, english) = match campaign {
        Some(c) => (c.messages_for(language.code), c.messages_for("en")),
        None => (Vec::new(), Vec::new()),
    };
    let texts = Texts::new(language, ftl.as_deref().unwrap_or(""), &own, &english);
    for p in &texts.problems {
        gloo::console::warn!(format!("Pledge Board messages: {p}"));
    }
    Ok(texts)
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let load = use_state(|| Load::Loading);
    let texts = use_state(|| Rc::new(Texts::english(&[])));
    let language_failed = use_state(|| None::<AttrValue>);
    let fetched: Fetched = (*use_memo((), |_| Rc::new(RefCell::new(HashMap::new())))).clone();
    // Which language request is the latest (an earlier one may finish later).
    let latest = use_mut_ref(|| 0u32);
    {
        let (load, texts, failed, fetched) = (
            load.clone(),
            texts.clone(),
            language_failed.clone(),
            fetched.clone(),
        );
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let campaign = campaign_files::load().await.map(Rc::new);
                page::mark("pledge-board:campaign");
                // The campaign read, the words and the editor's first
                // render each a task of its own (BENCHMARKS.md: the start).
                page::next_task().await;
                let language = starting_language(campaign.as_deref().ok());
                let words = match texts_for(language, campaign.as_deref().ok(), &fetched).await {
                    Ok(t) => Some(t),
                    Err(_) => {
                        failed.set(Some(language.name.into()));
                        texts_for(&i18n::ENGLISH, campaign.as_deref().ok(), &fetched)
                            .await
                            .ok()
                    }
                };
                page::mark("pledge-board:texts");
                page::next_task().await;
                // Set with the campaign, so the page is drawn once, after
                // the yield (a draw of the loading page in between cost
                // more than the yield won).
                if let Some(t) = words {
                    texts.set(Rc::new(t));
                }
                // Framed by one of the force's pages: tell it the height.
                let origins = match &campaign {
                    Ok(c) => c.embed.parent_origins.clone(),
                    Err(_) => Vec::new(),
                };
                embed::report_height(origins);
                visible_part::keep_exit_in_view();
                load.set(match campaign {
                    Ok(c) => Load::Ready(c),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    // The first view in index.html (`first_view`) is the page until the
    // editor, or the page saying the campaign file is broken, is drawn: it
    // goes in the same turn as that is drawn, before the browser paints.
    let first_view = *use_memo((), |_| page::has_first_view());
    let loaded = !matches!(*load, Load::Loading);
    use_effect_with(loaded, |loaded| {
        if *loaded {
            page::remove_first_view();
        }
    });
    // The page's language and direction follow the words on show.
    use_effect_with(texts.language.code, |code| {
        if let Some(l) = i18n::find(code) {
            page::set_language(l.code, l.dir.as_str());
        }
    });
    let on_language = {
        let (load, texts, failed) = (load.clone(), texts.clone(), language_failed.clone());
        Callback::from(move |code: String| {
            let Some(language) = i18n::find(&code) else {
                return;
            };
            let campaign = match &*load {
                Load::Ready(c) => Some(c.clone()),
                _ => None,
            };
            *latest.borrow_mut() += 1;
            let ticket = *latest.borrow();
            let (texts, failed, fetched, latest) = (
                texts.clone(),
                failed.clone(),
                fetched.clone(),
                latest.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = texts_for(language, campaign.as_deref(), &fetched).await;
                if *latest.borrow() != ticket {
                    return;
                }
                match result {
                    Ok(t) => {
                        failed.set(None);
                        texts.set(Rc::new(t));
                    }
                    Err(_) => failed.set(Some(language.name.into())),
                }
            });
        })
    };

    if first_view && !loaded {
        return Html::default();
    }
    let t = &*texts;
    // The campaign's neutral site, or the usual one while it loads or if
    // it cannot be read: the way out never depends on the file.
    let exit_url = match &*load {
        Load::Ready(c) => c.quick_exit.url.clone(),
        _ => ExitSettings::default().url,
    };
    let body = match &*load {
        Load::Ready(campaign) => html! {
            <EditorPage campaign={campaign.clone()} {on_language}
                language_failed={(*language_failed).clone()} />
        },
        Load::Loading => html! {
            <main class="page-message" id="main">
                <p role="status">{ t.get("loading") }</p>
            </main>
        },
        Load::Failed(details) => html! {
            <main class="page-message" id="main">
                <h1>{ t.get("broken-heading") }</h1>
                <p>{ t.get("broken-try-later") }</p>
                <details class="details">
                    <summary>{ t.get("broken-details") }</summary>
                    <pre class="problem-details" lang="en" dir="ltr">{ details }</pre>
                </details>
            </main>
        },
    };
    html! {
        <ContextProvider<Rc<Texts>> context={t.clone()}>
            <QuickExit url={exit_url} />
            { body }
        </ContextProvider<Rc<Texts>>>
    }
}
