//! The editor's first view (`src/first_view.rs`): on a slow line, the page
//! is readable, and can be left, before the app's wasm has arrived; when
//! the app starts, the editor takes its place without moving its words.

use super::{in_every_engine, shot};
use crate::editor::{copy_dir, finish, press};
use crate::embed::{neutral_site, temp};
use crate::harness::{Browser, Engine, StaticServer};
use serde_json::{json, Value};
use std::time::Duration;

/// The app's wasm, as `dist/index.html` names it to `start.js`.
fn app_wasm() -> &'static str {
    let index = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/index.html"),
    )
    .expect("dist/index.html: run make dist");
    let name = super::fallback::regex_free_wasm_name(&index);
    Box::leak(format!("/{name}").into_boxed_str())
}

/// Where the heading, the lede and the campaign's name are on the page:
/// [x, y, width, height] of each, with the width of the page's scroll bar
/// added back (a page too short to scroll has none where the browser's
/// scroll bars take room, as Firefox's do here: the editor's is long).
async fn places(b: &Browser) -> Value {
    b.js(
        "const bar = window.innerWidth - document.documentElement.clientWidth;
          return ['h1', '.lede', '.campaign-name'].map((s) => {
            const r = document.querySelector(s).getBoundingClientRect();
            return [r.x, r.y, r.width + bar, r.height].map(Math.round);
        })",
    )
    .await
}

async fn first_view(engine: Engine) {
    // The app's wasm held back, as a slow line would.
    let server = StaticServer::serve_dist_slowly(app_wasm(), Duration::from_secs(6));
    let b = Browser::launch(engine, 390, 800).await;
    b.goto(&server.url("/")).await;

    // Before the app: what the editor says first, and the way out.
    b.by_role("heading", "Make your pledge").await;
    let status = b
        .js("return document.querySelector('[data-first-view] [role=status]').textContent")
        .await;
    assert_eq!(status, "Loading the pledge board…");
    let exit = b.by_role("link", "Exit this page").await;
    assert_eq!(
        exit.attr("href").await.unwrap().as_deref(),
        Some("https://www.bbc.co.uk/weather")
    );
    assert!(
        b.all_by_role("textbox").await.is_empty(),
        "{}: the editor came before the app's wasm",
        engine.name()
    );
    let before = places(&b).await;
    b.assert_accessible("the first view").await;
    b.screenshot(&shot(engine, "first-view-390")).await;

    // The app starts: the editor in its place, once, the words where they were.
    b.by_role("textbox", "Your pledge").await;
    b.by_role("button", "Exit this page").await;
    let exits = b
        .js("return [...document.querySelectorAll('.quick-exit-button')].length")
        .await;
    assert_eq!(exits, 1, "{}: one way out", engine.name());
    assert_eq!(
        b.all_by_role("heading")
            .await
            .iter()
            .filter(|(_, n)| n == "Make your pledge")
            .count(),
        1
    );
    let left = b
        .js("return document.querySelectorAll('[data-first-view]').length")
        .await;
    assert_eq!(left, 0, "{}: the first view is still there", engine.name());
    assert_eq!(
        places(&b).await,
        before,
        "{}: the heading, lede and campaign name moved when the editor came",
        engine.name()
    );
    b.screenshot(&shot(engine, "first-view-then-editor-390"))
        .await;
    finish(b, &server).await;
}
in_every_engine!(
    on_a_slow_line_the_first_view_is_readable_and_the_editor_takes_its_place,
    first_view
);

/// Before the app has started, "Exit this page" and Escape leave as the
/// app's do: the whole window replaced by the neutral site (no new entry
/// in the history), and a draft
/// kept earlier in the tab forgotten (the first view's link alone would
/// keep it, and leave the page in the tab's history).
async fn leaving_before_the_app(engine: Engine) {
    let (neutral, neutral_dir) = neutral_site("first-view-neutral");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let weather = neutral.url("/weather.html");
    // The build, its first view's way out pointing at the neutral site.
    let app_dir = temp("first-view-app");
    copy_dir(&root.join("dist"), &app_dir);
    let index = std::fs::read_to_string(app_dir.join("index.html")).unwrap();
    let way_out = r#"<a class="quick-exit-button" href="https://www.bbc.co.uk/weather""#;
    assert!(index.contains(way_out), "the first view's way out moved");
    std::fs::write(
        app_dir.join("index.html"),
        index.replace(
            way_out,
            &format!(r#"<a class="quick-exit-button" href="{weather}""#),
        ),
    )
    .unwrap();
    // The app's wasm held back for longer than the journey takes.
    let server = StaticServer::serve_slowly(app_dir.clone(), app_wasm(), Duration::from_secs(60));
    let b = Browser::launch(engine, 390, 800).await;
    let draft = "pledge-board:nhcaw:draft";

    for (how, by_key) in [("the link", false), ("Escape", true)] {
        b.goto(&server.url("/")).await;
        b.by_role("heading", "Make your pledge").await;
        b.js(&format!(
            "sessionStorage.setItem('{draft}', 'text=Words+from+earlier'); return null"
        ))
        .await;
        let exit = b.by_role("link", "Exit this page").await;
        let entries = b.js("return history.length").await;
        if by_key {
            press(&b, "\u{E00C}").await;
        } else {
            exit.click().await.unwrap();
        }
        b.until_at(&weather, how).await;
        b.by_role("heading", "Weather").await;
        // Replaced, not added to: Back does not return to the pledge.
        assert_eq!(
            b.js("return history.length").await,
            entries,
            "{}: leaving by {how} added to the history",
            engine.name()
        );
        // Back at the app in the same tab (still before it starts): the
        // draft is gone.
        b.goto(&server.url("/")).await;
        b.by_role("heading", "Make your pledge").await;
        assert_eq!(
            b.js("return [sessionStorage.length, document.querySelectorAll('textarea').length]")
                .await,
            json!([0, 0]),
            "{}: after leaving by {how}, a draft was kept (or the app had started)",
            engine.name()
        );
    }
    b.assert_no_console_errors().await;
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    b.close().await;
    let _ = std::fs::remove_dir_all(neutral_dir);
    let _ = std::fs::remove_dir_all(app_dir);
}
in_every_engine!(
    before_the_app_starts_exit_and_escape_leave_and_forget_the_draft,
    leaving_before_the_app
);
