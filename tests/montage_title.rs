//! The montage's title band (`montage::title`): the campaign's name, the
//! count and place, its hashtags, in its colours, any script; goldens
//! (looked at) and the words that make the count line.

mod common;

use common::*;
use pledge_board::montage::title::{background, band_height, count_line, draw};
use pledge_board::render::Image;

fn as_image(tile: pledge_board::montage::compose::Tile) -> Image {
    Image {
        width: tile.width,
        height: tile.height,
        rgba: tile.rgba,
        font_size_px: 0,
        record: None,
    }
}

#[test]
fn the_count_line_names_the_count_and_the_place() {
    assert_eq!(
        count_line(412, "Leicester, Leicestershire and Rutland"),
        "412 pledges from Leicester, Leicestershire and Rutland"
    );
    assert_eq!(count_line(1, " Rutland "), "1 pledge from Rutland");
    assert_eq!(count_line(3, ""), "3 pledges of support");
}

#[test]
fn the_band_is_an_eighth_of_the_height_and_never_too_tall_for_the_width() {
    assert_eq!(band_height(1080, 1080), 135);
    assert_eq!(band_height(7016, 9933), 1241);
    assert_eq!(band_height(2000, 400), 50);
    assert_eq!(band_height(3000, 300), 37);
    assert_eq!(background(&default_campaign()), [0x2f, 0x1a, 0x4d]);
}

#[test]
fn the_band_in_english_and_in_urdu_matches_its_golden() {
    let c = default_campaign();
    let band = draw(&mut renderer(), &c, 412, "en", 1080, 135).unwrap();
    let band = as_image(band);
    // The campaign's main colour at the edges, its accent in the name.
    let at = |x: u32, y: u32| band.rgba[((y * 1080 + x) * 4) as usize..][..3].to_vec();
    assert_eq!(at(2, 2), vec![0x4b, 0x2a, 0x7b]);
    assert_eq!(at(1077, 132), vec![0x4b, 0x2a, 0x7b]);
    let accent = band
        .rgba
        .chunks_exact(4)
        .take(1080 * 50)
        .filter(|p| p[..3] == [0xff, 0xdd, 0x00])
        .count();
    assert!(
        accent > 500,
        "the name in the accent colour: {accent} pixels"
    );
    assert_matches_golden("montage-title", &band);

    // The campaign's name in Urdu (Nastaliq, with its taller lines): the
    // count line stays English for now (the montage page will word it).
    let band = draw(&mut renderer(), &c, 7, "ur", 1080, 135).unwrap();
    assert_matches_golden("montage-title-urdu", &as_image(band));
}

#[test]
fn a_campaign_with_a_brand_font_has_its_title_in_it() {
    let dir = root().join("examples/harbour-lights");
    let c = pledge_board::campaign::Campaign::from_toml(
        &std::fs::read_to_string(dir.join("campaign.toml")).unwrap(),
    )
    .unwrap();
    let file = "campaign/DejaVuSerif-Bold-Latin.ttf";
    let mut r =
        pledge_board::render::Renderer::with_fonts_from(&root().join("static/fonts")).unwrap();
    // Asked for first, never drawn in Noto instead.
    match draw(&mut r, &c, 412, "en", 1080, 135) {
        Err(pledge_board::render::RenderError::MissingBrandFont(f)) => assert_eq!(f, file),
        other => panic!("drawn without its brand font: {:?}", other.map(|t| t.width)),
    }
    r.set_brand_font(file, std::fs::read(dir.join(file)).unwrap())
        .unwrap();
    let band = as_image(draw(&mut r, &c, 412, "en", 1080, 135).unwrap());
    // The name, count and hashtags in the campaign's serif.
    assert_matches_golden("montage-title-brand", &band);
}
