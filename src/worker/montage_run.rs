//! A montage worker's message loop (wasm only): each file's bytes to its
//! packed tile, pledge, digests and hash ([`Prepared`]), the original bytes
//! dropped as soon as the tile is made; or a montage built
//! (`montage_build`).

use super::js_object::obj;
use super::montage_protocol::{decode_build, decode_gather, encode_prepared};
use crate::montage::gather::Prepared;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts listening for files, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(job) = decode_build(&e.data()) {
                wasm_bindgen_futures::spawn_local(super::montage_build::run(scope.clone(), job));
                return;
            }
            let Some(job) = decode_gather(&e.data()) else {
                return;
            };
            let bytes = job.bytes.to_vec();
            if super::browser_decode::wanted(&scope, &job.decoder, &bytes) {
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let pixels = super::browser_decode::decode(&scope, &bytes, job.max_side).await;
                    let prepared = Prepared::decoded(&job.name, &bytes, pixels);
                    let (msg, transfer) = encode_prepared(job.id, &prepared);
                    let _ = scope.post_message_with_transfer(&msg, &transfer);
                });
                return;
            }
            let prepared = Prepared::new(&job.name, &bytes, job.max_side);
            let (msg, transfer) = encode_prepared(job.id, &prepared);
            let _ = scope.post_message_with_transfer(&msg, &transfer);
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&obj("ready", &[]));
}
