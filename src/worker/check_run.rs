//! The check page's worker (wasm only): the campaign check
//! ([`crate::check`]) and the contact sheet, off the page's thread.
//!
//! Messages, `{ kind, … }`, answered one at a time in the order sent:
//! - in `open { names, files }` (a folder or files opened: paths and
//!   bytes) → `opened { path, text }`, or `opened { why }` when they hold
//!   no campaign file;
//! - in `published { url }` (the campaign the site serves, its files read
//!   from beside it) → `opened { path, text }` or `opened { why }`;
//! - in `check { seq, text }` → `checked { seq, problems, summary, note,
//!   font_note, prepared, prepared_note }`
//!   (`problems` a JSON list of [`crate::check::Problem`]; `summary`, and
//!   `prepared`, the file's prepared form (`crate::campaign::prepared`),
//!   only when there are none);
//! - in `draw-ahead { text }` → `drawn { path, bytes }` (the artwork
//!   drawn ahead, as `pledge-render --draw-artwork` writes it, for the
//!   file the campaign names), or `drawn-failed { why }`;
//! - in `sheet { seq, text }` → `drawing { seq, done, total }` as it goes,
//!   then `sheet { seq, png, width, height }` (its buffer transferred), or
//!   `sheet-failed { seq, why }`.
//!
//! Out first: `ready`. The fonts (every script's, for the contact sheet)
//! are fetched the first time a check needs them.

use super::js_object::{get, obj};
use super::run::{fetch_bytes, fetch_font};
use crate::campaign::prepared;
use crate::check::folder::Folder;
use crate::check::{self, Problem};
use crate::render::fonts::{FontFile, ALL};
use crate::render::Renderer;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Where the fonts are, from the check page's folder.
const FONT_DIR: &str = "../fonts/";

/// Where the campaign's files come from.
enum Source {
    None,
    Folder(Folder),
    /// The server: each file fetched from `base` once, kept as read.
    Server {
        base: String,
        read: Vec<(String, Result<Vec<u8>, String>)>,
    },
}

struct State {
    source: Source,
    fonts: Vec<(&'static FontFile, Vec<u8>)>,
    queue: VecDeque<JsValue>,
    busy: bool,
}

/// Starts listening, then says it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let state = Rc::new(RefCell::new(State {
        source: Source::None,
        fonts: Vec::new(),
        queue: VecDeque::new(),
        busy: false,
    }));
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            state.borrow_mut().queue.push_back(e.data());
            if !state.borrow().busy {
                state.borrow_mut().busy = true;
                let (scope, state) = (scope.clone(), state.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        let next = state.borrow_mut().queue.pop_front();
                        let Some(msg) = next else { break };
                        answer(&scope, &state, &msg).await;
                    }
                    state.borrow_mut().busy = false;
                });
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, obj("ready", &[]), None);
}

fn post(scope: &DedicatedWorkerGlobalScope, msg: JsValue, buffer: Option<js_sys::ArrayBuffer>) {
    let transfer = js_sys::Array::new();
    if let Some(b) = buffer {
        transfer.push(&b);
    }
    let _ = scope.post_message_with_transfer(&msg, &transfer);
}

fn opened(text: Result<(String, String), String>) -> JsValue {
    match text {
        Ok((path, text)) => obj("opened", &[("path", path.into()), ("text", text.into())]),
        Err(why) => obj("opened", &[("why", why.into())]),
    }
}

async fn answer(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>, msg: &JsValue) {
    let seq = get(msg, "seq");
    let text = get(msg, "text").as_string().unwrap_or_default();
    match get(msg, "kind").as_string().as_deref() {
        Some("open") => {
            let names = js_sys::Array::from(&get(msg, "names"));
            let files = js_sys::Array::from(&get(msg, "files"));
            let read: Vec<(String, Vec<u8>)> = names
                .iter()
                .zip(files.iter())
                .map(|(n, f)| {
                    (
                        n.as_string().unwrap_or_default(),
                        js_sys::Uint8Array::new(&f).to_vec(),
                    )
                })
                .collect();
            let folder = Folder::new(read);
            let found = match folder.campaign_file() {
                None => Err(format!(
                    "there is no campaign file among the {} file{} opened (a file whose name ends in .toml, usually campaign.toml)",
                    folder.len(),
                    if folder.len() == 1 { "" } else { "s" }
                )),
                Some((path, text)) => text.map(|t| (path.to_owned(), t)),
            };
            if found.is_ok() {
                state.borrow_mut().source = Source::Folder(folder);
            }
            post(scope, opened(found), None);
        }
        Some("published") => {
            let url = get(msg, "url").as_string().unwrap_or_default();
            let found = match fetch_bytes(scope, &url).await {
                Ok(bytes) => {
                    String::from_utf8(bytes).map_err(|_| format!("{url} is not text (UTF-8)"))
                }
                Err(why) => Err(format!("the campaign file cannot be fetched: {why}")),
            };
            if found.is_ok() {
                let base = url[..url.rfind('/').map_or(0, |i| i + 1)].to_owned();
                state.borrow_mut().source = Source::Server {
                    base,
                    read: Vec::new(),
                };
            }
            let name = url.rsplit('/').next().unwrap_or(&url).to_owned();
            post(scope, opened(found.map(|t| (name, t))), None);
        }
        Some("check") => {
            let (problems, good, font_note) = match check_text(scope, state, &text).await {
                Ok((campaign, problems)) => {
                    let st = state.borrow();
                    let beside = |f: &str| read(&st.source, f);
                    // Only for a file with no problems: what it holds, the
                    // notes on what is drawn and prepared ahead, and its
                    // prepared form, from the campaign already read.
                    let good = problems.is_empty().then(|| Good {
                        summary: check::summary(&campaign),
                        note: check::drawn_note(&campaign, beside, REDO),
                        prepared: prepared::written(&campaign, &text).ok(),
                        prepared_note: check::prepared_note(&text, beside),
                    });
                    (problems, good, check::brand_note(&campaign, beside))
                }
                Err(problems) => (problems, None, None),
            };
            let (summary, note, ready, prepared_note) = match good {
                Some(g) => (Some(g.summary), g.note, g.prepared, g.prepared_note),
                None => (None, None, None, None),
            };
            let json = serde_json::to_string(&problems).unwrap_or_else(|_| "[]".into());
            post(
                scope,
                obj(
                    "checked",
                    &[
                        ("seq", seq),
                        ("problems", json.into()),
                        ("summary", summary.map_or(JsValue::NULL, JsValue::from)),
                        ("note", note.map_or(JsValue::NULL, JsValue::from)),
                        ("font_note", font_note.map_or(JsValue::NULL, JsValue::from)),
                        ("prepared", ready.map_or(JsValue::NULL, JsValue::from)),
                        (
                            "prepared_note",
                            prepared_note.map_or(JsValue::NULL, JsValue::from),
                        ),
                    ],
                ),
                None,
            );
        }
        Some("draw-ahead") => {
            let failed = |why: String| obj("drawn-failed", &[("why", why.into())]);
            let campaign = match check_text(scope, state, &text).await {
                Ok((c, problems)) if problems.is_empty() => c,
                Ok(_) | Err(_) => {
                    let why = "the campaign has problems: put them right first".to_string();
                    return post(scope, failed(why), None);
                }
            };
            let Some(path) = campaign.drawn_artwork.clone() else {
                let why = "name the file to draw into first: add the line drawn_artwork = \"campaign/artwork.drawn\" near the top of the campaign file".to_string();
                return post(scope, failed(why), None);
            };
            let drawn = {
                let st = state.borrow();
                crate::artwork::ahead::draw(&campaign, |f| read(&st.source, f))
            };
            match drawn {
                Ok(drawn) => {
                    let bytes =
                        js_sys::Uint8Array::from(crate::render::drawn::encode(&drawn).as_slice());
                    let buffer = bytes.buffer();
                    let msg = obj("drawn", &[("path", path.into()), ("bytes", bytes.into())]);
                    post(scope, msg, Some(buffer));
                }
                Err(why) => post(scope, failed(why), None),
            }
        }
        Some("sheet") => {
            let failed =
                |why: String| obj("sheet-failed", &[("seq", seq.clone()), ("why", why.into())]);
            let campaign = match check_text(scope, state, &text).await {
                Ok((c, problems)) if problems.is_empty() => c,
                Ok(_) | Err(_) => {
                    let why = "the campaign has problems: put them right first".to_string();
                    return post(scope, failed(why), None);
                }
            };
            let mut renderer = renderer(&state.borrow());
            {
                let st = state.borrow();
                if let Err(why) =
                    crate::artwork::prepare(&mut renderer, &campaign, |f| read(&st.source, f))
                {
                    return post(scope, failed(why), None);
                }
            }
            let languages = crate::i18n::LANGUAGES.to_vec();
            let tell = |done: usize, total: usize| {
                post(
                    scope,
                    obj(
                        "drawing",
                        &[
                            ("seq", seq.clone()),
                            ("done", done.into()),
                            ("total", total.into()),
                        ],
                    ),
                    None,
                )
            };
            match crate::contact_sheet::draw_telling(&mut renderer, &campaign, &languages, tell) {
                Ok(image) => {
                    let png = js_sys::Uint8Array::from(image.to_png().as_slice());
                    let buffer = png.buffer();
                    let msg = obj(
                        "sheet",
                        &[
                            ("seq", seq),
                            ("png", png.into()),
                            ("width", image.width.into()),
                            ("height", image.height.into()),
                        ],
                    );
                    post(scope, msg, Some(buffer));
                }
                Err(e) => post(scope, failed(e.to_string()), None),
            }
        }
        _ => {}
    }
}

/// What `--check`'s note says to do, on the check page.
const REDO: &str =
    "draw it again with pledge-render --draw-artwork (README: Make it your force's own)";

/// A file from the source (`Err` when it is not there).
/// What the check of a file with no problems adds to its answer.
struct Good {
    summary: String,
    /// The artwork drawn ahead is missing or stale.
    note: Option<String>,
    /// The file's prepared form (`campaign.prepared.json`).
    prepared: Option<String>,
    /// The prepared form beside the file does not fit it.
    prepared_note: Option<String>,
}

fn read(source: &Source, file: &str) -> Result<Vec<u8>, String> {
    match source {
        Source::None => Err("no campaign folder is open".into()),
        Source::Folder(f) => f.read(file),
        Source::Server { read, .. } => read
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| Err("it was not fetched".into())),
    }
}

/// A renderer with every font.
fn renderer(state: &State) -> Renderer {
    let mut r = Renderer::new();
    for (f, bytes) in &state.fonts {
        r.add_font(f, bytes.clone());
    }
    r
}

/// The campaign in `text` and the problems with its files, after fetching
/// what is needed: the fonts, and (from a server) the files it names.
async fn check_text(
    scope: &DedicatedWorkerGlobalScope,
    state: &Rc<RefCell<State>>,
    text: &str,
) -> Result<(crate::campaign::Campaign, Vec<Problem>), Vec<Problem>> {
    let campaign = check::file_problems(text)?;
    if state.borrow().fonts.is_empty() {
        let mut fonts = Vec::new();
        for f in ALL {
            match fetch_font(scope, FONT_DIR, f).await {
                Ok(bytes) => fonts.push((f, bytes)),
                Err(why) => {
                    return Err(vec![Problem {
                        field: String::new(),
                        line: None,
                        message: format!("this page's fonts cannot be fetched: {why}"),
                    }])
                }
            }
        }
        state.borrow_mut().fonts = fonts;
    }
    // And the prepared form beside it, for its note (`check::prepared_note`).
    let mut wanted = check::files(&campaign);
    wanted.push(crate::campaign::prepared::FILE.to_owned());
    let base = match &state.borrow().source {
        Source::Server { base, .. } => Some(base.clone()),
        _ => None,
    };
    if let Some(base) = base {
        for file in wanted {
            let have = matches!(&state.borrow().source,
                Source::Server { read, .. } if read.iter().any(|(f, _)| *f == file));
            if !have {
                let got = fetch_bytes(scope, &format!("{base}{file}"))
                    .await
                    .map_err(|why| format!("the server does not have it ({why})"));
                if let Source::Server { read, .. } = &mut state.borrow_mut().source {
                    read.push((file, got));
                }
            }
        }
    }
    let st = state.borrow();
    let mut renderer = renderer(&st);
    let problems = check::with_files(&campaign, text, &mut renderer, |f| read(&st.source, f));
    Ok((campaign, problems))
}
