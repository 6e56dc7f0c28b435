//! What artwork layers cost to draw, natively (release): the example
//! campaign's board (a photograph's look, an SVG mark, a PNG logo and a
//! WebP ribbon) against the same board with its layers taken out. First:
//! a fresh renderer's first image, the layers read and drawn included;
//! warm: each later image (the artwork is kept). Not part of `make test`:
//! `make bench-layers`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pledge_board::campaign::Campaign;
use pledge_board::render::Pledge;
use std::time::Instant;

fn median_p95(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let pick = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (pick(0.5), pick(0.95))
}

#[test]
#[ignore = "a benchmark: run with `make bench-layers`"]
fn what_artwork_layers_cost_to_draw() {
    let dir = common::root().join("examples/harbour-lights");
    let with =
        Campaign::from_toml(&std::fs::read_to_string(dir.join("campaign.toml")).unwrap()).unwrap();
    let mut without = with.clone();
    without.boards[0].layers.clear();
    for size in ["square", "story"] {
        for (what, c) in [("with 4 layers", &with), ("without layers", &without)] {
            let mut first = Vec::new();
            let mut warm = Vec::new();
            for run in 0..11 {
                let mut r = common::renderer();
                let t0 = Instant::now();
                pledge_board::artwork::prepare_from(&mut r, c, &dir).unwrap();
                let png = r
                    .render(c, "lights", size, &Pledge::new("Everyone is welcome here."))
                    .unwrap()
                    .to_png();
                std::hint::black_box(png);
                if run > 0 {
                    first.push(t0.elapsed().as_secs_f64() * 1000.0);
                }
                for i in 0..3 {
                    let t0 = Instant::now();
                    let png = r
                        .render(c, "lights", size, &Pledge::new(format!("Welcome {i}")))
                        .unwrap()
                        .to_png();
                    std::hint::black_box(png);
                    warm.push(t0.elapsed().as_secs_f64() * 1000.0);
                }
            }
            let (f50, f95) = median_p95(first);
            let (w50, w95) = median_p95(warm);
            println!(
                "BENCH {size} {what}: first (layers read and drawn) median {f50:.1} ms, p95 {f95:.1}; \
                 warm render + PNG median {w50:.1} ms, p95 {w95:.1}"
            );
        }
    }
}
