//! The render worker's side of the artwork worker ([`super::artwork_run`],
//! wasm only): started the first time a board has artwork layers, kept
//! for the next ones; one question at a time (the render worker answers
//! one job at a time), each answered by the worker's next message.

use super::js_object::get;
use js_sys::{Function, Promise};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The artwork worker's loader, beside the render worker's.
pub const ARTWORK_WORKER_SCRIPT: &str = "artwork-worker-loader.js";

/// Who waits for the worker's next message.
type Waiting = Rc<RefCell<Option<(Function, Function)>>>;

pub struct ArtworkClient {
    worker: Worker,
    waiting: Waiting,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<ArtworkClient>>> = const { RefCell::new(None) };
}

/// A promise for the worker's next message, its resolvers left in `waiting`.
fn next(waiting: &Waiting) -> Promise {
    Promise::new(&mut |resolve, reject| {
        *waiting.borrow_mut() = Some((resolve, reject));
    })
}

impl ArtworkClient {
    /// The running worker, started (and waited for) the first time.
    pub async fn get() -> Result<Rc<ArtworkClient>, String> {
        if let Some(c) = CLIENT.with(|c| c.borrow().clone()) {
            return Ok(c);
        }
        let worker = Worker::new(ARTWORK_WORKER_SCRIPT)
            .map_err(|e| format!("the artwork worker could not start: {e:?}"))?;
        let waiting: Waiting = Rc::default();
        let on_message = {
            let waiting = waiting.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                if let Some((resolve, _)) = waiting.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, &e.data());
                }
            })
        };
        let on_error = {
            let waiting = waiting.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                if let Some((_, reject)) = waiting.borrow_mut().take() {
                    let why = format!("the artwork worker stopped: {}", e.message());
                    let _ = reject.call1(&JsValue::NULL, &why.into());
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let client = Rc::new(ArtworkClient {
            worker,
            waiting,
            _on_message: on_message,
            _on_error: on_error,
        });
        let first = client.wait(next(&client.waiting)).await?;
        match get(&first, "kind").as_string().as_deref() {
            Some("ready") => {
                CLIENT.with(|c| *c.borrow_mut() = Some(client.clone()));
                Ok(client)
            }
            _ => Err(format!(
                "the artwork worker did not start: {}",
                get(&first, "why").as_string().unwrap_or_default()
            )),
        }
    }

    async fn wait(&self, p: Promise) -> Result<JsValue, String> {
        JsFuture::from(p)
            .await
            .map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))
    }

    /// Sends `message` and waits for the answer.
    pub async fn ask(&self, message: &JsValue) -> Result<JsValue, String> {
        let answer = next(&self.waiting);
        self.worker
            .post_message(message)
            .map_err(|e| format!("{e:?}"))?;
        let reply = self.wait(answer).await?;
        if get(&reply, "kind").as_string().as_deref() == Some("failed") {
            return Err(get(&reply, "why").as_string().unwrap_or_default());
        }
        Ok(reply)
    }
}
