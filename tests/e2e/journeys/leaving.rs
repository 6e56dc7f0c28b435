//! Leaving quickly in each engine: "Exit this page" and Escape replace the
//! whole window with the neutral site and leave nothing stored, also from
//! inside the sandboxed iframe on a force's page at another origin.

use super::{cookies_at, in_every_engine};
use crate::editor::{press, wait_for_preview_height};
use crate::embed::{enter_editor, leave_frames, wait_for_fitted_frame, Sites};
use crate::harness::{Browser, Engine};
use serde_json::json;

async fn exit_and_escape(engine: Engine) {
    let sites = Sites::start();
    let neutral = sites.neutral.url("/weather.html");
    let b = Browser::launch(engine, 1280, 900).await;

    // The button, on the editor itself.
    b.goto(&sites.app.url("/")).await;
    b.type_into("Your pledge", "Words to forget").await;
    wait_for_preview_height(&b, 1080).await;
    let exit = b.by_role("button", "Exit this page").await;
    assert_eq!(
        exit.attr("aria-keyshortcuts").await.unwrap().as_deref(),
        Some("Escape")
    );
    exit.click().await.unwrap();
    b.until_at(&neutral, "Exit this page").await;
    b.by_role("heading", "Weather").await;
    b.goto(&sites.app.url("/")).await;
    let pledge = b.by_role("textbox", "Your pledge").await;
    assert_eq!(pledge.prop("value").await.unwrap().as_deref(), Some(""));
    assert_eq!(b.js("return sessionStorage.length").await, json!(0));

    // Escape, inside the sandboxed iframe on the force's page (scrolled
    // to the frame, as a person reaching the editor would: WebKit does
    // not scroll the force's page for a click inside the frame).
    b.goto(&sites.host.url("/")).await;
    wait_for_fitted_frame(&b).await;
    b.js("window.scrollTo(0, document.querySelector('iframe').getBoundingClientRect().top + window.scrollY); return 0")
        .await;
    enter_editor(&b).await;
    // Clicked, then typed on the keyboard (WebKit's driver cannot send
    // keys straight to an element inside a frame from another origin).
    // (In view first, as a person scrolls to it: the frame is taller
    // than the window.)
    b.click_in_view("textbox", "Your pledge").await;
    press(&b, "I will report it.").await;
    b.by_role("img", "Pledge board: I will report it.").await;
    wait_for_preview_height(&b, 1080).await;
    let stored = b.js("return sessionStorage.length").await;
    assert!(
        stored.as_u64().unwrap() >= 1,
        "nothing was stored: {stored}"
    );
    press(&b, "\u{E00C}").await;
    b.until_at(&neutral, "Escape in the iframe").await;
    leave_frames(&b).await;
    b.by_role("heading", "Weather").await;

    // Back on the force's page in the same tab: nothing was kept.
    b.goto(&sites.host.url("/")).await;
    wait_for_fitted_frame(&b).await;
    enter_editor(&b).await;
    let pledge = b.by_role("textbox", "Your pledge").await;
    assert_eq!(pledge.prop("value").await.unwrap().as_deref(), Some(""));
    assert_eq!(
        b.js("return [sessionStorage.length, localStorage.length]")
            .await,
        json!([0, 0])
    );
    leave_frames(&b).await;
    b.assert_no_console_errors().await;
    assert_eq!(b.csp_violations().await, Vec::<String>::new());
    let cookies = cookies_at(
        &b,
        &[sites.host.url("/"), sites.app.url("/"), neutral.clone()],
    )
    .await;
    assert_eq!(cookies, Vec::<String>::new());
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    b.assert_no_console_errors().await;
    b.close().await;
}
in_every_engine!(
    exit_and_escape_leave_at_once_even_from_a_cross_origin_iframe,
    exit_and_escape
);
