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
    let Some(parent) = parent() else {
        return;
    };
    let _ = gloo::utils::document_element().set_attribute("data-embedded", "");
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
