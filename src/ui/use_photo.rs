//! A hook that owns the person's photo for the editor: reads the chosen
//! file, has a photo worker prepare it, hands the pixels to the render
//! worker, keeps a copy in `sessionStorage` for a reload (if it fits), and
//! brings a kept photo back when the page loads.

use super::state::{Action, Editor, PhotoAction, PhotoInfo, PhotoProblem};
use super::use_render::RenderHandle;
use crate::campaign::Campaign;
use crate::render::photo::{PhotoError, MAX_FILE_BYTES};
use crate::render::placement::photo_side_needed;
use crate::web::photo_client::{PhotoEvent, PhotoJob};
use crate::web::{files, storage};
use crate::worker::photo_protocol::{Prepare, Reply, Source};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

struct Inner {
    job: Option<PhotoJob>,
    /// The id of the photo being prepared, and whether it is a restore.
    pending: Option<(u32, bool)>,
    next_id: u32,
    max_side: u32,
    key: String,
    dispatch: UseReducerDispatcher<Editor>,
    render: RenderHandle,
}

/// Adds, restores and removes the photo.
#[derive(Clone)]
pub struct PhotoHandle(Rc<RefCell<Inner>>);

impl PartialEq for PhotoHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the photo is kept in `sessionStorage`.
fn photo_key(c: &Campaign) -> String {
    format!("pledge-board:{}:photo", c.slug)
}

impl PhotoHandle {
    /// Prepares the file the person chose. The photo on show stays until
    /// the new one is ready, and stays if the new one cannot be used.
    pub fn choose(&self, file: web_sys::File) {
        let dispatch = self.0.borrow().dispatch.clone();
        if file.size() > MAX_FILE_BYTES as f64 {
            let e = PhotoError::FileTooBig {
                bytes: file.size() as usize,
            };
            return dispatch.dispatch(Action::Photo(PhotoAction::Failed(PhotoProblem::File(e))));
        }
        dispatch.dispatch(Action::Photo(PhotoAction::Preparing { restoring: false }));
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match files::read_file(&file).await {
                Ok(bytes) => this.prepare(Source::File(bytes), false),
                Err(e) => failed(&dispatch, PhotoProblem::Unreadable(e)),
            }
        });
    }

    /// Removes the photo from the board and from storage, and says so.
    pub fn remove(&self) {
        self.clear();
        self.0
            .borrow()
            .dispatch
            .dispatch(Action::Photo(PhotoAction::Remove));
    }

    /// Removes the photo from the board and from storage (for Start again,
    /// which says so itself).
    pub fn clear(&self) {
        let mut i = self.0.borrow_mut();
        i.job = None;
        i.pending = None;
        storage::clear(&i.key);
        i.render.set_photo(None);
    }

    fn prepare(&self, source: Source, restoring: bool) {
        let mut i = self.0.borrow_mut();
        i.next_id += 1;
        let id = i.next_id;
        let job = Prepare {
            id,
            source,
            max_side: i.max_side,
            keep: !restoring,
            decoder: files::decoder_asked(),
        };
        let weak = Rc::downgrade(&self.0);
        let on_event = Rc::new(move |e: PhotoEvent| {
            if let Some(inner) = weak.upgrade() {
                on_event(&inner, e);
            }
        });
        i.pending = Some((id, restoring));
        i.job = None; // stop any photo still being prepared
        match PhotoJob::start(job, on_event) {
            Ok(job) => i.job = Some(job),
            Err(e) => {
                i.pending = None;
                failed(&i.dispatch, PhotoProblem::NotPrepared(e));
            }
        }
    }
}

/// Says a photo could not be used; the browser's reason goes to the console.
fn failed(dispatch: &UseReducerDispatcher<Editor>, problem: PhotoProblem) {
    if let PhotoProblem::Unreadable(why) | PhotoProblem::NotPrepared(why) = &problem {
        gloo::console::warn!(format!("Pledge Board photo: {why}"));
    }
    dispatch.dispatch(Action::Photo(PhotoAction::Failed(problem)));
}

fn on_event(inner: &Rc<RefCell<Inner>>, e: PhotoEvent) {
    let (dispatch, pending, key) = {
        let i = inner.borrow();
        (i.dispatch.clone(), i.pending, i.key.clone())
    };
    let Some((pending_id, restoring)) = pending else {
        return;
    };
    let done = |inner: &Rc<RefCell<Inner>>| {
        let mut i = inner.borrow_mut();
        i.pending = None;
        i.job = None;
    };
    match e {
        PhotoEvent::Crashed(why) => {
            done(inner);
            failed(&dispatch, PhotoProblem::NotPrepared(why));
        }
        PhotoEvent::Reply(Reply::Prepared {
            id,
            width,
            height,
            rgba,
        }) if id == pending_id => {
            inner
                .borrow()
                .render
                .set_photo(Some((id, width, height, rgba)));
            if restoring {
                done(inner);
            }
            dispatch.dispatch(Action::Photo(PhotoAction::Ready {
                photo: PhotoInfo { id, width, height },
                restored: restoring,
            }));
        }
        PhotoEvent::Reply(Reply::Refused { id, problem }) if id == pending_id => {
            done(inner);
            if restoring {
                storage::clear(&key);
            }
            dispatch.dispatch(Action::Photo(PhotoAction::Failed(PhotoProblem::File(
                problem,
            ))));
        }
        PhotoEvent::Reply(Reply::Stored { id, text }) if id == pending_id => {
            done(inner);
            if text.is_empty() || !storage::save_text(&key, &text) {
                storage::clear(&key);
                dispatch.dispatch(Action::Photo(PhotoAction::NotKept));
            }
        }
        PhotoEvent::Reply(_) => {}
    }
}

/// The editor's photo handle; brings back a photo kept from before a reload.
#[hook]
pub fn use_photo(
    campaign: Rc<Campaign>,
    dispatch: UseReducerDispatcher<Editor>,
    render: RenderHandle,
) -> PhotoHandle {
    let handle = use_memo((), move |_| {
        let key = photo_key(&campaign);
        let kept = storage::load_text(&key);
        let handle = PhotoHandle(Rc::new(RefCell::new(Inner {
            job: None,
            pending: None,
            next_id: 0,
            max_side: photo_side_needed(&campaign),
            key,
            dispatch: dispatch.clone(),
            render,
        })));
        if let Some(text) = kept {
            dispatch.dispatch(Action::Photo(PhotoAction::Preparing { restoring: true }));
            handle.prepare(Source::Stored(text), true);
        }
        handle
    });
    (*handle).clone()
}
