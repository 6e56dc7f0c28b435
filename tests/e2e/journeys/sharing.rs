//! Sharing in each engine, through a stand-in share sheet (none of the
//! headless engines has one): the preview and the caption handed over, and
//! a cancel and a failure each handled; where the engine has no share
//! sheet at all, no Share button.

use super::{in_every_engine, shot};
use crate::editor::wait_for_preview_height;
use crate::embed::Sites;
use crate::harness::{Browser, Engine};
use serde_json::json;
use std::time::Duration;

/// Stands in for the browser's share sheet (headless Chromium on Linux has
/// none): records what the page hands over, then ends as `outcome` says
/// ("done", "AbortError" or "NotAllowedError").
fn share_sheet(outcome: &str) -> String {
    format!(
        "window.__shared = [];
         navigator.canShare = (d) => !!(d && d.files && d.files.every(f => f.type === 'image/png'));
         navigator.share = async (d) => {{
           const f = d.files[0];
           window.__shared.push({{ name: f.name, type: f.type, text: d.text, title: d.title,
                                   bytes: Array.from(new Uint8Array(await f.arrayBuffer())) }});
           if ({outcome:?} !== 'done') throw new DOMException('no', {outcome:?});
         }};"
    )
}

async fn share(engine: Engine) {
    let sites = Sites::start();
    // Without a share sheet: no Share button, the download and the caption.
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&sites.app.url("/")).await;
    b.by_role("textbox", "Your pledge").await;
    let has_share = b
        .js("return typeof navigator.canShare === 'function'")
        .await;
    if has_share == json!(false) {
        assert!(b
            .all_by_role("button")
            .await
            .iter()
            .all(|(_, name)| name != "Share image"));
    }
    b.close().await;

    for outcome in ["done", "AbortError", "NotAllowedError"] {
        sites.app.set_script_before_page(share_sheet(outcome));
        let b = Browser::launch(engine, 1280, 900).await;
        b.goto(&sites.app.url("/")).await;
        let text = "We stand together against hate.";
        b.by_role("textbox", "Your pledge")
            .await
            .send_keys(text)
            .await
            .unwrap();
        // Once the preview shows the pledge (WebKit's driver fails a click
        // on a button the page is still redrawing).
        b.by_role("img", &format!("Pledge board: {text}")).await;
        wait_for_preview_height(&b, 1080).await;
        // Scrolled to, as a person would: WebKit's driver does not bring
        // a button below the fold into view before clicking it here
        // (element not interactable).
        b.click_in_view("button", "Share image").await;
        let shared = b
            .until(Duration::from_secs(10), "something shared", async || {
                let s = b.js("return window.__shared").await;
                if s.as_array().is_some_and(|a| !a.is_empty()) {
                    Ok(s[0].clone())
                } else {
                    Err("nothing was".into())
                }
            })
            .await;
        assert_eq!(shared["name"], "pledge-nhcaw-square.png");
        assert_eq!(shared["type"], "image/png");
        assert_eq!(shared["title"], "National Hate Crime Awareness Week");
        let caption = shared["text"].as_str().unwrap();
        assert!(
            caption.contains(text) && caption.contains("#NationalHCAW"),
            "{caption}"
        );
        let bytes: Vec<u8> = serde_json::from_value(shared["bytes"].clone()).unwrap();
        match outcome {
            "done" => {
                // The very image Download saves; then what to do next.
                b.by_role("heading", "What to do next").await;
                b.click("button", "Download image").await;
                assert_eq!(bytes, b.downloaded("pledge-nhcaw-square.png").await);
                b.assert_accessible("shared").await;
                // Share beside Download, on a phone too.
                b.set_viewport(320, 640).await;
                // Brought into view (as focus and links within the page
                // do), it is not hidden under "Exit this page".
                b.js("window.scrollTo(0, document.body.scrollHeight);
                      document.querySelector('.button-download').scrollIntoView(); return null")
                    .await;
                tokio::time::sleep(Duration::from_millis(200)).await;
                let gap = b
                    .js("return document.querySelector('.button-download').getBoundingClientRect().top
                              - document.querySelector('.quick-exit').getBoundingClientRect().bottom")
                    .await;
                assert!(
                    gap.as_f64().unwrap() >= 0.0,
                    "the button brought into view is under the bar: {gap}"
                );
                b.screenshot(&shot(engine, "share-320")).await;
                let fits = b
                    .js("return document.documentElement.scrollWidth <= window.innerWidth")
                    .await;
                assert_eq!(fits, json!(true), "wider than a 320 px phone");
            }
            "AbortError" => {
                tokio::time::sleep(Duration::from_millis(300)).await;
                assert!(
                    b.all_by_role("alert").await.is_empty(),
                    "a cancel is not an error"
                );
            }
            _ => {
                let alert = b
                    .text_until(
                        ".preview [role=alert]",
                        Duration::from_secs(10),
                        "an alert",
                        |s| !s.is_empty(),
                    )
                    .await;
                assert!(alert.contains("could not be shared"), "{alert}");
                let kept = b.by_role("textbox", "Your pledge").await;
                assert_eq!(kept.prop("value").await.unwrap().as_deref(), Some(text));
                b.assert_accessible("share failed").await;
            }
        }
        assert_eq!(b.csp_violations().await, Vec::<String>::new());
        b.close().await;
    }
}

in_every_engine!(
    share_hands_the_preview_and_caption_to_the_share_sheet,
    share
);
