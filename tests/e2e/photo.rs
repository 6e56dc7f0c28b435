//! The photo, used as a person would: choosing a phone photo through the
//! file input, seeing it upright in the frame, moving and zooming it with
//! the buttons and by dragging, the download containing it, a reload
//! bringing it back, removing it, and every kind of bad file getting its
//! own message while the pledge and the photo on show stay as they were.

use crate::common::photos::phone_jpeg;
use crate::editor::{dist_without, finish, preview_picture, value_of, wait_for_preview_height};
use crate::harness::{open_app, output_dir, Browser, StaticServer};
use fantoccini::actions::{
    Actions, InputSource, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT,
};
use fantoccini::Locator;
use pledge_board::render::placement::Placement;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub(crate) const TEXT: &str = "Whoever you are, you belong here";
pub(crate) const WITH_PHOTO: &str =
    "Pledge board, with your photo: Whoever you are, you belong here";
pub(crate) const WITHOUT_PHOTO: &str = "Pledge board: Whoever you are, you belong here";

/// Writes a test file to tests/output/photos and returns its path.
pub(crate) fn fixture(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = output_dir().join("photos");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    // Tests run at once and share these files: write each whole under a
    // name of its own, then rename it into place, so a browser never reads
    // one half-written.
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let partial = dir.join(format!(".{name}.{}.{n}.part", std::process::id()));
    std::fs::write(&partial, bytes).unwrap();
    std::fs::rename(&partial, &path).unwrap();
    path
}

/// A portrait phone photo, stored sideways with EXIF orientation 6 (as
/// phones held upright save them).
pub(crate) fn sideways_selfie() -> (PathBuf, Vec<u8>) {
    let bytes = phone_jpeg(900, 1200, 6);
    (fixture("selfie-exif6.jpg", &bytes), bytes)
}

/// Chooses a file through the photo input, found by its label.
pub(crate) async fn choose(b: &Browser, label: &str, path: &Path) {
    let input = b.client.find(Locator::Id("photo-file")).await.unwrap();
    let name = b.computed(&input, "computedlabel").await;
    // Firefox names a file input by its label and then its own button and
    // state ("Browse…", "No file selected."), as its screen readers say it.
    let named = name == label
        || (b.engine == crate::harness::Engine::Firefox && name.starts_with(&format!("{label} ")));
    assert!(
        named,
        "the file input's accessible name: {name:?}, not {label:?}"
    );
    input.send_keys(&path.display().to_string()).await.unwrap();
}

/// The text of the photo's error message, waiting for it.
pub(crate) async fn photo_error(b: &Browser) -> String {
    b.until(Duration::from_secs(10), "a photo error", async || {
        match b.client.find(Locator::Id("photo-error")).await {
            Ok(e) => {
                let text = e.text().await.unwrap_or_default();
                Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
            }
            Err(_) => Err("none appeared".into()),
        }
    })
    .await
}

async fn session_keys(b: &Browser) -> Vec<String> {
    let v = b.js("return Object.keys(sessionStorage).sort()").await;
    serde_json::from_value(v).unwrap()
}

async fn zoom_text(b: &Browser) -> String {
    b.client
        .find(Locator::Css(".photo-zoom"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Waits for the zoom read-out to say `want`.
async fn wait_for_zoom(b: &Browser, want: &str) {
    b.until(
        Duration::from_secs(10),
        &format!("zoom {want}"),
        async || {
            let zoom = zoom_text(b).await;
            if zoom == want {
                Ok(())
            } else {
                Err(format!("zoom is {zoom:?}"))
            }
        },
    )
    .await
}

/// Waits for the preview to be redrawn (its picture to change).
async fn wait_for_new_preview(b: &Browser, old: &str) -> String {
    wait_for_new_preview_within(b, old, Duration::from_secs(10)).await
}

/// As [`wait_for_new_preview`], for up to `within`.
async fn wait_for_new_preview_within(b: &Browser, old: &str, within: Duration) -> String {
    b.until(within, "the preview redrawn", async || {
        let now = preview_picture(b).await;
        if now != old && !now.is_empty() {
            Ok(now)
        } else {
            Err("it was not".into())
        }
    })
    .await
}

/// Opens the editor on the board with a photo frame, with a pledge typed.
async fn editor_with_frame(width: u32, height: u32) -> (StaticServer, Browser) {
    let (server, b) = open_app(width, height).await;
    write_on_frame_board(&b).await;
    (server, b)
}

/// As [`editor_with_frame`] at 1280 × 900, with the sideways selfie added.
async fn editor_with_photo() -> (StaticServer, Browser) {
    let (server, b) = editor_with_frame(1280, 900).await;
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    (server, b)
}

/// Types the pledge and chooses the board with a photo frame.
pub(crate) async fn write_on_frame_board(b: &Browser) {
    b.type_into("Your pledge", TEXT).await;
    b.click("radio", "Many voices, with photo").await;
    b.by_role("img", WITHOUT_PHOTO).await;
}

pub(crate) fn pixel(rgba: &[u8], width: u32, x: f32, y: f32) -> [u8; 3] {
    let i = (y as usize * width as usize + x as usize) * 4;
    [rgba[i], rgba[i + 1], rgba[i + 2]]
}

pub(crate) fn near(a: [u8; 3], b: [u8; 3], tolerance: i32) -> bool {
    (0..3).all(|i| (a[i] as i32 - b[i] as i32).abs() <= tolerance)
}

#[tokio::test]
async fn buttons_move_and_zoom_the_photo_and_a_reload_brings_it_back() {
    let (server, b) = editor_with_photo().await;
    assert_eq!(zoom_text(&b).await, "Zoom: 100 %");
    let before = preview_picture(&b).await;

    // The keyboard: Enter on "Zoom in", twice.
    let zoom_in = b.by_role("button", "Zoom in").await;
    zoom_in.send_keys("\u{E007}").await.unwrap();
    zoom_in.send_keys("\u{E007}").await.unwrap();
    wait_for_zoom(&b, "Zoom: 156 %").await;
    let zoomed = wait_for_new_preview(&b, &before).await;
    let live = b
        .js("return document.querySelector('.editor ~ [role=status]').textContent")
        .await;
    assert_eq!(live, "Photo zoomed to 156 per cent.");
    b.click("button", "Move left").await;
    wait_for_new_preview(&b, &zoomed).await;
    b.assert_accessible("photo placed").await;

    // Reload: the pledge, the photo and where it sits all come back.
    b.client.refresh().await.unwrap();
    b.by_role("img", WITH_PHOTO).await;
    assert_eq!(zoom_text(&b).await, "Zoom: 156 %");
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, TEXT);
    assert_eq!(
        session_keys(&b).await,
        vec!["pledge-board:nhcaw:draft", "pledge-board:nhcaw:photo"]
    );

    // Remove it: the frame is empty again and nothing of it is kept.
    b.click("button", "Remove photo").await;
    b.by_role("img", WITHOUT_PHOTO).await;
    assert_eq!(session_keys(&b).await, vec!["pledge-board:nhcaw:draft"]);
    let focused = b.js("return document.activeElement.id").await;
    assert_eq!(focused, "photo-file");
    b.assert_accessible("photo removed").await;
    finish(b, &server).await;
}

#[tokio::test]
async fn dragging_and_the_wheel_move_and_zoom_the_photo() {
    let (server, b) = editor_with_photo().await;
    // Zoom in with the wheel over the frame; the page must not scroll
    // meanwhile, so the wheel's default is cancelled.
    let cancelled = b
        .js("const l = document.querySelector('.photo-drag');
             const r = l.getBoundingClientRect();
             const e = new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true,
                 clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 });
             l.dispatchEvent(e);
             return e.defaultPrevented;")
        .await;
    assert_eq!(
        cancelled, true,
        "the wheel over the photo would scroll the page"
    );
    wait_for_zoom(&b, "Zoom: 182 %").await;
    let before = preview_picture(&b).await;
    // Drag it right with the mouse: the stored placement moves right.
    let layer = b.client.find(Locator::Css(".photo-drag")).await.unwrap();
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: layer,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(200)),
            x: 30.0,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    b.client.perform_actions(drag).await.unwrap();
    wait_for_new_preview(&b, &before).await;
    let draft = b
        .js("return sessionStorage.getItem('pledge-board:nhcaw:draft')")
        .await;
    let stored = new_placement(draft.as_str().unwrap());
    assert!(stored.x > 0 && stored.y == 0, "{stored:?}");
    assert_eq!(stored.zoom, 182);

    // Pinch out with two fingers: zoomed in as far as it goes.
    let layer = b.client.find(Locator::Css(".photo-drag")).await.unwrap();
    let finger = |id: &str, from: f64, by: f64| {
        TouchActions::new(id.into())
            .then(PointerAction::MoveToElement {
                element: layer.clone(),
                duration: None,
                x: from,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(300)),
                x: by,
                y: 0.0,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            })
    };
    let pinch = Actions::from(vec![finger("one", -10.0, -40.0), finger("two", 10.0, 40.0)]);
    b.client.perform_actions(pinch).await.unwrap();
    wait_for_zoom(&b, "Zoom: 400 %").await;
    finish(b, &server).await;
}

/// The placement in a stored draft ("photo=x,y,zoom").
fn new_placement(draft: &str) -> Placement {
    let v = draft
        .split('&')
        .find_map(|kv| kv.strip_prefix("photo="))
        .expect("a placement in the draft");
    let n: Vec<i64> = v
        .split("%2C")
        .flat_map(|s| s.split(','))
        .map(|s| s.parse().unwrap())
        .collect();
    Placement {
        x: n[0] as i32,
        y: n[1] as i32,
        zoom: n[2] as u32,
    }
}

#[tokio::test]
async fn a_photo_worker_that_cannot_start_gives_a_message_and_loses_nothing() {
    let server = StaticServer::serve(dist_without("photo-worker_bg.wasm"));
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", TEXT).await;
    b.by_role("img", WITHOUT_PHOTO).await;
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    let error = photo_error(&b).await;
    assert!(
        error.contains("could not be prepared") && error.contains("Your pledge is safe"),
        "{error}"
    );
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, TEXT);
    b.by_role("img", WITHOUT_PHOTO).await;
    b.assert_accessible("photo worker failed").await;
    // Only the missing file failed; nothing went elsewhere.
    let failed: Vec<_> = server
        .failed_requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert_eq!(failed, vec!["/photo-worker_bg.wasm"]);
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    b.close().await;
}

#[tokio::test]
async fn a_slow_photo_shows_progress_then_arrives() {
    // Slow enough that the state lasts past a busy machine's WebDriver
    // round trips (at 1.5 s, a CI run with three engines at once once
    // found the photo already there).
    let server =
        StaticServer::serve_dist_slowly("photo-worker_bg.wasm", Duration::from_millis(4000));
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    write_on_frame_board(&b).await;
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("progressbar", "Preparing your photo…").await;
    let status = b
        .js("return document.querySelector('.photo-status').textContent")
        .await;
    assert_eq!(status, "Preparing your photo…");
    b.assert_accessible("photo being prepared").await;
    b.by_role("img", WITH_PHOTO).await;
    finish(b, &server).await;
}

#[tokio::test]
async fn screenshots_with_photos_at_320_px_and_desktop() {
    let (server, b) = editor_with_frame(320, 800).await;
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    let overflow = b
        .js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.className || e.tagName)")
        .await;
    assert_eq!(overflow, serde_json::json!([]), "wider than the page");
    b.full_page_screenshot("photo-320").await;
    let shown = b
        .js("return getComputedStyle(document.querySelector('.camera-only')).display")
        .await;
    assert_eq!(shown, "none", "no selfie button without a touch screen");
    b.set_viewport(1280, 900).await;
    let landscape = fixture("street-landscape-exif8.jpg", &phone_jpeg(1600, 1200, 8));
    let before = crate::editor::preview_picture(&b).await;
    choose(&b, "Choose a different photo", &landscape).await;
    // The new photo drawn first, so the page has stopped moving (a busy
    // machine once clicked the size while the photo panel's progress
    // still shifted it, and the click missed).
    wait_for_new_preview_within(&b, &before, Duration::from_secs(45)).await;
    b.click_in_view("radio", "Story (1080 × 1920)").await;
    wait_for_preview_height(&b, 1920).await;
    b.click_in_view("button", "Zoom in").await;
    wait_for_zoom(&b, "Zoom: 125 %").await;
    b.screenshot("photo-desktop").await;
    b.click("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-story.png").await;
    std::fs::write(output_dir().join("photo-downloaded-story.png"), png).unwrap();
    finish(b, &server).await;
}

#[tokio::test]
async fn on_a_touch_screen_the_camera_is_offered_too() {
    let server = StaticServer::serve_dist();
    let b = Browser::start_touch(360, 740).await;
    b.goto(&server.url("/")).await;
    b.click("radio", "Many voices, with photo").await;
    let camera = b.client.find(Locator::Id("photo-camera")).await.unwrap();
    assert_eq!(b.computed(&camera, "computedlabel").await, "Take a selfie");
    assert_eq!(
        camera.attr("capture").await.unwrap().as_deref(),
        Some("user")
    );
    // JPEG first, and no image/* or image/heic: so Safari on a Mac converts
    // an HEIC photo to JPEG rather than handing it over as it is.
    let accept = Some("image/jpeg,image/png,image/webp");
    assert_eq!(camera.attr("accept").await.unwrap().as_deref(), accept);
    let file = b.client.find(Locator::Id("photo-file")).await.unwrap();
    assert_eq!(file.attr("accept").await.unwrap().as_deref(), accept);
    let shown = b
        .js("return getComputedStyle(document.querySelector('.camera-only')).display")
        .await;
    assert_eq!(
        shown, "block",
        "the selfie button is shown on a touch screen"
    );
    // What the camera gives goes the same way as a chosen file.
    let (path, _) = sideways_selfie();
    camera.send_keys(&path.display().to_string()).await.unwrap();
    b.by_role(
        "img",
        "Pledge board, with your photo, empty: your pledge will appear here.",
    )
    .await;
    b.assert_accessible("touch screen, photo added").await;
    finish(b, &server).await;
}

#[tokio::test]
async fn a_photo_too_large_to_keep_stays_while_the_page_is_open_and_says_so() {
    let (server, b) = editor_with_frame(1280, 900).await;
    // Fill the tab's storage, leaving room for the draft but not a photo.
    b.js("let i = 0;
          for (const size of [1000000, 10000]) {
            try { for (;;) sessionStorage.setItem('filler-' + i++, 'x'.repeat(size)); } catch (e) {}
          }
          sessionStorage.removeItem('filler-' + (i - 2));
          return null;")
        .await;
    let (path, _) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    b.text_until(
        ".photo-status",
        Duration::from_secs(10),
        "word that it is not kept",
        |s| s.contains("too large to keep"),
    )
    .await;
    let keys = session_keys(&b).await;
    assert!(
        !keys.contains(&"pledge-board:nhcaw:photo".to_owned()),
        "{keys:?}"
    );
    b.assert_accessible("photo not kept").await;
    // A reload: the pledge is back; the photo, as the page said, is not.
    b.client.refresh().await.unwrap();
    b.by_role("img", WITHOUT_PHOTO).await;
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, TEXT);
    // Start again leaves nothing of the app's behind.
    b.js("Object.keys(sessionStorage).filter(k => k.startsWith('filler-')).forEach(k => sessionStorage.removeItem(k)); return null;")
        .await;
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH_PHOTO).await;
    b.until(Duration::from_secs(10), "the photo kept", async || {
        let keys = session_keys(&b).await;
        if keys.contains(&"pledge-board:nhcaw:photo".to_owned()) {
            Ok(())
        } else {
            Err(format!("the tab keeps {keys:?}"))
        }
    })
    .await;
    b.click("button", "Start again").await;
    b.by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    assert_eq!(session_keys(&b).await, Vec::<String>::new());
    finish(b, &server).await;
}
