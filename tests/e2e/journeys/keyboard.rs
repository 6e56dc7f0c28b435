//! "Exit this page" over an on-screen keyboard, in each engine. On a phone
//! (Safari on iPhone, Chrome on Android since 108) an open keyboard or a
//! pinch-zoom moves the visible part of the page (the visual viewport)
//! down inside the layout viewport the bar sticks to, and the browser
//! reports how far as `visualViewport.offsetTop`. No engine here has an
//! on-screen keyboard, so the test gives the page that offset as a phone's
//! browser would report it (a stand-in for `offsetTop`, then the viewport's
//! `resize` event) and checks that the bar moves down to the visible part
//! and back. What a real iPhone does is in the README ("Safari on iPhone").

use super::in_every_engine;
use crate::editor::{finish, wait_for_preview_height};
use crate::harness::{Browser, Engine, StaticServer};
use std::time::Duration;

/// The stand-in: `window.__e2eKeyboard(px)` makes the visual viewport
/// `px` below the layout viewport's top and says so as a browser does.
const KEYBOARD: &str = "(function () {
  var offset = 0;
  Object.defineProperty(VisualViewport.prototype, 'offsetTop', {
    configurable: true,
    get: function () { return offset; }
  });
  window.__e2eKeyboard = function (px) {
    offset = px;
    window.visualViewport.dispatchEvent(new Event('resize'));
  };
})();";

/// Where the bar's top is, from the layout viewport's top, once it is `want`.
async fn bar_top_becomes(b: &Browser, want: f64, what: &str) {
    let waited = format!("{what}: the bar's top at {want}");
    b.until(Duration::from_secs(5), &waited, async || {
        let top = b
            .js("return document.querySelector('.quick-exit').getBoundingClientRect().top")
            .await
            .as_f64()
            .unwrap();
        if (top - want).abs() < 1.0 {
            Ok(())
        } else {
            Err(format!("it is {top}"))
        }
    })
    .await
}

async fn exit_over_keyboard(engine: Engine) {
    let server = StaticServer::serve_dist();
    server.set_script_before_page(KEYBOARD.into());
    // A phone's width (WebKit's window is never narrower than 334 px).
    let b = Browser::launch(engine, 390, 700).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", "We stand together").await;
    wait_for_preview_height(&b, 1080).await;
    // Scrolled down to the pledge box, the bar stuck at the top.
    b.js("document.getElementById('pledge-text').scrollIntoView({block: 'center'}); return true")
        .await;
    bar_top_becomes(&b, 0.0, "scrolled, no keyboard").await;
    // The keyboard opens: the visible part is 260 px further down.
    b.js("window.__e2eKeyboard(260); return true").await;
    bar_top_becomes(&b, 260.0, "keyboard open").await;
    b.by_role("button", "Exit this page").await;
    // It closes: back to the top.
    b.js("window.__e2eKeyboard(0); return true").await;
    bar_top_becomes(&b, 0.0, "keyboard closed").await;
    finish(b, &server).await;
}
in_every_engine!(
    exit_this_page_follows_the_visible_part_when_a_phone_reports_its_keyboard,
    exit_over_keyboard
);
