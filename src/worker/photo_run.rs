//! The photo worker's message loop (wasm only): prepare each photo, send its
//! pixels, then (if asked) the text to keep for a reload.
//!
//! A JPEG is read by the browser's own decoder where it has what that takes
//! (`browser_decode`: native code with SIMD; ours, in wasm, has no SIMD),
//! after our checks of the file; anything else, or a JPEG the browser fails
//! on, by ours. Its pixels are not exactly ours (another decoder's rounding,
//! another shrinking filter), so a board with a photo can differ by a few
//! levels from the command-line tool's with the same file; the preview and
//! the download are drawn from the same pixels, so they stay one image.

use super::browser_decode;
use super::photo_job::{from_stored, prepare, to_stored};
use super::photo_protocol::{self, Reply, Source};
use crate::render::photo::{Photo, PhotoError};
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
                wasm_bindgen_futures::spawn_local(handle(scope.clone(), job));
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Reply::Ready);
}

/// The photo upright and shrunk, by the decoder the job and the file call for.
async fn read(
    scope: &DedicatedWorkerGlobalScope,
    job: &photo_protocol::Prepare,
) -> Result<Photo, PhotoError> {
    let bytes = match &job.source {
        Source::File(bytes) => bytes.to_vec(),
        Source::Stored(text) => from_stored(text)?,
    };
    if browser_decode::wanted(scope, &job.decoder, &bytes) {
        browser_decode::decode(scope, &bytes, job.max_side).await
    } else {
        prepare(&bytes, job.max_side)
    }
}

async fn handle(scope: DedicatedWorkerGlobalScope, job: photo_protocol::Prepare) {
    let id = job.id;
    let photo = match read(&scope, &job).await {
        Ok(p) => p,
        Err(e) => return post(&scope, &Reply::Refused { id, problem: e }),
    };
    post(
        &scope,
        &Reply::Prepared {
            id,
            width: photo.width,
            height: photo.height,
            rgba: js_sys::Uint8Array::from(photo.rgba.as_slice()),
        },
    );
    if job.keep {
        post(
            &scope,
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
