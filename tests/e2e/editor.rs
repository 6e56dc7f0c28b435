//! The editor in Chromium, used as a person would: too much text, script
//! fonts, another campaign file, and what happens when a font or the worker
//! fails (typing, examples, Download and what follows, a reload and Start
//! again are journeys in every engine: `journeys/editing.rs`). Every state is checked
//! with axe-core, and no test may see a console error or a request to any
//! origin but the app's own.

use crate::common::decode_png;
use crate::harness::{open_app, Browser, StaticServer};
use fantoccini::Locator;
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{Pledge, Renderer};
use std::path::Path;

/// Which picture the preview's canvas holds (the app marks it once the
/// pixels are on it), or "" if none yet.
pub(crate) async fn preview_picture(b: &Browser) -> String {
    b.js("const i = document.querySelector('canvas.board-image'); return i ? (i.dataset.picture || '') : ''")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Replaces a field's text as a paste does: the value, then one `input`
/// event; waits (as a person would) for the field to be on the page first,
/// since the app's files are asked for only once the first view is painted
/// and the page's `load` may come before the editor.
pub(crate) async fn paste(b: &Browser, css: &str, text: &str) {
    b.client
        .wait()
        .at_most(std::time::Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} never came: {e}"));
    b.client
        .execute(
            "const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1];
             el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
            vec![serde_json::json!(css), serde_json::json!(text)],
        )
        .await
        .unwrap();
}

/// The pixels of the image the preview shows, as (width, height, RGBA):
/// its canvas's, once the picture is on it.
pub(crate) async fn preview_pixels(b: &Browser) -> (u32, u32, Vec<u8>) {
    let url = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const read = () => {
               const i = document.querySelector('canvas.board-image');
               if (i && i.dataset.picture) done(i.toDataURL('image/png'));
               else setTimeout(read, 20);
             };
             read();",
            vec![],
        )
        .await
        .expect("read the preview");
    let url = url.as_str().unwrap_or_default();
    let data = url
        .strip_prefix("data:image/png;base64,")
        .expect("a PNG data URL");
    use base64::Engine;
    let png = base64::engine::general_purpose::STANDARD
        .decode(data)
        .expect("base64");
    decode_png(&png)
}

pub(crate) async fn value_of(b: &Browser, role: &str, name: &str) -> String {
    b.by_role(role, name)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// What every test ends with: nothing logged, nothing sent elsewhere.
pub(crate) async fn finish(b: Browser, server: &StaticServer) {
    b.assert_no_console_errors().await;
    assert_eq!(
        b.csp_violations().await,
        Vec::<String>::new(),
        "Content-Security-Policy violations"
    );
    assert_eq!(
        b.foreign_requests(),
        Vec::<String>::new(),
        "requests to other origins"
    );
    assert_eq!(
        server.failed_requests().len(),
        0,
        "{:?}",
        server.failed_requests()
    );
    b.close().await;
}

/// The native render engine with every font and the shipped campaign's
/// artwork, drawn from its files in `static/`.
pub(crate) fn native_renderer() -> Renderer {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut r = Renderer::with_fonts_from(&root.join("static/fonts")).unwrap();
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    pledge_board::artwork::prepare_from(&mut r, &c, &root.join("static")).unwrap();
    r
}

pub(crate) fn native_render(board: &str, size: &str, pledge: &Pledge) -> Vec<u8> {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    native_renderer()
        .render(&c, board, size, pledge)
        .unwrap()
        .to_png()
}

/// Waits until the preview image is `height` pixels tall.
pub(crate) async fn wait_for_preview_height(b: &Browser, height: u32) {
    // Generous: a busy machine runs three engines' worth of tests.
    let what = format!("a preview {height} pixels tall");
    b.until(std::time::Duration::from_secs(45), &what, async || {
        let h = b
            .js("const i = document.querySelector('canvas.board-image'); return i && i.dataset.picture ? i.height : 0")
            .await;
        if h == height {
            Ok(())
        } else {
            Err(format!("it is {h}"))
        }
    })
    .await
}

pub(crate) async fn text_error(b: &Browser) -> Option<String> {
    match b.client.find(Locator::Id("pledge-text-error")).await {
        Ok(e) => Some(e.text().await.unwrap()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn over_long_text_shows_the_error_and_keeps_the_text() {
    let (server, b) = open_app(1280, 900).await;
    // 18 short lines: 162 characters, far under the campaign's 280, but too
    // many lines for the square board even at its smallest type. The limit
    // comes from the render engine.
    let lines = "Stand up\n".repeat(18);
    let pledge = b.by_role("textbox", "Your pledge").await;
    pledge.send_keys(&lines).await.unwrap();
    let error = b
        .client
        .wait()
        .for_element(Locator::Id("pledge-text-error"))
        .await
        .unwrap();
    let message = error.text().await.unwrap();
    assert!(
        message.contains("too long") && message.contains("126 characters"),
        "{message}"
    );
    assert_eq!(
        value_of(&b, "textbox", "Your pledge").await,
        lines,
        "the text was changed"
    );
    let invalid = pledge.attr("aria-invalid").await.unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    let count = b
        .client
        .find(Locator::Css(".count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(count, "You have 36 characters too many");
    b.assert_accessible("pledge too long").await;

    // Download refuses, and takes the person to the text box.
    b.by_role("button", "Download image")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        b.js("return document.activeElement.id").await,
        "pledge-text"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        std::fs::read_dir(&b.downloads).unwrap().count(),
        0,
        "it downloaded"
    );

    // A taller size fits the lines: the error goes and the board shows them.
    b.by_role("radio", "Story (1080 × 1920)")
        .await
        .click()
        .await
        .unwrap();
    wait_for_preview_height(&b, 1920).await;
    assert_eq!(text_error(&b).await, None);
    b.screenshot("editor-lines-on-story").await;

    // Past the campaign's own maximum (280), any board refuses.
    let pledge = b.by_role("textbox", "Your pledge").await;
    pledge.send_keys(&"x".repeat(120)).await.unwrap();
    let what = "an error past 280 characters";
    b.until(
        std::time::Duration::from_secs(10),
        what,
        async || match text_error(&b).await {
            Some(m) if m.contains("280 characters") => Ok(()),
            shown => Err(format!("the error is {shown:?}")),
        },
    )
    .await;
    assert_eq!(
        value_of(&b, "textbox", "Your pledge").await.chars().count(),
        162 + 120
    );
    b.assert_accessible("past the campaign's maximum").await;
    finish(b, &server).await;
}

#[tokio::test]
async fn a_script_font_is_fetched_only_when_the_pledge_needs_it() {
    let (server, b) = open_app(1280, 900).await;
    let pledge = b.by_role("textbox", "Your pledge").await;
    pledge.send_keys("Together").await.unwrap();
    b.by_role("img", "Pledge board: Together").await;
    // Each script's file, once: the page's own words may ask for the same
    // file as the board (fonts/fonts.css, on a machine without the script,
    // as this one), and the language menu's few-letter faces (fonts/names/)
    // are the page's, not the board's.
    let fonts = |s: &StaticServer| -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for p in s.requests().into_iter().map(|r| r.path) {
            let board_font =
                p.starts_with("/fonts/") && p.ends_with(".ttf") && !p.starts_with("/fonts/names/");
            if board_font && !seen.contains(&p) {
                seen.push(p);
            }
        }
        seen
    };
    assert_eq!(fonts(&server), vec!["/fonts/NotoSans-Bold.ttf"]);

    // Pasted, the Urdu text brings exactly its own font. (Typed letter by
    // letter, its first words can look Arabic until a letter only Urdu uses
    // arrives; the language setting of issue 6 will settle that.)
    paste(&b, "#pledge-text", "Together — نفرت کی کوئی جگہ نہیں").await;
    b.by_role("img", "Pledge board: Together — نفرت کی کوئی جگہ نہیں")
        .await;
    assert_eq!(
        fonts(&server),
        vec![
            "/fonts/NotoSans-Bold.ttf",
            "/fonts/NotoNastaliqUrdu-Bold.ttf"
        ]
    );
    // Ukrainian brings the Cyrillic file, once.
    paste(&b, "#pledge-text", "Разом проти ненависті").await;
    b.by_role("img", "Pledge board: Разом проти ненависті")
        .await;
    assert_eq!(
        fonts(&server).last().unwrap(),
        "/fonts/NotoSansExtended-Bold.ttf"
    );
    assert_eq!(fonts(&server).len(), 3);
    paste(&b, "#pledge-text", "Together — نفرت کی کوئی جگہ نہیں").await;
    b.assert_accessible("Urdu pledge").await;
    b.screenshot("editor-urdu").await;
    finish(b, &server).await;
}

/// A copy of `dist/` in a fresh folder, with `remove` left out.
pub(crate) fn dist_without(remove: &str) -> std::path::PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    // A folder of this call's own: tests run at once (two replace the
    // campaign file), and so may another run (CI beside a developer's).
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dst = std::env::temp_dir().join(format!(
        "pledge-dist-without-{}-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        remove.replace('/', "-")
    ));
    let _ = std::fs::remove_dir_all(&dst);
    copy_dir(&src, &dst);
    std::fs::remove_file(dst.join(remove)).unwrap();
    dst
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// Opens the app served without `remove`, types `text`, and returns the
/// alert that must then appear, with the server and browser.
async fn type_without(remove: &str, text: &str) -> (StaticServer, Browser, String) {
    let server = StaticServer::serve(dist_without(remove));
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    let pledge = b.by_role("textbox", "Your pledge").await;
    pledge.send_keys(text).await.unwrap();
    let alert = b
        .client
        .wait()
        .for_element(Locator::Css("[role=alert]"))
        .await
        .unwrap();
    let said = alert.text().await.unwrap();
    (server, b, said)
}

#[tokio::test]
async fn a_font_that_cannot_load_gives_a_message_and_keeps_the_text() {
    let (server, b, said) = type_without("fonts/NotoSansGujarati-Bold.ttf", "આપણે સાથે છીએ").await;
    assert!(
        said.contains("Gujarati") && said.contains("Your pledge is kept"),
        "{said}"
    );
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, "આપણે સાથે છીએ");
    b.by_role("button", "Try again").await;
    b.assert_accessible("font failed").await;
    // The failed requests are for that font only (each new draw tries again).
    let failed: Vec<_> = server
        .failed_requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert!(!failed.is_empty(), "the font was never asked for");
    assert!(
        failed
            .iter()
            .all(|p| p == "/fonts/NotoSansGujarati-Bold.ttf"),
        "{failed:?}"
    );
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    b.close().await;
}

#[tokio::test]
async fn a_worker_that_cannot_start_gives_a_message_not_a_blank_page() {
    // The worker's loader reports the failure (the page does not wait 10 s).
    let (_server, b, said) = type_without("render-worker_bg.wasm", "Still here").await;
    assert!(said.contains("Your pledge is kept"), "{said}");
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, "Still here");
    b.assert_accessible("worker failed").await;
    b.close().await;
}

#[tokio::test]
async fn a_broken_campaign_file_says_what_is_wrong() {
    let dir = dist_without("campaign.toml");
    std::fs::write(
        dir.join("campaign.toml"),
        DEFAULT_CAMPAIGN_TOML.replace("handle = \"@LPStaySafe\"", "handle = \"LPStaySafe\""),
    )
    .unwrap();
    let server = StaticServer::serve(dir);
    let b = Browser::start(800, 600).await;
    b.goto(&server.url("/")).await;
    b.by_role("heading", "Sorry, the pledge board is not working")
        .await;
    let details = b
        .client
        .find(Locator::Css(".problem-details"))
        .await
        .unwrap();
    let text = details
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(text.contains("handle"), "{text}");
    b.assert_accessible("broken campaign file").await;
    finish(b, &server).await;
}

/// Presses a key in whatever has focus (WebDriver key codes: Tab, Enter, …),
/// as a keyboard does: through WebDriver's actions, not "send keys to an
/// element", which a file input would take as a file name.
pub(crate) async fn press(b: &Browser, key: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut keys = KeyActions::new("keyboard".into());
    for c in key.chars() {
        keys = keys
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
    }
    b.client.perform_actions(keys).await.unwrap();
}

pub(crate) const TAB: &str = "\u{E004}";
pub(crate) const ENTER: &str = "\u{E007}";
pub(crate) const ARROW_DOWN: &str = "\u{E015}";

/// Tabs forward until the element matching `css` has focus; returns how
/// many presses it took.
pub(crate) async fn tab_to(b: &Browser, css: &str) -> usize {
    let check = format!(
        "return document.activeElement.matches({})",
        serde_json::to_string(css).unwrap()
    );
    for n in 1..=40 {
        press(b, TAB).await;
        if b.js(&check).await == true {
            return n;
        }
    }
    panic!("Tab never reached {css}");
}

/// How many requests the server answered for paths ending with `name`.
pub(crate) fn served(server: &StaticServer, name: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.path.split('?').next().unwrap_or("").ends_with(name))
        .count()
}

/// The shipped campaign is read from its prepared form: the campaign
/// reader (the TOML reader, a worker of its own) is never fetched, and the
/// page is the campaign's.
#[tokio::test]
async fn the_shipped_campaign_is_read_from_its_prepared_form() {
    let server = StaticServer::serve_dist();
    let b = Browser::start(800, 600).await;
    b.goto(&server.url("/")).await;
    paste(&b, "#pledge-text", "Prepared").await;
    b.by_role("img", "Pledge board: Prepared").await;
    b.by_role("radio", "Story (1080 × 1920)").await;
    assert_eq!(served(&server, "/campaign.prepared.json"), 1);
    assert_eq!(served(&server, "/campaign.toml"), 1);
    assert_eq!(served(&server, "campaign-reader-loader.js"), 0);
    assert_eq!(served(&server, "campaign-reader_bg.wasm"), 0);
    finish(b, &server).await;
}

/// Another force's campaign file, dropped into the built app: its name,
/// colours, boards and sizes, with no rebuild.
#[tokio::test]
async fn another_campaign_file_changes_the_page_without_a_rebuild() {
    let dir = dist_without("campaign.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/unity-week.toml"),
        dir.join("campaign.toml"),
    )
    .unwrap();
    let server = StaticServer::serve(dir);
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    b.by_role("textbox", "Your pledge")
        .await
        .send_keys("Stronger together")
        .await
        .unwrap();
    b.by_role("img", "Pledge board: Stronger together").await;
    // The shipped prepared form is not this file's: the campaign reader
    // read it.
    assert_eq!(served(&server, "campaign-reader_bg.wasm"), 1);
    let page = b
        .js("return [document.title, getComputedStyle(document.querySelector('.masthead')).backgroundColor]")
        .await;
    assert_eq!(
        page,
        serde_json::json!(["Make your pledge – Unity Week", "rgb(0, 89, 79)"])
    );
    b.by_role("radio", "Landscape (1200 × 628)").await;
    // The campaign rewords the page's heading, in English and in Polish.
    b.by_role("heading", "Add your voice to Unity Week").await;
    b.assert_accessible("another campaign").await;
    b.by_role("button", "Download image")
        .await
        .click()
        .await
        .unwrap();
    let png = b.downloaded("pledge-unity-week-landscape.png").await;
    assert_eq!(decode_png(&png).0, 1200);
    b.screenshot("editor-unity-week").await;
    b.by_role("combobox", "Language")
        .await
        .select_by_value("pl")
        .await
        .unwrap();
    b.by_role("heading", "Dodaj swój głos do Tygodnia Jedności")
        .await;
    b.by_role("heading", "Napisz swoje zobowiązanie").await;
    finish(b, &server).await;
}

/// While a script's font is on its way, the board says so (and screen
/// readers hear it); then the pledge appears.
#[tokio::test]
async fn the_board_says_when_it_is_loading_a_scripts_lettering() {
    let server = StaticServer::serve_dist_slowly(
        "/fonts/NotoSansGujarati-Bold.ttf",
        std::time::Duration::from_millis(2500),
    );
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    b.by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    paste(&b, "#pledge-text", "આપણે સાથે છીએ").await;
    let status = b
        .client
        .find(Locator::Css(".preview-status"))
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let said = status.text().await.unwrap();
        if said == "Loading the Gujarati lettering for your pledge…" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no loading message: {said:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        status.attr("role").await.unwrap().as_deref(),
        Some("status")
    );
    b.assert_accessible("loading a font").await;
    b.by_role("img", "Pledge board: આપણે સાથે છીએ").await;
    assert_eq!(status.text().await.unwrap(), "");
    finish(b, &server).await;
}
