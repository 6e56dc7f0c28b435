//! The check page: its worker, the campaign opened (the published one at
//! first), each edit checked a moment after typing stops, the contact
//! sheet on request.

use super::editor::CampaignEditor;
use super::open::OpenCampaign;
use super::problems::{Ahead, Problems};
use super::sheet::ContactSheet;
use super::state::{Action, Check, From};
use super::CHECK_FTL;
use crate::i18n::Texts;
use crate::web::check_client::{read_all, CheckClient, Reply};
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// The campaign the site publishes, from the check page's folder.
const PUBLISHED: &str = "../campaign.toml";

/// How long after the last keystroke the text is checked.
const CHECK_AFTER_MS: u32 = 300;

#[function_component(CheckApp)]
pub fn check_app() -> Html {
    let texts = use_memo((), |_| Rc::new(Texts::english_from(CHECK_FTL)));
    let state = use_reducer(Check::default);
    let stopped = use_state(|| None::<String>);
    // Drawing the artwork ahead.
    let drawn = use_state(Ahead::default);
    // Where the latest answer for the open request goes: opened from a
    // folder (with how many files) or the published campaign.
    let opening = use_mut_ref(|| From::Published);
    let client = use_memo((), {
        let (dispatch, stopped, opening) = (state.dispatcher(), stopped.clone(), opening.clone());
        let drawn = drawn.clone();
        move |_| {
            let on_reply: Rc<dyn Fn(Reply)> = Rc::new(move |reply| match reply {
                Reply::Stopped(why) => stopped.set(Some(why)),
                Reply::Opened(Ok((path, text))) => {
                    let name = path.rsplit('/').next().unwrap_or(&path).to_owned();
                    let from = opening.borrow().clone();
                    dispatch.dispatch(Action::Opened { name, text, from });
                }
                Reply::Opened(Err(why)) => dispatch.dispatch(Action::OpenFailed(why)),
                Reply::Checked {
                    seq,
                    problems,
                    summary,
                    note,
                    font_note,
                    prepared,
                    prepared_note,
                } => dispatch.dispatch(Action::Checked {
                    seq,
                    problems,
                    summary,
                    note,
                    font_note,
                    prepared,
                    prepared_note,
                }),
                Reply::Drawing { seq, done, total } => {
                    dispatch.dispatch(Action::Drawing { seq, done, total })
                }
                Reply::Sheet {
                    seq,
                    png,
                    width,
                    height,
                } => match crate::web::files::blob_url(&png, "image/png") {
                    Ok(url) => dispatch.dispatch(Action::SheetDrawn {
                        seq,
                        url,
                        width,
                        height,
                    }),
                    Err(why) => dispatch.dispatch(Action::SheetFailed(why)),
                },
                Reply::SheetFailed(why) => dispatch.dispatch(Action::SheetFailed(why)),
                Reply::Drawn(Ok((path, bytes))) => {
                    let name = path.rsplit('/').next().unwrap_or(&path).to_owned();
                    let saved = crate::web::files::blob_url(&bytes, "application/octet-stream")
                        .and_then(|url| crate::web::files::download(&url, &name));
                    drawn.set(match saved {
                        Ok(()) => Ahead::Downloaded(path),
                        Err(why) => Ahead::Failed(why),
                    });
                }
                Reply::Drawn(Err(why)) => drawn.set(Ahead::Failed(why)),
            });
            CheckClient::start(on_reply).map_err(|why| why.to_string())
        }
    });
    // The published campaign first.
    {
        let (client, stopped, texts) = (client.clone(), stopped.clone(), texts.clone());
        use_effect_with((), move |_| {
            crate::web::page::set_title(&texts.get("check-page-title"));
            match &*client {
                Ok(c) => c.published(PUBLISHED),
                Err(why) => stopped.set(Some(why.clone())),
            }
        });
    }
    // Each text checked once typing pauses.
    {
        let client = client.clone();
        let (seq, text) = (state.seq, state.text.clone());
        use_effect_with(seq, move |_| {
            let timer = (seq > 0).then(|| {
                gloo::timers::callback::Timeout::new(CHECK_AFTER_MS, move || {
                    if let Ok(c) = &*client {
                        c.check(seq, &text);
                    }
                })
            });
            move || drop(timer)
        });
    }
    // A sheet replaced lets go of the old one's URL.
    {
        let previous = use_mut_ref(|| None::<String>);
        let now = match &state.sheet {
            super::state::Sheet::Drawn { url, .. } => Some(url.clone()),
            _ => None,
        };
        let old = previous.replace(now.clone());
        if let Some(old) = old.filter(|o| Some(o) != now.as_ref()) {
            crate::web::files::revoke(&old);
        }
    }
    let on_files = {
        let (client, dispatch, opening) = (client.clone(), state.dispatcher(), opening.clone());
        Callback::from(move |files: Vec<(String, File)>| {
            let (client, dispatch, opening) = (client.clone(), dispatch.clone(), opening.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let n = files.len();
                match read_all(files).await {
                    Ok(read) => {
                        *opening.borrow_mut() = From::Opened(n);
                        if let Ok(c) = &*client {
                            c.open(read);
                        }
                    }
                    Err(why) => dispatch.dispatch(Action::OpenFailed(why)),
                }
            });
        })
    };
    let on_published = {
        let (client, opening) = (client.clone(), opening.clone());
        Callback::from(move |_| {
            *opening.borrow_mut() = From::Published;
            if let Ok(c) = &*client {
                c.published(PUBLISHED);
            }
        })
    };
    let on_draw_ahead = {
        let (client, text, drawn) = (client.clone(), state.text.clone(), drawn.clone());
        Callback::from(move |_| {
            if let Ok(c) = &*client {
                drawn.set(Ahead::Drawing);
                c.draw_ahead(&text);
            }
        })
    };
    let on_edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(Action::Edit(text)))
    };
    let on_draw = {
        let (client, state) = (client.clone(), state.clone());
        Callback::from(move |_| {
            state.dispatch(Action::SheetStarted);
            if let Ok(c) = &*client {
                c.sheet(state.seq, &state.text);
            }
        })
    };
    let t = texts.clone();
    let can_draw = state.up_to_date() && state.problems.is_empty();
    html! {
        <ContextProvider<Rc<Texts>> context={(*texts).clone()}>
            <main class="check" id="main">
                <h1>{ t.get("check-heading") }</h1>
                <p class="check-intro">{ t.get("check-intro") }</p>
                if let Some(why) = &*stopped {
                    <p role="alert" class="field-error">{ t.fmt("check-stopped", &[("why", why.clone().into())]) }</p>
                }
                <OpenCampaign on_files={on_files} on_published={on_published}
                    from={state.from.clone()} name={state.name.clone()} error={state.open_error.clone()} />
                if state.seq > 0 {
                    <div class="check-columns">
                        <CampaignEditor name={state.name.clone()} text={state.text.clone()}
                            edited={state.edited()} flagged={state.flagged_lines()} on_edit={on_edit} />
                        <Problems problems={state.problems.clone()} summary={state.summary.clone()}
                            note={state.note.clone()} font_note={state.font_note.clone()}
                            prepared={state.up_to_date().then(|| state.prepared.clone()).flatten()}
                            prepared_note={state.prepared_note.clone()}
                            name={state.name.clone()}
                            up_to_date={state.up_to_date()}
                            on_draw_ahead={on_draw_ahead} drawn={(*drawn).clone()} />
                    </div>
                    <ContactSheet sheet={state.sheet.clone()} can_draw={can_draw}
                        old={state.sheet_is_old()} name={state.name.clone()} on_draw={on_draw} />
                }
            </main>
        </ContextProvider<Rc<Texts>>>
    }
}
