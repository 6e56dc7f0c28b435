//! Telling the page that shows the editor in an iframe how tall the editor
//! is, so that the iframe can fit it with no scrollbar of its own (our
//! host-side script, `static/embed.js`, does the fitting). The height goes
//! only to the origins the campaign file lists (`embed.parent_origins`): a
//! page anywhere else that frames the editor is told nothing.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message's `type`; its `height` is in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "pledge-board:height";
/// From the embedding page: `top`, how many CSS pixels of the editor are
/// above its window (so "Exit this page" can stay in view).
pub const VIEWPORT_MESSAGE: &str = "pledge-board:viewport";

/// The window this page is framed by, if it is in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok()??;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// The page's content height, rounded up.
fn content_height() -> u32 {
    let body = gloo::utils::body();
    let bottom = body.get_bounding_client_rect().bottom();
    let scrolled = gloo::utils::window().scroll_y().unwrap_or(0.0);
    (bottom + scrolled).ceil().max(0.0) as u32
}

/// If the page is framed: marks it (`data-embedded` on the root, so the
/// stylesheet sizes nothing by the frame's own height, which follows the
/// content) and, from now on, sends the allowed parent origins the
/// content's height whenever it changes.
pub fn report_height(origins: Vec<String>) {
    let origins_for_viewport = origins.clone();
    let Some(parent) = parent() else {
        return;
    };
    let _ = gloo::utils::document_element().set_attribute("data-embedded", "");
    follow_viewport(parent.clone(), origins_for_viewport);
    let mut last = 0u32;
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = content_height();
        if height == last {
            return;
        }
        last = height;
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        for origin in &origins {
            // Delivered only if the parent is at exactly this origin.
            let _ = parent.post_message(&message, origin);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&gloo::utils::body());
    // For as long as the page lasts.
    send.forget();
    std::mem::forget(observer);
}

/// Keeps "Exit this page" at the top of the embedding page's window: the
/// page says how much of the editor is above its window, and the bar moves
/// down by that much (`--exit-offset`, set through the CSSOM). Only from
/// the parent window, at an allowed origin.
fn follow_viewport(parent: web_sys::Window, origins: Vec<String>) {
    let listener = gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = e.source().is_some_and(|s| Object::is(&s, &parent));
        if !from_parent || !origins.iter().any(|o| *o == e.origin()) {
            return;
        }
        let data = e.data();
        let kind = Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let top = Reflect::get(&data, &"top".into())
            .ok()
            .and_then(|v| v.as_f64());
        let (Some(kind), Some(top)) = (kind, top) else {
            return;
        };
        if kind != VIEWPORT_MESSAGE || !top.is_finite() {
            return;
        }
        // Never below the editor's end.
        let bar = gloo::utils::document()
            .query_selector(".quick-exit")
            .ok()
            .flatten()
            .map_or(0.0, |b| b.get_bounding_client_rect().height());
        let room = (content_height() as f64 - bar).max(0.0);
        let offset = top.clamp(0.0, room).round();
        super::page::set_properties(&[("--exit-offset", format!("{offset}px"))]);
    });
    listener.forget();
}
