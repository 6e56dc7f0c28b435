//! The campaign's contact sheet (issue 17): every board at every size in
//! each language, the real engine's pictures shrunk onto one sheet, the
//! longest and the shortest quote worded in the language, a name, the
//! placeholder photo in the frame.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pledge_board::contact_sheet::{self, quotes, NAME, THUMB_WIDTH};
use pledge_board::i18n::{find, ENGLISH};
use pledge_board::render::{Image, Pledge};

#[test]
fn the_quotes_are_the_longest_and_shortest_worded_in_the_language() {
    let c = default_campaign();
    let english: Vec<&str> = c.quotes.iter().map(|q| q.text.en.as_str()).collect();
    let longest = english.iter().max_by_key(|t| t.chars().count()).unwrap();
    let shortest = english.iter().min_by_key(|t| t.chars().count()).unwrap();
    assert_eq!(quotes(&c, "en-GB"), [*longest, *shortest]);
    // In Urdu only the quotes the campaign words in Urdu, never English.
    let urdu = quotes(&c, "ur");
    assert_eq!(urdu.len(), 2);
    for q in &urdu {
        assert!(!english.contains(q), "{q} is English");
        assert!(
            c.quotes.iter().any(|k| k.text.get("ur") == *q),
            "{q} is not a quote"
        );
    }
    // A language the campaign words none in: the English ones.
    let mut none = c.clone();
    for q in &mut none.quotes {
        q.text.other.clear();
    }
    assert_eq!(quotes(&none, "pl"), [*longest, *shortest]);
}

/// The part of `sheet` at `x`, `y` of `w` × `h` pixels.
fn region(sheet: &Image, x: u32, y: u32, w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for r in y..y + h {
        let at = ((r * sheet.width + x) * 4) as usize;
        out.extend_from_slice(&sheet.rgba[at..at + (w * 4) as usize]);
    }
    out
}

#[test]
fn each_board_size_and_language_is_the_engines_picture_shrunk_in_its_place() {
    let c = default_campaign();
    let urdu = find("ur").unwrap();
    let mut r = renderer();
    let mut told = Vec::new();
    let sheet = contact_sheet::draw_telling(&mut r, &c, &[&ENGLISH, urdu], |done, of| {
        told.push((done, of))
    })
    .unwrap();
    // Each picture told as it is drawn: 2 boards × 2 languages × 3 sizes
    // × 2 quotes.
    assert_eq!(contact_sheet::pictures(&c, &[&ENGLISH, urdu]), 24);
    assert_eq!(told, (1..=24).map(|i| (i, 24)).collect::<Vec<_>>());
    // 3 sizes × 2 quotes across; per board and language a caption band
    // and the tallest (the story, 356 pixels at 200 wide) under it.
    let (gap, caption, tallest) = (16, contact_sheet::CAPTION, 356);
    assert_eq!(caption, 64);
    assert_eq!(sheet.width, gap + 6 * (THUMB_WIDTH + gap));
    assert_eq!(sheet.height, gap + 4 * (caption + tallest + gap));
    // The English rows as a golden (looked at): captions with each size's
    // name, the mark, the photo, every size.
    let english_rows = Image {
        width: sheet.width,
        height: gap + 2 * (caption + tallest + gap),
        rgba: [
            region(&sheet, 0, 0, sheet.width, gap + caption + tallest + gap),
            region(
                &sheet,
                0,
                gap + 2 * (caption + tallest + gap),
                sheet.width,
                caption + tallest + gap,
            ),
        ]
        .concat(),
        font_size_px: 0,
        record: None,
    };
    assert_matches_golden("contact-sheet-english", &english_rows);

    // The second board, in Urdu (the fourth row), at the story size with
    // the shortest quote (the sixth place): the engine's own picture,
    // with the placeholder photo, shrunk, pixel for pixel.
    r.set_photo(Some(contact_sheet::placeholder_photo()));
    let board = &c.boards[1];
    let short = quotes(&c, "ur")[1];
    let full = r
        .render(
            &c,
            &board.id,
            "story",
            &Pledge {
                name: NAME.into(),
                lang: Some("ur".into()),
                ..Pledge::new(short)
            },
        )
        .unwrap();
    let small = image::imageops::thumbnail(
        &image::RgbaImage::from_raw(full.width, full.height, full.rgba).unwrap(),
        THUMB_WIDTH,
        tallest,
    );
    let (x, y) = (
        gap + 5 * (THUMB_WIDTH + gap),
        gap + 3 * (caption + tallest + gap) + caption,
    );
    assert!(
        region(&sheet, x, y, THUMB_WIDTH, tallest) == small.into_raw(),
        "the story in Urdu is not the engine's picture in its place"
    );
    // The square leaves the sheet's paper under it.
    let below_square = region(&sheet, gap, gap + caption + THUMB_WIDTH + 4, THUMB_WIDTH, 1);
    assert!(below_square
        .chunks(4)
        .all(|p| p == [0xf3, 0xf2, 0xf1, 0xff]));
}

#[test]
fn a_board_whose_quote_cannot_be_drawn_is_named() {
    let mut c = default_campaign();
    // A font the renderer has not been given: the sheet names where.
    let mut r = pledge_board::render::Renderer::new();
    pledge_board::artwork::prepare_from(&mut r, &c, &root().join("static")).unwrap();
    c.quotes.truncate(1);
    let e = contact_sheet::draw(&mut r, &c, &[&ENGLISH]).unwrap_err();
    assert!(
        e.to_string().starts_with("purple-dawn, caption, en-GB: "),
        "{e}"
    );
}
