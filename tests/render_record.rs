//! The pledge carried inside pledge PNGs (an `iTXt` chunk): written by the
//! renderer, read back by the montage, absent where it should be, and never
//! more than what the image already shows.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pledge_board::render::record::{PledgeRecord, KEYWORD, MAX_TEXT_CHARS};
use pledge_board::render::Pledge;
use std::io::Cursor;

#[test]
fn a_pledge_png_carries_its_words_language_campaign_board_and_size() {
    let c = default_campaign();
    let text = "ہم سب مل کر نفرت کے خلاف کھڑے ہیں۔";
    let p = Pledge {
        text: text.into(),
        lang: Some("ur".into()),
        ..Pledge::default()
    };
    let png = renderer()
        .render(&c, "many-voices", "square", &p)
        .unwrap()
        .to_png();
    assert_eq!(
        PledgeRecord::read(&png),
        Some(PledgeRecord {
            text: text.into(),
            lang: "ur".into(),
            campaign: "nhcaw".into(),
            board: "many-voices".into(),
            size: "square".into(),
        })
    );
    // Where other tools look: the chunk's own language tag, before the pixels.
    let reader = png::Decoder::new(Cursor::new(&png[..]))
        .read_info()
        .unwrap();
    let chunk = &reader.info().utf8_text[0];
    assert_eq!(
        (chunk.keyword.as_str(), chunk.language_tag.as_str()),
        (KEYWORD, "ur")
    );
}

#[test]
fn the_record_changes_no_pixel_and_holds_no_name() {
    let c = default_campaign();
    let p = Pledge {
        text: "I will report it.".into(),
        name: "Asha Mistry".into(),
        date: "1 December 2026".into(),
        lang: Some("en-GB".into()),
        ..Pledge::default()
    };
    let image = renderer()
        .render(&c, "purple-dawn", "portrait", &p)
        .unwrap();
    let with = image.to_png();
    let without = pledge_board::render::Image {
        record: None,
        ..image.clone()
    }
    .to_png();
    assert!(with.len() > without.len());
    assert_eq!(decode_png(&with), decode_png(&without));
    let has = |needle: &[u8]| with.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"I will report it."));
    assert!(!has(b"Asha"), "the name is only in the pixels");
    assert!(!has(b"December"), "the date is only in the pixels");
}

#[test]
fn an_empty_board_carries_no_record() {
    let c = default_campaign();
    let png = renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new("  "))
        .unwrap()
        .to_png();
    assert_eq!(PledgeRecord::read(&png), None);
    assert!(!png.windows(KEYWORD.len()).any(|w| w == KEYWORD.as_bytes()));
}

#[test]
fn images_without_the_record_read_as_none_and_never_panic() {
    let c = default_campaign();
    let png = renderer()
        .render(
            &c,
            "purple-dawn",
            "square",
            &Pledge::new("Hate has no home here."),
        )
        .unwrap()
        .to_png();
    // Re-encoded as a social network would: the chunk is gone.
    let img = image::load_from_memory(&png).unwrap();
    let mut again = Vec::new();
    img.write_to(&mut Cursor::new(&mut again), image::ImageFormat::Png)
        .unwrap();
    assert_eq!(PledgeRecord::read(&again), None);
    let mut jpeg = Vec::new();
    img.to_rgb8()
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    assert_eq!(PledgeRecord::read(&jpeg), None);
    // Cut short before the record ends, or not an image at all. (Cut in
    // the pixels, the record is still read: the montage names the file as
    // cut short when it decodes them.)
    for cut in [0, 8, 20, 40, 60] {
        assert_eq!(PledgeRecord::read(&png[..cut]), None, "cut at {cut}");
    }
    assert!(PledgeRecord::read(&png[..png.len() / 2]).is_some());
    assert_eq!(PledgeRecord::read(b"%PDF-1.7 not an image"), None);
}

/// A PNG with one iTXt chunk of this keyword and text, as another tool
/// (or someone's hand) might write it.
fn png_with_chunk(keyword: &str, text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, 2, 2);
    enc.set_color(png::ColorType::Rgba);
    enc.add_itxt_chunk(keyword.into(), text.into()).unwrap();
    let mut w = enc.write_header().unwrap();
    w.write_image_data(&[255; 16]).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn a_foreign_or_damaged_chunk_is_ignored_and_a_flood_of_text_is_cut() {
    assert_eq!(
        PledgeRecord::read(&png_with_chunk("Comment", r#"{"text":"hi"}"#)),
        None
    );
    assert_eq!(
        PledgeRecord::read(&png_with_chunk(KEYWORD, "{not json")),
        None
    );
    let minimal = PledgeRecord::read(&png_with_chunk(KEYWORD, r#"{"text":"hi"}"#)).unwrap();
    assert_eq!(minimal.text, "hi");
    assert_eq!(minimal.lang, "");
    let flood = format!(r#"{{"text":"{}"}}"#, "ż".repeat(10_000));
    let cut = PledgeRecord::read(&png_with_chunk(KEYWORD, &flood)).unwrap();
    assert_eq!(cut.text.chars().count(), MAX_TEXT_CHARS);
}
