//! Writing a pledge in each engine: typing with the preview following, an
//! example and Undo, the download (the native render engine's very bytes,
//! so the same file in every engine) and the next steps, a reload, Start
//! again, and the keyboard alone.

use super::{cookies_at, in_every_engine, shot};
use crate::common::{compare, decode_png};
use crate::editor::{
    finish, native_render, press, preview_picture, preview_pixels, tab_to, value_of,
    wait_for_preview_height, ARROW_DOWN, ENTER,
};
use crate::harness::{open_app_in, Browser, Engine};
use fantoccini::Locator;
use pledge_board::render::Pledge;
use std::time::Duration;

const EMPTY: &str = "Pledge board, empty: your pledge will appear here.";

async fn typing_and_an_example(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.by_role("img", EMPTY).await;
    let empty_picture = preview_picture(&b).await;
    b.assert_accessible("empty editor").await;

    b.type_into("Your pledge", "I will speak up").await;
    b.by_role("img", "Pledge board: I will speak up").await;
    let first = preview_picture(&b).await;
    assert_ne!(first, empty_picture, "the preview did not change");
    b.type_into("Your pledge", " when I see hate").await;
    b.by_role("img", "Pledge board: I will speak up when I see hate")
        .await;
    assert_ne!(
        preview_picture(&b).await,
        first,
        "the preview did not follow"
    );
    let count = b.text_of(".count").await;
    assert_eq!(count, "You have 249 characters remaining");
    b.assert_accessible("typed pledge").await;

    b.client
        .find(Locator::Css("summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let quote = b
        .client
        .find(Locator::Css(".quote-text"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    b.click_in_view("button", "Use this example").await;
    b.by_role("img", &format!("Pledge board: {quote}")).await;
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, quote);
    // Clicking the example scrolled the page a little, leaving the
    // language menu half under the fixed "Exit this page" bar, which axe
    // counts as a target too small; at the top nothing is under the bar.
    b.js("window.scrollTo(0, 0); return null").await;
    b.assert_accessible("example chosen").await;
    b.screenshot(&shot(engine, "editor-desktop")).await;
    // What the person wrote can come back, and be written on.
    b.click_in_view("button", "Undo").await;
    b.by_role("img", "Pledge board: I will speak up when I see hate")
        .await;
    b.type_into("Your pledge", ", always").await;
    b.by_role(
        "img",
        "Pledge board: I will speak up when I see hate, always",
    )
    .await;
    finish(b, &server).await;
}
in_every_engine!(
    typing_draws_the_preview_and_an_example_fills_the_box,
    typing_and_an_example
);

/// The next steps after downloading `file` with the pledge `text`: the
/// caption, the e-mail (to the campaign, with a subject, and a body that
/// says to attach the file, as a link cannot), the way to report, and
/// Copy caption saying what it did.
async fn next_steps(b: &Browser, text: &str, file: &str) {
    let caption = b.text_of("#caption-text").await;
    assert!(
        caption.contains(text)
            && caption.contains("#NationalHCAW")
            && caption.contains("@LPStaySafe"),
        "{caption}"
    );
    let mail = b.by_role("link", "hatecrime.pledges@example.org").await;
    let href = mail.attr("href").await.unwrap().unwrap_or_default();
    let url = url::Url::parse(&href).unwrap();
    assert_eq!(
        (url.scheme(), url.path()),
        ("mailto", "hatecrime.pledges@example.org")
    );
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    assert_eq!(
        query["subject"],
        "My pledge for National Hate Crime Awareness Week"
    );
    assert!(
        query["body"].contains(&format!("attach the image you downloaded: {file}")),
        "{}",
        query["body"]
    );
    assert!(!href.contains('+'), "spaces as %20, not +: {href}");
    assert_eq!(
        b.text_of("#next-steps .field-hint").await,
        format!("The e-mail opens ready to send: attach the image you downloaded ({file}) first.")
    );
    let report = b.by_role("link", "How to report hate crime").await;
    let href = report.attr("href").await.unwrap().unwrap_or_default();
    assert!(href.ends_with("#report-heading"), "{href}");
    // The editor's own announcer (the print panel has a status line too).
    b.click_in_view("button", "Copy caption").await;
    b.text_until(
        ".editor ~ [role=status][aria-live=polite]",
        Duration::from_secs(5),
        "Copy caption to be announced",
        |s| s.contains("Caption copied") || s.contains("could not be copied"),
    )
    .await;
}

async fn download(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    let text = "Hate has no home here";
    b.type_into("Your pledge", text).await;
    b.type_into("Your name (optional)", "Asha").await;
    b.click("radio", "Portrait (1080 × 1350)").await;
    b.by_role("img", &format!("Pledge board: {text} — Asha"))
        .await;
    wait_for_preview_height(&b, 1350).await;

    b.click("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-portrait.png").await;
    // The render engine natively makes these very bytes: so every engine's
    // wasm makes the same file for the same pledge.
    // (The page's language goes with the pledge into the file's record.)
    let pledge = Pledge {
        name: "Asha".into(),
        lang: Some("en-GB".into()),
        ..Pledge::new(text)
    };
    let native = native_render("purple-dawn", "portrait", &pledge);
    assert_eq!(png.len(), native.len(), "the file's size");
    assert!(
        png == native,
        "{}'s download ≠ the native render",
        engine.name()
    );
    let (w, h, rgba) = decode_png(&png);
    assert_eq!((w, h), (1080, 1350));
    assert!(
        preview_pixels(&b).await == (w, h, rgba.clone()),
        "the download differs from the preview"
    );
    // (The native render is the board with the pledge, not an empty one.)
    let (_, _, empty) = decode_png(&native_render(
        "purple-dawn",
        "portrait",
        &Pledge::default(),
    ));
    let diff = compare(&rgba, &empty, 8);
    assert!(
        diff.differing > 20_000,
        "only {} pixels differ from the empty board",
        diff.differing
    );

    // Next steps, with focus moved to them.
    b.by_role("heading", "What to do next").await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        "next-heading"
    );
    next_steps(&b, text, "pledge-nhcaw-portrait.png").await;
    b.assert_accessible("after download").await;
    b.screenshot(&shot(engine, "editor-downloaded")).await;
    finish(b, &server).await;
}
in_every_engine!(
    download_is_the_preview_and_the_native_engines_very_bytes,
    download
);

async fn reload_and_start_again(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.type_into("Your pledge", "Not in our name").await;
    b.type_into("Your name (optional)", "Zofia").await;
    b.click_in_view("radio", "Many voices, with photo").await;
    b.click_in_view("radio", "Story (1080 × 1920)").await;
    b.by_role("img", "Pledge board: Not in our name — Zofia")
        .await;

    b.reload().await;
    b.by_role("img", "Pledge board: Not in our name — Zofia")
        .await;
    assert_eq!(
        value_of(&b, "textbox", "Your pledge").await,
        "Not in our name"
    );
    assert_eq!(
        value_of(&b, "textbox", "Your name (optional)").await,
        "Zofia"
    );
    for radio in ["Many voices, with photo", "Story (1080 × 1920)"] {
        let checked = b.by_role("radio", radio).await.prop("checked").await;
        assert_eq!(
            checked.unwrap().as_deref(),
            Some("true"),
            "{}: {radio} not restored",
            engine.name()
        );
    }
    wait_for_preview_height(&b, 1920).await;
    b.assert_accessible("restored draft").await;

    b.click("button", "Start again").await;
    b.by_role("img", EMPTY).await;
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, "");
    let kept = b
        .js("return [sessionStorage.length, localStorage.length, document.cookie]")
        .await;
    assert_eq!(
        kept,
        serde_json::json!([0, 0, ""]),
        "storage after Start again"
    );
    b.reload().await;
    b.by_role("img", EMPTY).await;
    assert_eq!(value_of(&b, "textbox", "Your pledge").await, "");
    b.assert_accessible("after Start again").await;
    let cookies = cookies_at(&b, &[server.url("/")]).await;
    assert_eq!(cookies, Vec::<String>::new());
    finish(b, &server).await;
}
in_every_engine!(
    a_reload_keeps_the_draft_and_start_again_leaves_no_storage_or_cookies,
    reload_and_start_again
);

/// Everything with the keyboard alone, with focus always visible and every
/// control big enough to hit (WCAG 2.5.8).
async fn keyboard_only(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.by_role("img", EMPTY).await;
    b.client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    tab_to(&b, "#pledge-text").await;
    press(&b, "Keys only").await;
    b.by_role("img", "Pledge board: Keys only").await;

    tab_to(&b, "summary").await;
    press(&b, ENTER).await;
    tab_to(&b, ".quote button").await;
    press(&b, ENTER).await;
    let quote = b
        .js("return document.querySelector('.quote-text').textContent")
        .await;
    b.by_role("img", &format!("Pledge board: {}", quote.as_str().unwrap()))
        .await;

    // The focused Download button shows the yellow focus style.
    tab_to(&b, ".button-download").await;
    let style = b
        .js("const s = getComputedStyle(document.activeElement); return [s.backgroundColor, s.boxShadow]")
        .await;
    assert_eq!(style[0], "rgb(255, 221, 0)", "{style}");
    assert_ne!(style[1], "none", "{style}");
    press(&b, ENTER).await;
    b.downloaded("pledge-nhcaw-square.png").await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        "next-heading"
    );

    // Radios: arrow keys choose.
    tab_to(&b, "input[name=size]:checked").await;
    press(&b, ARROW_DOWN).await;
    let portrait = b.by_role("radio", "Portrait (1080 × 1350)").await;
    assert_eq!(
        portrait.prop("checked").await.unwrap().as_deref(),
        Some("true")
    );
    wait_for_preview_height(&b, 1350).await;

    // Every control reached by Tab is at least 24 × 24 CSS pixels (WCAG 2.5.8).
    let small = b
        .js(
            // A visually hidden file input is pressed through its label.
            "return [...document.querySelectorAll('a[href], button, input, textarea, summary, select')]
               .map(e => e.classList.contains('visually-hidden')
                   ? document.querySelector(`label[for=\"${e.id}\"]`) : e)
               .filter(e => e && e.offsetParent !== null)
               .map(e => [e.outerHTML.slice(0, 60), e.getBoundingClientRect()])
               .filter(([_, r]) => r.width < 24 || r.height < 24)
               .map(([h, r]) => h + ' ' + r.width + 'x' + r.height)",
        )
        .await;
    // Links inside sentences are exempt (2.5.8 "inline"); none are buttons.
    let small: Vec<String> = serde_json::from_value(small).unwrap();
    assert!(small.iter().all(|h| h.starts_with("<a ")), "{small:#?}");
    finish(b, &server).await;
}
in_every_engine!(everything_can_be_done_with_the_keyboard, keyboard_only);
