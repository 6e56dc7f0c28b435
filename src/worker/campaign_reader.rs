//! The campaign reader (wasm only): a worker of its own that reads the
//! campaign file's TOML and validates it, for the editor page when the
//! campaign's prepared form (`campaign::prepared`) is missing or was made
//! from another version of the file. The page's own wasm then carries no
//! TOML reader and no validation; most visits never start this worker.
//!
//! Messages, `{ kind, … }`: in `read { toml }`; out `ready`, then
//! `read { json }` (the prepared form, which the page reads as it reads
//! the file) or `failed { why }` (the problems, each naming its field, as
//! `Campaign::from_toml` gives them).

use super::js_object::{get, obj};
use crate::campaign::prepared;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts listening, then says it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let toml = get(&e.data(), "toml").as_string().unwrap_or_default();
            let reply = match prepared::prepare(&toml) {
                Ok(json) => obj("read", &[("json", json.into())]),
                Err(why) => obj("failed", &[("why", why.to_string().into())]),
            };
            let _ = scope.post_message(&reply);
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&obj("ready", &[]));
}
