//! Cropping a photo of a paper board on the montage page, in each engine:
//! four pledge PNGs and a photo without a pledge record (three upright
//! bands, red, green and blue). The crop is offered for the photo only;
//! turned on and moved to the left edge with its buttons, the photo fills
//! its square in the built montage with its red band alone (the whole
//! photo would show all three); the grid says it is cut; the approvals
//! list for `pledge-montage` names every approved file, the photo with its
//! crop; a reload keeps the crop. Axe passes; screenshots of the panel.

use super::montage::{chosen, wait_for_link};
use super::{in_every_engine, shot};
use crate::editor::finish;
use crate::embed::temp;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

const RED: [u8; 3] = [220, 20, 20];
const GREEN: [u8; 3] = [20, 200, 20];
const BLUE: [u8; 3] = [20, 20, 220];

/// The photo: 600 × 200, a band of each colour, no pledge record.
fn photo() -> &'static PathBuf {
    static PHOTO: OnceLock<PathBuf> = OnceLock::new();
    PHOTO.get_or_init(|| {
        let path = temp("montage-crop").join("board photo.png");
        let img = image::RgbImage::from_fn(600, 200, |x, _| {
            image::Rgb([RED, GREEN, BLUE][x as usize / 200])
        });
        img.save(&path).unwrap();
        path
    })
}

/// Whether the colour fills a block of 24 × 24 pixels somewhere (a tile's
/// inside, not an edge blend), within 12 levels.
fn has_block(w: u32, rgba: &[u8], rgb: [u8; 3]) -> bool {
    let near = |x: u32, y: u32| {
        let i = ((y * w + x) * 4) as usize;
        (0..3).all(|c| rgba[i + c].abs_diff(rgb[c]) <= 12)
    };
    let h = rgba.len() as u32 / 4 / w;
    (0..h - 24).step_by(6).any(|y| {
        (0..w - 24).step_by(6).any(|x| {
            near(x, y)
                && near(x + 23, y)
                && near(x, y + 23)
                && near(x + 23, y + 23)
                && near(x + 12, y + 12)
        })
    })
}

/// The crop panel's status line, once it says `want` (or after 5 s).
async fn crop_at(b: &Browser, want: &str) -> String {
    b.look_until(
        Duration::from_secs(5),
        |said: &String| said == want,
        async || b.text_of(".crop-at").await,
    )
    .await
}

async fn crop(engine: Engine) {
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/montage/")).await;
    b.by_role("heading", "Build the montage").await;
    let mut files: Vec<String> = chosen()[..4]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    files.push(photo().display().to_string());
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    input.send_keys(&files.join("\n")).await.unwrap();
    b.by_role("button", "Approve image 5").await;
    // A pledge image on focus: no crop offered.
    b.click_in_view("button", "Approve image 1").await;
    let panel = "return document.querySelectorAll('.crop-panel').length";
    assert_eq!(b.js(panel).await, 0, "a crop offered for a pledge image");
    b.click_in_view("button", "Approve the 4 not yet reviewed")
        .await;
    // The photo: its crop, turned on, then moved to the left edge.
    b.click_in_view("button", "Approve image 5").await;
    b.by_role("heading", "Crop image 5").await;
    b.click_in_view("checkbox", "Cut it to fill its place")
        .await;
    let centred = "The crop is centred 50% across and 50% down.";
    assert_eq!(crop_at(&b, centred).await, centred);
    for _ in 0..5 {
        b.click_in_view("button", "Move the crop left").await;
    }
    let left = "The crop is centred 0% across and 50% down.";
    assert_eq!(crop_at(&b, left).await, left);
    let marked = "return [...document.querySelectorAll('.review-cropped')].map(e => e.textContent)";
    assert_eq!(
        b.js(marked).await,
        serde_json::json!(["Cut to fill its place"])
    );
    b.assert_accessible("a photo cropped").await;
    b.js("document.querySelector('.crop-panel').scrollIntoView(); return null")
        .await;
    b.screenshot(&shot(engine, "montage-crop-desktop")).await;

    // The montage: the photo's square holds the red band alone.
    b.click_in_view("button", "Build the montage").await;
    let link = "Download the montage (PNG, 1080 × 1080)";
    wait_for_link(&b, link, 60).await;
    b.click_in_view("link", link).await;
    let (w, h, rgba) = crate::common::decode_png(&b.downloaded("montage-grid-square.png").await);
    assert_eq!((w, h), (1080, 1080));
    assert_eq!(
        [RED, GREEN, BLUE].map(|c| has_block(w, &rgba, c)),
        [true, false, false],
        "{}: red, green, blue in the montage",
        engine.name()
    );

    // The approvals list, for pledge-montage.
    b.click_in_view("button", "Download the approvals list")
        .await;
    let list = String::from_utf8(b.downloaded("approved.txt").await).unwrap();
    let names: Vec<&str> = list.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        names,
        [
            "pledge-01.png",
            "pledge-02.png",
            "pledge-03.png",
            "pledge-04.png",
            "board photo.png\tcrop 0 50"
        ],
        "{list}"
    );

    // A reload keeps the crop.
    b.reload().await;
    b.click_in_view("button", "Approve image 5").await;
    assert_eq!(crop_at(&b, left).await, left, "after a reload");
    b.set_viewport(320, 700).await;
    let fits = b
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(fits, serde_json::json!(true), "wider than a 320 px phone");
    b.js("document.querySelector('.crop-panel').scrollIntoView(); return null")
        .await;
    b.screenshot(&shot(engine, "montage-crop-320")).await;
    b.click_in_view("button", "Clear everything").await;
    b.click_in_view("button", "Yes, clear everything").await;
    b.by_role("button", "Clear everything").await;
    finish(b, &server).await;
}

in_every_engine!(
    a_photo_of_a_paper_board_is_cropped_where_the_reviewer_says,
    crop
);
