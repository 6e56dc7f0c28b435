//! The editor as a force's web team embeds it: inside a sandboxed iframe on
//! the force's page (`static/embed-example.html`, with our `embed.js`) at
//! another origin, the app served from a sub-path with the hosting
//! Content-Security-Policy; and "Exit this page", sharing and privacy as a
//! person at risk needs them.

use crate::editor::{copy_dir, wait_for_preview_height};
use crate::harness::{hosting_policy, output_dir, Browser, StaticServer};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Where the example page puts the editor's address.
const EXAMPLE_ADDRESS: &str = "https://pledge.example.org/";
/// The sub-path the app is served from.
const SUB_PATH: &str = "/campaigns/pledge/";

/// A fresh folder for one test's files.
pub(crate) fn temp(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "pledge-embed-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The neutral site "Exit this page" leaves for: a page headed "Weather"
/// at `/weather.html`, served from a fresh folder (also returned, to be
/// removed when the test ends) with no policy.
pub(crate) fn neutral_site(name: &str) -> (StaticServer, PathBuf) {
    let dir = temp(name);
    std::fs::write(
        dir.join("weather.html"),
        "<!DOCTYPE html><html lang=en><title>Weather</title><h1>Weather</h1></html>",
    )
    .unwrap();
    // Browsers ask every site for an icon.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("static/favicon.svg"), dir.join("favicon.ico")).unwrap();
    let server = StaticServer::serve(dir.clone());
    server.set_policy(String::new());
    (server, dir)
}

/// Three loopback origins (a port each): the app, the force's page and
/// a neutral site; and a second force page not in the campaign file.
pub(crate) struct Sites {
    pub app: StaticServer,
    pub host: StaticServer,
    pub other_host: StaticServer,
    pub neutral: StaticServer,
    /// Removed when the test ends.
    dirs: Vec<PathBuf>,
}

impl Drop for Sites {
    fn drop(&mut self) {
        for dir in &self.dirs {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl Sites {
    /// The folder the app's copy is served from.
    pub(crate) fn app_dir(&self) -> PathBuf {
        self.dirs[3].clone()
    }

    pub(crate) fn start() -> Sites {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (neutral, neutral_dir) = neutral_site("neutral");

        let host_dir = temp("host");
        let other_dir = temp("other-host");
        let host = StaticServer::serve(host_dir.clone());
        let other_host = StaticServer::serve(other_dir.clone());

        // The app, told of the force's page and of the neutral site.
        let app_dir = temp("app");
        copy_dir(&root.join("dist"), &app_dir);
        let campaign = std::fs::read_to_string(app_dir.join("campaign.toml"))
            .unwrap()
            .replace(
                r#"parent_origins = ["https://www.leics.police.uk"]"#,
                &format!("parent_origins = [{:?}]", host.origin()),
            )
            .replace(
                r#"url = "https://www.bbc.co.uk/weather""#,
                &format!("url = {:?}", neutral.url("/weather.html")),
            );
        std::fs::write(app_dir.join("campaign.toml"), campaign).unwrap();
        let app = StaticServer::serve_under(app_dir.clone(), SUB_PATH);
        app.set_policy(hosting_policy(&format!(
            "{} {}",
            host.origin(),
            other_host.origin()
        )));

        // The force's page: the example, pointed at the app, under a
        // strict policy of its own.
        let page = std::fs::read_to_string(root.join("static/embed-example.html"))
            .unwrap()
            .replace(EXAMPLE_ADDRESS, &app.url("/"));
        for dir in [&host_dir, &other_dir] {
            std::fs::write(dir.join("index.html"), &page).unwrap();
            std::fs::copy(
                root.join("static/embed-example.css"),
                dir.join("embed-example.css"),
            )
            .unwrap();
            std::fs::copy(root.join("static/favicon.svg"), dir.join("favicon.ico")).unwrap();
        }
        for server in [&host, &other_host] {
            server.set_policy(format!(
                // 'self': the test harness's probe (`harness/probe.js`).
                "default-src 'self'; script-src 'self' {app}; frame-src {app} {neutral}; \
                 style-src 'self'; img-src 'self'",
                app = app.origin(),
                neutral = neutral.origin()
            ));
        }
        Sites {
            app,
            host,
            other_host,
            neutral,
            dirs: vec![neutral_dir, host_dir, other_dir, app_dir],
        }
    }
}

/// The iframe's height on the force's page, in CSS pixels.
async fn frame_height(b: &Browser) -> f64 {
    b.js(
        "return document.querySelector('iframe[data-pledge-board]').getBoundingClientRect().height",
    )
    .await
    .as_f64()
    .unwrap()
}

/// Waits until the iframe is no longer the example's 1600 px.
pub(crate) async fn wait_for_fitted_frame(b: &Browser) -> f64 {
    b.until(Duration::from_secs(10), "the iframe fitted", async || {
        let h = frame_height(b).await;
        if (h - 1600.0).abs() > 0.5 {
            Ok(h)
        } else {
            Err(format!("it is {h} px"))
        }
    })
    .await
}

/// Into the editor's iframe (the first on the page).
pub(crate) async fn enter_editor(b: &Browser) {
    // WebKit's driver has now and then entered a frame whose document then
    // answered no script (the page read as null, nothing found): entered
    // again until a script runs in the editor's document.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let entered = b.client.enter_frame(0).await;
        let at = match entered {
            Ok(()) => b.client.execute("return location.pathname", vec![]).await,
            Err(e) => Err(e),
        };
        match at {
            Ok(v) if v.is_string() => return,
            other => {
                assert!(
                    Instant::now() < deadline,
                    "{}: cannot enter the editor's iframe: {other:?}",
                    b.engine.name()
                );
                eprintln!(
                    "{}: entering the editor's iframe again ({other:?})",
                    b.engine.name()
                );
                let _ = b.client.clone().enter_parent_frame().await;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Out to the top window.
pub(crate) async fn leave_frames(b: &Browser) {
    // Switch to Frame with null: the top-level browsing context.
    b.client
        .clone()
        .enter_parent_frame()
        .await
        .expect("to the force's page");
}

/// The editor's content height and its window's height, from inside.
async fn inner_sizes(b: &Browser) -> (f64, f64, f64) {
    let v = b
        .js("return [document.body.getBoundingClientRect().height,
                     document.documentElement.scrollHeight, window.innerHeight]")
        .await;
    (
        v[0].as_f64().unwrap(),
        v[1].as_f64().unwrap(),
        v[2].as_f64().unwrap(),
    )
}

/// Where "Exit this page" is, from the top of the force's page's window.
async fn exit_button_top(b: &Browser) -> f64 {
    let frame_top = b
        .js("return document.querySelector('iframe[data-pledge-board]').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    enter_editor(b).await;
    let inside = b
        .js("return document.querySelector('.quick-exit-button').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    leave_frames(b).await;
    frame_top + inside
}

/// Every cookie the browser holds, for any site.
async fn all_cookies(b: &Browser) -> Vec<serde_json::Value> {
    let v = b.cdp("Network.getAllCookies", json!({})).await;
    v["cookies"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn in_a_sandboxed_iframe_on_the_forces_page_the_editor_fits_edits_and_downloads() {
    let sites = Sites::start();
    let b = Browser::start(1280, 900).await;
    b.goto(&sites.host.url("/")).await;
    b.by_role("heading", "National Hate Crime Awareness Week")
        .await;
    // The iframe's attributes are the README's.
    let attrs = b
        .js("const f = document.querySelector('iframe'); return [f.getAttribute('sandbox'), f.getAttribute('allow')]")
        .await;
    assert_eq!(
        attrs,
        json!([
            "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation",
            "camera; clipboard-write; web-share"
        ])
    );
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for a in attrs.as_array().unwrap() {
        assert!(readme.contains(a.as_str().unwrap()), "README lacks {a}");
    }

    // Edit and download, inside the frame.
    let fitted = wait_for_fitted_frame(&b).await;
    enter_editor(&b).await;
    b.by_role("heading", "Make your pledge").await;
    assert_eq!(
        b.js("return document.documentElement.hasAttribute('data-embedded')")
            .await,
        json!(true)
    );
    let pledge = b.by_role("textbox", "Your pledge").await;
    pledge
        .send_keys("Hate has no home in our county.")
        .await
        .unwrap();
    wait_for_preview_height(&b, 1080).await;
    b.click("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-square.png").await;
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    b.by_role("heading", "What to do next").await;
    b.assert_accessible("embedded, after a download").await;

    // Fitted: the iframe is the editor's height, so it has no scrollbar of
    // its own, and it follows the editor as it grows: the examples opened
    // in the longer column (the next steps alone may not lengthen the page).
    b.client
        .find(fantoccini::Locator::Css("summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (content, scroll, inner) = inner_sizes(&b).await;
    assert!(
        scroll <= inner + 0.5,
        "the editor scrolls inside its frame: {scroll} > {inner}"
    );
    leave_frames(&b).await;
    let now = frame_height(&b).await;
    assert!(
        (now - content.ceil()).abs() <= 1.0,
        "frame {now} px for {content} px of editor"
    );
    assert!(
        now > fitted,
        "the frame grew with the next steps and the examples: {fitted} → {now}"
    );
    b.screenshot("embed-desktop-after-download").await;

    // Scrolled down the force's page, "Exit this page" is still at the top
    // of the window.
    b.js("window.scrollTo(0, 900); return null").await;
    let what = "Exit this page at the window's top";
    b.until(Duration::from_secs(5), what, async || {
        let at = exit_button_top(&b).await;
        if (0.0..20.0).contains(&at) {
            Ok(())
        } else {
            Err(format!("it is {at} px from it"))
        }
    })
    .await;
    b.screenshot("embed-desktop-scrolled").await;
    b.js("window.scrollTo(0, 0); return null").await;

    // Height messages from anyone but the editor are ignored: from the page
    // itself, and from a frame at another origin.
    b.js("window.postMessage({ type: 'pledge-board:height', height: 5 }, '*'); return null")
        .await;
    b.js(&format!(
        "const f = document.createElement('iframe'); f.src = {:?}; f.id = 'stranger';
         document.body.append(f); return null",
        sites.neutral.url("/weather.html")
    ))
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let stranger = b
        .client
        .find(fantoccini::Locator::Id("stranger"))
        .await
        .unwrap();
    stranger.enter_frame().await.unwrap();
    b.js("parent.postMessage({ type: 'pledge-board:height', height: 7 }, '*'); return null")
        .await;
    leave_frames(&b).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        frame_height(&b).await,
        now,
        "a stranger's message was believed"
    );

    // The whole session: no cookies, no request anywhere but the app's own
    // files under its sub-path (and the page's own), no policy violation.
    assert_eq!(all_cookies(&b).await, Vec::<serde_json::Value>::new());
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    let app_requests = sites.app.requests();
    assert!(
        app_requests.iter().all(|r| r.path.starts_with(SUB_PATH)),
        "{app_requests:?}"
    );
    assert!(app_requests.iter().any(|r| r.path.ends_with("_bg.wasm")));
    assert_eq!(
        sites.app.failed_requests().len(),
        0,
        "{:?}",
        sites.app.failed_requests()
    );
    let host_paths: Vec<String> = sites.host.requests().into_iter().map(|r| r.path).collect();
    assert!(
        host_paths
            .iter()
            .all(|p| p == "/" || p == "/embed-example.css" || p == "/favicon.ico"),
        "{host_paths:?}"
    );
    assert_eq!(
        b.csp_violations().await,
        Vec::<String>::new(),
        "on the force's page"
    );
    enter_editor(&b).await;
    let (violations, origins, cookie) = {
        let v = b
            .js("return [window.__cspViolations,
                         [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))],
                         document.cookie]")
            .await;
        (v[0].clone(), v[1].clone(), v[2].clone())
    };
    assert_eq!(violations, json!([]), "in the editor");
    assert_eq!(
        origins,
        json!([sites.app.origin()]),
        "the editor fetched only its own files"
    );
    assert_eq!(cookie, json!(""));
    leave_frames(&b).await;
    b.assert_no_console_errors().await;
    b.close().await;
}

#[tokio::test]
async fn only_the_listed_force_pages_are_told_the_height() {
    let sites = Sites::start();
    let b = Browser::start(1280, 900).await;
    // A page the campaign file does not list (the policy lets it frame the
    // editor, so the editor loads): it is never told the height.
    b.goto(&sites.other_host.url("/")).await;
    enter_editor(&b).await;
    b.by_role("textbox", "Your pledge").await;
    b.by_role("textbox", "Your pledge")
        .await
        .send_keys("Words")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    leave_frames(&b).await;
    assert_eq!(
        frame_height(&b).await,
        1600.0,
        "an unlisted page was told the height"
    );
    // The listed page is.
    b.goto(&sites.host.url("/")).await;
    wait_for_fitted_frame(&b).await;
    b.close().await;
}

#[tokio::test]
async fn exit_this_page_is_on_every_screen_and_leaves_at_once() {
    let sites = Sites::start();
    let b = Browser::start(320, 640).await;
    b.goto(&sites.app.url("/")).await;
    b.by_role("textbox", "Your pledge")
        .await
        .send_keys("Words to forget")
        .await
        .unwrap();
    // Always in view: still at the top after scrolling to the bottom.
    b.js("window.scrollTo(0, document.body.scrollHeight); return null")
        .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let exit = b.by_role("button", "Exit this page").await;
    let top = b
        .js("return document.querySelector('.quick-exit-button').getBoundingClientRect().top")
        .await;
    assert!(
        top.as_f64().unwrap() >= 0.0 && top.as_f64().unwrap() < 20.0,
        "{top}"
    );
    assert_eq!(
        exit.attr("aria-keyshortcuts").await.unwrap().as_deref(),
        Some("Escape")
    );
    b.screenshot("exit-320-scrolled").await;
    b.assert_accessible("scrolled to the bottom").await;
    exit.click().await.unwrap();
    b.until_at(&sites.neutral.url("/weather.html"), "Exit this page")
        .await;
    b.goto(&sites.app.url("/")).await;
    let pledge = b.by_role("textbox", "Your pledge").await;
    assert_eq!(pledge.prop("value").await.unwrap().as_deref(), Some(""));
    assert_eq!(b.js("return sessionStorage.length").await, json!(0));

    // Even when the campaign file cannot be read, the way out is there
    // (to the usual neutral site: nothing is followed here).
    let broken = temp("broken");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"), &broken);
    std::fs::write(broken.join("campaign.toml"), "name = [").unwrap();
    let server = StaticServer::serve(broken);
    b.goto(&server.url("/")).await;
    b.by_role("heading", "Sorry, the pledge board is not working")
        .await;
    b.by_role("button", "Exit this page").await;
    b.close().await;
}

#[tokio::test]
async fn screenshots_of_the_example_force_page_at_320_px_and_desktop() {
    let sites = Sites::start();
    for (w, h, name) in [(1280, 900, "embed-desktop"), (320, 640, "embed-320")] {
        let b = Browser::start(w, h).await;
        // The force's page's layout shifts (not right after input), as
        // Cumulative Layout Shift counts them.
        b.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "window.__shift = 0;
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
                }).observe({ type: 'layout-shift', buffered: true });" }),
        )
        .await;
        b.goto(&sites.host.url("/")).await;
        wait_for_fitted_frame(&b).await;
        enter_editor(&b).await;
        b.by_role("textbox", "Your pledge")
            .await
            .send_keys("Hate has no home here.")
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(800)).await;
        let fits = b
            .js("return document.documentElement.scrollWidth <= window.innerWidth")
            .await;
        assert_eq!(
            fits,
            json!(true),
            "{name}: the editor is wider than its frame"
        );
        leave_frames(&b).await;
        // No sideways scrolling on the force's page either.
        let wide = b
            .js("return document.documentElement.scrollWidth <= window.innerWidth")
            .await;
        assert_eq!(wide, json!(true), "{name}: wider than the window");
        // The iframe growing to fit must not shove the page about in view.
        let shift = b.js("return window.__shift").await.as_f64().unwrap();
        println!("BENCH {name}: layout shift on the force's page {shift:.4}");
        assert!(shift < 0.1, "{name}: layout shift {shift}");
        // (The measure sees a shift when there is one.)
        b.js(
            "const h = document.createElement('h1'); h.textContent = 'Inserted';
              document.body.prepend(h); return null",
        )
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = b.js("return window.__shift").await.as_f64().unwrap();
        assert!(
            after > shift,
            "{name}: the layout-shift measure saw nothing"
        );
        b.js("document.body.firstElementChild.remove(); return null")
            .await;
        b.full_page_screenshot(name).await;
        b.close().await;
    }
    assert!(output_dir().join("embed-320.png").is_file());
}

#[test]
fn the_built_page_starts_from_a_file_not_an_inline_script() {
    let page =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/index.html"))
            .expect("dist/index.html: run `make dist`");
    let scripts: Vec<&str> = page.split("<script").skip(1).collect();
    assert_eq!(scripts.len(), 2, "{page}");
    // check.js only where modules do not run; start.js everywhere else.
    assert!(
        scripts[0]
            .trim_start()
            .starts_with(r#"nomodule defer src="./check.js"></script>"#),
        "{page}"
    );
    assert!(
        scripts[1]
            .trim_start()
            .starts_with(r#"type="module" src="./start.js?js=pledge-board-"#),
        "{page}"
    );
    assert!(!page.contains("style="), "{page}");
}

#[tokio::test]
async fn exit_this_page_in_the_iframe_replaces_the_forces_page() {
    let sites = Sites::start();
    let b = Browser::start(1280, 900).await;
    b.goto(&sites.host.url("/")).await;
    wait_for_fitted_frame(&b).await;
    let entries = b.js("return history.length").await;
    enter_editor(&b).await;
    b.by_role("textbox", "Your pledge")
        .await
        .send_keys("Nobody should see this")
        .await
        .unwrap();
    b.click("button", "Exit this page").await;
    let neutral = sites.neutral.url("/weather.html");
    b.until_at(&neutral, "Exit this page, from the force's page")
        .await;
    leave_frames(&b).await;
    b.by_role("heading", "Weather").await;
    // Replaced, not added to: Back does not return to the pledge.
    assert_eq!(b.js("return history.length").await, entries);
    b.client.back().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_ne!(
        b.client.current_url().await.unwrap().to_string(),
        sites.host.url("/"),
        "Back returned to the pledge page"
    );
    b.close().await;
}
