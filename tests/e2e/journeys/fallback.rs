//! When the app cannot run, in each engine: the plain page in the
//! campaign's words (paper pledge, e-mail, hashtags, 999, 101, the online
//! report, a way out, every language), never a blank page.
//!
//! - JavaScript off, in each engine's own settings: the page's `<noscript>`.
//! - A browser without a feature the app needs (WebAssembly, or
//!   ResizeObserver, each removed before `check.js` runs): `check.js` shows
//!   the page and names what is missing.
//! - The app's wasm missing on the server: `start.js` shows the page.
//!
//! The app is a copy of the build whose campaign file was changed (its
//! neutral site is a local one) and whose fallback was rewritten with
//! `pledge-render --write-fallback`, as a force would after editing a
//! deployed campaign file.

use super::{in_every_engine, shot};
use crate::editor::press;
use crate::embed::Sites;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;

const HEADING: &str = "You can still make your pledge";

/// The app's copy, with pages that each take something away.
struct Broken {
    sites: Sites,
}

impl Broken {
    fn start() -> Broken {
        let sites = Sites::start();
        let dir = sites.app_dir();
        let args = pledge_board::cli::parse([
            "--campaign".into(),
            dir.join("campaign.toml").into_os_string(),
            "--write-fallback".into(),
            dir.clone().into_os_string(),
        ])
        .unwrap();
        pledge_board::cli::run(&args).expect("pledge-render --write-fallback on the copy");
        let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(
            index.contains(&sites.neutral.url("/weather.html")),
            "the copy's fallback names its campaign's neutral site"
        );
        let before_check = "<script type=\"module\"";
        assert!(index.contains(before_check), "{index}");
        for (page, script, remove) in [
            (
                "no-webassembly.html",
                "remove-webassembly.js",
                "WebAssembly",
            ),
            (
                "no-resize-observer.html",
                "remove-resize-observer.js",
                "ResizeObserver",
            ),
        ] {
            std::fs::write(dir.join(script), format!("delete window.{remove};\n")).unwrap();
            let html = index.replace(
                before_check,
                &format!("<script src=\"./{script}\"></script>{before_check}"),
            );
            std::fs::write(dir.join(page), html).unwrap();
        }
        let wasm = regex_free_wasm_name(&index);
        std::fs::write(
            dir.join("wasm-missing.html"),
            index.replace(&wasm, "missing_bg.wasm"),
        )
        .unwrap();
        Broken { sites }
    }

    fn app(&self) -> &StaticServer {
        &self.sites.app
    }
}

/// The app's wasm file name, from `start.js?…&wasm=<name>`.
pub(super) fn regex_free_wasm_name(index: &str) -> String {
    let at = index.find("wasm=").expect("start.js names the wasm") + "wasm=".len();
    index[at..].split('"').next().unwrap().to_owned()
}

/// The plain page is on show, with `why` in its first paragraph, and the
/// editor is not.
async fn assert_fallback(b: &Browser, why: &str, what: &str) {
    b.by_role("heading", HEADING).await;
    let said = b
        .client
        .find(Locator::Id("fallback-why"))
        .await
        .unwrap_or_else(|e| panic!("{what}: no reason given: {e}"))
        .text()
        .await
        .unwrap();
    assert!(said.contains(why), "{what}: the page says {said:?}");
    let page = b
        .client
        .find(Locator::Css(".fallback"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for words in [
        "Write your pledge on a sheet of paper",
        "hatecrime.pledges@example.org",
        "#NationalHCAW",
        "@LPStaySafe",
        "In an emergency, call 999.",
        "If it is not an emergency, call 101.",
    ] {
        assert!(
            page.contains(words),
            "{what}: {words:?} missing from {page:?}"
        );
    }
    b.by_role(
        "link",
        "True Vision (report online, anonymously if you wish)",
    )
    .await;
    b.by_role("link", "Exit this page").await;
    assert!(
        b.all_by_role("textbox").await.is_empty(),
        "{what}: the editor is on show as well"
    );
    // The editor's first view (index.html) is gone, or hidden.
    for view in b
        .client
        .find_all(Locator::Css("[data-first-view]"))
        .await
        .unwrap()
    {
        assert!(
            !view.is_displayed().await.unwrap(),
            "{what}: the editor's first view is on show beside the plain page"
        );
    }
}

async fn without_javascript(engine: Engine) {
    let broken = Broken::start();
    let b = Browser::launch_without_javascript(engine, 1024, 800).await;
    b.goto(&broken.app().url("/")).await;
    assert_fallback(
        &b,
        "JavaScript is turned off in this browser",
        "JavaScript off",
    )
    .await;
    b.screenshot(&shot(engine, "fallback-no-javascript")).await;
    let exit = b.by_role("link", "Exit this page").await;
    assert_eq!(
        exit.attr("href").await.unwrap(),
        Some(broken.sites.neutral.url("/weather.html"))
    );
    // The same page in Urdu, right to left.
    b.click("link", "اردو").await;
    b.by_role("heading", "آپ پھر بھی اپنا عہد کر سکتے ہیں")
        .await;
    let html = b.client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ur"));
    b.screenshot(&shot(engine, "fallback-ur")).await;
    b.click("link", "یہ صفحہ چھوڑیں").await;
    b.until_at(&broken.sites.neutral.url("/weather.html"), "Exit this page")
        .await;
    assert!(
        b.foreign_requests().is_empty(),
        "{:?}",
        b.foreign_requests()
    );
    b.close().await;
}
in_every_engine!(
    with_javascript_off_the_page_says_how_to_pledge_on_paper,
    without_javascript
);

async fn without_a_feature_or_the_wasm(engine: Engine) {
    let broken = Broken::start();
    let b = Browser::launch(engine, 1024, 800).await;
    for (page, why) in [
        ("no-webassembly.html", "it lacks WebAssembly."),
        ("no-resize-observer.html", "it lacks ResizeObserver."),
        ("wasm-missing.html", "The pledge board could not start"),
    ] {
        b.goto(&broken.app().url(&format!("/{page}"))).await;
        assert_fallback(&b, why, page).await;
        b.assert_accessible(page).await;
        let unsupported = b
            .js("return document.documentElement.getAttribute('data-unsupported')")
            .await;
        assert_eq!(
            unsupported.as_str().is_some(),
            page != "wasm-missing.html",
            "{page}: {unsupported}"
        );
        b.screenshot(&shot(
            engine,
            &format!("fallback-{}", page.trim_end_matches(".html")),
        ))
        .await;
    }
    // Only the failure to start was reported, as an error, once.
    let errors = b.console_errors().await;
    assert!(
        errors
            .iter()
            .any(|e| e.contains("Pledge Board could not start")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .all(|e| e.contains("Pledge Board could not start") || e.contains("missing_bg.wasm")),
        "{errors:?}"
    );
    let violations = b.csp_violations().await;
    assert!(violations.is_empty(), "{violations:?}");
    // Escape leaves, as in the app.
    b.click("heading", HEADING).await;
    press(&b, "\u{E00C}").await;
    b.until_at(&broken.sites.neutral.url("/weather.html"), "Escape")
        .await;
    b.by_role("heading", "Weather").await;
    assert!(
        b.foreign_requests().is_empty(),
        "{:?}",
        b.foreign_requests()
    );
    b.close().await;
}
in_every_engine!(
    without_a_feature_or_the_wasm_the_page_says_why_and_how_to_pledge_on_paper,
    without_a_feature_or_the_wasm
);
