//! The end-to-end harness: serves the release build in `dist/` on a loopback
//! port and drives it in Chromium, Firefox or WebKit through WebDriver, finding
//! elements by role and accessible name as a screen reader would, and
//! collecting console errors, uncaught exceptions and failed requests.

mod browser;
mod checks;
mod commands;
mod downloads;
mod engines;
mod processes;
mod server;
mod trap;
mod waits;
mod window;

pub use browser::Browser;
pub use engines::Engine;
// (Only the benchmarks measure memory.)
#[allow(unused_imports)]
pub use processes::{resident_bytes, PeakMemory};
// (Not every test target that shares the harness uses the policy.)
#[allow(unused_imports)]
pub use server::{hosting_policy, StaticServer};

use std::path::PathBuf;

/// Once per run: a failing test's message is said again after its
/// backtrace, so that the tail of a long log (all CI keeps of a run)
/// shows why a test failed, not only where.
pub(crate) fn say_failures_last() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            default(info);
            eprintln!("\nthe failure, again: {info}");
        }));
    });
}

/// Where tests write screenshots and other output for people to look at.
pub fn output_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/output");
    std::fs::create_dir_all(&dir).expect("create tests/output");
    dir
}

/// Serves `dist/` and opens a fresh browser on it, at the given window size.
pub async fn open_app(width: u32, height: u32) -> (StaticServer, Browser) {
    let server = StaticServer::serve_dist();
    let browser = Browser::start(width, height).await;
    browser.goto(&server.url("/")).await;
    (server, browser)
}

/// Serves `dist/` and opens a fresh browser of this engine on it.
pub async fn open_app_in(engine: Engine, width: u32, height: u32) -> (StaticServer, Browser) {
    let server = StaticServer::serve_dist();
    let browser = Browser::launch(engine, width, height).await;
    browser.goto(&server.url("/")).await;
    (server, browser)
}
