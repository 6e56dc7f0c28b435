//! The page's words in their own letters in each engine: on a machine
//! without a font for a script (this test machine has none for Arabic,
//! Urdu's Nastaliq or the Indian scripts), the page fetches the face it
//! ships for it (`static/fonts/fonts.css`) under the hosting policy, and an
//! English page fetches none but the language menu's few-letter faces. Screenshots `<engine>-fonts-<code>.png` are
//! for looking at: no empty boxes. (Which letters each face has is
//! `tests/page_fonts.rs`.)

use super::{in_every_engine, shot};
use crate::editor::finish;
use crate::harness::{open_app_in, Browser, Engine};
use crate::languages::{texts, wait_for_language};
use std::collections::BTreeSet;
use std::time::Duration;

/// The families this machine's fontconfig knows (what all three engines
/// use on Linux to find a device font by name).
fn installed_families() -> BTreeSet<String> {
    let out = std::process::Command::new("fc-list")
        .args([":", "family"])
        .output()
        .expect("fc-list (fontconfig) lists the machine's fonts");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .flat_map(|l| l.split(','))
        .map(|f| f.trim().to_string())
        .collect()
}

/// The page's shipped faces (`Pledge …`) whose fetch has finished.
async fn loaded_faces(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            "return [...document.fonts].filter(f => f.status === 'loaded')
                 .map(f => f.family.replace(/\"/g, '')).filter(f => f.startsWith('Pledge'))",
        )
        .await;
    serde_json::from_value(v).unwrap()
}

async fn page_fonts(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.by_role("heading", "Make your pledge").await;
    b.by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    // Only the language menu's few-letter faces, if this machine lacks a
    // script for the names: never a whole script's face.
    let whole: Vec<String> = loaded_faces(&b)
        .await
        .into_iter()
        .filter(|f| !f.starts_with("Pledge Names "))
        .collect();
    assert_eq!(
        whole,
        Vec::<String>::new(),
        "{}: an English page fetched a whole face for another script",
        engine.name()
    );

    let installed = installed_families();
    for (code, dir, face) in [
        ("ur", "rtl", "Pledge Urdu"),
        ("ar", "rtl", "Pledge Arabic"),
        ("hi", "ltr", "Pledge Devanagari"),
        ("gu", "ltr", "Pledge Gujarati"),
        ("pa", "ltr", "Pledge Gurmukhi"),
    ] {
        b.goto(&server.url(&format!("/?lang={code}"))).await;
        wait_for_language(&b, code, dir).await;
        b.by_role("heading", &texts(code).get("heading")).await;
        // The device's own fonts for the script come first in the page's
        // list: where this machine has one, the shipped face is not needed.
        let stack = b
            .js("return getComputedStyle(document.body).fontFamily")
            .await;
        let stack = stack.as_str().unwrap().to_owned();
        let before: Vec<String> = stack
            .split(',')
            .map(|f| f.trim().trim_matches('"').to_string())
            .take_while(|f| f != face)
            .collect();
        assert!(
            before.len() < stack.split(',').count(),
            "{code}: {face} is not in the page's list {stack}"
        );
        let own = before.iter().find(|f| installed.contains(*f));
        match own {
            // Nothing to wait for: the device's font is used (said, so a
            // run on such a machine shows what it proved).
            Some(font) => {
                eprintln!("{}: {code} uses this machine's {font}", engine.name());
                let loaded = loaded_faces(&b).await.contains(&face.to_string());
                assert!(!loaded, "{code}: {face} fetched though {font} is here");
            }
            None => {
                let what = format!("{code}: {face} loaded");
                b.until(Duration::from_secs(15), &what, async || {
                    if loaded_faces(&b).await.contains(&face.to_string()) {
                        return Ok(());
                    }
                    let faces = b
                        .js("return [...document.fonts].map(f => f.family + ' ' + f.status)")
                        .await;
                    Err(format!("the page's faces: {faces}"))
                })
                .await
            }
        }
        // Painted with it before the screenshot.
        // The faces loaded, then two frames, so the screenshot shows the
        // text redrawn in them (under load, one taken at once showed some
        // headings still in boxes, drawn before the face arrived).
        b.js("return document.fonts.ready.then(() => new Promise(r => \
              requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))")
            .await;
        b.screenshot(&shot(engine, &format!("fonts-{code}"))).await;
    }
    finish(b, &server).await;
}
in_every_engine!(
    each_script_on_the_page_has_its_letters_and_english_fetches_no_font,
    page_fonts
);
