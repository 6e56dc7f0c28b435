//! Gathering a montage's images (`montage::gather`) from real pledge PNGs
//! made by the render engine: each shrunk to its tile with the pledge it
//! carries, the same file or the same pixels counted once, a social
//! network's re-save flagged, and a file that is no image given its reason.

mod common;

use common::*;
use pledge_board::montage::gather::{Gathering, Outcome};
use pledge_board::montage::left_out::Reason;
use pledge_board::render::Pledge;
use std::io::Cursor;

fn pledge_png(text: &str, lang: &str, board: &str) -> Vec<u8> {
    let p = Pledge {
        text: text.into(),
        lang: Some(lang.into()),
        ..Pledge::default()
    };
    renderer()
        .render(&default_campaign(), board, "square", &p)
        .unwrap()
        .to_png()
}

#[test]
fn pledges_are_gathered_once_with_their_words_and_resaves_are_flagged() {
    let english = pledge_png("We stand together against hate.", "en-GB", "purple-dawn");
    let urdu = pledge_png("ہم سب مل کر نفرت کے خلاف ہیں۔", "ur", "many-voices");
    let polish = pledge_png("Razem przeciw nienawiści.", "pl", "purple-dawn");
    let img = image::load_from_memory(&english).unwrap();
    // Saved again without the chunk: the same pixels.
    let mut resaved = Vec::new();
    img.write_to(&mut Cursor::new(&mut resaved), image::ImageFormat::Png)
        .unwrap();
    // As a social network would: smaller, as JPEG.
    let mut social = Vec::new();
    img.resize(720, 720, image::imageops::FilterType::Triangle)
        .to_rgb8()
        .write_to(&mut Cursor::new(&mut social), image::ImageFormat::Jpeg)
        .unwrap();

    let mut g = Gathering::default();
    let side = 300;
    let outcomes: Vec<Outcome> = [
        ("english.png", &english[..]),
        ("urdu.png", &urdu[..]),
        ("english-copy.png", &english[..]),
        ("english-resaved.png", &resaved[..]),
        ("notes.txt", b"Thank you all"),
        ("english-from-x.jpg", &social[..]),
        ("polish.png", &polish[..]),
    ]
    .iter()
    .map(|(name, bytes)| g.add(name, bytes, side))
    .collect();
    assert_eq!(
        outcomes,
        vec![
            Outcome::Kept {
                index: 0,
                like: vec![]
            },
            Outcome::Kept {
                index: 1,
                like: vec![]
            },
            Outcome::Duplicate { of: 0 },
            Outcome::Duplicate { of: 0 },
            Outcome::LeftOut(Reason::NotAnImage),
            Outcome::Kept {
                index: 2,
                like: vec![0]
            },
            Outcome::Kept {
                index: 3,
                like: vec![]
            },
        ]
    );
    assert_eq!(g.near, vec![(2, 0)]);
    assert_eq!(
        g.duplicates,
        vec![
            ("english-copy.png".into(), 0),
            ("english-resaved.png".into(), 0)
        ]
    );
    assert_eq!(g.left_out, vec![("notes.txt".into(), Reason::NotAnImage)]);
    // Shrunk at once to the tile's side.
    assert!(g
        .images
        .iter()
        .all(|i| (i.tile.width, i.tile.height) == (side, side)));
    // The words each image carries, none for the re-saved JPEG.
    let words: Vec<(String, String, String)> = g
        .images
        .iter()
        .map(|i| {
            let e = i.entry();
            (e.file, e.text, e.lang)
        })
        .collect();
    let w = |f: &str, t: &str, l: &str| (f.to_string(), t.to_string(), l.to_string());
    assert_eq!(
        words,
        vec![
            w("english.png", "We stand together against hate.", "en-GB"),
            w("urdu.png", "ہم سب مل کر نفرت کے خلاف ہیں۔", "ur"),
            w("english-from-x.jpg", "", ""),
            w("polish.png", "Razem przeciw nienawiści.", "pl"),
        ]
    );
}
