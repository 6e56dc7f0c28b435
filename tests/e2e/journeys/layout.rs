//! The page's layout in each engine: a phone's width with nothing scrolling
//! sideways, the desktop, Urdu mirrored, and screenshots of each to look at
//! (`tests/output/<engine>-*.png`).

use super::{in_every_engine, shot};
use crate::editor::{finish, wait_for_preview_height};
use crate::harness::{open_app_in, Browser, Engine, StaticServer};
use crate::languages::{assert_heading_mirrored, choose_language, texts, wait_for_language};

/// Fails if anything on the page reaches past the viewport's right edge.
pub(crate) async fn assert_no_sideways_scroll(b: &Browser, state: &str) {
    let v = b
        .js("const over = [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
               .filter(e => getComputedStyle(e).position !== 'fixed')
               .map(e => e.tagName + '.' + e.className);
             return [document.documentElement.scrollWidth, window.innerWidth, over.slice(0, 5)]")
        .await;
    assert!(
        v[0].as_f64() <= v[1].as_f64(),
        "{state}: the page scrolls sideways: {v}"
    );
    assert_eq!(
        v[2],
        serde_json::json!([]),
        "{state}: reaching past the edge"
    );
}

/// Fails if any text field or drop-down is set smaller than 16 CSS pixels:
/// Safari on iPhone zooms the page in when such a field takes focus (and
/// leaves it zoomed), which on a 320 px phone hides most of the editor.
async fn assert_fields_are_16_px_or_more(b: &Browser) {
    let small = b
        .js("return [...document.querySelectorAll('input, textarea, select')]
               .filter(e => e.type !== 'hidden' && e.type !== 'radio' && e.type !== 'checkbox' && e.type !== 'file')
               .map(e => [e.id || e.name || e.tagName, parseFloat(getComputedStyle(e).fontSize)])
               .filter(([, size]) => !(size >= 16))")
        .await;
    assert_eq!(small, serde_json::json!([]), "fields under 16 px");
    let fields = b
        .js("return document.querySelectorAll('textarea, select, input[type=text]').length")
        .await;
    assert!(
        fields.as_u64() >= Some(3),
        "the text box, the name and the language: {fields}"
    );
}

/// At `width` CSS pixels: no sideways scroll, the text box fits, the whole
/// page screenshotted before and after a pledge with a photo board.
async fn narrow(engine: Engine, width: u32) {
    let (server, b) = open_app_in(engine, width, 700).await;
    assert_eq!(
        b.js("return window.innerWidth").await,
        width,
        "the viewport"
    );
    b.by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    assert_no_sideways_scroll(&b, "empty").await;
    let fits = b
        .js(
            "const r = document.getElementById('pledge-text').getBoundingClientRect();
             return r.left >= 0 && r.right <= window.innerWidth",
        )
        .await;
    assert_eq!(fits, true, "the text box fits");
    assert_fields_are_16_px_or_more(&b).await;
    b.screenshot(&shot(engine, &format!("{width}"))).await;
    b.type_into(
        "Your pledge",
        "Wherever you are from, you are welcome here.",
    )
    .await;
    b.click("radio", "Many voices, with photo").await;
    wait_for_preview_height(&b, 1080).await;
    assert_no_sideways_scroll(&b, "typed").await;
    b.assert_accessible(&format!("at {width} px")).await;
    b.full_page_screenshot(&shot(engine, &format!("{width}-full")))
        .await;
    finish(b, &server).await;
}

mod at_320_px_nothing_scrolls_sideways {
    use crate::harness::Engine;
    use crate::journeys::within_time;
    #[tokio::test]
    async fn chromium() {
        within_time(super::narrow(Engine::Chromium, 320)).await
    }
    #[tokio::test]
    async fn firefox() {
        within_time(super::narrow(Engine::Firefox, 320)).await
    }
    /// GTK will not make MiniBrowser's window narrower than 334 CSS pixels,
    /// so WebKit is checked at its narrowest window instead of 320.
    #[tokio::test]
    async fn webkit_at_334_px_as_its_window_is_never_narrower() {
        within_time(super::narrow(Engine::WebKit, 334)).await
    }
}

async fn desktop(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    // The editor and the board side by side.
    let side = b
        .js(
            "const a = document.getElementById('pledge-text').getBoundingClientRect();
             const p = document.querySelector('canvas.board-image').getBoundingClientRect();
             return p.left >= a.right - 1",
        )
        .await;
    assert_eq!(side, true, "the board beside the editor");
    assert_no_sideways_scroll(&b, "desktop").await;
    b.screenshot(&shot(engine, "desktop")).await;
    finish(b, &server).await;
}
in_every_engine!(on_a_desktop_the_board_sits_beside_the_editor, desktop);

async fn urdu(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    let ur = texts("ur");
    b.by_role("heading", "Make your pledge").await;
    choose_language(&b, "Language", "ur").await;
    wait_for_language(&b, "ur", "rtl").await;
    b.by_role("heading", &ur.get("heading")).await;
    b.by_role("button", &ur.get("download")).await;
    b.by_role("img", &ur.fmt("board-alt-empty", &[("photo", "no".into())]))
        .await;
    assert_heading_mirrored(&b).await;
    // The editor's column is on the right, the board's on the left.
    let sides = b
        .js(
            "const a = document.getElementById('pledge-text').getBoundingClientRect();
             const p = document.querySelector('canvas.board-image').getBoundingClientRect();
             return p.right <= a.left + 1",
        )
        .await;
    assert_eq!(sides, true, "the layout is not mirrored");
    b.type_into(&ur.get("pledge-label"), "ہم سب ایک ہیں").await;
    wait_for_preview_height(&b, 1080).await;
    b.assert_accessible("in Urdu").await;
    b.screenshot(&shot(engine, "urdu-desktop")).await;
    b.reload().await;
    wait_for_language(&b, "ur", "rtl").await;
    finish(b, &server).await;
}
in_every_engine!(urdu_mirrors_the_page, urdu);

/// Records, every frame from the start, where the "Choose a design"
/// section's top is on the page (what a person scrolled down to it sees
/// move if anything above it changes height), until 6 s after it first
/// appeared (counted from then, not from the start: on a busy machine the
/// editor has taken over 4 s to appear).
const POSITION_RECORDER: &str = "window.__tops = [];
let seen;
const watch = () => {
  const el = document.querySelector('.editor-design');
  if (el) {
    if (seen === undefined) seen = performance.now();
    const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
    if (window.__tops[window.__tops.length - 1] !== top) window.__tops.push(top);
  }
  if (seen === undefined || performance.now() < seen + 6000) requestAnimationFrame(watch);
};
requestAnimationFrame(watch);";

/// While the first preview is drawn nothing on the page moves: at two
/// phones' widths and a desktop's, the "Choose a design" section stays put
/// from the first frame (the recorder runs before the page's own scripts).
async fn nothing_jumps(engine: Engine, touch: bool) {
    let server = StaticServer::serve_dist();
    server.set_script_before_page(POSITION_RECORDER.into());
    // WebKitGTK's window is never narrower than 334 px.
    let narrowest = if engine == Engine::WebKit { 334 } else { 320 };
    for (w, h) in [(narrowest, 640), (360, 740), (1280, 900)] {
        let b = if touch && w < 1000 {
            Browser::start_touch(w, h).await
        } else {
            Browser::launch(engine, w, h).await
        };
        b.goto(&server.url("/")).await;
        b.by_role("img", "Pledge board, empty: your pledge will appear here.")
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
        let tops = b.js("return window.__tops").await;
        assert_eq!(
            tops.as_array().map(Vec::len),
            Some(1),
            "{} at {w} px: the page below the board moved: {tops}",
            engine.name()
        );
        b.assert_no_console_errors().await;
        b.close().await;
    }
}

/// Phones as Chromium emulates them (touch, device pixel ratio 2); the
/// other engines' drivers cannot emulate a touch screen, so there the
/// phones' widths are plain windows.
mod nothing_jumps_while_the_first_preview_is_drawn {
    use crate::harness::Engine;
    use crate::journeys::within_time;
    #[tokio::test]
    async fn chromium_with_touch_screen_phones() {
        within_time(super::nothing_jumps(Engine::Chromium, true)).await
    }
    #[tokio::test]
    async fn firefox_in_windows_as_narrow_as_phones_as_its_driver_cannot_emulate_touch() {
        within_time(super::nothing_jumps(Engine::Firefox, false)).await
    }
    #[tokio::test]
    async fn webkit_in_windows_as_narrow_as_phones_as_its_driver_cannot_emulate_touch() {
        within_time(super::nothing_jumps(Engine::WebKit, false)).await
    }
}
