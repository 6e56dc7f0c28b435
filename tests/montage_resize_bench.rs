//! Where the time goes when one image becomes a tile, natively (release):
//! decoding, shrinking (`image`'s `thumbnail`, which `photo::decode`
//! uses, against its `resize` with a triangle filter) and packing, for a
//! 1080 × 1350 pledge PNG and a 12-megapixel phone JPEG, each to a
//! 540-pixel tile; then `fast_image_resize` (box and bilinear, with its
//! SIMD code and without) against `thumbnail`, and how far its results are
//! from `thumbnail`'s. The same comparison in wasm: `tests/web_resize_bench.rs`.
//! Not part of `make test`: `make bench-montage-resize`.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "bench/resizers.rs"]
mod resizers;

use common::{default_campaign, renderer};
use image::imageops::FilterType;
use pledge_board::montage::compose::{PackedTile, Tile};
use pledge_board::render::{photo, Pledge};
use std::time::Instant;

const RUNS: usize = 9;
const SIDE: u32 = 540;

/// The median time of `RUNS` calls of `f`, in milliseconds.
fn median_ms<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn stages(what: &str, bytes: &[u8]) {
    let img = image::load_from_memory(bytes).unwrap();
    let (w, h) = (img.width(), img.height());
    let (tw, th) = if w >= h {
        (SIDE, (h as u64 * SIDE as u64 / w as u64) as u32)
    } else {
        ((w as u64 * SIDE as u64 / h as u64) as u32, SIDE)
    };
    let decode = median_ms(|| image::load_from_memory(bytes).unwrap());
    let thumbnail = median_ms(|| img.thumbnail(SIDE, SIDE));
    let rgba = img.to_rgba8();
    let triangle = median_ms(|| image::imageops::resize(&rgba, tw, th, FilterType::Triangle));
    let small = img.thumbnail(SIDE, SIDE).to_rgba8();
    let tile = Tile {
        width: small.width(),
        height: small.height(),
        rgba: small.into_raw(),
    };
    let pack = median_ms(|| PackedTile::pack(&tile));
    let whole = median_ms(|| photo::decode(bytes, SIDE).unwrap());
    println!("BENCH resize {what} ({w} × {h} to {tw} × {th}), median of {RUNS}:");
    println!("BENCH resize   decode {decode:.1} ms, thumbnail {thumbnail:.1} ms, resize (triangle) {triangle:.1} ms, pack {pack:.1} ms");
    let per_tile = whole + pack;
    println!(
        "BENCH resize   photo::decode (decode + thumbnail + turn) {whole:.1} ms; with packing {per_tile:.1} ms a tile; the thumbnail is {:.0}% of it",
        thumbnail * 100.0 / per_tile
    );
    let ours = resizers::thumbnail(&img, SIDE);
    let (ow, oh) = ours.dimensions();
    for how in [resizers::Fir::Box, resizers::Fir::Bilinear] {
        let with = resizers::fir_resize(&img, ow, oh, how, true, false);
        let without = resizers::fir_resize(&img, ow, oh, how, false, false);
        println!(
            "BENCH resize   {what}: fast_image_resize {how:?} with SIMD and without give the same pixels: {}",
            if with == without { "yes" } else { "no" }
        );
    }
    for how in [resizers::Fir::Box, resizers::Fir::Bilinear] {
        for simd in [true, false] {
            let out = resizers::fir_resize(&img, ow, oh, how, simd, false);
            let (mean, most) = resizers::difference(&ours, &out).unwrap();
            let ms = median_ms(|| resizers::fir_resize(&img, ow, oh, how, simd, false));
            println!(
                "BENCH resize   fast_image_resize {how:?} {} {ms:.1} ms ({:.2}x thumbnail); differs from thumbnail by {mean:.2} on average, {most} at most",
                if simd { "SIMD" } else { "plain" },
                thumbnail / ms
            );
        }
    }
}

#[test]
#[ignore = "a benchmark: run with `make bench-montage-resize`"]
fn where_the_time_goes_when_an_image_becomes_a_tile() {
    let pledge = renderer()
        .render(
            &default_campaign(),
            "purple-dawn",
            "portrait",
            &Pledge::new("We stand together against hate."),
        )
        .unwrap()
        .to_png();
    stages("pledge PNG", &pledge);
    let scene = common::photos::scene(4000, 3000);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 88)
        .encode_image(&scene)
        .unwrap();
    stages("12 MP JPEG", &jpeg);
}
