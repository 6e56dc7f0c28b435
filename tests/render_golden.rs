//! Golden images: each case is rendered and compared with its committed PNG
//! in tests/golden/ (tolerance in tests/common). On a mismatch the render
//! and a diff image go to tests/output/. `UPDATE_GOLDEN=1 cargo test --test
//! render_golden` rewrites them: look at every one before committing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pledge_board::campaign::Campaign;
use pledge_board::render::Pledge;

fn pledge(text: &str, lang: Option<&str>) -> Pledge {
    Pledge {
        text: text.into(),
        lang: lang.map(Into::into),
        ..Pledge::default()
    }
}

fn golden(name: &str, campaign: &Campaign, board: &str, size: &str, p: &Pledge) {
    let image = renderer()
        .render(campaign, board, size, p)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_matches_golden(name, &image);
}

const LONG: &str =
    "Hate crime hurts all of us. I will stand beside anyone targeted for who they are, \
    tell them they are not alone, and help them report it. Different faiths, different languages, \
    one community, and no place for hate in it.";

#[test]
fn short_pledge() {
    golden(
        "short-square",
        &default_campaign(),
        "purple-dawn",
        "square",
        &pledge("No place for hate.", None),
    );
}

#[test]
fn long_pledge() {
    golden(
        "long-portrait",
        &default_campaign(),
        "purple-dawn",
        "portrait",
        &pledge(LONG, None),
    );
}

#[test]
fn every_export_size() {
    let c = default_campaign();
    let p = Pledge {
        text: "I will speak up when I see hate, and I will report it.".into(),
        name: "Asha".into(),
        date: "23 November 2026".into(),
        lang: None,
        ..Pledge::default()
    };
    for size in ["square", "portrait", "story"] {
        golden(&format!("size-{size}"), &c, "purple-dawn", size, &p);
    }
    golden(
        "board-many-voices-story",
        &c,
        "many-voices",
        "story",
        &Pledge {
            name: "Tomasz".into(),
            ..p
        },
    );
}

#[test]
fn example_campaign_landscape() {
    golden(
        "example-harbour-landscape",
        &example_campaign(),
        "harbour",
        "landscape",
        &pledge("Kindness is catching. Pass it on.", None),
    );
}

/// The campaign's first quote example in each of the app's languages, as
/// the campaign file gives it (with the board's label in that language),
/// on both boards: centred, and aligned to the start of each line, which
/// is the right for Arabic and Urdu.
const LANGUAGES: &[(&str, &str)] = &[
    ("english", "en-GB"),
    ("polish", "pl"),
    ("ukrainian", "uk"),
    ("romanian", "ro"),
    ("arabic", "ar"),
    ("urdu", "ur"),
    ("hindi", "hi"),
    ("gujarati", "gu"),
    ("punjabi", "pa"),
];

#[test]
fn a_quote_in_each_language() {
    let c = default_campaign();
    let quote = &c.quotes[0].text;
    for (name, lang) in LANGUAGES {
        let text = quote.get(lang);
        assert!(
            *lang == "en-GB" || text != quote.en,
            "the campaign has no {name} for its first quote"
        );
        golden(
            &format!("lang-{name}"),
            &c,
            "purple-dawn",
            "square",
            &pledge(text, Some(lang)),
        );
    }
    for (name, lang) in LANGUAGES
        .iter()
        .filter(|(n, ..)| ["arabic", "urdu"].contains(n))
    {
        golden(
            &format!("lang-{name}-start"),
            &c,
            "many-voices",
            "square",
            &pledge(quote.get(lang), Some(lang)),
        );
    }
}

#[test]
fn mixed_scripts_in_one_pledge() {
    let text = "We stand together — ہم ساتھ ہیں — ਅਸੀਂ ਇਕੱਠੇ ਹਾਂ — हम साथ हैं";
    golden(
        "mixed-scripts",
        &default_campaign(),
        "purple-dawn",
        "portrait",
        &pledge(text, None),
    );
}

/// The comparison must be able to fail: two different goldens do not match.
#[test]
fn the_golden_comparison_tells_different_images_apart() {
    let read = |n: &str| {
        decode_png(&std::fs::read(root().join(format!("tests/golden/{n}.png"))).unwrap()).2
    };
    let (en, pl) = (read("lang-english"), read("lang-polish"));
    let d = compare(&en, &pl, TOLERANCE);
    assert!(
        d.differing as f64 > d.total as f64 * MAX_DIFFERING,
        "{} differing",
        d.differing
    );
    assert_eq!(compare(&en, &en, 0).differing, 0);
}

/// The comparison itself: a picture one pixel in a hundred off is refused,
/// and the refusal leaves the picture and a diff where the message says;
/// one level off everywhere, within the tolerance, passes.
#[test]
fn a_picture_off_by_more_than_the_tolerance_is_refused_with_a_diff() {
    let want = vec![200u8; 100 * 10 * 4];
    let mut near = want.clone();
    near.iter_mut().for_each(|c| *c += 1);
    assert_alike("self-test-near", 100, &want, &near, TOLERANCE);

    let mut off = want.clone();
    for px in (0..1000).step_by(100) {
        off[px * 4] = 0;
    }
    let refused = std::panic::catch_unwind(|| {
        assert_alike("self-test-off", 100, &want, &off, TOLERANCE);
    });
    let why = *refused
        .expect_err("ten pixels in a thousand off passed")
        .downcast::<String>()
        .unwrap();
    assert!(why.contains("10 of 1000 pixels differ"), "{why}");
    let (w, h, diff) =
        decode_png(&std::fs::read(output_dir().join("self-test-off.diff.png")).unwrap());
    assert_eq!((w, h), (100, 10));
    assert_eq!(&diff[..4], &[255, 0, 0, 255], "a differing pixel is red");
    assert_ne!(&diff[4..8], &[255, 0, 0, 255], "a matching one is not");
}
