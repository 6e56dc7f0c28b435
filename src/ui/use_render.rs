//! A hook that owns the render worker for the editor: sends the draft to be
//! drawn, turns the worker's answers into [`Action`]s, and restarts the
//! worker on request after a failure.

use super::state::{Action, Draft, Editor, Mode, PreviewAction, Shown, TextAction};
use crate::campaign::Campaign;
use crate::render::Pledge;
use crate::web::files;
use crate::web::render_client::{RenderClient, WorkerEvent, WORKER_SCRIPT};
use crate::worker::protocol::{Problem, RenderJob, Response};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

struct Inner {
    client: Option<RenderClient>,
    campaign: Rc<Campaign>,
    dispatch: UseReducerDispatcher<Editor>,
    next_id: u32,
    /// Jobs sent and not yet answered, with the drafts and photos they came from.
    sent: Vec<(u32, Draft, Option<u32>)>,
    last: Option<Draft>,
    /// The photo the worker has: its id, size and pixels (kept for a restart).
    photo: Option<(u32, u32, u32, js_sys::Uint8Array)>,
    /// The object URL on show, revoked when replaced.
    url: Option<String>,
    /// The newest image, being decoded before it is shown.
    decoding: Option<String>,
}

/// Sends drafts to the render worker.
#[derive(Clone)]
pub struct RenderHandle(Rc<RefCell<Inner>>);

impl PartialEq for RenderHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl RenderHandle {
    /// Asks for this draft to be drawn (replacing any not yet sent).
    pub fn draw(&self, draft: &Draft) {
        let mut inner = self.0.borrow_mut();
        inner.next_id += 1;
        let id = inner.next_id;
        let photo = inner.photo.as_ref().map(|p| p.0);
        inner.sent.push((id, draft.clone(), photo));
        if inner.sent.len() > 8 {
            inner.sent.remove(0);
        }
        inner.last = Some(draft.clone());
        let job = RenderJob {
            id,
            board: draft.board.clone(),
            size: draft.size.clone(),
            pledge: Pledge {
                // When writing, the words it says (not drawn: carried in
                // the image's pledge record), not the typed ones.
                text: draft.words().to_owned(),
                name: draft.name.clone(),
                date: String::new(),
                lang: Some(draft.lang.clone()),
                placement: draft.placement,
                writing: (draft.mode == Mode::Write).then(|| draft.writing.clone()),
                paper: draft.mode == Mode::Paper,
            },
        };
        match &inner.client {
            Some(c) => c.render(job),
            None => inner
                .dispatch
                .dispatch(broken("the render worker is not running".into())),
        }
    }

    /// Gives the worker the photo (or takes it away) for the next drawings.
    pub fn set_photo(&self, photo: Option<(u32, u32, u32, js_sys::Uint8Array)>) {
        let mut inner = self.0.borrow_mut();
        inner.photo = photo;
        if let Some(c) = &inner.client {
            c.set_photo(inner.photo.as_ref().map(|(_, w, h, rgba)| (*w, *h, rgba)));
        }
    }

    /// Starts a new worker and draws the last draft again.
    pub fn restart(&self) {
        start(&self.0);
        let last = self.0.borrow().last.clone();
        self.0
            .borrow()
            .dispatch
            .dispatch(Action::Preview(PreviewAction::Retry));
        if let Some(d) = last {
            self.draw(&d);
        }
    }
}

fn start(inner: &Rc<RefCell<Inner>>) {
    let weak = Rc::downgrade(inner);
    let on_event = Rc::new(move |e: WorkerEvent| {
        if let Some(inner) = weak.upgrade() {
            on_event(&inner, e);
        }
    });
    let campaign = inner.borrow().campaign.clone();
    let client = RenderClient::start(WORKER_SCRIPT, campaign, on_event);
    let mut i = inner.borrow_mut();
    i.client = None; // stop the old worker first
    match client {
        Ok(c) => {
            if let Some((_, w, h, rgba)) = &i.photo {
                c.set_photo(Some((*w, *h, rgba)));
            }
            i.client = Some(c)
        }
        Err(e) => i.dispatch.dispatch(broken(e)),
    }
}

fn on_event(inner: &Rc<RefCell<Inner>>, e: WorkerEvent) {
    let dispatch = inner.borrow().dispatch.clone();
    let reply = match e {
        WorkerEvent::Crashed(why) => return dispatch.dispatch(broken(why)),
        WorkerEvent::StartedLate => {
            return dispatch.dispatch(Action::Preview(PreviewAction::Retry))
        }
        WorkerEvent::Reply(r) => r,
    };
    match reply {
        Response::Ready => {}
        Response::StartFailed(why) => dispatch.dispatch(broken(why)),
        Response::FetchingFonts { fonts, .. } => {
            dispatch.dispatch(Action::Preview(PreviewAction::FetchingFonts(fonts)))
        }
        Response::Rendered {
            id,
            png,
            width,
            height,
        } => {
            let mut i = inner.borrow_mut();
            let Some((draft, photo)) = i
                .sent
                .iter()
                .find(|(n, _, _)| *n == id)
                .map(|(_, d, p)| (d.clone(), *p))
            else {
                return;
            };
            let url = match files::png_url(&png) {
                Ok(url) => url,
                Err(e) => return dispatch.dispatch(broken(e)),
            };
            if let Some(older) = i.decoding.replace(url.clone()) {
                files::revoke(&older);
            }
            drop(i);
            // Shown once decoded: an <img> whose picture is not ready yet
            // has no height, and the page would jump (and a tap land on
            // the wrong thing) as it arrives.
            let inner = inner.clone();
            wasm_bindgen_futures::spawn_local(async move {
                files::decode_image(&url).await;
                let mut i = inner.borrow_mut();
                if i.decoding.as_deref() != Some(url.as_str()) {
                    return; // a newer image came meanwhile (this one is revoked)
                }
                i.decoding = None;
                if let Some(old) = i.url.replace(url.clone()) {
                    files::revoke(&old);
                }
                i.sent.retain(|(n, _, _)| *n > id);
                drop(i);
                dispatch.dispatch(Action::Preview(PreviewAction::Rendered(Shown {
                    url: url.into(),
                    width,
                    height,
                    drawn_from: draft,
                    photo,
                })));
            });
        }
        Response::TooLong { chars, limit, .. } => {
            drop_decoding(inner);
            dispatch.dispatch(Action::Text(TextAction::TooLong { chars, limit }))
        }
        Response::Failed { problem, .. } => {
            drop_decoding(inner);
            dispatch.dispatch(match problem {
                Problem::Font { font, .. } => Action::Preview(PreviewAction::FontFailed(font)),
                Problem::Campaign(why) | Problem::Other(why) => broken(why),
            })
        }
    }
}

/// The board cannot be drawn: the page says so (in the person's words);
/// why, in the developer's, goes to the console for the web team.
fn broken(why: String) -> Action {
    gloo::console::warn!(format!("Pledge Board: the board cannot be drawn: {why}"));
    Action::Preview(PreviewAction::Broken(why))
}

/// A newer job ended without an image: an older image still being decoded
/// must not be shown after it (it would hide that answer).
fn drop_decoding(inner: &Rc<RefCell<Inner>>) {
    if let Some(url) = inner.borrow_mut().decoding.take() {
        files::revoke(&url);
    }
}

/// The editor's render worker, started once.
#[hook]
pub fn use_render(campaign: Rc<Campaign>, dispatch: UseReducerDispatcher<Editor>) -> RenderHandle {
    let handle = use_memo((), move |_| {
        let inner = Rc::new(RefCell::new(Inner {
            client: None,
            campaign,
            dispatch,
            next_id: 0,
            sent: Vec::new(),
            last: None,
            photo: None,
            url: None,
            decoding: None,
        }));
        start(&inner);
        RenderHandle(inner)
    });
    (*handle).clone()
}
