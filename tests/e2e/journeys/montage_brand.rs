//! The montage of a campaign with its own typeface (issue 17), in each
//! engine: the built app given `examples/harbour-lights/` (which names a
//! brand font) with no rebuild; four pledge images approved and built into
//! a montage whose title band is in that font, fetched from beside the
//! campaign file by the montage worker: the very picture the native
//! build makes with the font, and not the one it makes without.

use super::artwork::{example, example_campaign, fonts_only};
use super::montage::{assert_alike, chosen, native_montage_of, wait_for_link};
use super::{in_every_engine, shot};
use crate::editor::{copy_dir, dist_without, finish};
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;

const FONT: &str = "campaign/DejaVuSerif-Bold-Latin.ttf";

/// The native montage of the first four pledges, its title with the
/// brand font or without it (drawn in Noto, as it must not be).
fn native(with_font: bool) -> Vec<u8> {
    let mut c = example_campaign();
    let mut r = fonts_only();
    if with_font {
        r.set_brand_font(FONT, std::fs::read(example().join(FONT)).unwrap())
            .unwrap();
    } else {
        c.brand_font = None;
    }
    let png = native_montage_of(&chosen()[..4], &c, &mut r);
    crate::common::decode_png(&png).2
}

async fn brand_title(engine: Engine) {
    let dir = dist_without("campaign.toml");
    std::fs::copy(example().join("campaign.toml"), dir.join("campaign.toml")).unwrap();
    copy_dir(&example().join("campaign"), &dir.join("campaign"));
    let server = StaticServer::serve(dir);
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/montage/")).await;
    b.by_role("heading", "Build the montage").await;
    let files: Vec<String> = chosen()[..4]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    input.send_keys(&files.join("\n")).await.unwrap();
    for i in 1..=4 {
        b.click_in_view("button", &format!("Approve image {i}"))
            .await;
    }
    b.click_in_view("button", "Build the montage").await;
    let link = "Download the montage (PNG, 1080 × 1080)";
    wait_for_link(&b, link, 60).await;
    let asked: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert!(
        asked.iter().any(|p| *p == format!("/{FONT}")),
        "{}: the brand font not fetched: {asked:?}",
        engine.name()
    );
    b.click_in_view("link", link).await;
    let (w, h, page) = crate::common::decode_png(&b.downloaded("montage-grid-square.png").await);
    assert_eq!((w, h), (1080, 1080));
    assert_alike(&b, "montage in the brand font", w, &page, &native(true));
    let noto = crate::common::compare(&page, &native(false), 8);
    assert!(
        noto.differing > 1000,
        "{}: the title is not in the brand font ({} pixels differ from Noto's)",
        engine.name(),
        noto.differing
    );
    b.assert_accessible("a montage in the brand font").await;
    b.js("document.querySelector('img[alt^=\"Montage\"]').scrollIntoView({block: 'start'}); return null")
        .await;
    b.screenshot(&shot(engine, "montage-brand")).await;
    b.click_in_view("button", "Clear everything").await;
    b.click_in_view("button", "Yes, clear everything").await;
    b.by_role("button", "Clear everything").await;
    finish(b, &server).await;
}

in_every_engine!(
    a_campaigns_brand_font_titles_its_montage_as_natively,
    brand_title
);
