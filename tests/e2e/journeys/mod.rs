//! The journeys a person makes, each run in all three engines: Chromium,
//! Firefox ESR and WebKitGTK (Safari's engine). Every journey is one
//! function taking the engine; [`in_every_engine!`] makes a test of it per
//! engine, named `<journey>::chromium`, `::firefox` and `::webkit`, so one
//! engine's run is `cargo test --test e2e -- ::webkit`.
//!
//! What an engine cannot do is never skipped in silence: such a test is
//! written out by hand with what it does instead in its name (and the
//! README's test section lists it).

mod editing;
mod harness_checks;
mod layout;
mod leaving;
mod photo;

use crate::harness::{Browser, Engine};

/// One test per engine for the journey `$journey` (an `async fn(Engine)`),
/// in a module called `$name`.
macro_rules! in_every_engine {
    ($name:ident, $journey:ident) => {
        mod $name {
            use crate::harness::Engine;
            #[tokio::test]
            async fn chromium() {
                super::$journey(Engine::Chromium).await
            }
            #[tokio::test]
            async fn firefox() {
                super::$journey(Engine::Firefox).await
            }
            #[tokio::test]
            async fn webkit() {
                super::$journey(Engine::WebKit).await
            }
        }
    };
}
pub(crate) use in_every_engine;

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
