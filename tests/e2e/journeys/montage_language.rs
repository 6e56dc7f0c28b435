//! The montage page in the reviewer's language, in each engine. The
//! language picker (its label says "Language" in English too) turns the
//! page to Urdu: the page is mirrored, its words are Urdu, and so are the
//! reasons files were left out; the images' buttons are named in Urdu; axe
//! passes; it fits 320 px; screenshots at desktop and 320 px, to look at.
//! The choice is in the address, so a reload keeps it; `?lang=pl` opens
//! the page in Polish.

use super::montage::chosen;
use super::{in_every_engine, shot};
use crate::editor::finish;
use crate::harness::{Browser, Engine, StaticServer};
use crate::languages::{assert_heading_mirrored, choose_language, wait_for_language};
use fantoccini::Locator;
use pledge_board::i18n::{self, Texts, ENGLISH_FTL};
use pledge_board::ui::montage::MONTAGE_FTL;
use std::path::Path;
use std::time::Duration;

/// The montage page's words in `code`, as the page puts them together.
fn texts(code: &str) -> Texts {
    let l = i18n::find(code).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |dir: &str| std::fs::read_to_string(root.join(format!("{dir}/{code}.ftl"))).unwrap();
    let own = format!(
        "{}\n{}",
        read("static/locales"),
        read("static/locales-montage")
    );
    Texts::page(l, &own, &format!("{ENGLISH_FTL}\n{MONTAGE_FTL}"))
}

/// The lines of the "left out" list, once there are `n`.
async fn left_out(b: &Browser, n: usize) -> Vec<String> {
    let what = format!("{n} lines left out");
    b.until(Duration::from_secs(60), &what, async || {
        let v = b
            .js("return [...document.querySelectorAll('.montage-left-out li')].map(l => l.textContent)")
            .await;
        let lines: Vec<String> = serde_json::from_value(v).unwrap();
        if lines.len() >= n {
            Ok(lines)
        } else {
            Err(format!("only {lines:?}"))
        }
    })
    .await
}

async fn urdu(engine: Engine) {
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/montage/")).await;
    b.by_role("heading", "Build the montage").await;
    choose_language(&b, "Language", "ur").await;
    wait_for_language(&b, "ur", "rtl").await;
    let ur = texts("ur");
    b.by_role("heading", &ur.get("montage-heading")).await;
    assert_heading_mirrored(&b).await;
    let title = b.js("return document.title").await;
    assert_eq!(title, ur.get("montage-page-title"));

    // One pledge, the text file and the PNG cut short.
    let files = chosen();
    let picked: Vec<String> = [&files[0], &files[files.len() - 2], &files[files.len() - 1]]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    input.send_keys(&picked.join("\n")).await.unwrap();
    let lines = left_out(&b, 2).await;
    assert_eq!(
        lines,
        vec![
            ur.fmt(
                "montage-left-out-item",
                &[
                    ("file", "notes.txt".into()),
                    ("why", ur.get("montage-why-not-an-image").into())
                ]
            ),
            ur.fmt(
                "montage-left-out-item",
                &[
                    ("file", "cut-short.png".into()),
                    ("why", ur.get("montage-why-damaged").into())
                ]
            ),
        ]
    );
    b.by_role(
        "heading",
        &ur.fmt("montage-left-out-heading", &[("count", 2.into())]),
    )
    .await;
    b.click_in_view(
        "button",
        &ur.fmt("montage-approve", &[("number", 1.into())]),
    )
    .await;
    b.by_role("combobox", &ur.get("montage-size")).await;
    b.assert_accessible("the montage page in Urdu").await;
    // The top of the page: the picker, the heading, adding images.
    b.js("window.scrollTo(0, 0); return null").await;
    b.screenshot(&shot(engine, "montage-urdu-desktop")).await;
    b.set_viewport(320, 700).await;
    let fits = b
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(
        fits,
        serde_json::json!(true),
        "wider than a 320 px phone in Urdu"
    );
    b.js("window.scrollTo(0, 0); return null").await;
    b.screenshot(&shot(engine, "montage-urdu-320")).await;

    // The address keeps the choice.
    b.reload().await;
    wait_for_language(&b, "ur", "rtl").await;
    b.by_role("heading", &ur.get("montage-heading")).await;
    // Polish from the address.
    let pl = texts("pl");
    b.goto(&server.url("/montage/?lang=pl")).await;
    wait_for_language(&b, "pl", "ltr").await;
    b.by_role("heading", &pl.get("montage-heading")).await;
    b.by_role("button", &pl.get("montage-clear")).await;
    // Nothing stays for the next test's page.
    b.click_in_view("button", &pl.get("montage-clear")).await;
    b.click_in_view("button", &pl.get("montage-clear-yes"))
        .await;
    b.by_role("button", &pl.get("montage-clear")).await;
    finish(b, &server).await;
}

in_every_engine!(the_montage_page_speaks_urdu_and_polish, urdu);
