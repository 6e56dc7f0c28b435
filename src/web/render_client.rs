//! The page's side of the render worker: starts it (or takes over the one
//! `start.js` started as soon as the app's wasm was in), sends it the campaign
//! once it is listening, and sends render jobs one at a time. While a job is
//! being drawn only the newest waiting job is kept, so the preview catches
//! up with fast typing instead of drawing every keystroke. A drawn job's
//! pixels arrive ready for a canvas; its PNG only when asked for
//! ([`RenderClient::encode`]).

use crate::campaign::Campaign;
use crate::worker::protocol::{self, RenderJob, Request, Response};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The worker's loader (`static/render-worker-loader.js`), next to the page.
pub const WORKER_SCRIPT: &str = "render-worker-loader.js";

/// Where `static/start.js` leaves the render worker it started early:
/// `{ worker, said }`, `said` the messages it sent before the app listened.
const EARLY: &str = "pledgeBoardRenderWorker";

/// The worker `start.js` started for the page, if any (taken once: a
/// restart starts a new one), with what it said meanwhile. Marks the page
/// so that `start.js` does not start one after the app has its own.
fn take_early_worker() -> Option<(Worker, js_sys::Array)> {
    let window: JsValue = web_sys::window()?.into();
    let key = JsValue::from_str(EARLY);
    let early = js_sys::Reflect::get(&window, &key).ok();
    let _ = js_sys::Reflect::set(&window, &key, &JsValue::FALSE);
    let early = early.filter(|e| e.is_object())?;
    let worker = js_sys::Reflect::get(&early, &"worker".into())
        .ok()?
        .dyn_into::<Worker>()
        .ok()?;
    let said = js_sys::Reflect::get(&early, &"said".into())
        .ok()?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    Some((worker, said))
}

/// How long the worker may take to start before the page says it failed
/// (a worker whose wasm cannot load never sends an error event).
const START_TIMEOUT_MS: u32 = 10_000;

/// What the worker tells the page.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkerEvent {
    Reply(Response),
    /// Job `id` is drawn: its pixels, to be put on the preview's canvas.
    Drawn {
        id: u32,
        pixels: web_sys::ImageData,
    },
    /// The worker stopped (or never started): why, as far as is known.
    Crashed(String),
    /// The worker said it is ready after the page had given up waiting for
    /// it (a slow network or a busy device): what was said is taken back.
    StartedLate,
}

struct State {
    ready: bool,
    busy: bool,
    waiting: Option<RenderJob>,
    campaign: Rc<Campaign>,
    /// The photo message, sent after the campaign (and again to a new worker).
    photo: Option<JsValue>,
    /// Fires if the worker has not said it is ready in time.
    start_timer: Option<Timeout>,
    /// The start timer fired: the page was told the worker did not start.
    gave_up: bool,
}

/// A running render worker (stopped when dropped).
pub struct RenderClient {
    worker: Worker,
    state: Rc<RefCell<State>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl RenderClient {
    /// Starts the worker from `script`; every reply goes to `on_event`.
    pub fn start(
        script: &str,
        campaign: Rc<Campaign>,
        on_event: Rc<dyn Fn(WorkerEvent)>,
    ) -> Result<RenderClient, String> {
        let (worker, said) = match take_early_worker() {
            Some((worker, said)) if script == WORKER_SCRIPT => (worker, said),
            _ => (
                Worker::new(script).map_err(|e| format!("{e:?}"))?,
                js_sys::Array::new(),
            ),
        };
        let state = Rc::new(RefCell::new(State {
            ready: false,
            busy: false,
            waiting: None,
            campaign,
            photo: None,
            start_timer: None,
            gave_up: false,
        }));
        let timer = {
            let (state, on_event) = (state.clone(), on_event.clone());
            Timeout::new(START_TIMEOUT_MS, move || {
                state.borrow_mut().gave_up = true;
                on_event(WorkerEvent::Crashed(format!(
                    "the render worker did not start in {} s",
                    START_TIMEOUT_MS / 1000
                )))
            })
        };
        state.borrow_mut().start_timer = Some(timer);
        let handle: Rc<dyn Fn(JsValue)> = {
            let (worker, state, on_event) = (worker.clone(), state.clone(), on_event.clone());
            Rc::new(move |data: JsValue| {
                let Some(reply) = protocol::decode_response(&data) else {
                    return;
                };
                if let Response::StartFailed(why) = reply {
                    if let Some(t) = state.borrow_mut().start_timer.take() {
                        t.cancel();
                    }
                    on_event(WorkerEvent::Crashed(why));
                    return;
                }
                if reply == Response::Ready {
                    let (campaign, photo, late) = {
                        let mut s = state.borrow_mut();
                        s.ready = true;
                        if let Some(t) = s.start_timer.take() {
                            t.cancel();
                        }
                        (s.campaign.clone(), s.photo.clone(), s.gave_up)
                    };
                    if late {
                        on_event(WorkerEvent::StartedLate);
                    }
                    send(&worker, &Request::Campaign(campaign));
                    if let Some(photo) = photo {
                        let _ = worker.post_message(&photo);
                    }
                    next(&worker, &state);
                    return;
                }
                if reply.is_final() {
                    state.borrow_mut().busy = false;
                }
                let event = match reply {
                    Response::Drawn { id, .. } => match protocol::drawn_pixels(&data) {
                        Some(pixels) => WorkerEvent::Drawn { id, pixels },
                        None => WorkerEvent::Crashed(
                            "the render worker's pixels did not arrive whole".into(),
                        ),
                    },
                    reply => WorkerEvent::Reply(reply),
                };
                on_event(event);
                next(&worker, &state);
            })
        };
        let on_message = {
            let handle = handle.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| handle(e.data()))
        };
        let on_error = {
            let on_event = on_event.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
                e.prevent_default();
                on_event(WorkerEvent::Crashed(e.message()));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // What an early worker said before the app listened ("ready", or
        // why it failed), heard once the caller has the client.
        if said.length() > 0 {
            wasm_bindgen_futures::spawn_local(async move {
                for data in said.iter() {
                    handle(data);
                }
            });
        }
        Ok(RenderClient {
            worker,
            state,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sets the photo for every later job: pixels the page keeps (they are
    /// copied to the worker), or `None` for no photo.
    pub fn set_photo(&self, photo: Option<(u32, u32, &js_sys::Uint8Array)>) {
        let msg = protocol::photo_message(photo);
        let ready = {
            let mut s = self.state.borrow_mut();
            s.photo = Some(msg.clone());
            s.ready
        };
        if ready {
            let _ = self.worker.post_message(&msg);
        }
    }

    /// Asks for the PNG of job `id` (answered only if it is still the last
    /// job drawn: a newer one's is asked for once it is shown); not while a job is being drawn or waits: its picture replaces
    /// this one, and its PNG is the one wanted.
    pub fn encode(&self, id: u32) {
        let s = self.state.borrow();
        if s.ready && !s.busy && s.waiting.is_none() {
            send(&self.worker, &Request::Encode(id));
        }
    }

    /// Asks for a render; replaces any job still waiting to be sent.
    pub fn render(&self, job: RenderJob) {
        self.state.borrow_mut().waiting = Some(job);
        next(&self.worker, &self.state);
    }
}

impl Drop for RenderClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Sends the waiting job if the worker is ready and idle.
fn next(worker: &Worker, state: &Rc<RefCell<State>>) {
    let job = {
        let mut s = state.borrow_mut();
        if !s.ready || s.busy {
            return;
        }
        let Some(job) = s.waiting.take() else { return };
        s.busy = true;
        job
    };
    send(worker, &Request::Render(job));
}

fn send(worker: &Worker, r: &Request) {
    let _ = worker.post_message(&protocol::encode_request(r));
}
