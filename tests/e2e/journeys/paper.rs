//! A photo of a pledge written on paper as the whole image, in each
//! engine: "Use a photo of my paper pledge"; Download before a photo says
//! to add one and takes the person to the file chooser; with the photo the
//! preview is the paper pledge under the hashtag strip, the native engine's
//! picture (up to JPEG decoding); its words in the text alternative; a
//! reload keeps it; typing is still there.

use super::{in_every_engine, shot};
use crate::common::{assert_alike, decode_png};
use crate::editor::{finish, preview_pixels, wait_for_preview_height};
use crate::harness::{open_app_in, Engine};
use crate::photo::{choose, near, pixel, sideways_selfie};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::paper::photo_box;
use pledge_board::render::photo::decode;
use pledge_board::render::placement::photo_side_needed;
use pledge_board::render::Pledge;

const EMPTY: &str = "Pledge image, empty: add a photo of your paper pledge.";
const WITH: &str = "Pledge image: a photo of a pledge written on paper";
const SAYS: &str = "Pledge image, a photo of a pledge written on paper: Hope lives here";

async fn paper_pledge(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.type_into("Your pledge", "typed words").await;
    b.by_role("img", "Pledge board: typed words").await;
    b.click_in_view("radio", "Use a photo of my paper pledge")
        .await;
    b.by_role("img", EMPTY).await;
    b.assert_accessible("paper mode, no photo").await;

    // Download with no photo: said, and the file chooser has the focus.
    b.click_in_view("button", "Download image").await;
    let want = "Add a photo of your paper pledge first.";
    b.until(std::time::Duration::from_secs(5), want, async || {
        let said = b
            .js("return [...document.querySelectorAll('[role=alert]')].map(e => e.textContent).join(' | ')")
            .await;
        if said.as_str() == Some(want) {
            Ok(())
        } else {
            Err(format!("the alerts say {said}"))
        }
    })
    .await;
    assert_eq!(b.js("return document.activeElement.id").await, "photo-file");

    let (path, jpeg) = sideways_selfie();
    choose(&b, "Choose a photo", &path).await;
    b.by_role("img", WITH).await;
    b.type_into("What does your writing say? (optional)", "Hope lives here")
        .await;
    b.by_role("img", SAYS).await;
    wait_for_preview_height(&b, 1080).await;
    b.assert_accessible("paper pledge with its photo").await;
    b.screenshot(&shot(engine, "paper-desktop")).await;

    // The picture: the native engine's, up to JPEG decoding.
    b.click_in_view("button", "Download image").await;
    let png = b.downloaded("pledge-nhcaw-square.png").await;
    let (w, h, rgba) = decode_png(&png);
    assert!(
        preview_pixels(&b).await == (w, h, rgba.clone()),
        "download = preview"
    );
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r = crate::editor::native_renderer();
    r.set_photo(Some(decode(&jpeg, photo_side_needed(&c)).unwrap()));
    let native = r
        .render(
            &c,
            "purple-dawn",
            "square",
            &Pledge {
                paper: true,
                lang: Some("en-GB".into()),
                ..Pledge::new("Hope lives here")
            },
        )
        .unwrap();
    assert_alike(
        &format!("paper-{}", engine.name()),
        w,
        &native.rgba,
        &rgba,
        6,
    );
    // The strip in the campaign's primary colour under the photo.
    let strip = photo_box(w, h);
    let [pr, pg, pb, _] = c.colours.primary.rgba();
    assert!(near(
        pixel(&rgba, w, 3.0, strip.height + 3.0),
        [pr, pg, pb],
        3
    ));

    // A reload keeps the paper pledge, its photo and words.
    b.reload().await;
    b.by_role("img", SAYS).await;
    // On a phone-sized page: nothing wider than the window, and the
    // photo's gesture layer still over the photo (not the strip).
    b.set_viewport(320, 640).await;
    b.by_role("img", SAYS).await;
    let wide = b
        .js("return document.documentElement.scrollWidth - window.innerWidth")
        .await;
    assert!(
        wide.as_i64().is_some_and(|d| d <= 0),
        "{}: {wide} px of sideways scroll at 320 px",
        engine.name()
    );
    let fits = b
        .js("const i = document.querySelector('canvas.board-image').getBoundingClientRect(); \
             const d = document.querySelector('.photo-drag').getBoundingClientRect(); \
             return [i.left, i.width, d.left, d.width, d.top - i.top, d.height, i.height, window.innerWidth]")
        .await;
    let v: Vec<f64> = serde_json::from_value(fits).unwrap();
    assert!(
        v[1] <= v[7] && (v[2] - v[0]).abs() < 1.5 && (v[3] - v[1]).abs() < 1.5,
        "{}: the gesture layer does not cover the image's width: {v:?}",
        engine.name()
    );
    let over_photo = f64::from(strip.height) / f64::from(h);
    assert!(
        v[4].abs() < 1.5 && (v[5] / v[6] - over_photo).abs() < 0.01,
        "{}: the gesture layer is not over the photo alone: {v:?}",
        engine.name()
    );
    b.js(
        "document.querySelector('canvas.board-image').scrollIntoView({block: 'center'}); return 0",
    )
    .await;
    b.screenshot(&shot(engine, "paper-320")).await;
    b.set_viewport(1280, 900).await;
    // Typing is still there.
    b.click_in_view("radio", "Type it").await;
    b.by_role("img", "Pledge board: typed words").await;
    finish(b, &server).await;
}
in_every_engine!(
    a_photo_of_a_paper_pledge_fills_the_image_above_the_hashtag_strip,
    paper_pledge
);
