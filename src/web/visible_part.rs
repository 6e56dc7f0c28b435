//! Keeps "Exit this page" in the part of the page the person can see.
//!
//! The bar sticks to the top of the layout viewport. When an on-screen
//! keyboard opens, Safari on iPhone (and Chrome on Android since version
//! 108) keeps that viewport and moves the visible part, the visual
//! viewport, down inside it; so does zooming in with two fingers. The bar
//! would then sit above what is seen, out of reach just while the person
//! types. The visual viewport's offset (`visualViewport.offsetTop`) is kept
//! in `--exit-visual` on the root, and the stylesheet moves the bar down by
//! it. A page in an iframe follows its embedding page instead (`embed`).

use wasm_bindgen::prelude::*;

/// From now on, for as long as the page lasts. Nothing where the browser
/// has no `visualViewport` (the bar then stays where it sticks).
pub fn keep_exit_in_view() {
    let Some(viewport) = gloo::utils::window().visual_viewport() else {
        return;
    };
    let seen = viewport.clone();
    let mut last = f64::NAN;
    let follow = Closure::<dyn FnMut()>::new(move || {
        let top = seen.offset_top().max(0.0).round();
        if top != last {
            last = top;
            super::page::set_properties(&[("--exit-visual", format!("{top}px"))]);
        }
    });
    for event in ["resize", "scroll"] {
        let _ = viewport.add_event_listener_with_callback(event, follow.as_ref().unchecked_ref());
    }
    follow.forget();
}
