//! How the render engine behaves: deterministic bytes, auto-fit, the limit
//! for text that cannot fit, fonts asked for only when needed, and text
//! that never leaves its box whatever the script (property tests).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pledge_board::campaign::Campaign;
use pledge_board::render::{fonts, Pledge, RenderError, Renderer};
use proptest::prelude::*;

#[test]
fn the_same_input_gives_the_same_bytes() {
    let c = default_campaign();
    let p = Pledge::new("Our differences make our community stronger.");
    let a = renderer()
        .render(&c, "purple-dawn", "portrait", &p)
        .unwrap()
        .to_png();
    let mut r = renderer();
    // A renderer that has drawn something else first (warm caches) too.
    r.render(&c, "many-voices", "square", &Pledge::new("ہم ساتھ ہیں"))
        .unwrap();
    let b = r
        .render(&c, "purple-dawn", "portrait", &p)
        .unwrap()
        .to_png();
    assert_eq!(a, b);
    assert_eq!(&a[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn the_png_has_the_export_size_and_decodes_to_the_pixels() {
    let c = default_campaign();
    for size in &c.sizes {
        let image = renderer()
            .render(&c, "purple-dawn", &size.id, &Pledge::new("Report it."))
            .unwrap();
        let (w, h, rgba) = decode_png(&image.to_png());
        assert_eq!((w, h), (size.width, size.height));
        assert_eq!(rgba, image.rgba);
        assert!(
            rgba.chunks_exact(4).all(|p| p[3] == 255),
            "the image is opaque"
        );
    }
}

#[test]
fn short_text_is_set_large_and_long_text_smaller_within_the_range() {
    let c = default_campaign();
    let board = c.board("purple-dawn").unwrap();
    let short = renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new("Hope."))
        .unwrap();
    assert_eq!(short.font_size_px as f32, board.max_font_size);
    let long = renderer()
        .render(
            &c,
            "purple-dawn",
            "square",
            &Pledge::new("word ".repeat(40)),
        )
        .unwrap();
    assert!(long.font_size_px < short.font_size_px);
    assert!(long.font_size_px as f32 >= board.min_font_size);
}

#[test]
fn text_too_long_to_fit_is_refused_with_a_limit_that_is_right() {
    let mut c = default_campaign();
    c.max_pledge_chars = 1000; // so that the board, not the campaign, is the limit
    let text = "Together we stand against hate in every form. ".repeat(16);
    let err = renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new(text.clone()))
        .unwrap_err();
    let RenderError::TooLong { chars, limit } = err else {
        panic!("{err:?}")
    };
    assert_eq!(chars, text.chars().count());
    assert!(limit > 50 && limit < chars, "limit {limit}");
    // The limit is exact: that many characters fit, one more does not.
    let fits: String = text.chars().take(limit).collect();
    renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new(fits))
        .expect("the stated limit fits");
    let over: String = text.chars().take(limit + 1).collect();
    assert!(matches!(
        renderer().render(&c, "purple-dawn", "square", &Pledge::new(over)),
        Err(RenderError::TooLong { .. })
    ));
}

#[test]
fn the_campaign_limit_applies_before_any_layout() {
    let c = default_campaign();
    let text = "a".repeat(c.max_pledge_chars + 1);
    assert_eq!(
        renderer().render(&c, "purple-dawn", "story", &Pledge::new(text)),
        Err(RenderError::TooLong {
            chars: c.max_pledge_chars + 1,
            limit: c.max_pledge_chars
        })
    );
}

#[test]
fn only_the_fonts_a_pledge_needs_are_asked_for() {
    let c = default_campaign();
    let board = c.board("purple-dawn").unwrap();
    let mut r = Renderer::new();
    assert_eq!(
        r.missing_fonts(board, &Pledge::new("Hello")),
        ["NotoSans-Bold.ttf"]
    );
    let bytes =
        |f: &fonts::FontFile| std::fs::read(root().join("static/fonts").join(f.file)).unwrap();
    r.add_font(&fonts::LATIN, bytes(&fonts::LATIN));
    pledge_board::artwork::prepare_from(&mut r, &c, &root().join("static")).unwrap();
    r.render(&c, "purple-dawn", "square", &Pledge::new("Hello"))
        .unwrap();
    let gujarati = Pledge::new("આપણે સાથે છીએ");
    assert_eq!(
        r.render(&c, "purple-dawn", "square", &gujarati),
        Err(RenderError::MissingFonts(vec!["NotoSansGujarati-Bold.ttf"]))
    );
    r.add_font(&fonts::GUJARATI, bytes(&fonts::GUJARATI));
    r.render(&c, "purple-dawn", "square", &gujarati).unwrap();
}

#[test]
fn unknown_board_or_size_is_an_error_not_a_panic() {
    let c = default_campaign();
    let p = Pledge::new("x");
    assert_eq!(
        renderer().render(&c, "nope", "square", &p),
        Err(RenderError::UnknownBoard("nope".into()))
    );
    assert_eq!(
        renderer().render(&c, "purple-dawn", "huge", &p),
        Err(RenderError::UnknownSize("huge".into()))
    );
}

#[test]
fn an_empty_pledge_draws_the_bare_board() {
    let c = default_campaign();
    let empty = renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new("  \n "))
        .unwrap();
    assert_eq!(empty.font_size_px, 0);
    let some = renderer()
        .render(&c, "purple-dawn", "square", &Pledge::new("x"))
        .unwrap();
    assert_ne!(empty.rgba, some.rgba);
}

#[test]
fn the_signature_line_says_name_and_date() {
    let p = |name: &str, date: &str| Pledge {
        name: name.into(),
        date: date.into(),
        ..Pledge::new("x")
    };
    assert_eq!(p("Asha", "1 Oct").signature(), "— Asha, 1 Oct");
    assert_eq!(p(" Asha ", "").signature(), "— Asha");
    assert_eq!(p("", "1 Oct").signature(), "1 Oct");
    assert_eq!(p("  ", "").signature(), "");
}

/// Pixels outside the text box of `board` that differ between two images.
fn changed_outside_text_box(
    c: &Campaign,
    board: &str,
    size: &str,
    a: &[u8],
    b: &[u8],
) -> Vec<(u32, u32)> {
    let s = c.size(size).unwrap();
    let tb = c.board(board).unwrap().text_box;
    let (x0, y0) = (
        (tb.x * s.width as f32).floor() as u32,
        (tb.y * s.height as f32).floor() as u32,
    );
    let (x1, y1) = (
        ((tb.x + tb.width) * s.width as f32).ceil() as u32,
        ((tb.y + tb.height) * s.height as f32).ceil() as u32,
    );
    let mut out = Vec::new();
    for (i, (pa, pb)) in a.chunks_exact(4).zip(b.chunks_exact(4)).enumerate() {
        let (x, y) = (i as u32 % s.width, i as u32 / s.width);
        let inside = x >= x0 && x < x1 && y >= y0 && y < y1;
        if !inside && pa != pb {
            out.push((x, y));
        }
    }
    out
}

/// Text from many scripts, with spaces, line breaks, marks, emoji and
/// direction controls.
fn any_script_text() -> impl Strategy<Value = String> {
    let ranges = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => proptest::char::range('A', 'Z'),
        1 => proptest::char::range('\u{00C0}', '\u{024F}'),
        2 => proptest::char::range('\u{0400}', '\u{04FF}'),
        2 => proptest::char::range('\u{0621}', '\u{064A}'),
        1 => proptest::char::range('\u{0679}', '\u{06D3}'),
        2 => proptest::char::range('\u{0905}', '\u{0939}'),
        1 => proptest::char::range('\u{093E}', '\u{094D}'),
        2 => proptest::char::range('\u{0A85}', '\u{0AB9}'),
        2 => proptest::char::range('\u{0A05}', '\u{0A39}'),
        3 => Just(' '),
        1 => Just('\n'),
        1 => prop::sample::select(vec!['.', ',', '—', '“', '”', '!', '?', '1', '9', '\u{200F}', '\u{200E}', '\u{0301}', '😀', '\u{FFFD}', '\t']),
    ];
    proptest::collection::vec(ranges, 0..160).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the text, rendering never panics, and nothing outside the
    /// text box changes compared with the empty board.
    #[test]
    fn text_in_any_script_stays_in_its_box(text in any_script_text(), board in 0usize..2, size in 0usize..3) {
        let c = default_campaign();
        let board = &c.boards[board].id;
        let size = &c.sizes[size].id;
        let mut r = renderer();
        let empty = r.render(&c, board, size, &Pledge::new("")).unwrap();
        match r.render(&c, board, size, &Pledge::new(text.clone())) {
            Ok(image) => {
                let changed = changed_outside_text_box(&c, board, size, &empty.rgba, &image.rgba);
                prop_assert!(changed.is_empty(), "{} pixels outside the box changed, e.g. {:?}", changed.len(), &changed[..changed.len().min(5)]);
            }
            Err(RenderError::TooLong { chars, limit }) => prop_assert!(limit < chars),
            Err(e) => prop_assert!(false, "unexpected error {e:?}"),
        }
    }
}

#[test]
fn kept_artwork_gives_the_same_image_and_follows_campaign_changes() {
    let mut c = default_campaign();
    let p = Pledge::new("Different faiths, different languages, one community.");
    let mut r = renderer();
    let first = r.render(&c, "purple-dawn", "square", &p).unwrap();
    let again = r.render(&c, "purple-dawn", "square", &p).unwrap();
    assert_eq!(first, again);
    assert_eq!(
        first,
        renderer().render(&c, "purple-dawn", "square", &p).unwrap()
    );
    // An edited board is drawn anew, not taken from what was kept.
    c.boards[0].footer[0].text = "#StandTogether".into();
    let edited = r.render(&c, "purple-dawn", "square", &p).unwrap();
    assert_eq!(
        edited,
        renderer().render(&c, "purple-dawn", "square", &p).unwrap()
    );
    assert_ne!(edited.rgba, first.rgba);
}
