//! Native render benchmarks: `cargo bench --bench render` (or `make bench`).
//! The same render is measured in wasm in headless Chromium by
//! `make bench-wasm` (tests/web_bench.rs); both go into BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{Pledge, Renderer};
use std::hint::black_box;

/// Every font, and the shipped boards' mark.
fn renderer() -> Renderer {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut r = Renderer::with_fonts_from(&root.join("static/fonts")).unwrap();
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    pledge_board::artwork::prepare_from(&mut r, &campaign, &root.join("static")).unwrap();
    r
}

fn bench(c: &mut Criterion) {
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let english = Pledge {
        text: "I will speak up when I see hate, and I will report it.".into(),
        name: "Asha".into(),
        date: "23 November 2026".into(),
        lang: None,
        ..Pledge::default()
    };
    let urdu = Pledge {
        text: "ہم سب مل کر نفرت کے خلاف کھڑے ہیں۔ نفرت کی یہاں کوئی جگہ نہیں۔".into(),
        lang: Some("ur".into()),
        ..Pledge::default()
    };
    let mut r = renderer();
    let mut g = c.benchmark_group("portrait 1080x1350");
    g.sample_size(30);
    g.bench_function("render + PNG, English", |b| {
        b.iter(|| {
            r.render(&campaign, "purple-dawn", "portrait", black_box(&english))
                .unwrap()
                .to_png()
        })
    });
    g.bench_function("render only, English", |b| {
        b.iter(|| {
            r.render(&campaign, "purple-dawn", "portrait", black_box(&english))
                .unwrap()
        })
    });
    let image = r
        .render(&campaign, "purple-dawn", "portrait", &english)
        .unwrap();
    g.bench_function("PNG encode only", |b| b.iter(|| black_box(&image).to_png()));
    g.bench_function("render + PNG, Urdu", |b| {
        b.iter(|| {
            r.render(&campaign, "many-voices", "portrait", black_box(&urdu))
                .unwrap()
                .to_png()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
