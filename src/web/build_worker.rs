//! Running one montage build in a worker of its own (the montage page's
//! glue around `worker::montage_build`): waits until the worker listens,
//! sends the job, gathers the file's pieces into a Blob.
//!
//! Two ways a build can end badly are told apart:
//! - the worker answers that it failed ([`Ended::Failed`]: a campaign
//!   shape that cannot be read, a font that will not load): the same job
//!   would fail again, so it is said at once;
//! - the worker itself stops ([`Ended::Stopped`]: its WebAssembly trapped
//!   or ran out of memory, or the browser ended it). A fresh worker starts
//!   from nothing, so [`run_with_one_retry`] builds once more before
//!   saying so. WebKit has been seen to trap ("Out of bounds memory
//!   access") in a build that succeeds in the same page every other time.

use crate::web::files::describe;
use crate::worker::montage_protocol::{decode_built, encode_build, Build, Built as Piece};
use std::fmt;
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

/// Why a build gave no file.
#[derive(Debug, Clone, PartialEq)]
pub enum Ended {
    /// The worker said why (or the page could not make the job).
    Failed(String),
    /// The worker stopped without answering, with the browser's reason.
    Stopped(String),
}

impl fmt::Display for Ended {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ended::Failed(why) | Ended::Stopped(why) => f.write_str(why),
        }
    }
}

/// The error event's message, told apart from a rejection's reason.
const STOPPED: &str = "pledge-board:stopped:";

/// Runs `job` in a new worker from `script`; the file (of type `kind`).
pub async fn run(script: &str, job: Build, kind: &str) -> Result<Blob, Ended> {
    let worker = web_sys::Worker::new(script).map_err(|e| Ended::Failed(describe(&e)))?;
    let parts = js_sys::Array::new();
    let mut job = Some(job);
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let (target, parts) = (worker.clone(), parts.clone());
        let reject_on_error = reject.clone();
        let mut job = job.take();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let said = js_sys::Reflect::get(&data, &"kind".into())
                    .ok()
                    .and_then(|k| k.as_string());
                match said.as_deref() {
                    Some("ready") => {
                        if let Some(job) = job.take() {
                            let (msg, transfer) = encode_build(&job);
                            let _ = target.post_message_with_transfer(&msg, &transfer);
                        }
                    }
                    Some("start-failed") => {
                        let why = format!("{STOPPED}the montage worker could not start");
                        let _ = reject.call1(&JsValue::NULL, &why.into());
                    }
                    _ => match decode_built(&data) {
                        Some(Piece::Part { bytes, .. }) => {
                            parts.push(&bytes);
                        }
                        Some(Piece::Done { .. }) => {
                            let _ = resolve.call0(&JsValue::NULL);
                        }
                        Some(Piece::Failed { why, .. }) => {
                            let _ = reject.call1(&JsValue::NULL, &why.into());
                        }
                        None => {}
                    },
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // A worker that stops (its wasm cannot load or traps, or the
        // browser ends it) says so, instead of "Building…" for ever.
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                let why = match e.message() {
                    m if m.is_empty() => "the montage worker stopped".to_string(),
                    m => m,
                };
                let _ = reject_on_error.call1(&JsValue::NULL, &format!("{STOPPED}{why}").into());
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
    });
    let result = JsFuture::from(done).await;
    worker.terminate();
    if let Err(e) = result {
        let why = describe(&e);
        return Err(match why.strip_prefix(STOPPED) {
            Some(why) => Ended::Stopped(why.to_string()),
            None => Ended::Failed(why),
        });
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| Ended::Failed(describe(&e)))
}

/// Builds with a job from `make_job` in a worker from `script(attempt)`;
/// if that worker stops without answering, once more with a fresh job (a
/// job's tiles are handed over to its worker, so each attempt makes its
/// own) in a fresh worker. Each stop is logged as a warning.
pub async fn run_with_one_retry<F, J>(
    script: impl Fn(u32) -> String,
    mut make_job: F,
    kind: &str,
) -> Result<Blob, Ended>
where
    F: FnMut() -> J,
    J: Future<Output = Result<Build, String>>,
{
    let mut attempt = 0;
    loop {
        let job = make_job().await.map_err(Ended::Failed)?;
        match run(&script(attempt), job, kind).await {
            Err(Ended::Stopped(why)) => {
                gloo::console::warn!(format!(
                    "Pledge Board montage: the build's worker stopped (attempt {}): {why}",
                    attempt + 1
                ));
                if attempt == 1 {
                    return Err(Ended::Stopped(why));
                }
                attempt += 1;
            }
            other => return other,
        }
    }
}
