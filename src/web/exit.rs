//! "Exit this page": forget the draft and the photo, hide the page, and
//! replace the whole window (the top one, from inside an iframe too) with a
//! neutral site, as GOV.UK's "Exit this page" does.

/// Leaves at once for `url`. Storage is cleared first and refused from
/// then on, so nothing still on its way (a photo being prepared) is kept.
pub fn leave(url: &str) {
    super::storage::forget_everything();
    // Nothing of the page stays on screen while the next one loads.
    if let Some(body) = gloo::utils::document().body() {
        body.set_hidden(true);
    }
    let window = gloo::utils::window();
    // The whole window (an embedding page's sandbox must allow
    // `allow-top-navigation`; README: Embedding)...
    // (A cross-origin top window is not `instanceof Window` here: use it
    // as it comes.)
    if let Ok(Some(top)) = window.top() {
        let _ = top.location().replace(url);
    }
    // ...and this frame in any case, should the top one refuse.
    let _ = window.location().replace(url);
}
