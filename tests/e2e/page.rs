//! The page as a first-time visitor meets it, at phone and desktop widths.

use crate::harness::open_app;

#[tokio::test]
async fn page_loads_with_heading_pledge_box_and_an_empty_board() {
    let (server, browser) = open_app(1280, 900).await;

    assert_eq!(
        browser.client.title().await.unwrap(),
        "Make your pledge – National Hate Crime Awareness Week"
    );
    browser.by_role("heading", "Make your pledge").await;
    browser.by_role("heading", "Write your pledge").await;
    browser.by_role("heading", "Your pledge board").await;
    browser.by_role("heading", "Report hate crime").await;

    // The text box is named by its label and described by its hint.
    let pledge = browser.by_role("textbox", "Your pledge").await;
    let described = pledge
        .attr("aria-describedby")
        .await
        .unwrap()
        .expect("a hint");
    let hint_id = described.split(' ').next().unwrap();
    let hint = browser
        .client
        .find(fantoccini::Locator::Id(hint_id))
        .await
        .unwrap();
    assert!(hint
        .text()
        .await
        .unwrap()
        .contains("You can write in any language"));

    browser
        .by_role("img", "Pledge board, empty: your pledge will appear here.")
        .await;
    browser.by_role("main", "").await;
    browser.by_role("button", "Download image").await;

    let lang = browser
        .js("return [document.documentElement.lang, document.documentElement.dir]")
        .await;
    assert_eq!(lang, serde_json::json!(["en-GB", "ltr"]));

    browser.screenshot("page-desktop").await;
    browser.assert_no_console_errors().await;
    assert_eq!(
        server.failed_requests().len(),
        0,
        "{:?}",
        server.failed_requests()
    );
    browser.close().await;
}

/// At 320 CSS pixels nothing scrolls sideways and the text box fits; on a
/// desktop the editor and the board sit side by side.
#[tokio::test]
async fn layout_fits_320px_phones_and_uses_width_on_desktop() {
    let (_server, browser) = open_app(320, 640).await;
    let pledge = browser.by_role("textbox", "Your pledge").await;
    let overflow = browser
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(overflow, 0, "the page scrolls sideways at 320px");
    let (x, _, w, _) = pledge.rectangle().await.unwrap();
    assert!(
        x >= 0.0 && x + w <= 320.0,
        "text box spans {x}..{} of 320px",
        x + w
    );
    pledge
        .send_keys("We stand together against hate in every form")
        .await
        .unwrap();
    browser
        .by_role(
            "img",
            "Pledge board: We stand together against hate in every form",
        )
        .await;
    let overflow = browser
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(
        overflow, 0,
        "the page scrolls sideways at 320px with a preview"
    );
    browser.full_page_screenshot("page-320").await;
    // Downloading on a phone shows the next steps, still without sideways scroll.
    browser
        .by_role("button", "Download image")
        .await
        .click()
        .await
        .unwrap();
    browser.by_role("heading", "What to do next").await;
    let wide = browser
        .js("const w = document.documentElement.clientWidth;
             return [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > w + 0.5)
               .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))")
        .await;
    assert_eq!(
        wide,
        serde_json::json!([]),
        "wider than the 320px page after download"
    );
    browser.full_page_screenshot("page-320-downloaded").await;

    browser.set_viewport(1280, 900).await;
    let form = browser.by_role("region", "Write your pledge").await;
    let board = browser.by_role("region", "Your pledge board").await;
    let (fx, fy, fw, _) = form.rectangle().await.unwrap();
    let (bx, by, _, _) = board.rectangle().await.unwrap();
    assert!(
        bx >= fx + fw,
        "on desktop the board ({bx}) is beside the form (ends {})",
        fx + fw
    );
    assert!(
        (by - fy).abs() < 1.0,
        "form and board tops differ: {fy} vs {by}"
    );
    browser.screenshot("page-desktop-typed").await;
    browser.assert_no_console_errors().await;
    browser.close().await;
}
