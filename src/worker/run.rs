//! The worker's message loop (wasm only): decode each request, hand it to
//! the [`Engine`], fetch the fonts it asks for, post the answers.

use super::engine::{looks_like_font, Engine, Step};
use super::layer_supply::{self, Given};
use super::protocol::{self, Problem, RenderJob, Request, Response};
use crate::render::fonts::FontFile;
use crate::render::layers::Need;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Where the fonts are, relative to the worker's own script.
const FONT_DIR: &str = "fonts/";

thread_local! {
    /// Requests sent before anything asked for them, by address: each is
    /// taken (and its body read) by the first [`fetch_bytes`] of it.
    static EARLY: RefCell<Vec<(String, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Starts fetching `url` now, for a [`fetch_bytes`] of it to come: the
/// first preview then waits for one request at a time no longer.
pub(super) fn prefetch(scope: &DedicatedWorkerGlobalScope, url: &str) {
    let promise = scope.fetch_with_str(url);
    EARLY.with(|e| e.borrow_mut().push((url.to_owned(), promise)));
}

/// Starts listening for requests, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let engine = Rc::new(RefCell::new(Engine::new()));
    let queue: Rc<RefCell<Vec<RenderJob>>> = Rc::default();
    let busy = Rc::new(RefCell::new(false));
    // Every board's first drawing needs the core Latin font: asked for
    // while the page is still reading the campaign.
    prefetch(
        &scope,
        &format!("{FONT_DIR}{}", crate::render::fonts::LATIN.file),
    );

    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            match protocol::decode_request(&e.data()) {
                Some(Request::Campaign(c)) => {
                    // Its artwork drawn ahead, asked for before the first job does.
                    if let Some(file) = &c.drawn_artwork {
                        prefetch(&scope, file);
                    }
                    engine.borrow_mut().set_campaign(c)
                }
                Some(Request::Photo(p)) => engine.borrow_mut().set_photo(p),
                // Between jobs or while one waits for a font: the engine
                // is not borrowed then (this loop runs on one thread).
                Some(Request::Encode(id)) => {
                    if let Some(reply) = engine.borrow().encode(id) {
                        post(&scope, &reply);
                    }
                }
                Some(Request::Render(job)) => {
                    queue.borrow_mut().push(job);
                    if !*busy.borrow() {
                        *busy.borrow_mut() = true;
                        wasm_bindgen_futures::spawn_local(drain(
                            scope.clone(),
                            engine.clone(),
                            queue.clone(),
                            busy.clone(),
                        ));
                    }
                }
                None => {}
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Response::Ready);
}

/// Answers every queued job in order, then goes idle.
async fn drain(
    scope: DedicatedWorkerGlobalScope,
    engine: Rc<RefCell<Engine>>,
    queue: Rc<RefCell<Vec<RenderJob>>>,
    busy: Rc<RefCell<bool>>,
) {
    loop {
        let job = {
            let mut q = queue.borrow_mut();
            if q.is_empty() {
                break;
            }
            q.remove(0)
        };
        let reply = answer(&scope, &engine, &job).await;
        match reply {
            // The pixels go with it, to be shown as they are.
            Response::Drawn { id, width, height } => {
                let e = engine.borrow();
                let (msg, transfer) =
                    protocol::drawn_message(id, width, height, e.last_pixels().unwrap_or(&[]));
                let _ = scope.post_message_with_transfer(&msg, &transfer);
            }
            reply => post(&scope, &reply),
        }
    }
    *busy.borrow_mut() = false;
}

/// The final answer to one job, fetching fonts as often as the engine asks.
async fn answer(
    scope: &DedicatedWorkerGlobalScope,
    engine: &Rc<RefCell<Engine>>,
    job: &RenderJob,
) -> Response {
    let mut layer_rounds = 0;
    loop {
        let step = engine.borrow_mut().render(job);
        match step {
            Step::Reply(r) => return r,
            Step::NeedLayers(needs) => {
                // First the artwork drawn ahead, if the campaign has it.
                let drawn = engine.borrow_mut().drawn_to_fetch();
                if let Some(file) = drawn {
                    take_drawn(scope, engine, &file).await;
                    continue;
                }
                // Given what it asked for, the engine asks no more; a
                // third round would mean the pixels were refused.
                layer_rounds += 1;
                if layer_rounds > 2 {
                    return layer_failure(job, "its pixels were refused".into());
                }
                if let Err(why) = supply_layers(engine, needs).await {
                    return layer_failure(job, why);
                }
            }
            Step::NeedBrandFont(file) => {
                // Beside the campaign file, as its artwork is; one that
                // cannot be had or used is the campaign team's to put right.
                let given = match fetch_bytes(scope, &file).await {
                    Ok(bytes) => engine.borrow_mut().give_brand_font(&file, bytes),
                    Err(why) => Err(format!("it cannot be fetched: {why}")),
                };
                if let Err(why) = given {
                    return Response::Failed {
                        id: job.id,
                        problem: Problem::Campaign(format!("the brand font {file}: {why}")),
                    };
                }
            }
            Step::NeedFonts(files) => {
                post(
                    scope,
                    &Response::FetchingFonts {
                        id: job.id,
                        fonts: files.iter().map(|f| f.script.to_owned()).collect(),
                    },
                );
                for f in files {
                    match fetch_font(scope, FONT_DIR, f).await {
                        Ok(bytes) => engine.borrow_mut().add_font(f, bytes),
                        Err(detail) => {
                            return Response::Failed {
                                id: job.id,
                                problem: Problem::Font {
                                    font: f.script.to_owned(),
                                    detail,
                                },
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The campaign-team error for artwork that cannot be used.
fn layer_failure(job: &RenderJob, why: String) -> Response {
    Response::Failed {
        id: job.id,
        problem: Problem::Campaign(format!("a board's artwork: {why}")),
    }
}

/// Gives the engine the campaign's artwork drawn ahead (`file`): each
/// layer file's pictures, if the file is now as they were drawn from.
async fn take_drawn(scope: &DedicatedWorkerGlobalScope, engine: &Rc<RefCell<Engine>>, file: &str) {
    if let Some((files, crcs)) = layer_supply::drawn_ahead(scope, file).await {
        engine
            .borrow_mut()
            .give_drawn(&files, |name| layer_supply::crc_in(&crcs, name));
    }
}

/// Gets what the engine asked for from the artwork worker.
async fn supply_layers(engine: &Rc<RefCell<Engine>>, needs: Vec<Need>) -> Result<(), String> {
    layer_supply::from_artwork_worker(needs, |given| {
        let mut e = engine.borrow_mut();
        match given {
            Given::Shape(file, size) => e.set_layer_shape(&file, size),
            Given::Pixels(need, rgba) => {
                e.add_layer(need, &rgba);
            }
        }
    })
    .await
}

/// A font's bytes from `dir` (relative to the worker's script).
pub(super) async fn fetch_font(
    scope: &DedicatedWorkerGlobalScope,
    dir: &str,
    f: &FontFile,
) -> Result<Vec<u8>, String> {
    let url = format!("{dir}{}", f.file);
    let bytes = fetch_bytes(scope, &url).await?;
    if !looks_like_font(&bytes) {
        return Err(format!("{url} is not a font file"));
    }
    Ok(bytes)
}

/// The bytes at `url` (relative to the worker's script).
pub(super) async fn fetch_bytes(
    scope: &DedicatedWorkerGlobalScope,
    url: &str,
) -> Result<Vec<u8>, String> {
    let early = EARLY.with(|e| {
        let mut e = e.borrow_mut();
        let i = e.iter().position(|(u, _)| u == url)?;
        Some(e.remove(i).1)
    });
    let request = early.unwrap_or_else(|| scope.fetch_with_str(url));
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(|e| describe(&e))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| describe(&e))?)
        .await
        .map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the request failed".into())
}

fn post(scope: &DedicatedWorkerGlobalScope, r: &Response) {
    let (msg, transfer) = protocol::encode_response(r);
    let _ = scope.post_message_with_transfer(&msg, &transfer);
}
