//! Artwork layers in the campaign file (issue 17): each mistake refused
//! with its field named, and each SVG that could reach outside itself,
//! run anything, or hold what the engine does not draw refused with the
//! reason and its line.
#![cfg(not(target_arch = "wasm32"))]

use pledge_board::artwork::{svg, Art};
use pledge_board::campaign::{Campaign, CampaignError};

fn harbour() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/harbour-lights/campaign.toml"
    ))
    .unwrap()
}

/// The example with `from` replaced by `to` (exactly once).
fn edited(from: &str, to: &str) -> String {
    let text = harbour();
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
    text.replacen(from, to, 1)
}

/// The problems with this file, as "field: problem".
fn problems(text: &str) -> Vec<String> {
    match Campaign::from_toml(text) {
        Err(CampaignError::Invalid(p)) => p.into_iter().map(|p| p.to_string()).collect(),
        other => panic!("expected field problems, got {other:?}"),
    }
}

#[test]
fn the_example_with_layers_is_valid() {
    let c = Campaign::from_toml(&harbour()).unwrap();
    assert_eq!(c.boards[0].layers.len(), 4);
}

#[test]
fn a_path_outside_the_folder_or_of_another_kind_is_refused() {
    for (file, says) in [
        ("../secret.png", "inside the campaign file's folder"),
        ("/etc/logo.png", "inside the campaign file's folder"),
        (
            "https://example.org/logo.svg",
            "inside the campaign file's folder",
        ),
        ("campaign/logo.gif", "must be a PNG, JPEG, WebP or SVG file"),
        ("", "is empty"),
    ] {
        let p = problems(&edited(
            r#"file = "campaign/partner.png""#,
            &format!("file = {file:?}"),
        ));
        assert!(
            p.len() == 1 && p[0].starts_with("boards[0].layers[2].file: ") && p[0].contains(says),
            "{file}: {p:?}"
        );
    }
}

#[test]
fn a_layer_sized_two_ways_or_none_is_refused() {
    let p = problems(&edited("height = 0.11\n", "height = 0.11\ncover = true\n"));
    assert!(
        p.iter()
            .any(|p| p.starts_with("boards[0].layers[2]: must be sized one way")),
        "{p:?}"
    );
    let p = problems(&edited(
        "width = 0.2\n[boards.layers.sizes.story]",
        "[boards.layers.sizes.story]",
    ));
    assert!(
        p.iter()
            .any(|p| p.starts_with("boards[0].layers[1]: must be sized one way")),
        "{p:?}"
    );
}

#[test]
fn opacity_offsets_and_sizes_out_of_range_are_named() {
    let p = problems(&edited("opacity = 0.9", "opacity = 1.5"));
    assert_eq!(
        p,
        ["boards[0].layers[2].opacity: is 1.5; it must be from 0 to 1"]
    );
    let p = problems(&edited("width = 0.2\n", "width = 1.4\n"));
    assert!(
        p.iter()
            .any(|p| p.starts_with("boards[0].layers[1].width: is 1.4")),
        "{p:?}"
    );
    let p = problems(&edited("y = 0.06", "y = 3"));
    assert!(
        p.iter()
            .any(|p| p.starts_with("boards[0].layers[1].sizes.story.y: is 3")),
        "{p:?}"
    );
}

#[test]
fn a_place_for_a_size_the_campaign_lacks_is_named() {
    let p = problems(&edited(
        "[boards.layers.sizes.story]\nheight",
        "[boards.layers.sizes.landscape]\nheight",
    ));
    assert!(
        p.iter().any(|p| p.starts_with(
            "boards[0].layers[2].sizes.landscape: \"landscape\" is not one of the campaign's sizes"
        )),
        "{p:?}"
    );
}

#[test]
fn an_unknown_anchor_or_field_is_refused_by_path() {
    let e = Campaign::from_toml(&edited(
        r#"anchor = "top-right""#,
        r#"anchor = "upper-right""#,
    ))
    .unwrap_err();
    assert!(e.to_string().contains("boards[0].layers[1].anchor"), "{e}");
    let e = Campaign::from_toml(&edited(
        "opacity = 0.9",
        "opacity = 0.9\nblend = \"multiply\"",
    ))
    .unwrap_err();
    assert!(e.to_string().contains("blend"), "{e}");
}

/// An SVG around `body`.
fn svg_with(body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n{body}\n</svg>"
    )
}

#[test]
fn svg_that_could_reach_out_or_run_anything_is_refused_with_its_line() {
    for (body, says) in [
        ("<script>alert(1)</script>", "it has a script (line 2)"),
        (
            "<rect width=\"5\" height=\"5\" onclick=\"go()\"/>",
            "event attribute \"onclick\" (line 2)",
        ),
        (
            "<use href=\"https://example.org/a.svg#x\"/>",
            "refers to \"https://example.org/a.svg#x\" outside itself (line 2)",
        ),
        (
            "<use xlink:href=\"other.svg#x\"/>",
            "refers to \"other.svg#x\" outside itself (line 2)",
        ),
        (
            "<image href=\"data:image/png;base64,AAAA\" width=\"5\" height=\"5\"/>",
            "it has an <image> (line 2)",
        ),
        ("<text x=\"1\" y=\"5\">Hi</text>", "it has text (line 2)"),
        (
            "<foreignObject width=\"5\" height=\"5\"></foreignObject>",
            "<foreignObject> (line 2)",
        ),
        (
            "<style>@import url(https://example.org/a.css);</style>",
            "imports another file",
        ),
        (
            "<rect style=\"fill: url(https://example.org/p.svg#g)\" width=\"5\" height=\"5\"/>",
            "refers to a file outside itself",
        ),
    ] {
        let text = svg_with(body);
        let found = svg::problems(&text);
        assert!(found.iter().any(|p| p.contains(says)), "{body}: {found:?}");
        let err = Art::read(text.as_bytes()).err().expect("refused");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn svg_that_keeps_to_itself_is_drawn() {
    let text = svg_with(
        "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#f00\"/><stop offset=\"1\" stop-color=\"#00f\"/></linearGradient></defs>\n\
         <rect width=\"10\" height=\"10\" style=\"fill: url(#g)\"/>\n<use href=\"#nothing\"/>",
    );
    assert_eq!(svg::problems(&text), Vec::<String>::new());
    let art = Art::read(text.as_bytes()).unwrap();
    let px = art.pixels(20, 20).unwrap();
    // Red at the left, blue at the right.
    assert!(px[0] > 200 && px[2] < 60, "{:?}", &px[..4]);
    let right = (20 * 10 + 19) * 4;
    assert!(
        px[right] < 60 && px[right + 2] > 200,
        "{:?}",
        &px[right..right + 4]
    );
}

#[test]
fn a_file_that_is_not_artwork_or_too_big_is_refused() {
    assert_eq!(
        Art::read(b"GIF89a....").err().unwrap(),
        "it is not a PNG, JPEG, WebP or SVG file"
    );
    let big = vec![b' '; 2 * 1024 * 1024 + 1];
    assert!(Art::read(&big).err().unwrap().contains("at most 2 MB"));
    let broken = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR broken";
    assert!(Art::read(broken)
        .err()
        .unwrap()
        .starts_with("it cannot be read"));
    assert!(Art::read(b"<svg><rect")
        .err()
        .unwrap()
        .contains("not a well-formed SVG"));
}

#[test]
fn each_problem_is_located_on_its_line() {
    use pledge_board::campaign::lines::located;
    let text = edited("opacity = 0.9", "opacity = 1.9");
    let text = text.replacen("y = 0.06", "y = 3", 1);
    let Err(CampaignError::Invalid(p)) = Campaign::from_toml(&text) else {
        panic!("refused")
    };
    let line = |needle: &str| text.lines().position(|l| l == needle).unwrap() + 1;
    assert_eq!(
        located(&text, &p),
        [
            format!(
                "line {}, boards[0].layers[1].sizes.story.y: is 3; it must be from -1 to 1",
                line("y = 3")
            ),
            format!(
                "line {}, boards[0].layers[2].opacity: is 1.9; it must be from 0 to 1",
                line("opacity = 1.9")
            ),
        ]
    );
}

#[test]
fn a_drawn_artwork_file_outside_the_folder_or_of_another_kind_is_refused_with_its_line() {
    let shipped = pledge_board::campaign::DEFAULT_CAMPAIGN_TOML;
    let line = r#"drawn_artwork = "campaign/artwork.drawn""#;
    assert_eq!(shipped.matches(line).count(), 1);
    for (file, says) in [
        ("../artwork.drawn", "inside the campaign file's folder"),
        ("campaign/artwork.png", "must be a .drawn file"),
    ] {
        let text = shipped.replacen(line, &format!("drawn_artwork = {file:?}"), 1);
        let Err(CampaignError::Invalid(found)) = Campaign::from_toml(&text) else {
            panic!("{file}: accepted");
        };
        let located = pledge_board::campaign::lines::located(&text, &found);
        let at = text
            .lines()
            .position(|l| l.starts_with("drawn_artwork"))
            .unwrap()
            + 1;
        assert!(
            located.len() == 1
                && located[0].starts_with(&format!("line {at}, drawn_artwork: "))
                && located[0].contains(says),
            "{file}: {located:?}"
        );
    }
}
