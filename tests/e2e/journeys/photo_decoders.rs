//! The editor's two photo decoders, in each engine: a large phone photo
//! stored sideways (EXIF orientation 6), which must be turned upright and
//! shrunk to the side the campaign needs, is read by the page as shipped
//! (the browser's decoder for a JPEG, where the photo worker has
//! `createImageBitmap` and `OffscreenCanvas`) and by ours
//! (`?decoder=ours`). Each download is the preview pixel for pixel, and
//! its photo frame's mean colours in 12 × 16 boxes are within a few levels
//! of the native render of the same file with our decoder; the same
//! photo on its side is far off.

use super::in_every_engine;
use super::montage_decoders::{coarse, farthest};
use crate::common::decode_png;
use crate::editor::{finish, preview_pixels, wait_for_preview_height};
use crate::harness::{Browser, Engine, StaticServer};
use crate::photo::{choose, fixture, write_on_frame_board, TEXT, WITH_PHOTO};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::photo::{decode, Photo};
use pledge_board::render::placement::{frame_box, photo_side_needed};
use pledge_board::render::Pledge;

/// The board's photo frame (its bounding box) from a 1080 × 1080 RGBA
/// render, as [`coarse`] boxes.
fn frame_boxes(rgba: &[u8]) -> Vec<f64> {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let frame = c.board("many-voices").unwrap().photo_frame.clone().unwrap();
    let fb = frame_box(&frame, 1080, 1080);
    let (x0, y0) = (fb.x.ceil() as usize, fb.y.ceil() as usize);
    let (w, h) = (
        fb.width.floor() as usize - 1,
        fb.height.floor() as usize - 1,
    );
    let mut out = Vec::with_capacity(w * h * 4);
    for y in y0..y0 + h {
        out.extend_from_slice(&rgba[(y * 1080 + x0) * 4..(y * 1080 + x0 + w) * 4]);
    }
    coarse(w as u32, h as u32, &out)
}

/// The square board with this photo, drawn natively.
fn native_board(photo: Photo) -> Vec<u8> {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r = crate::editor::native_renderer();
    r.set_photo(Some(photo));
    r.render(&c, "many-voices", "square", &Pledge::new(TEXT))
        .unwrap()
        .rgba
}

async fn decoders(engine: Engine) {
    // 1800 × 2400 upright, stored 2400 × 1800 and tagged to be turned.
    let bytes = crate::common::photos::phone_jpeg(1800, 2400, 6);
    let path = fixture("large-sideways-exif6.jpg", &bytes);
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let side = photo_side_needed(&c);
    assert!(side < 2400, "the photo must be shrunk ({side})");
    let ours = decode(&bytes, side).unwrap();
    let want = frame_boxes(&native_board(ours.clone()));
    // The check must tell a photo left on its side.
    let turned = {
        let upright = image::RgbaImage::from_raw(ours.width, ours.height, ours.rgba).unwrap();
        let side = image::imageops::rotate90(&upright);
        Photo {
            width: side.width(),
            height: side.height(),
            rgba: side.into_raw(),
        }
    };
    let off_turned = farthest(&frame_boxes(&native_board(turned)), &want);
    assert!(
        off_turned > 24.0,
        "the check cannot tell a turned photo ({off_turned})"
    );

    let server = StaticServer::serve_dist();
    for query in ["", "?decoder=ours"] {
        // A browser of its own each time: nothing kept from the last page.
        let b = Browser::launch(engine, 1280, 900).await;
        b.goto(&server.url(&format!("/{query}"))).await;
        write_on_frame_board(&b).await;
        choose(&b, "Choose a photo", &path).await;
        b.by_role("img", WITH_PHOTO).await;
        wait_for_preview_height(&b, 1080).await;
        b.click("button", "Download image").await;
        let png = b.downloaded("pledge-nhcaw-square.png").await;
        let (w, h, rgba) = decode_png(&png);
        assert_eq!((w, h), (1080, 1080));
        assert!(
            preview_pixels(&b).await == (w, h, rgba.clone()),
            "{}, {query:?}: download = preview, pixel for pixel",
            engine.name()
        );
        let off = farthest(&frame_boxes(&rgba), &want);
        assert!(
            off <= 12.0,
            "{}, {query:?}: the photo is {off} levels from the native render somewhere \
             (turned, cropped or shrunk wrongly?)",
            engine.name()
        );
        // Which decoder read it: ours gives the native pixels (wasm and
        // native agree), the browser's differs by its rounding and filter
        // (1.5 levels in each engine on 2026-12-03), so a page that fell
        // back to ours (and lost the browser's speed) is caught too.
        if query.is_empty() {
            assert!(
                off > 0.0,
                "{}: the browser's decoder was not used",
                engine.name()
            );
        } else {
            assert!(
                off <= 0.5,
                "{}: ours, {off} levels from native",
                engine.name()
            );
        }
        finish(b, &server).await;
    }
}

in_every_engine!(
    a_large_sideways_photo_is_upright_and_shrunk_with_either_decoder,
    decoders
);
