//! A hook that owns the render worker for the editor: sends the draft to be
//! drawn, turns the worker's answers into [`Action`]s, keeps the pixels on
//! show for the preview's canvas, asks for their PNG once typing pauses
//! (or at once for Download and Share), and restarts the worker on request
//! after a failure.

use super::state::{Action, Draft, Editor, Mode, PreviewAction, Shown, TextAction};
use crate::campaign::Campaign;
use crate::render::Pledge;
use crate::web::files;
use crate::web::render_client::{RenderClient, WorkerEvent, WORKER_SCRIPT};
use crate::worker::protocol::{Problem, RenderJob, Response};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::ImageData;
use yew::prelude::*;

/// How long the preview must stay the same before its PNG is made: longer
/// than the pause between keys, so typing is never kept waiting behind an
/// encoding, and shorter than a move to the Download button.
const ENCODE_AFTER_MS: u32 = 400;

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
    /// The picture on show: its job's number and pixels.
    picture: Option<(u32, ImageData)>,
    /// The object URL of the PNG of the picture on show, revoked when
    /// replaced.
    png: Option<String>,
    /// Asks for the PNG once the picture has stayed for a moment.
    encode_timer: Option<Timeout>,
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

    /// The pixels of picture `id`, if it is the one on show.
    pub fn pixels(&self, id: u32) -> Option<ImageData> {
        let inner = self.0.borrow();
        let (n, pixels) = inner.picture.as_ref()?;
        (*n == id).then(|| pixels.clone())
    }

    /// Asks for the PNG of picture `id` now (Download or Share waits).
    pub fn want_png(&self, id: u32) {
        let mut inner = self.0.borrow_mut();
        inner.encode_timer = None;
        if let Some(c) = &inner.client {
            c.encode(id);
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
        WorkerEvent::Drawn { id, pixels } => return show(inner, id, pixels),
        WorkerEvent::Reply(r) => r,
    };
    match reply {
        Response::Ready => {}
        Response::StartFailed(why) => dispatch.dispatch(broken(why)),
        Response::FetchingFonts { fonts, .. } => {
            dispatch.dispatch(Action::Preview(PreviewAction::FetchingFonts(fonts)))
        }
        // Made when asked for: kept for Download and Share if it is still
        // the picture on show.
        Response::Encoded { id, png } => {
            let mut i = inner.borrow_mut();
            if i.picture.as_ref().map(|p| p.0) != Some(id) {
                return;
            }
            let url = match files::png_url(&png) {
                Ok(url) => url,
                Err(e) => return dispatch.dispatch(broken(e)),
            };
            if let Some(old) = i.png.replace(url.clone()) {
                files::revoke(&old);
            }
            drop(i);
            dispatch.dispatch(Action::Preview(PreviewAction::Encoded {
                picture: id,
                url: url.into(),
            }));
        }
        Response::Drawn { .. } => {} // with its pixels, as WorkerEvent::Drawn
        Response::TooLong { chars, limit, .. } => {
            dispatch.dispatch(Action::Text(TextAction::TooLong { chars, limit }))
        }
        Response::Failed { problem, .. } => dispatch.dispatch(match problem {
            Problem::Font { font, .. } => Action::Preview(PreviewAction::FontFailed(font)),
            Problem::Campaign(why) | Problem::Other(why) => broken(why),
        }),
    }
}

/// Shows job `id`'s pixels (the preview puts them on its canvas as it
/// renders), and asks for their PNG if they stay.
fn show(inner: &Rc<RefCell<Inner>>, id: u32, pixels: ImageData) {
    let mut i = inner.borrow_mut();
    let Some((draft, photo)) = i
        .sent
        .iter()
        .find(|(n, _, _)| *n == id)
        .map(|(_, d, p)| (d.clone(), *p))
    else {
        return;
    };
    i.sent.retain(|(n, _, _)| *n > id);
    let (width, height) = (pixels.width(), pixels.height());
    i.picture = Some((id, pixels));
    if let Some(old) = i.png.take() {
        files::revoke(&old);
    }
    let weak = Rc::downgrade(inner);
    i.encode_timer = Some(Timeout::new(ENCODE_AFTER_MS, move || {
        if let Some(inner) = weak.upgrade() {
            let i = inner.borrow();
            if let (Some(c), Some((n, _))) = (&i.client, &i.picture) {
                if *n == id {
                    c.encode(id);
                }
            }
        }
    }));
    let dispatch = i.dispatch.clone();
    drop(i);
    dispatch.dispatch(Action::Preview(PreviewAction::Rendered(Shown {
        picture: id,
        png: None,
        width,
        height,
        drawn_from: draft,
        photo,
    })));
}

/// The board cannot be drawn: the page says so (in the person's words);
/// why, in the developer's, goes to the console for the web team.
fn broken(why: String) -> Action {
    gloo::console::warn!(format!("Pledge Board: the board cannot be drawn: {why}"));
    Action::Preview(PreviewAction::Broken(why))
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
            picture: None,
            png: None,
            encode_timer: None,
        }));
        start(&inner);
        RenderHandle(inner)
    });
    (*handle).clone()
}
