//! The check page's side of its worker (`worker::check_run`): starts it,
//! holds what is sent until it is ready, and hands each answer to the
//! page as a [`Reply`].

use crate::check::Problem;
use crate::web::files::describe;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, MessageEvent, Worker};

/// The worker's script, beside the check page.
pub const CHECK_WORKER_SCRIPT: &str = "check-worker-loader.js";

/// An answer from the worker.
pub enum Reply {
    /// The worker could not start, or stopped: why.
    Stopped(String),
    /// A campaign file opened: its path and text, or why there is none.
    Opened(Result<(String, String), String>),
    Checked {
        seq: u64,
        problems: Vec<Problem>,
        summary: Option<String>,
        note: Option<String>,
        font_note: Option<String>,
        /// The file's prepared form (`campaign.prepared.json`), when good.
        prepared: Option<String>,
        /// Why the prepared form beside the file opened is not the one
        /// the pledge board can use (`check::prepared_note`).
        prepared_note: Option<String>,
    },
    Drawing {
        seq: u64,
        done: usize,
        total: usize,
    },
    Sheet {
        seq: u64,
        png: js_sys::Uint8Array,
        width: u32,
        height: u32,
    },
    SheetFailed(String),
    /// The artwork drawn ahead: the path the campaign names, and the bytes.
    Drawn(Result<(String, js_sys::Uint8Array), String>),
}

fn field(v: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(v, &k.into()).unwrap_or(JsValue::UNDEFINED)
}

fn number(v: &JsValue, k: &str) -> f64 {
    field(v, k).as_f64().unwrap_or(0.0)
}

fn decode(data: &JsValue) -> Option<Reply> {
    let seq = number(data, "seq") as u64;
    Some(match field(data, "kind").as_string()?.as_str() {
        "start-failed" => Reply::Stopped(format!(
            "the checker could not start: {}",
            field(data, "why").as_string().unwrap_or_default()
        )),
        "opened" => Reply::Opened(match field(data, "text").as_string() {
            Some(text) => Ok((field(data, "path").as_string().unwrap_or_default(), text)),
            None => Err(field(data, "why").as_string().unwrap_or_default()),
        }),
        "checked" => Reply::Checked {
            seq,
            problems: field(data, "problems")
                .as_string()
                .and_then(|j| serde_json::from_str(&j).ok())
                .unwrap_or_default(),
            summary: field(data, "summary").as_string(),
            note: field(data, "note").as_string(),
            font_note: field(data, "font_note").as_string(),
            prepared: field(data, "prepared").as_string(),
            prepared_note: field(data, "prepared_note").as_string(),
        },
        "drawing" => Reply::Drawing {
            seq,
            done: number(data, "done") as usize,
            total: number(data, "total") as usize,
        },
        "sheet" => Reply::Sheet {
            seq,
            png: field(data, "png").dyn_into().ok()?,
            width: number(data, "width") as u32,
            height: number(data, "height") as u32,
        },
        "drawn" => Reply::Drawn(Ok((
            field(data, "path").as_string().unwrap_or_default(),
            field(data, "bytes").dyn_into().ok()?,
        ))),
        "drawn-failed" => Reply::Drawn(Err(field(data, "why").as_string().unwrap_or_default())),
        "sheet-failed" => Reply::SheetFailed(field(data, "why").as_string().unwrap_or_default()),
        _ => return None,
    })
}

struct Inner {
    worker: Worker,
    ready: bool,
    waiting: Vec<(JsValue, js_sys::Array)>,
}

/// The running worker.
#[derive(Clone)]
pub struct CheckClient(Rc<RefCell<Inner>>);

impl CheckClient {
    /// Starts the worker; `on_reply` gets each answer.
    pub fn start(on_reply: Rc<dyn Fn(Reply)>) -> Result<CheckClient, String> {
        let worker = Worker::new(CHECK_WORKER_SCRIPT).map_err(|e| describe(&e))?;
        let inner = Rc::new(RefCell::new(Inner {
            worker: worker.clone(),
            ready: false,
            waiting: Vec::new(),
        }));
        let on_message = {
            let (inner, on_reply) = (inner.clone(), on_reply.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if field(&data, "kind").as_string().as_deref() == Some("ready") {
                    let mut i = inner.borrow_mut();
                    i.ready = true;
                    for (msg, transfer) in std::mem::take(&mut i.waiting) {
                        let _ = i.worker.post_message_with_transfer(&msg, &transfer);
                    }
                } else if let Some(reply) = decode(&data) {
                    on_reply(reply);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                on_reply(Reply::Stopped(format!(
                    "the checker stopped: {}",
                    e.message()
                )));
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Ok(CheckClient(inner))
    }

    fn send(&self, kind: &str, fields: &[(&str, JsValue)], transfer: js_sys::Array) {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"kind".into(), &kind.into());
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
        }
        let mut i = self.0.borrow_mut();
        if i.ready {
            let _ = i.worker.post_message_with_transfer(&msg, &transfer);
        } else {
            i.waiting.push((msg.into(), transfer));
        }
    }

    /// Opens the campaign the site serves at `url` (from the page).
    pub fn published(&self, url: &str) {
        self.send("published", &[("url", url.into())], js_sys::Array::new());
    }

    /// Opens files read on this device: each path and its bytes.
    pub fn open(&self, files: Vec<(String, js_sys::Uint8Array)>) {
        let names = js_sys::Array::new();
        let bytes = js_sys::Array::new();
        let transfer = js_sys::Array::new();
        for (n, b) in files {
            names.push(&n.into());
            transfer.push(&b.buffer());
            bytes.push(&b);
        }
        self.send(
            "open",
            &[("names", names.into()), ("files", bytes.into())],
            transfer,
        );
    }

    pub fn check(&self, seq: u64, text: &str) {
        let fields = [("seq", (seq as f64).into()), ("text", text.into())];
        self.send("check", &fields, js_sys::Array::new());
    }

    pub fn draw_ahead(&self, text: &str) {
        self.send("draw-ahead", &[("text", text.into())], js_sys::Array::new());
    }

    pub fn sheet(&self, seq: u64, text: &str) {
        let fields = [("seq", (seq as f64).into()), ("text", text.into())];
        self.send("sheet", &fields, js_sys::Array::new());
    }
}

/// The path a file was chosen with: its path in the folder chosen, or
/// its name alone.
pub fn path_of(file: &File) -> String {
    // webkitRelativePath: in every engine, though not in web-sys.
    let relative = field(file, "webkitRelativePath")
        .as_string()
        .unwrap_or_default();
    if relative.is_empty() {
        file.name()
    } else {
        relative
    }
}

/// Every file's bytes with its path, read in turn.
pub async fn read_all(
    files: Vec<(String, File)>,
) -> Result<Vec<(String, js_sys::Uint8Array)>, String> {
    let mut out = Vec::new();
    for (path, f) in files {
        let buffer = JsFuture::from(f.array_buffer())
            .await
            .map_err(|e| format!("{} cannot be read: {}", f.name(), describe(&e)))?;
        out.push((path, js_sys::Uint8Array::new(&buffer)));
    }
    Ok(out)
}

/// What was dropped, as file system entries (folders as well as files):
/// taken at once, while the drop event lasts.
pub fn dropped_entries(data: &web_sys::DataTransfer) -> Vec<JsValue> {
    let items = data.items();
    (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| {
            let get = field(&item, "webkitGetAsEntry")
                .dyn_into::<js_sys::Function>()
                .ok()?;
            get.call0(&item)
                .ok()
                .filter(|e| !e.is_null() && !e.is_undefined())
        })
        .collect()
}

/// A callback API's answer as a future: `call(resolve, reject)`.
async fn answer(
    call: impl FnOnce(&js_sys::Function, &js_sys::Function),
) -> Result<JsValue, String> {
    let mut call = Some(call);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(call) = call.take() {
            call(&resolve, &reject)
        }
    });
    JsFuture::from(promise).await.map_err(|e| describe(&e))
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    field(target, name).dyn_into::<js_sys::Function>().ok()
}

/// Every file under the dropped entries, with its path (a folder's files
/// under the folder's name).
pub async fn files_of_entries(entries: Vec<JsValue>) -> Vec<(String, File)> {
    let mut out = Vec::new();
    let mut todo = entries;
    while let Some(entry) = todo.pop() {
        let path = field(&entry, "fullPath").as_string().unwrap_or_default();
        let path = path.trim_start_matches('/').to_owned();
        if field(&entry, "isDirectory").as_bool() == Some(true) {
            let Some(reader) = method(&entry, "createReader").and_then(|f| f.call0(&entry).ok())
            else {
                continue;
            };
            let Some(read) = method(&reader, "readEntries") else {
                continue;
            };
            // readEntries gives a folder's entries a batch at a time.
            loop {
                let batch = answer(|ok, fail| {
                    let _ = read.call2(&reader, ok, fail);
                })
                .await;
                let batch = match batch {
                    Ok(b) => js_sys::Array::from(&b),
                    Err(_) => break,
                };
                if batch.length() == 0 {
                    break;
                }
                todo.extend(batch.iter());
            }
        } else if let Some(file) = method(&entry, "file") {
            let got = answer(|ok, fail| {
                let _ = file.call2(&entry, ok, fail);
            })
            .await;
            if let Ok(f) = got.and_then(|f| f.dyn_into::<File>().map_err(|_| String::new())) {
                out.push((path, f));
            }
        }
    }
    out
}
