//! The photo worker's message loop (wasm only): prepare each photo, send its
//! pixels, then (if asked) the text to keep for a reload.

use super::photo_job::{from_stored, prepare, to_stored};
use super::photo_protocol::{self, Reply, Source};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts listening for photos, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(job) = photo_protocol::decode_prepare(&e.data()) {
                handle(&scope, job);
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Reply::Ready);
}

fn handle(scope: &DedicatedWorkerGlobalScope, job: photo_protocol::Prepare) {
    let id = job.id;
    let bytes = match job.source {
        Source::File(bytes) => Ok(bytes.to_vec()),
        Source::Stored(text) => from_stored(&text),
    };
    let photo = bytes.and_then(|b| prepare(&b, job.max_side));
    let photo = match photo {
        Ok(p) => p,
        Err(e) => return post(scope, &Reply::Refused { id, problem: e }),
    };
    post(
        scope,
        &Reply::Prepared {
            id,
            width: photo.width,
            height: photo.height,
            rgba: js_sys::Uint8Array::from(photo.rgba.as_slice()),
        },
    );
    if job.keep {
        post(
            scope,
            &Reply::Stored {
                id,
                text: to_stored(&photo),
            },
        );
    }
}

fn post(scope: &DedicatedWorkerGlobalScope, r: &Reply) {
    let (msg, transfer) = photo_protocol::encode_reply(r);
    let _ = scope.post_message_with_transfer(&msg, &transfer);
}
