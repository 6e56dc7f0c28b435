//! The journeys a person makes, each run in all three engines: Chromium,
//! Firefox ESR and WebKitGTK (Safari's engine). Every journey is one
//! function taking the engine; [`in_every_engine!`] makes a test of it per
//! engine, named `<journey>::chromium`, `::firefox` and `::webkit`, so one
//! engine's run is `cargo test --test e2e -- ::webkit`.
//!
//! What an engine cannot do is never skipped in silence: such a test is
//! written out by hand with what it does instead in its name (and the
//! README's test section lists it).

mod artwork;
mod check_page;
mod editing;
mod fallback;
mod first_view;
mod fonts;
mod harness_checks;
mod keyboard;
mod layout;
mod leaving;
mod montage;
mod montage_brand;
mod montage_crop;
mod montage_decoders;
mod montage_language;
mod montage_many;
mod paper;
mod pen;
mod photo;
mod photo_decoders;
mod print;
mod sharing;

use crate::harness::{Browser, Engine};

/// One test per engine for the journey `$journey` (an `async fn(Engine)`),
/// in a module called `$name`.
macro_rules! in_every_engine {
    ($name:ident, $journey:ident) => {
        mod $name {
            use crate::harness::Engine;
            use crate::journeys::within_time;
            #[tokio::test]
            async fn chromium() {
                within_time(super::$journey(Engine::Chromium)).await
            }
            #[tokio::test]
            async fn firefox() {
                within_time(super::$journey(Engine::Firefox)).await
            }
            #[tokio::test]
            async fn webkit() {
                within_time(super::$journey(Engine::WebKit)).await
            }
        }
    };
}
pub(crate) use in_every_engine;

/// Runs a journey, failing it if it takes over three minutes: a browser
/// that died under its driver leaves a WebDriver command waiting for ever,
/// and that must be a failure, not a run that never ends.
pub(crate) async fn within_time(journey: impl std::future::Future<Output = ()>) {
    let limit = std::time::Duration::from_secs(180);
    if tokio::time::timeout(limit, journey).await.is_err() {
        panic!(
            "the journey took over {} s: a browser hung or died",
            limit.as_secs()
        );
    }
}

/// Every cookie the browser holds for the pages at `urls` (each opened in
/// turn). Chromium could list every site's through DevTools; WebDriver,
/// which all three engines speak, gives a page's own, HttpOnly ones too.
pub(crate) async fn cookies_at(b: &Browser, urls: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for url in urls {
        b.goto(url).await;
        for c in b.client.get_all_cookies().await.expect("the cookies") {
            found.push(format!("{url}: {}={}", c.name(), c.value()));
        }
        let script = b.js("return document.cookie").await;
        if script != "" {
            found.push(format!("{url}: document.cookie = {script}"));
        }
    }
    found
}

/// The file name prefix of this engine's screenshots in `tests/output/`.
pub(crate) fn shot(engine: Engine, what: &str) -> String {
    format!("{}-{what}", engine.name())
}
