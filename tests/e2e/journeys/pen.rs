//! Writing by hand in each engine: the choice between typing and writing,
//! a stroke with the mouse found in the downloaded PNG where it was drawn,
//! Undo and Redo by button and by Ctrl+Z, a reload that keeps the writing,
//! typed words kept through a trip to writing, Clear, Start again; and a
//! finger and a pen on a phone-sized page.

use super::{in_every_engine, shot};
use crate::common::decode_png;
use crate::editor::{finish, native_render, paste, preview_picture, preview_pixels};
use crate::harness::{open_app_in, Browser, Engine};
use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PenActions, PointerAction, TouchActions,
    MOUSE_BUTTON_LEFT,
};
use fantoccini::Locator;
use pledge_board::ink::Writing;
use pledge_board::render::Pledge;
use std::time::Duration;

const EMPTY: &str = "Pledge board, empty: your pledge will appear here.";
const WRITTEN: &str = "Pledge board: a pledge written by hand";
const AREA: &str =
    "Writing area on the pledge board: write your pledge here with a finger, a stylus or the mouse";

/// An element's box on the page: left, top, width, height (CSS pixels).
async fn rect_of(b: &Browser, css: &str) -> [f64; 4] {
    let v = b
        .js(&format!(
            "const r = document.querySelector({}).getBoundingClientRect(); \
             return [r.left, r.top, r.width, r.height]",
            serde_json::to_string(css).unwrap()
        ))
        .await;
    serde_json::from_value(v).unwrap()
}

/// The writing area in the middle of the window.
async fn scroll_to_pen(b: &Browser) {
    // (It appears once the pen's module has loaded.)
    b.by_role("img", AREA).await;
    b.js("document.querySelector('.pen-area').scrollIntoView({block: 'center'}); return 0")
        .await;
}

/// What the page's alerts say now, joined.
async fn alerts(b: &Browser) -> serde_json::Value {
    b.js(
        "return [...document.querySelectorAll('[role=alert]')].map(e => e.textContent).join(' | ')",
    )
    .await
}

/// How a stroke is drawn.
#[derive(Clone, Copy, PartialEq)]
enum Tool {
    Mouse,
    Finger,
    Pen,
}

/// A stroke across the writing area: from `from` to `to` (CSS pixels from
/// its centre), then a little down.
async fn stroke(b: &Browser, tool: Tool, from: (f64, f64), to: (f64, f64)) {
    b.by_role("img", AREA).await;
    let area = b.client.find(Locator::Css(".pen-area")).await.unwrap();
    let moves = [
        PointerAction::MoveToElement {
            element: area,
            duration: None,
            x: from.0,
            y: from.1,
        },
        PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        },
        PointerAction::MoveBy {
            duration: Some(Duration::from_millis(250)),
            x: to.0 - from.0,
            y: to.1 - from.1,
        },
        PointerAction::MoveBy {
            duration: Some(Duration::from_millis(120)),
            x: 0.0,
            y: 20.0,
        },
        PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        },
    ];
    match tool {
        Tool::Mouse => {
            let mut a = MouseActions::new("mouse".into());
            for m in moves {
                a = a.then(m);
            }
            b.client.perform_actions(a).await.unwrap();
        }
        Tool::Finger => {
            let mut a = TouchActions::new("finger".into());
            for m in moves {
                a = a.then(m);
            }
            b.client.perform_actions(a).await.unwrap();
        }
        Tool::Pen => {
            let mut a = PenActions::new("pen".into());
            for m in moves {
                a = a.then(m);
            }
            b.client.perform_actions(a).await.unwrap();
        }
    }
    b.client.release_actions().await.unwrap();
}

/// Ctrl+Z, or Ctrl+Shift+Z.
async fn ctrl_z(b: &Browser, shift: bool) {
    let mut keys = KeyActions::new("keyboard".into()).then(KeyAction::Down { value: '\u{E009}' });
    if shift {
        keys = keys.then(KeyAction::Down { value: '\u{E008}' });
    }
    keys = keys
        .then(KeyAction::Down { value: 'z' })
        .then(KeyAction::Up { value: 'z' });
    if shift {
        keys = keys.then(KeyAction::Up { value: '\u{E008}' });
    }
    keys = keys.then(KeyAction::Up { value: '\u{E009}' });
    b.client.perform_actions(keys).await.unwrap();
    b.client.release_actions().await.unwrap();
}

/// The number of strokes kept in the draft (sessionStorage).
async fn strokes_kept(b: &Browser) -> usize {
    writing_kept(b).await.strokes.len()
}

/// The writing kept in the draft (sessionStorage).
async fn writing_kept(b: &Browser) -> Writing {
    let ink = b
        .js("return new URLSearchParams(sessionStorage.getItem('pledge-board:nhcaw:draft') || '').get('ink') || ''")
        .await;
    let ink = ink.as_str().unwrap_or_default();
    if ink.is_empty() {
        return Writing::default();
    }
    pledge_board::ink::stored::decode(ink)
        .unwrap_or_else(|e| panic!("the stored ink {ink:?}: {e:?}"))
}

/// Waits until the radio named `name` is checked.
async fn checked(b: &Browser, name: &str) -> bool {
    b.by_role("radio", name)
        .await
        .prop("checked")
        .await
        .unwrap()
        .as_deref()
        == Some("true")
}

/// The pixels of a downloaded board that differ from the same board with
/// nothing written: how many, and their box (left, top, right, bottom).
fn ink_in(png: &[u8], blank: &[u8]) -> (usize, [u32; 4]) {
    let (w, _, rgba) = decode_png(png);
    let (_, _, empty) = decode_png(blank);
    let mut n = 0;
    let mut bx = [u32::MAX, u32::MAX, 0, 0];
    for (i, (a, e)) in rgba.chunks_exact(4).zip(empty.chunks_exact(4)).enumerate() {
        let d: i32 = (0..3).map(|k| (a[k] as i32 - e[k] as i32).abs()).sum();
        if d > 90 {
            let (x, y) = (i as u32 % w, i as u32 / w);
            n += 1;
            bx = [bx[0].min(x), bx[1].min(y), bx[2].max(x), bx[3].max(y)];
        }
    }
    (n, bx)
}

async fn writing_with_the_mouse(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.type_into("Your pledge", "typed words").await;
    b.by_role("img", "Pledge board: typed words").await;
    assert!(checked(&b, "Type it").await);
    // The pen's module is fetched when writing is chosen, not before.
    let asked = || {
        server
            .requests()
            .iter()
            .filter(|r| r.path.contains("pen-"))
            .map(|r| r.path.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        asked(),
        Vec::<String>::new(),
        "the pen was fetched before writing was chosen"
    );
    b.click_in_view("radio", "Write it by hand").await;
    b.by_role("img", EMPTY).await;
    b.by_role("img", AREA).await;
    let fetched = asked();
    for file in ["/pen-ink.js", "/pen-loader.js", "/pen-ink_bg.wasm"] {
        assert!(
            fetched.iter().any(|p| p.ends_with(file)),
            "{file} not fetched: {fetched:?}"
        );
    }
    b.assert_accessible("write mode").await;
    let before = preview_picture(&b).await;

    // A line across the middle of the writing area, then down a little.
    stroke(&b, Tool::Mouse, (-120.0, 0.0), (120.0, 0.0)).await;
    b.by_role("img", WRITTEN).await;
    assert_ne!(preview_picture(&b).await, before);
    assert_eq!(strokes_kept(&b).await, 1);

    // The download has the ink where it was drawn.
    let (area, image) = (
        rect_of(&b, ".pen-area").await,
        rect_of(&b, "canvas.board-image").await,
    );
    b.click_in_view("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-square.png").await;
    let blank = native_render(
        "purple-dawn",
        "square",
        &Pledge {
            writing: Some(Writing::default()),
            lang: Some("en-GB".into()),
            ..Pledge::new("")
        },
    );
    let (n, ink) = ink_in(&png, &blank);
    let (w, _, _) = decode_png(&png);
    let s = f64::from(w) / image[2];
    let centre = (
        (area[0] + area[2] / 2.0 - image[0]) * s,
        (area[1] + area[3] / 2.0 - image[1]) * s,
    );
    let near = |got: u32, want: f64| (f64::from(got) - want).abs() < 24.0 * s.max(1.0);
    let where_drawn = n > 200
        && near(ink[0], centre.0 - 120.0 * s)
        && near(ink[2], centre.0 + 120.0 * s)
        && near(ink[1], centre.1)
        && near(ink[3], centre.1 + 20.0 * s);
    // Kept to look at when it is not (with the blank it was compared with).
    let kept = crate::common::output_dir().join(format!("{}-pen-download", engine.name()));
    if !where_drawn {
        let _ = std::fs::write(kept.with_extension("png"), &png);
        let _ = std::fs::write(kept.with_extension("blank.png"), &blank);
    }
    assert!(
        where_drawn,
        "{}: {n} ink pixels in {ink:?}; drawn from {:.0},{:.0} to {:.0},{:.0} \
         (the download and the blank board: {}.png, .blank.png)",
        engine.name(),
        centre.0 - 120.0 * s,
        centre.1,
        centre.0 + 120.0 * s,
        centre.1 + 20.0 * s,
        kept.display()
    );

    // Undo and Redo, by button and by keyboard.
    b.click_in_view("button", "Undo").await;
    b.by_role("img", EMPTY).await;
    b.click_in_view("button", "Redo").await;
    b.by_role("img", WRITTEN).await;
    ctrl_z(&b, false).await;
    b.by_role("img", EMPTY).await;
    ctrl_z(&b, true).await;
    b.by_role("img", WRITTEN).await;

    // What it says: the image's text alternative (and its caption).
    b.type_into(
        "What does your writing say? (optional)",
        "Hate has no home here",
    )
    .await;
    let says = "Pledge board, written by hand: Hate has no home here";
    b.by_role("img", says).await;

    // A reload keeps the writing, what it says and the choice.
    b.reload().await;
    b.by_role("img", says).await;
    b.click_in_view("button", "Undo").await;
    b.by_role("img", EMPTY).await;
    b.click_in_view("button", "Redo").await;
    b.by_role("img", says).await;
    b.js(
        "const i = document.getElementById('writing-says'); i.value = ''; \
          i.dispatchEvent(new InputEvent('input', { bubbles: true })); return 0",
    )
    .await;
    assert!(checked(&b, "Write it by hand").await);
    // The typed words came through the trip to writing and back.
    b.click_in_view("radio", "Type it").await;
    b.by_role("img", "Pledge board: typed words").await;
    b.click_in_view("radio", "Write it by hand").await;
    b.by_role("img", WRITTEN).await;
    b.screenshot(&shot(engine, "pen-desktop")).await;

    // A name under the handwriting: on the board as the native engine
    // draws it, and in the text alternative; then taken away again.
    b.type_into("Your name (optional)", "Asha").await;
    b.by_role("img", &format!("{WRITTEN} — Asha")).await;
    let signed = native_render(
        "purple-dawn",
        "square",
        &Pledge {
            name: "Asha".into(),
            writing: Some(writing_kept(&b).await),
            lang: Some("en-GB".into()),
            ..Pledge::new("")
        },
    );
    assert!(
        preview_pixels(&b).await == decode_png(&signed),
        "{}: the signed handwriting differs from the native render",
        engine.name()
    );
    paste(&b, "#pledge-name", "").await;
    b.by_role("img", WRITTEN).await;

    b.click_in_view("button", "Clear the writing").await;
    b.by_role("img", EMPTY).await;
    assert_eq!(strokes_kept(&b).await, 0);
    // Writing kept damaged (cut short): dropped, said, the rest kept.
    b.js("const k = 'pledge-board:nhcaw:draft';           const p = new URLSearchParams(sessionStorage.getItem(k) || '');           p.set('ink', 'i1;1x0damaged'); sessionStorage.setItem(k, p.toString()); return 0")
        .await;
    b.reload().await;
    b.by_role("img", EMPTY).await;
    let said = alerts(&b).await;
    assert!(
        said.as_str()
            .unwrap_or_default()
            .contains("could not be brought back"),
        "{}: damaged writing not said: {said}",
        engine.name()
    );
    assert!(checked(&b, "Write it by hand").await);
    stroke(&b, Tool::Mouse, (-60.0, -10.0), (60.0, 10.0)).await;
    b.by_role("img", WRITTEN).await;
    let said = alerts(&b).await;
    assert!(
        !said
            .as_str()
            .unwrap_or_default()
            .contains("could not be brought back"),
        "{said}"
    );
    b.click_in_view("radio", "Type it").await;
    b.by_role("img", "Pledge board: typed words").await;
    b.click_in_view("radio", "Write it by hand").await;
    b.by_role("img", WRITTEN).await;
    // Start again: nothing written, nothing typed, nothing kept.
    b.click_in_view("button", "Start again").await;
    b.by_role("img", EMPTY).await;
    assert!(checked(&b, "Type it").await);
    let kept = b.js("return sessionStorage.length").await;
    assert_eq!(
        kept.as_u64(),
        Some(0),
        "{}: storage after Start again",
        engine.name()
    );
    finish(b, &server).await;
}
in_every_engine!(
    writing_by_hand_with_the_mouse_downloads_the_ink_where_drawn,
    writing_with_the_mouse
);

/// Waits until the draft keeps `n` strokes.
async fn until_kept(b: &Browser, n: usize) {
    b.until(
        Duration::from_secs(10),
        &format!("{n} strokes kept"),
        async || match strokes_kept(b).await {
            kept if kept == n => Ok(()),
            kept => Err(format!("{kept} are")),
        },
    )
    .await
}

/// The pen's module cannot load (its wasm missing, as when the network
/// drops): the writing area says so and offers Try again; once the file is
/// there again, Try again brings the pen, and a stroke is taken.
async fn pen_that_cannot_load(engine: Engine) {
    let root = crate::editor::dist_without("pen-ink_bg.wasm");
    let server = crate::harness::StaticServer::serve(root.clone());
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    b.click_in_view("radio", "Write it by hand").await;
    let said = "The pen could not start. Check your connection and try again, or type your pledge instead.";
    b.until(
        Duration::from_secs(20),
        "word that the pen failed",
        async || {
            let shown = alerts(&b).await;
            if shown.as_str().unwrap_or_default().contains(said) {
                Ok(())
            } else {
                Err(format!("the alerts say {shown}"))
            }
        },
    )
    .await;
    assert_eq!(
        b.js("return document.querySelectorAll('.pen-area').length")
            .await,
        0,
        "a writing area with no pen"
    );
    // Typing is still a click away.
    b.by_role("radio", "Type it").await;
    b.screenshot(&shot(engine, "pen-failed")).await;

    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/pen-ink_bg.wasm"),
        root.join("pen-ink_bg.wasm"),
    )
    .unwrap();
    b.click_in_view("button", "Try again").await;
    b.by_role("img", AREA).await;
    stroke(&b, Tool::Mouse, (-80.0, 0.0), (80.0, 0.0)).await;
    b.by_role("img", WRITTEN).await;
    until_kept(&b, 1).await;
    // What was logged is the missing file, and nothing else.
    let errors = b.console_errors().await;
    assert!(
        errors.iter().all(|e| e.contains("pen-ink")),
        "{}: {errors:#?}",
        engine.name()
    );
    let missing: Vec<_> = server
        .failed_requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert!(
        !missing.is_empty() && missing.iter().all(|p| p.ends_with("/pen-ink_bg.wasm")),
        "{missing:?}"
    );
    b.close().await;
}

in_every_engine!(
    the_pen_that_cannot_load_says_so_and_tries_again,
    pen_that_cannot_load
);

/// A pen stroke made of synthetic Pointer Events dispatched on the
/// writing area (pointerType "pen", with pressure): for Firefox, whose
/// WebDriver has no pen ("Unimplemented pointerMove for pointerType pen").
async fn scripted_pen_stroke(b: &Browser) {
    b.js(r#"
        const area = document.querySelector('.pen-area');
        const r = area.getBoundingClientRect();
        const at = (i) => ({
            pointerId: 7, pointerType: 'pen', isPrimary: true, pressure: 0.3 + i * 0.05,
            button: 0, buttons: 1, bubbles: true, cancelable: true,
            clientX: r.left + r.width / 2 - 40 + i * 8, clientY: r.top + r.height / 2 - 15,
        });
        area.dispatchEvent(new PointerEvent('pointerdown', at(0)));
        for (let i = 1; i <= 10; i++) area.dispatchEvent(new PointerEvent('pointermove', at(i)));
        area.dispatchEvent(new PointerEvent('pointerup', { ...at(10), buttons: 0 }));
        return 0;
    "#)
        .await;
}

/// A finger, then a pen (by WebDriver, or by script where the driver has
/// none), on a phone-sized page.
async fn finger_and_pen(engine: Engine, scripted_pen: bool) {
    let (server, b) = open_app_in(engine, 320, 640).await;
    b.click_in_view("radio", "Write it by hand").await;
    b.by_role("img", EMPTY).await;
    scroll_to_pen(&b).await;
    stroke(&b, Tool::Finger, (-50.0, 0.0), (50.0, 0.0)).await;
    b.by_role("img", WRITTEN).await;
    until_kept(&b, 1).await;
    if scripted_pen {
        scripted_pen_stroke(&b).await;
    } else {
        stroke(&b, Tool::Pen, (-40.0, -15.0), (40.0, -15.0)).await;
    }
    until_kept(&b, 2).await;
    // Pressure is the pen's own; the finger's line thins with speed.
    let kept = writing_kept(&b).await;
    let pressures: Vec<bool> = kept.strokes.iter().map(|s| s.real_pressure).collect();
    assert_eq!(
        pressures,
        [false, true],
        "{}: pressure from a pen only",
        engine.name()
    );
    assert!(
        kept.strokes[1].points.iter().any(|p| p.pressure > 0),
        "{}: the pen's pressure was not kept",
        engine.name()
    );
    // A palm on the screen, then the pen: the palm's line is dropped, and
    // its touches are ignored while the pen writes (synthetic events, the
    // same in every engine: drivers cannot hold a finger and a pen at once
    // in all three).
    b.click_in_view("button", "Clear the writing").await;
    until_kept(&b, 0).await;
    b.js(r#"
        const area = document.querySelector('.pen-area');
        const r = area.getBoundingClientRect();
        const ev = (type, id, kind, i) => area.dispatchEvent(new PointerEvent(type, {
            pointerId: id, pointerType: kind, isPrimary: true, pressure: kind === 'pen' ? 0.6 : 0.5,
            button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true,
            clientX: r.left + 10 + i * 6, clientY: r.top + r.height - 10 - (kind === 'pen' ? 20 : 0),
        }));
        ev('pointerdown', 3, 'touch', 0);
        ev('pointermove', 3, 'touch', 1);
        ev('pointerdown', 7, 'pen', 0);
        for (let i = 1; i < 8; i++) { ev('pointermove', 7, 'pen', i); ev('pointermove', 3, 'touch', i); }
        ev('pointerup', 7, 'pen', 8);
        ev('pointermove', 3, 'touch', 9);
        ev('pointerup', 3, 'touch', 10);
        return 0;
    "#)
    .await;
    until_kept(&b, 1).await;
    assert!(
        writing_kept(&b).await.strokes[0].real_pressure,
        "{}: the palm's line was kept, not the pen's",
        engine.name()
    );
    // No sideways scroll at 320 px while writing.
    let wide = b
        .js("return document.documentElement.scrollWidth > window.innerWidth")
        .await;
    assert_eq!(
        wide.as_bool(),
        Some(false),
        "{}: sideways scroll",
        engine.name()
    );
    scroll_to_pen(&b).await;
    b.screenshot(&shot(engine, "pen-320")).await;
    finish(b, &server).await;
}
/// Firefox's WebDriver has no pen: its pen stroke is dispatched by script
/// (the page's handling is the same; the driver's input is not).
mod writing_by_hand_with_a_finger_and_a_pen_on_a_phone {
    use crate::harness::Engine;
    use crate::journeys::within_time;
    #[tokio::test]
    async fn chromium() {
        within_time(super::finger_and_pen(Engine::Chromium, false)).await
    }
    #[tokio::test]
    async fn firefox_pen_by_script_as_geckodriver_has_no_pen() {
        within_time(super::finger_and_pen(Engine::Firefox, true)).await
    }
    #[tokio::test]
    async fn webkit() {
        within_time(super::finger_and_pen(Engine::WebKit, false)).await
    }
}
