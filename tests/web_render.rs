//! The render engine in wasm, in headless Chromium: it must give the very
//! same PNG bytes as natively. The goldens in tests/golden/ were written by
//! the native build, so each is compared byte for byte.
#![cfg(target_arch = "wasm32")]

use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::render::{fonts, Pledge, Renderer};
use wasm_bindgen_test::*;

#[path = "fixtures/handwriting.rs"]
mod handwriting;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! font {
    ($file:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/fonts/", $file)).to_vec()
    };
}

fn renderer() -> Renderer {
    let mut r = Renderer::new();
    r.add_font(&fonts::LATIN, font!("NotoSans-Bold.ttf"));
    r.add_font(&fonts::URDU, font!("NotoNastaliqUrdu-Bold.ttf"));
    r.add_font(&fonts::GUJARATI, font!("NotoSansGujarati-Bold.ttf"));
    // The boards' mark as the render worker takes it: drawn ahead, while
    // the SVG is the one it was drawn from.
    let given = pledge_board::render::drawn::give(&mut r, &drawn_artwork(), |file| {
        (file == "campaign/mark.svg").then(|| pledge_board::render::drawn::source_crc(MARK_SVG))
    });
    assert_eq!(given, ["campaign/mark.svg"]);
    r
}

const MARK_SVG: &[u8] = include_bytes!("../static/campaign/mark.svg");

fn drawn_artwork() -> Vec<pledge_board::render::drawn::DrawnFile> {
    pledge_board::render::drawn::decode(include_bytes!("../static/campaign/artwork.drawn")).unwrap()
}

fn pledge(text: &str, lang: &str) -> Pledge {
    Pledge {
        text: text.into(),
        lang: Some(lang.into()),
        ..Pledge::default()
    }
}

/// Renders `p` in wasm and checks the PNG is byte for byte the native golden.
fn assert_same_as_native(board: &str, size: &str, p: &Pledge, golden: &[u8], what: &str) {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let png = renderer().render(&c, board, size, p).unwrap().to_png();
    assert!(png == golden, "{what}: wasm bytes differ from native");
}

#[wasm_bindgen_test]
fn same_bytes_as_native_latin_with_signature() {
    let p = Pledge {
        text: "I will speak up when I see hate, and I will report it.".into(),
        name: "Asha".into(),
        date: "23 November 2026".into(),
        lang: None,
        ..Pledge::default()
    };
    let golden = include_bytes!("golden/size-portrait.png");
    assert_same_as_native("purple-dawn", "portrait", &p, golden, "Latin");
}

#[wasm_bindgen_test]
fn same_bytes_as_native_handwriting_on_both_boards() {
    // Outlines (smoothing, pressure, tapers, libm's sine and cosine) and
    // their filling: bit for bit as natively.
    // The pledge the native goldens are drawn with (render_handwriting):
    // the typed words travel in the PNG's record, not on the board.
    let p = Pledge {
        text: "Typed words stay in the draft, not on the board.".into(),
        writing: Some(handwriting::hope()),
        ..Pledge::default()
    };
    let golden = include_bytes!("golden/handwriting-purple-dawn-square.png");
    assert_same_as_native("purple-dawn", "square", &p, golden, "handwriting");
    let golden = include_bytes!("golden/handwriting-many-voices-story.png");
    assert_same_as_native("many-voices", "story", &p, golden, "handwriting, story");
}

#[wasm_bindgen_test]
fn same_bytes_as_native_urdu_and_gujarati() {
    let urdu = pledge(
        "ہم سب مل کر نفرت کے خلاف کھڑے ہیں۔ نفرت کی یہاں کوئی جگہ نہیں۔",
        "ur",
    );
    let golden = include_bytes!("golden/lang-urdu-start.png");
    assert_same_as_native("many-voices", "square", &urdu, golden, "Urdu");
    let gujarati = pledge(
        "આપણે સૌ સાથે મળીને નફરત સામે ઊભા છીએ. અહીં નફરતને કોઈ સ્થાન નથી.",
        "gu",
    );
    let golden = include_bytes!("golden/lang-gujarati.png");
    assert_same_as_native("purple-dawn", "square", &gujarati, golden, "Gujarati");
}

#[path = "common/photos.rs"]
mod photos;

#[wasm_bindgen_test]
fn same_bytes_as_native_with_a_photo_in_the_frame() {
    // The painted test photo is made here in wasm, as natively, then drawn
    // in the round frame: the PNG must equal the native golden.
    let img = photos::scene(1200, 900);
    let rgba = image::DynamicImage::ImageRgb8(img).into_rgba8().into_raw();
    let mut r = renderer();
    r.set_photo(Some(pledge_board::render::photo::Photo {
        width: 1200,
        height: 900,
        rgba,
    }));
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let p = Pledge::new("Whoever you are, wherever you are from, you belong here.");
    let png = r
        .render(&c, "many-voices", "portrait", &p)
        .unwrap()
        .to_png();
    assert!(
        png == include_bytes!("golden/photo-circle.png"),
        "photo: wasm bytes differ from native"
    );
}

/// In wasm (32-bit sizes) the decoder's own default limits refused a
/// 60000 × 60000 PNG before its size was known, and the page said "0 × 0":
/// the real size must be named, as natively.
#[wasm_bindgen_test]
fn a_giant_photo_is_named_by_its_real_size_in_wasm() {
    use pledge_board::render::photo::{decode, PhotoError};
    let giant = photos::png_bomb(60_000, 60_000);
    assert_eq!(
        decode(&giant, 1080).unwrap_err(),
        PhotoError::TooManyPixels {
            width: 60_000,
            height: 60_000
        }
    );
}

/// The blank board to print, made in wasm: the same PDF bytes as the
/// native goldens (tests/print_board.rs writes and checks them).
#[wasm_bindgen_test]
fn the_printed_board_has_the_same_bytes_as_native() {
    use pledge_board::i18n::{find, Texts};
    use pledge_board::print::{self, Options, Paper};
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let cases: [(&str, &str, &str, Paper, bool, &[u8]); 2] = [
        (
            "purple-dawn",
            "en-GB",
            "",
            Paper::A4,
            false,
            include_bytes!("golden/print-purple-dawn-a4-en.pdf"),
        ),
        (
            "many-voices",
            "ur",
            include_str!("../static/locales/ur.ftl"),
            Paper::Letter,
            true,
            include_bytes!("golden/print-many-voices-letter-ur-save-ink.pdf"),
        ),
    ];
    for (board, code, ftl, paper, save_ink, golden) in cases {
        let texts = Texts::new(
            find(code).unwrap(),
            ftl,
            &c.messages_for(code),
            &c.messages_for("en"),
        );
        let sheet = print::sheet(&c, board, &texts, Options { paper, save_ink });
        let pdf = print::blank_board(&mut renderer(), &c, &sheet).unwrap();
        assert!(
            pdf == golden,
            "{board} {code}: wasm bytes differ from native"
        );
    }
}

#[wasm_bindgen_test]
fn the_svg_mark_has_the_same_pixels_as_native() {
    // resvg's drawing of the project's mark (paths, arcs, strokes,
    // opacity) in wasm: the very bytes of the native golden.
    let art = pledge_board::artwork::Art::read(MARK_SVG).unwrap();
    let image = pledge_board::render::Image {
        width: 240,
        height: 240,
        rgba: art.pixels(240, 240).unwrap(),
        font_size_px: 0,
        record: None,
    };
    assert!(
        image.to_png() == include_bytes!("golden/layer-mark.png"),
        "the mark's wasm pixels differ from native"
    );
}

#[wasm_bindgen_test]
fn the_mark_drawn_ahead_is_what_resvg_draws_in_wasm() {
    // What the page's render worker takes instead of starting the artwork
    // worker is what the artwork worker would have drawn.
    let art = pledge_board::artwork::Art::read(MARK_SVG).unwrap();
    let drawn = drawn_artwork();
    assert_eq!(drawn.len(), 1);
    assert_eq!(drawn[0].shape, art.own_size());
    assert!(!drawn[0].pictures.is_empty());
    for (w, h, rgba) in &drawn[0].pictures {
        assert!(
            art.pixels(*w, *h).unwrap() == *rgba,
            "the mark at {w} × {h}: drawn ahead differs from resvg in wasm"
        );
    }
}
