//! The page's side of the photo worker: one worker per photo, started when
//! the person chooses one (so the page never downloads the image decoders
//! unless a photo is added) and stopped when it has answered, which hands
//! back all the memory the decoding took.

use crate::worker::photo_protocol::{self, Prepare, Reply};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The photo worker's loader (`static/photo-worker-loader.js`), next to the page.
pub const PHOTO_WORKER_SCRIPT: &str = "photo-worker-loader.js";

/// How long the worker may take to start (a wasm that cannot load sends
/// no error event).
const START_TIMEOUT_MS: u32 = 10_000;

/// What the photo worker tells the page.
#[derive(Clone, Debug)]
pub enum PhotoEvent {
    Reply(Reply),
    /// The worker stopped or never started: why, as far as is known.
    Crashed(String),
}

/// A photo being prepared; dropping it stops the worker.
pub struct PhotoJob {
    worker: Worker,
    _timer: Rc<RefCell<Option<Timeout>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl PhotoJob {
    /// Starts a worker and sends it the photo once it is listening.
    pub fn start(job: Prepare, on_event: Rc<dyn Fn(PhotoEvent)>) -> Result<PhotoJob, String> {
        let worker = Worker::new(PHOTO_WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
        let timer = {
            let on_event = on_event.clone();
            Rc::new(RefCell::new(Some(Timeout::new(
                START_TIMEOUT_MS,
                move || on_event(PhotoEvent::Crashed("the photo worker did not start".into())),
            ))))
        };
        let mut job = Some(job);
        let on_message = {
            let (worker, timer, on_event) = (worker.clone(), timer.clone(), on_event.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let Some(reply) = photo_protocol::decode_reply(&e.data()) else {
                    return;
                };
                if let Some(t) = timer.borrow_mut().take() {
                    t.cancel();
                }
                match reply {
                    Reply::Ready => {
                        if let Some(job) = job.take() {
                            let (msg, transfer) = photo_protocol::encode_prepare(&job);
                            if let Err(e) = worker.post_message_with_transfer(&msg, &transfer) {
                                on_event(PhotoEvent::Crashed(format!("{e:?}")));
                            }
                        }
                    }
                    Reply::StartFailed(why) => on_event(PhotoEvent::Crashed(why)),
                    other => on_event(PhotoEvent::Reply(other)),
                }
            })
        };
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
            e.prevent_default();
            on_event(PhotoEvent::Crashed(e.message()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(PhotoJob {
            worker,
            _timer: timer,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

impl Drop for PhotoJob {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
