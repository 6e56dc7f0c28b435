//! Benchmark, not a test: the render engine in wasm in headless Chromium,
//! against the browser's own `canvas.toBlob` PNG encoding of the same
//! pixels, and against a canvas-2D peer drawing the same board as other
//! pledge-board pages do (`tests/bench/canvas_peer.js`), in the same run.
//! Run with `make bench-wasm`; it prints median and p95 of each, and their
//! ratios. It asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{fonts, Pledge, Renderer};
use wasm_bindgen::{Clamped, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 30;

#[wasm_bindgen::prelude::wasm_bindgen(module = "/tests/bench/canvas_peer.js")]
extern "C" {
    async fn peer_setup(
        font: js_sys::Uint8Array,
        artwork: js_sys::Uint8Array,
        width: u32,
        height: u32,
    ) -> wasm_bindgen::JsValue;
    #[allow(clippy::too_many_arguments)]
    fn peer_draw(
        p: &wasm_bindgen::JsValue,
        text: &str,
        signature: &str,
        text_box: &wasm_bindgen::JsValue,
        colour: &str,
        min: f32,
        max: f32,
        line_height: f32,
        signature_scale: f32,
    ) -> f64;
    fn peer_flush(p: &wasm_bindgen::JsValue) -> f64;
    async fn peer_png(p: &wasm_bindgen::JsValue) -> wasm_bindgen::JsValue;
}

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

/// The Latin font the first preview uses.
const LATIN: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/static/fonts/NotoSans-Bold.ttf"
));

/// A renderer as the render worker has it at the first preview: the Latin
/// font and the mark drawn ahead.
fn renderer() -> Renderer {
    let mut r = Renderer::new();
    r.add_font(&fonts::LATIN, LATIN.to_vec());
    give_mark(&mut r);
    r
}

/// The pledge every benchmark here draws.
fn pledge() -> Pledge {
    Pledge {
        text: "I will speak up when I see hate, and I will report it.".into(),
        name: "Asha".into(),
        date: "23 November 2026".into(),
        ..Pledge::default()
    }
}

#[wasm_bindgen_test]
async fn bench_render_and_encode_portrait_vs_canvas_to_blob() {
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r = renderer();
    let pledge = pledge();

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
        let mut fresh = renderer();
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

/// Our engine against the canvas-2D peer on the same board, size, font and
/// pledge, alternating run by run: render (ours: the RGBA image; the
/// peer's: drawn and made real by reading a pixel back), and render + PNG
/// (ours: `to_png`; the peer's: `toBlob`).
#[wasm_bindgen_test]
async fn bench_render_against_a_canvas_2d_peer() {
    use pledge_board::render::scene::{text_box_px, Frame};
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r = renderer();
    let pledge = pledge();
    let (board_id, size_id) = ("purple-dawn", "portrait");
    // The same artwork for the peer: our board with no pledge on it.
    let blank = r
        .render(&campaign, board_id, size_id, &Pledge::default())
        .unwrap();
    let board = campaign.board(board_id).unwrap();
    let f = Frame::new(blank.width, blank.height);
    let (x, y, w, h) = text_box_px(board, f);
    let text_box = js_sys::Object::new();
    for (k, v) in [("x", x), ("y", y), ("width", w), ("height", h)] {
        js_sys::Reflect::set(&text_box, &k.into(), &(v as f64).into()).unwrap();
    }
    let [cr, cg, cb, ca] = board.text_colour.rgba();
    let colour = format!("rgba({cr},{cg},{cb},{})", ca as f32 / 255.0);
    let peer = peer_setup(
        js_sys::Uint8Array::from(LATIN),
        js_sys::Uint8Array::from(&blank.rgba[..]),
        blank.width,
        blank.height,
    )
    .await;
    let draw_peer = || {
        peer_draw(
            &peer,
            &pledge.text,
            &pledge.signature(),
            &text_box,
            &colour,
            board.min_font_size * f.scale,
            board.max_font_size * f.scale,
            board.line_height,
            0.6,
        )
    };
    // Warm-up, both.
    r.render(&campaign, board_id, size_id, &pledge).unwrap();
    let size = draw_peer();
    assert!(size > 0.0, "the peer set the pledge");
    peer_png(&peer).await;

    let (mut ours, mut ours_png, mut theirs, mut theirs_png) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t0 = now();
        let img = r.render(&campaign, board_id, size_id, &pledge).unwrap();
        let t1 = now();
        assert!(img.to_png().len() > 1000);
        let t2 = now();
        ours.push(t1 - t0);
        ours_png.push(t2 - t0);

        let t0 = now();
        draw_peer();
        peer_flush(&peer);
        let t1 = now();
        theirs.push(t1 - t0);
        let t0 = now();
        draw_peer();
        let blob: web_sys::Blob = peer_png(&peer).await.dyn_into().unwrap();
        assert!(blob.size() > 1000.0);
        theirs_png.push(now() - t0);
    }
    let (o, o95) = stats(ours);
    let (op, op95) = stats(ours_png);
    let (t, t95) = stats(theirs);
    let (tp, tp95) = stats(theirs_png);
    console_log!("BENCH peer, {board_id} {size_id}, pledge set at {size} px by the peer");
    console_log!("BENCH peer: ours render median {o:.1} ms, p95 {o95:.1} ms; canvas peer draw median {t:.1} ms, p95 {t95:.1} ms; ratio ours/peer {:.2}", o / t);
    console_log!("BENCH peer: ours render + PNG median {op:.1} ms, p95 {op95:.1} ms; canvas peer draw + toBlob median {tp:.1} ms, p95 {tp95:.1} ms; ratio ours/peer {:.2}", op / tp);
}
