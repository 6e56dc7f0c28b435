//! Benchmark, not a test: the render engine in wasm in headless Chromium,
//! against the browser's own `canvas.toBlob` PNG encoding of the same
//! pixels, in the same run. Run with `make bench-wasm`; it prints median
//! and p95 of each, and their ratio. It asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{fonts, Pledge, Renderer};
use wasm_bindgen::{Clamped, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 30;

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Median and 95th percentile, in milliseconds.
fn stats(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(|a, b| a.total_cmp(b));
    let pick = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (pick(0.5), pick(0.95))
}

/// The boards' mark as the render worker takes it: drawn ahead.
fn give_mark(r: &mut Renderer) {
    use pledge_board::render::drawn;
    let files = drawn::decode(include_bytes!("../static/campaign/artwork.drawn")).unwrap();
    let svg = include_bytes!("../static/campaign/mark.svg");
    drawn::give(r, &files, |_| Some(drawn::source_crc(svg)));
}

#[wasm_bindgen_test]
async fn bench_render_and_encode_portrait_vs_canvas_to_blob() {
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r = Renderer::new();
    let latin = include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/fonts/NotoSans-Bold.ttf"
    ));
    r.add_font(&fonts::LATIN, latin.to_vec());
    give_mark(&mut r);
    let pledge = Pledge {
        text: "I will speak up when I see hate, and I will report it.".into(),
        name: "Asha".into(),
        date: "23 November 2026".into(),
        lang: None,
        ..Pledge::default()
    };

    // Warm-up, as the app's worker is warm after its first render.
    let image = r
        .render(&campaign, "purple-dawn", "portrait", &pledge)
        .unwrap();
    let mut render_png = Vec::new();
    let mut render_only = Vec::new();
    let mut encode_only = Vec::new();
    for _ in 0..RUNS {
        let t0 = now();
        let img = r
            .render(&campaign, "purple-dawn", "portrait", &pledge)
            .unwrap();
        let t1 = now();
        let png = img.to_png();
        let t2 = now();
        assert!(png.len() > 1000);
        render_only.push(t1 - t0);
        encode_only.push(t2 - t1);
        render_png.push(t2 - t0);
    }

    // Cold: a new renderer each time (fonts parsed, artwork drawn, glyphs
    // outlined anew), as for the first preview after the worker starts.
    let mut cold = Vec::new();
    for _ in 0..10 {
        let t0 = now();
        let mut fresh = Renderer::new();
        fresh.add_font(&fonts::LATIN, latin.to_vec());
        give_mark(&mut fresh);
        let png = fresh
            .render(&campaign, "purple-dawn", "portrait", &pledge)
            .unwrap()
            .to_png();
        cold.push(now() - t0);
        assert!(png.len() > 1000);
    }

    // The browser's PNG encoder on the same pixels.
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas.set_width(image.width);
    canvas.set_height(image.height);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let data = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
        Clamped(&image.rgba),
        image.width,
        image.height,
    )
    .unwrap();
    let mut to_blob = Vec::new();
    for i in 0..=RUNS {
        let t0 = now();
        ctx.put_image_data(&data, 0.0, 0.0).unwrap();
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            canvas.to_blob_with_type(&resolve, "image/png").unwrap();
        });
        let blob: web_sys::Blob = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .unwrap()
            .dyn_into()
            .unwrap();
        assert!(blob.size() > 1000.0);
        if i > 0 {
            to_blob.push(now() - t0); // the first is a warm-up
        }
    }

    let (rp, rp95) = stats(render_png);
    let (ro, ro95) = stats(render_only);
    let (eo, eo95) = stats(encode_only);
    let (tb, tb95) = stats(to_blob);
    let (co, co95) = stats(cold);
    console_log!(
        "BENCH wasm render+PNG 1080x1350: median {rp:.1} ms, p95 {rp95:.1} ms ({RUNS} runs)"
    );
    console_log!("BENCH wasm render only: median {ro:.1} ms, p95 {ro95:.1} ms");
    console_log!(
        "BENCH wasm PNG encode only: median {eo:.1} ms, p95 {eo95:.1} ms, {} bytes",
        image.to_png().len()
    );
    console_log!("BENCH wasm cold (new renderer, first render + PNG): median {co:.1} ms, p95 {co95:.1} ms (10 runs)");
    console_log!("BENCH canvas putImageData+toBlob PNG: median {tb:.1} ms, p95 {tb95:.1} ms");
    console_log!(
        "BENCH ratio ours/toBlob (medians): render+PNG {:.2}, PNG encode alone {:.2}",
        rp / tb,
        eo / tb
    );
}
