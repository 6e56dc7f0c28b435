//! The montage page's two decoders, in each engine: a phone photo stored
//! sideways (EXIF orientation 6) is read upright as a 405 × 540 tile by
//! the page as shipped (the browser's decoder for JPEG, where the worker
//! has `createImageBitmap` and `OffscreenCanvas`), by the browser's
//! decoder asked for (`?decoder=browser`) and by ours (`?decoder=ours`);
//! each tile's mean colours in 12 × 16 boxes are within a few levels of
//! those of the tile our decoder makes natively of the same file. A photo
//! turned the wrong way, or cropped, is far off.

use super::in_every_engine;
use crate::editor::finish;
use crate::embed::temp;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;
use std::time::Duration;

/// The mean colour of each of 12 × 16 boxes of an RGBA picture (RGB, row
/// by row): the same sums as the page makes in [`tile_in_page`].
pub(crate) fn coarse(width: u32, height: u32, rgba: &[u8]) -> Vec<f64> {
    let (w, h) = (width as usize, height as usize);
    let mut out = Vec::new();
    for by in 0..16 {
        for bx in 0..12 {
            let (x0, x1, y0, y1) = (
                bx * w / 12,
                (bx + 1) * w / 12,
                by * h / 16,
                (by + 1) * h / 16,
            );
            let mut sum = [0f64; 3];
            for y in y0..y1 {
                for x in x0..x1 {
                    for (c, s) in sum.iter_mut().enumerate() {
                        *s += rgba[(y * w + x) * 4 + c] as f64;
                    }
                }
            }
            let n = ((x1 - x0) * (y1 - y0)) as f64;
            out.extend(sum.map(|s| s / n));
        }
    }
    out
}

/// The page's tile (its pixels exactly, drawn unscaled), as [`coarse`]
/// boxes, and its size.
async fn tile_in_page(b: &Browser) -> (u32, u32, Vec<f64>) {
    let v = b
        .js("const img = document.querySelector('.review-item img');
             const w = img.naturalWidth, h = img.naturalHeight;
             const c = document.createElement('canvas'); c.width = w; c.height = h;
             const g = c.getContext('2d'); g.drawImage(img, 0, 0);
             const d = g.getImageData(0, 0, w, h).data;
             const out = [];
             for (let by = 0; by < 16; by++) for (let bx = 0; bx < 12; bx++) {
               const x0 = Math.floor(bx * w / 12), x1 = Math.floor((bx + 1) * w / 12);
               const y0 = Math.floor(by * h / 16), y1 = Math.floor((by + 1) * h / 16);
               const s = [0, 0, 0];
               for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++)
                 for (let k = 0; k < 3; k++) s[k] += d[(y * w + x) * 4 + k];
               const n = (x1 - x0) * (y1 - y0);
               out.push(s[0] / n, s[1] / n, s[2] / n);
             }
             return [w, h, out];")
        .await;
    let n = |i: usize| v[i].as_u64().unwrap() as u32;
    let rgb = v[2]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    (n(0), n(1), rgb)
}

/// The largest difference between two pictures' boxes, in levels.
pub(crate) fn farthest(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

async fn decoders(engine: Engine) {
    let dir = temp("montage-decoders");
    let path = dir.join("sideways.jpg");
    let bytes = crate::common::photos::phone_jpeg(900, 1200, 6);
    std::fs::write(&path, &bytes).unwrap();
    // Ours, natively: the reference.
    let ours = pledge_board::render::photo::decode(&bytes, 540).unwrap();
    assert_eq!((ours.width, ours.height), (405, 540));
    let want = coarse(ours.width, ours.height, &ours.rgba);

    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    for query in ["", "?decoder=browser", "?decoder=ours"] {
        b.goto(&server.url(&format!("/montage/{query}"))).await;
        b.by_role("heading", "Build the montage").await;
        // Nothing kept from the last load.
        if !b.all_by_role("img").await.is_empty() {
            b.click("button", "Clear everything").await;
            b.click("button", "Yes, clear everything").await;
        }
        let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
        input.send_keys(&path.display().to_string()).await.unwrap();
        let what = format!("{query:?}: the photo read");
        b.until(Duration::from_secs(30), &what, async || {
            let loaded = b
                .js("const i = document.querySelector('.review-item img'); return !!(i && i.complete && i.naturalWidth)")
                .await;
            if loaded == serde_json::json!(true) {
                Ok(())
            } else {
                Err("no image shown".into())
            }
        })
        .await;
        let (w, h, got) = tile_in_page(&b).await;
        assert_eq!(
            (w, h),
            (405, 540),
            "{}, {query:?}: the tile's size",
            engine.name()
        );
        let off = farthest(&got, &want);
        assert!(
            off <= 24.0,
            "{}, {query:?}: the tile is {off} levels from ours somewhere (turned or cropped?)",
            engine.name()
        );
        // The same check must fail for a photo on its side.
        let turned: Vec<f64> = {
            let upright = image::RgbaImage::from_raw(405, 540, ours.rgba.clone()).unwrap();
            let side = image::imageops::rotate90(&upright);
            let back =
                image::imageops::resize(&side, 405, 540, image::imageops::FilterType::Triangle);
            coarse(405, 540, back.as_raw())
        };
        let off_turned = farthest(&turned, &want);
        assert!(
            off_turned > 24.0,
            "the check cannot tell a turned photo ({off_turned})"
        );
    }
    finish(b, &server).await;
}

in_every_engine!(
    the_montage_page_reads_a_sideways_photo_upright_with_either_decoder,
    decoders
);
