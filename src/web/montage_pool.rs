//! The montage page's pool of gathering workers (as many as the machine has
//! cores, at most [`MAX_WORKERS`]): files wait in a queue and are read (one
//! per worker at a time, so the originals never pile up in memory); each
//! answer is handed on in the order the files were added, whichever worker
//! finished first. Cancel empties the queue and keeps what is done.

use super::files;
use crate::montage::left_out::Reason;
use crate::worker::montage_protocol::{decode_prepared, encode_gather, Gather, Received};
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, File, MessageEvent, Worker};

/// The workers' loader (`static/montage-worker-loader.js`), next to the page.
pub const WORKER_SCRIPT: &str = "montage-worker-loader.js";

/// The most workers started, whatever the machine.
pub const MAX_WORKERS: usize = 4;

struct Slot {
    worker: Worker,
    ready: bool,
    /// The file it is working on.
    busy: Option<(u32, String)>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct Inner {
    slots: Vec<Slot>,
    queue: VecDeque<(u32, File)>,
    next_id: u32,
    /// The next id to hand on, and answers that came early.
    next_out: u32,
    early: BTreeMap<u32, Received>,
    max_side: u32,
    on_result: Rc<dyn Fn(Received)>,
}

/// A running pool (its workers stop when it is dropped).
pub struct Pool(Rc<RefCell<Inner>>);

impl Pool {
    /// Starts the workers; each answer goes to `on_result`, in order.
    pub fn start(max_side: u32, on_result: Rc<dyn Fn(Received)>) -> Result<Pool, String> {
        let cores = gloo::utils::window().navigator().hardware_concurrency() as usize;
        let inner = Rc::new(RefCell::new(Inner {
            slots: Vec::new(),
            queue: VecDeque::new(),
            next_id: 0,
            next_out: 0,
            early: BTreeMap::new(),
            max_side,
            on_result,
        }));
        for _ in 0..cores.clamp(1, MAX_WORKERS) {
            let slot = new_slot(&inner)?;
            inner.borrow_mut().slots.push(slot);
        }
        Ok(Pool(inner))
    }

    pub fn workers(&self) -> usize {
        self.0.borrow().slots.len()
    }

    /// Queues files to be gathered.
    pub fn add(&self, files: Vec<File>) {
        {
            let mut i = self.0.borrow_mut();
            for f in files {
                let id = i.next_id;
                i.next_id += 1;
                i.queue.push_back((id, f));
            }
        }
        dispatch(&self.0);
    }

    /// Drops the files not yet started; what is being read finishes.
    pub fn cancel(&self) {
        let mut i = self.0.borrow_mut();
        let dropped: Vec<u32> = i.queue.drain(..).map(|(id, _)| id).collect();
        // Their places in the order go to the next files added (every file
        // being read came before them).
        if let Some(&first) = dropped.first() {
            i.next_id = first;
        }
    }

    /// Files waiting or being read.
    pub fn pending(&self) -> usize {
        let i = self.0.borrow();
        i.queue.len() + i.slots.iter().filter(|s| s.busy.is_some()).count()
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        for s in &self.0.borrow().slots {
            s.worker.terminate();
        }
    }
}

fn new_slot(inner: &Rc<RefCell<Inner>>) -> Result<Slot, String> {
    let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
    let weak = Rc::downgrade(inner);
    let me = worker.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(inner) = weak.upgrade() else { return };
        let data = e.data();
        let kind = js_sys::Reflect::get(&data, &"kind".into())
            .ok()
            .and_then(|k| k.as_string());
        if kind.as_deref() == Some("ready") {
            set_slot(&inner, &me, |s| s.ready = true);
        } else if kind.as_deref() == Some("start-failed") {
            fail_slot(&inner, &me, "the montage worker could not start");
        } else if let Some(r) = decode_prepared(&data) {
            set_slot(&inner, &me, |s| s.busy = None);
            finished(&inner, r);
        }
        dispatch(&inner);
    });
    let weak: Weak<RefCell<Inner>> = Rc::downgrade(inner);
    let me = worker.clone();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| {
        e.prevent_default();
        if let Some(inner) = weak.upgrade() {
            fail_slot(
                &inner,
                &me,
                "the image could not be read (its reader stopped)",
            );
            dispatch(&inner);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Slot {
        worker,
        ready: false,
        busy: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn set_slot(inner: &Rc<RefCell<Inner>>, worker: &Worker, f: impl FnOnce(&mut Slot)) {
    let mut i = inner.borrow_mut();
    if let Some(s) = i.slots.iter_mut().find(|s| &s.worker == worker) {
        f(s);
    }
}

/// A worker stopped: its file is left out with `why`, and a new worker
/// takes its place.
fn fail_slot(inner: &Rc<RefCell<Inner>>, worker: &Worker, why: &str) {
    let busy = {
        let mut i = inner.borrow_mut();
        let Some(at) = i.slots.iter().position(|s| &s.worker == worker) else {
            return;
        };
        let old = i.slots.remove(at);
        old.worker.terminate();
        old.busy
    };
    if let Ok(slot) = new_slot(inner) {
        inner.borrow_mut().slots.push(slot);
    }
    if let Some((id, name)) = busy {
        finished(
            inner,
            Received {
                id,
                name: name.clone(),
                png: None,
                prepared: crate::montage::gather::Prepared::unreadable(
                    &name,
                    Reason::Other(why.into()),
                ),
            },
        );
    }
}

/// Hands on `r` and any answers waiting behind it, in the order added.
fn finished(inner: &Rc<RefCell<Inner>>, r: Received) {
    let (ready, on_result) = {
        let mut i = inner.borrow_mut();
        i.early.insert(r.id, r);
        let mut ready = Vec::new();
        loop {
            let next = i.next_out;
            let Some(r) = i.early.remove(&next) else {
                break;
            };
            i.next_out += 1;
            ready.push(r);
        }
        (ready, i.on_result.clone())
    };
    for r in ready {
        on_result(r);
    }
}

/// Gives each idle, ready worker the next file.
fn dispatch(inner: &Rc<RefCell<Inner>>) {
    loop {
        let job = {
            let mut i = inner.borrow_mut();
            let Some(at) = i.slots.iter().position(|s| s.ready && s.busy.is_none()) else {
                return;
            };
            let Some((id, file)) = i.queue.pop_front() else {
                return;
            };
            i.slots[at].busy = Some((id, file.name()));
            (i.slots[at].worker.clone(), id, file, i.max_side)
        };
        let (worker, id, file, max_side) = job;
        let inner = inner.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = JsFuture::from(file.array_buffer()).await;
            let bytes = match bytes {
                Ok(b) => js_sys::Uint8Array::new(&b),
                Err(_) => {
                    set_slot(&inner, &worker, |s| s.busy = None);
                    let name = file.name();
                    finished(
                        &inner,
                        Received {
                            id,
                            prepared: crate::montage::gather::Prepared::unreadable(
                                &name,
                                Reason::Unreadable,
                            ),
                            name,
                            png: None,
                        },
                    );
                    return dispatch(&inner);
                }
            };
            let (msg, transfer) = encode_gather(&Gather {
                id,
                name: file.name(),
                bytes,
                max_side,
                decoder: files::decoder_asked(),
            });
            if worker.post_message_with_transfer(&msg, &transfer).is_err() {
                fail_slot(&inner, &worker, "the image could not be sent to be read");
                dispatch(&inner);
            }
        });
    }
}
