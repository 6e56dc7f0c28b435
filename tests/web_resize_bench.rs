//! Benchmark, not a test: shrinking an image to a montage tile in wasm in
//! headless Chromium (release build), `image`'s `thumbnail` (ours) against
//! `fast_image_resize` with its wasm SIMD code and without, on a pledge
//! PNG and on a 12-megapixel picture; and whether each result matches
//! ours. Run with `make bench-wasm-resize`; it prints median and p95.
//! The only assertions are that results are the size asked for.
#![cfg(target_arch = "wasm32")]

#[path = "bench/resizers.rs"]
mod resizers;

use image::imageops::FilterType;
use image::DynamicImage;
use resizers::{difference, fir_resize, thumbnail, Fir};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SIDE: u32 = 540;

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Median and 95th percentile, in milliseconds.
fn stats(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let pick = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (pick(0.5), pick(0.95))
}

/// `runs` calls each of `a` and `b`, taken in turn so that whatever else
/// the machine does falls on both alike (after one call of each to warm
/// up): the median and p95 of each, in milliseconds.
fn time_pair<T, U>(
    runs: usize,
    mut a: impl FnMut() -> T,
    mut b: impl FnMut() -> U,
) -> ((f64, f64), (f64, f64)) {
    std::hint::black_box((a(), b()));
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t0 = now();
        std::hint::black_box(a());
        let t1 = now();
        std::hint::black_box(b());
        ta.push(t1 - t0);
        tb.push(now() - t1);
    }
    (stats(ta), stats(tb))
}

fn compare(what: &str, img: &DynamicImage, runs: usize) {
    let ours = thumbnail(img, SIDE);
    let (w, h) = ours.dimensions();
    console_log!(
        "BENCH wasm-resize {what} {} × {} to {w} × {h}, each against thumbnail (ours) in turn, {runs} runs:",
        img.width(),
        img.height()
    );
    for how in [Fir::Box, Fir::Bilinear] {
        let with = fir_resize(img, w, h, how, true, false);
        let without = fir_resize(img, w, h, how, false, false);
        console_log!(
            "BENCH wasm-resize {what}: fast_image_resize {how:?} with SIMD and without give the same pixels: {}",
            if with == without { "yes" } else { "no" }
        );
    }
    for how in [Fir::Box, Fir::Bilinear] {
        for simd in [true, false] {
            let out = fir_resize(img, w, h, how, simd, false);
            assert_eq!(out.dimensions(), (w, h));
            let (mean, most) = difference(&ours, &out).unwrap();
            let ((t, t95), (m, m95)) = time_pair(
                runs,
                || thumbnail(img, SIDE),
                || fir_resize(img, w, h, how, simd, false),
            );
            console_log!(
                "BENCH wasm-resize {what}: fast_image_resize {how:?} {} median {m:.1} ms, p95 {m95:.1}; thumbnail median {t:.1} ms, p95 {t95:.1} ({:.2}x thumbnail's speed); differs from thumbnail by {mean:.2} on average, {most} at most",
                if simd { "simd128" } else { "plain" },
                t / m
            );
        }
    }
}

#[wasm_bindgen_test]
fn bench_shrinking_to_a_tile_thumbnail_vs_fast_image_resize() {
    let pledge = image::load_from_memory(include_bytes!("golden/long-portrait.png")).unwrap();
    compare("pledge PNG", &pledge, 31);
    // A 12-megapixel picture with a pledge's detail: the pledge enlarged.
    let big = DynamicImage::ImageRgba8(image::imageops::resize(
        &pledge.to_rgba8(),
        3000,
        4000,
        FilterType::Triangle,
    ));
    compare("12 MP RGBA", &big, 9);
    // See-through pixels: premultiplied by alpha (the step Rust 1.95's
    // wasm SIMD is said to get wrong), with SIMD and without.
    let mut clear = pledge.to_rgba8();
    for (i, p) in clear.pixels_mut().enumerate() {
        p.0[3] = (i % 251) as u8;
    }
    let clear = DynamicImage::ImageRgba8(clear);
    let simd = fir_resize(&clear, 432, 540, Fir::Box, true, true);
    let plain = fir_resize(&clear, 432, 540, Fir::Box, false, true);
    let (mean, most) = difference(&simd, &plain).unwrap();
    console_log!(
        "BENCH wasm-resize see-through pixels: simd128 against plain differ by {mean:.3} on average, {most} at most"
    );
}
