//! The artwork worker (wasm only): the boards' artwork layer files read
//! and drawn at the sizes the render worker asks for, so the render worker
//! itself never carries SVG or image decoding. Started by the render
//! worker (a worker of its own, [`super::artwork_client`]) the first time
//! a board has layers; campaigns without layers never fetch it.
//!
//! Messages, `{ kind, … }`: in `shape { file }` and `pixels { file,
//! width, height }`; out `ready`, `shape { file, width, height }`,
//! `pixels { file, width, height, rgba }` (its buffer transferred) and
//! `failed { file, why }`. Each file is fetched once (relative to the
//! worker's script: the campaign file's folder) and kept read.

use super::js_object::{get, obj};
use super::run::fetch_bytes;
use crate::artwork::Art;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts listening, then says it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let read: Rc<RefCell<Vec<(String, Art)>>> = Rc::default();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let (scope, read) = (scope.clone(), read.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let reply = answer(&scope, &read, &e.data()).await;
                post(&scope, reply);
            });
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, (obj("ready", &[]), None));
}

type Message = (JsValue, Option<js_sys::ArrayBuffer>);

async fn answer(
    scope: &DedicatedWorkerGlobalScope,
    read: &Rc<RefCell<Vec<(String, Art)>>>,
    msg: &JsValue,
) -> Message {
    let file = get(msg, "file").as_string().unwrap_or_default();
    let failed = |why: String| {
        (
            obj(
                "failed",
                &[("file", file.as_str().into()), ("why", why.into())],
            ),
            None,
        )
    };
    if !read.borrow().iter().any(|(f, _)| *f == file) {
        let bytes = match fetch_bytes(scope, &file).await {
            Ok(b) => b,
            Err(why) => return failed(format!("it cannot be fetched: {why}")),
        };
        match Art::read(&bytes) {
            Ok(art) => read.borrow_mut().push((file.clone(), art)),
            Err(why) => return failed(why),
        }
    }
    let list = read.borrow();
    let art = &list.iter().find(|(f, _)| *f == file).expect("read above").1;
    match get(msg, "kind").as_string().as_deref() {
        Some("shape") => {
            let (w, h) = art.own_size();
            (
                obj(
                    "shape",
                    &[
                        ("file", file.as_str().into()),
                        ("width", w.into()),
                        ("height", h.into()),
                    ],
                ),
                None,
            )
        }
        Some("pixels") => {
            let size = |k| get(msg, k).as_f64().unwrap_or(0.0) as u32;
            let (w, h) = (size("width"), size("height"));
            let Some(rgba) = art.pixels(w, h) else {
                return failed(format!("it cannot be drawn at {w} × {h}"));
            };
            let array = js_sys::Uint8Array::from(rgba.as_slice());
            let buffer = array.buffer();
            (
                obj(
                    "pixels",
                    &[
                        ("file", file.as_str().into()),
                        ("width", w.into()),
                        ("height", h.into()),
                        ("rgba", array.into()),
                    ],
                ),
                Some(buffer),
            )
        }
        _ => failed("the request was not understood".into()),
    }
}

fn post(scope: &DedicatedWorkerGlobalScope, (msg, buffer): Message) {
    let transfer = js_sys::Array::new();
    if let Some(b) = buffer {
        transfer.push(&b);
    }
    let _ = scope.post_message_with_transfer(&msg, &transfer);
}
