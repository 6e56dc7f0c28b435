//! A campaign's own typeface (issue 17, `brand_font`): read with its
//! family, weight and characters; the boards' labels and the pledge set
//! in it wherever it has the letter, Noto behind it letter by letter and
//! for every other script; the characters of the campaign's own words it
//! lacks named; the field checked with its line; a file that is not a
//! font refused by the campaign check. The fixture is DejaVu Serif Bold
//! cut to Latin (Basic, Latin-1, Extended-A) and a little punctuation
//! (`tests/fixtures/brand/`, its licence beside it): no ș or ț (Latin
//! Extended-B), no Cyrillic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pledge_board::campaign::Campaign;
use pledge_board::check;
use pledge_board::render::{brand, Pledge, RenderError};

const FONT: &str = "brand/DejaVuSerif-Bold-Latin.ttf";

fn font_bytes() -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures").join(FONT)).unwrap()
}

/// The shipped campaign with the fixture as its brand font.
fn branded() -> pledge_board::campaign::Campaign {
    let mut c = default_campaign();
    c.brand_font = Some(FONT.into());
    c
}

#[test]
fn the_font_is_read_with_its_family_weight_and_letters() {
    let b = brand::read(FONT, &font_bytes()).unwrap();
    assert_eq!((b.family.as_str(), b.weight), ("DejaVu Serif", 700));
    assert!(b.covers('a') && b.covers('ł') && b.covers('€') && b.covers('—'));
    assert!(!b.covers('ș') && !b.covers('Ж') && !b.covers('ا'));
    let e = brand::read(FONT, b"not a font at all").unwrap_err();
    assert_eq!(e, "it is not a TrueType or OpenType font");
    let noto = std::fs::read(root().join("static/fonts/NotoSans-Bold.ttf")).unwrap();
    let e = brand::read("x.ttf", &noto).unwrap_err();
    assert!(e.starts_with("its family name is Noto Sans"), "{e}");
}

#[test]
fn the_board_and_pledge_are_set_in_it_with_noto_behind_it() {
    let c = branded();
    let mut plain = renderer();
    let mut r = renderer();
    let folder = root().join("tests/fixtures");
    r.set_brand_font(FONT, font_bytes()).unwrap();
    // Latin in the brand font; ș and ț (which it lacks) and Cyrillic in
    // Noto, letter by letter.
    let pledge = Pledge::new("Together: împreună, și ț. Разом!");
    let with = r.render(&c, "purple-dawn", "square", &pledge).unwrap();
    // Never drawn in Noto unsaid: asked for first.
    assert_eq!(
        plain.render(&c, "purple-dawn", "square", &pledge),
        Err(RenderError::MissingBrandFont(FONT.into()))
    );
    let unbranded = Campaign {
        brand_font: None,
        ..c.clone()
    };
    let without = plain
        .render(&unbranded, "purple-dawn", "square", &pledge)
        .unwrap();
    assert_ne!(with.rgba, without.rgba, "the brand font changed nothing");
    assert_matches_golden("brand-purple-dawn-square", &with);
    // Arabic-script text keeps Noto's shaping: an Urdu pledge's words are
    // the same pixels (the labels, in the brand font, differ).
    let urdu = Pledge {
        lang: Some("ur".into()),
        ..Pledge::new("ہم نفرت کے خلاف ایک ساتھ ہیں")
    };
    let with = r.render(&c, "many-voices", "portrait", &urdu).unwrap();
    assert_matches_golden("brand-many-voices-portrait-ur", &with);
    // The same campaign prepared from its folder, as pledge-render does,
    // draws the same image.
    let mut prepared = renderer();
    let mut c2 = c.clone();
    c2.boards.iter_mut().for_each(|b| b.layers.clear());
    pledge_board::artwork::prepare_from(&mut prepared, &c2, &folder).unwrap();
    let mut given = renderer();
    given.set_brand_font(FONT, font_bytes()).unwrap();
    assert_eq!(
        prepared
            .render(&c2, "purple-dawn", "story", &pledge)
            .unwrap()
            .rgba,
        given
            .render(&c2, "purple-dawn", "story", &pledge)
            .unwrap()
            .rgba
    );
}

#[test]
fn the_letters_of_the_campaigns_words_it_lacks_are_named() {
    let b = brand::read(FONT, &font_bytes()).unwrap();
    let c = branded();
    let lacking = brand::lacking(&b, &c);
    let chars: Vec<char> = lacking.iter().map(|(c, _)| *c).collect();
    // Romanian's comma-below letters and the Cyrillic of Ukrainian
    // wording, if the campaign has any; never a space, never Urdu.
    assert!(chars.contains(&'ș') && chars.contains(&'ț'), "{lacking:?}");
    assert!(chars
        .iter()
        .all(|c| !c.is_whitespace() && !('\u{0600}'..='\u{06FF}').contains(c)));
    let (_, field) = lacking.iter().find(|(c, _)| *c == 'ș').unwrap();
    assert!(field.ends_with(".ro"), "{field}");
    let read =
        |f: &str| std::fs::read(root().join("tests/fixtures").join(f)).map_err(|e| e.to_string());
    let note = check::brand_note(&c, read).unwrap();
    assert!(
        note.starts_with("brand_font: DejaVu Serif lacks letters of the campaign's own words"),
        "{note}"
    );
    assert!(
        note.contains("in the ro wording, 2 letters (ț ș, first in "),
        "{note}"
    );
    assert!(note.contains("in the uk wording, "), "{note}");
}

#[test]
fn the_field_and_the_file_are_checked() {
    let text = pledge_board::campaign::DEFAULT_CAMPAIGN_TOML.replacen(
        "drawn_artwork = ",
        "brand_font = \"campaign/Brand.woff2\"\ndrawn_artwork = ",
        1,
    );
    let p = check::file_problems(&text).unwrap_err();
    let line = text
        .lines()
        .position(|l| l.starts_with("brand_font"))
        .unwrap()
        + 1;
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].field.as_str(), p[0].line), ("brand_font", Some(line)));
    assert!(p[0].message.contains("(.ttf or .otf)"), "{p:?}");
    // A .ttf that is not a font, beside the campaign.
    let text = text.replace("campaign/Brand.woff2", "campaign/Brand.ttf");
    let c = check::file_problems(&text).unwrap();
    let mut r = renderer();
    let read = |f: &str| -> Result<Vec<u8>, String> {
        if f == "campaign/Brand.ttf" {
            Ok(b"<html>not found</html>".to_vec())
        } else {
            std::fs::read(root().join("static").join(f)).map_err(|e| e.to_string())
        }
    };
    let p = check::with_files(&c, &text, &mut r, read);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].field, "brand_font");
    assert_eq!(p[0].line, Some(line));
    assert_eq!(
        p[0].message,
        "\"campaign/Brand.ttf\": it is not a TrueType or OpenType font"
    );
}
