//! The page's side of the print worker: one worker per blank board asked
//! for, started then (so the PDF code is never downloaded otherwise) and
//! stopped when it has answered.

use crate::campaign::Campaign;
use crate::print::Sheet;
use gloo::timers::callback::Timeout;
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The print worker's loader (`static/print-worker-loader.js`).
pub const PRINT_WORKER_SCRIPT: &str = "print-worker-loader.js";

/// How long the worker may take to start (a wasm that cannot load sends
/// no error event).
const START_TIMEOUT_MS: u32 = 15_000;

/// How the job ended.
#[derive(Clone, Debug)]
pub enum PrintEvent {
    /// The PDF's bytes (still in JavaScript's memory).
    Printed(Uint8Array),
    /// It could not be made: why, as far as is known.
    Failed(String),
}

/// A board being made; dropping it stops the worker.
pub struct PrintJob {
    worker: Worker,
    _timer: Rc<RefCell<Option<Timeout>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

fn field(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &k.into()).unwrap_or(JsValue::UNDEFINED)
}

impl PrintJob {
    /// Starts a worker and sends it the sheet once it is listening.
    pub fn start(
        campaign: &Campaign,
        sheet: &Sheet,
        on_event: Rc<dyn Fn(PrintEvent)>,
    ) -> Result<PrintJob, String> {
        let message = Object::new();
        let set = |k: &str, v: &JsValue| Reflect::set(&message, &k.into(), v).map(|_| ());
        let to_js = |e: serde_wasm_bindgen::Error| e.to_string();
        set("kind", &"print".into()).map_err(|e| format!("{e:?}"))?;
        set(
            "campaign",
            &serde_wasm_bindgen::to_value(campaign).map_err(to_js)?,
        )
        .map_err(|e| format!("{e:?}"))?;
        set(
            "sheet",
            &serde_wasm_bindgen::to_value(sheet).map_err(to_js)?,
        )
        .map_err(|e| format!("{e:?}"))?;

        let worker = Worker::new(PRINT_WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
        let timer = {
            let on_event = on_event.clone();
            Rc::new(RefCell::new(Some(Timeout::new(
                START_TIMEOUT_MS,
                move || on_event(PrintEvent::Failed("the print worker did not start".into())),
            ))))
        };
        let mut message = Some(JsValue::from(message));
        let on_message = {
            let (worker, timer, on_event) = (worker.clone(), timer.clone(), on_event.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if let Some(t) = timer.borrow_mut().take() {
                    t.cancel();
                }
                match field(&data, "kind").as_string().as_deref() {
                    Some("ready") => {
                        if let Some(m) = message.take() {
                            if let Err(e) = worker.post_message(&m) {
                                on_event(PrintEvent::Failed(format!("{e:?}")));
                            }
                        }
                    }
                    Some("printed") => match field(&data, "pdf").dyn_into::<Uint8Array>() {
                        Ok(pdf) => on_event(PrintEvent::Printed(pdf)),
                        Err(_) => on_event(PrintEvent::Failed("no PDF came back".into())),
                    },
                    Some("failed") | Some("start-failed") => on_event(PrintEvent::Failed(
                        field(&data, "why")
                            .as_string()
                            .unwrap_or_else(|| "the print worker failed".into()),
                    )),
                    _ => {}
                }
            })
        };
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
            e.prevent_default();
            on_event(PrintEvent::Failed(e.message()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(PrintJob {
            worker,
            _timer: timer,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

impl Drop for PrintJob {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
