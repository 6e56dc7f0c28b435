//! The `pledge-render` command, run as an organiser would run it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pledge-render"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn tmp(name: &str) -> String {
    common::output_dir()
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn renders_a_png_of_the_chosen_size() {
    let out = tmp("cli-story.png");
    let (code, stdout, stderr) = run(&[
        "--size",
        "story",
        "--text",
        "Report it. Support them.",
        "--name",
        "Sam",
        "-o",
        &out,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("1080×1920"), "{stdout}");
    let (w, h, _) = common::decode_png(&std::fs::read(&out).unwrap());
    assert_eq!((w, h), (1080, 1920));
}

#[test]
fn renders_from_another_campaign_file() {
    let out = tmp("cli-unity.png");
    let (code, _, stderr) = run(&[
        "--campaign",
        "examples/unity-week.toml",
        "--size",
        "landscape",
        "--text",
        "Kindness is catching",
        "-o",
        &out,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(common::decode_png(&std::fs::read(&out).unwrap()).0, 1200);
}

#[test]
fn check_says_a_good_campaign_is_good() {
    let (code, stdout, _) = run(&["--check"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("good (2 boards, 2 artwork layers, 3 sizes, 12 quotes, 1 montage shape)"),
        "{stdout}"
    );
    // Its artwork drawn ahead is drawn from the files as they are.
    assert!(!stdout.contains("note:"), "{stdout}");
}

#[test]
fn check_lists_every_problem_of_a_broken_campaign() {
    let broken = tmp("broken-campaign.toml");
    let text = pledge_board::campaign::DEFAULT_CAMPAIGN_TOML
        .replacen("slug = \"nhcaw\"", "slug = \"Bad Slug\"", 1)
        .replacen("to = \"#26143f\"", "to = \"navy\"", 1);
    std::fs::write(&broken, text).unwrap();
    let (code, _, stderr) = run(&["--campaign", &broken, "--check"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    // Each with the line it is on.
    let text = std::fs::read_to_string(&broken).unwrap();
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(
        stderr.contains(&format!("- line {}, slug:", line("slug = \"Bad Slug\""))),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "- line {}, boards[0].background[0].to: \"navy\" is not a colour",
            line("to = \"navy\"")
        )),
        "{stderr}"
    );
}

#[test]
fn puts_a_photo_in_the_frame_placed_as_asked() {
    let photo = tmp("cli-photo.jpg");
    std::fs::write(&photo, common::photos::phone_jpeg(900, 1200, 6)).unwrap();
    let render = |extra: &[&str], name: &str| {
        let out = tmp(name);
        let mut args = vec![
            "--board",
            "many-voices",
            "--text",
            "Together",
            "--photo",
            &photo,
            "-o",
            &out,
        ];
        args.extend_from_slice(extra);
        let (code, _, stderr) = run(&args);
        assert_eq!(code, 0, "{stderr}");
        common::decode_png(&std::fs::read(&out).unwrap()).2
    };
    let filled = render(&[], "cli-photo.png");
    let placed = render(
        &["--zoom", "200", "--move", "-1000,500"],
        "cli-photo-placed.png",
    );
    let plain = {
        let out = tmp("cli-no-photo.png");
        let (code, _, stderr) = run(&["--board", "many-voices", "--text", "Together", "-o", &out]);
        assert_eq!(code, 0, "{stderr}");
        common::decode_png(&std::fs::read(&out).unwrap()).2
    };
    assert_ne!(filled, plain, "the photo is on the board");
    assert_ne!(filled, placed, "zoom and move change it");
    let (code, _, stderr) = run(&[
        "--board",
        "many-voices",
        "--text",
        "x",
        "--photo",
        "Cargo.toml",
        "-o",
        &tmp("never2.png"),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("Cargo.toml: This file is not a photo"),
        "{stderr}"
    );
}

#[test]
fn every_bad_argument_gets_a_clear_message() {
    let png = tmp("never.png");
    let cases: &[(&[&str], &str)] = &[
        (&["-o", &png], "--text is missing"),
        (&["--text", "x"], "-o FILE.png is missing"),
        (&["--text", "x", "-o", "out.jpg"], "must be a .png file"),
        (
            &["--text", "x", "-o", &png, "--colour", "red"],
            "--colour is not an option",
        ),
        (&["--text"], "--text needs a value"),
        (&["stray", "--text", "x"], "unexpected argument \"stray\""),
        (
            &["--text", "x", "--zoom", "big"],
            "--zoom \"big\": give a percentage",
        ),
        (&["--text", "x", "--move", "3"], "--move \"3\": give X,Y"),
        (
            &["--text", "x", "-o", &png, "--board", "gold"],
            "--board \"gold\" is not in the campaign; it has purple-dawn, many-voices",
        ),
        (
            &["--text", "x", "-o", &png, "--size", "a4"],
            "--size \"a4\" is not in the campaign; it has square, portrait, story",
        ),
        (
            &["--text", "x", "-o", &png, "--campaign", "nowhere.toml"],
            "cannot read nowhere.toml",
        ),
        (
            &["--text", "x", "-o", &png, "--fonts", "nowhere"],
            "cannot read the fonts",
        ),
        (
            &["--text", &"word ".repeat(60), "-o", &png],
            "the pledge has 300 characters; at most 280 fit",
        ),
    ];
    for (args, expected) in cases {
        let (code, _, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{args:?}: expected {expected:?} in {stderr:?}"
        );
        assert!(stderr.contains("--help lists the options"), "{stderr}");
    }
    assert!(
        !std::path::Path::new(&png).exists(),
        "no image was written for a bad command"
    );
}

#[test]
fn help_lists_the_options() {
    let (code, stdout, _) = run(&["--help"]);
    assert_eq!(code, 0);
    for option in [
        "--campaign",
        "--board",
        "--size",
        "--text",
        "--name",
        "--date",
        "--photo",
        "--zoom",
        "--move",
        "--lang",
        "--check",
    ] {
        assert!(stdout.contains(option), "{option}");
    }
}

#[test]
fn check_names_a_montage_shape_whose_image_is_missing() {
    // The default campaign file, away from the images beside it.
    let moved = tmp("check-moved-campaign.toml");
    std::fs::write(&moved, pledge_board::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
    let (code, stdout, stderr) = run(&["--campaign", &moved, "--check"]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains(
            "montage.shapes[0].mask: \"campaign/montage-speech-bubble.png\" cannot be read \
             beside the campaign file: No such file"
        ) && stderr.contains("line 106, montage.shapes[0].mask"),
        "{stderr}"
    );
}

#[test]
fn a_campaign_with_artwork_layers_is_checked_and_drawn_with_them() {
    let campaign = "examples/harbour-lights/campaign.toml";
    let (code, stdout, stderr) = run(&["--campaign", campaign, "--check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("good (1 board, 4 artwork layers"),
        "{stdout}"
    );

    let out = tmp("cli-layers-story.png");
    let (code, _, stderr) = run(&[
        "--campaign",
        campaign,
        "--board",
        "lights",
        "--size",
        "story",
        "--text",
        "Everyone is welcome here.",
        "-o",
        &out,
    ]);
    assert_eq!(code, 0, "{stderr}");
    // The photograph covers the story: its corners are not the base fill.
    let (w, h, rgba) = common::decode_png(&std::fs::read(&out).unwrap());
    assert_eq!((w, h), (1080, 1920));
    let lit = (0..h).step_by(40).filter(|y| {
        let i = ((y * w + 540) * 4) as usize;
        rgba[i] > 120 // warm lights in the photograph
    });
    assert!(lit.count() > 3, "no photograph under the board");

    // The same campaign with a layer's file gone: named, and no image.
    let dir = std::env::temp_dir().join(format!("pledge-cli-layers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("campaign")).unwrap();
    std::fs::copy(campaign, dir.join("campaign.toml")).unwrap();
    for f in [
        "mark.svg",
        "night-lights.jpg",
        "ribbon.webp",
        "DejaVuSerif-Bold-Latin.ttf",
    ] {
        std::fs::copy(
            format!("examples/harbour-lights/campaign/{f}"),
            dir.join("campaign").join(f),
        )
        .unwrap();
    }
    let moved = dir.join("campaign.toml").to_string_lossy().into_owned();
    let (code, _, stderr) = run(&["--campaign", &moved, "--check"]);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("boards[0].layers[2].file: \"campaign/partner.png\" cannot be read"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&[
        "--campaign",
        &moved,
        "--board",
        "lights",
        "--size",
        "square",
        "--text",
        "Hi",
        "-o",
        &tmp("cli-layers-missing.png"),
    ]);
    assert_ne!(code, 0);
    assert!(stderr.contains("campaign/partner.png"), "{stderr}");
}

/// A copy of the shipped campaign (file and artwork) in a folder of its
/// own under tests/output.
fn campaign_copy(name: &str) -> std::path::PathBuf {
    let dir = common::output_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("campaign")).unwrap();
    let root = common::root().join("static");
    std::fs::copy(root.join("campaign.toml"), dir.join("campaign.toml")).unwrap();
    for f in ["mark.svg", "artwork.drawn", "montage-speech-bubble.png"] {
        std::fs::copy(root.join("campaign").join(f), dir.join("campaign").join(f)).unwrap();
    }
    dir
}

#[test]
fn draw_artwork_writes_the_shipped_drawn_file_and_check_notes_when_it_is_stale() {
    let dir = campaign_copy("draw-artwork");
    let toml = dir.join("campaign.toml");
    let toml = toml.to_str().unwrap();
    let drawn = dir.join("campaign/artwork.drawn");
    std::fs::remove_file(&drawn).unwrap();
    let (code, stdout, stderr) = run(&["--campaign", toml, "--draw-artwork"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("(1 layer file, 1 picture,"), "{stdout}");
    // The committed file is what the command draws now: not stale.
    assert_eq!(
        std::fs::read(&drawn).unwrap(),
        std::fs::read(common::root().join("static/campaign/artwork.drawn")).unwrap(),
        "static/campaign/artwork.drawn is not what --draw-artwork draws: run it"
    );
    // The mark changed, not drawn again: --check says so, and passes.
    let svg = dir.join("campaign/mark.svg");
    let changed = std::fs::read_to_string(&svg)
        .unwrap()
        .replace("#d4351c", "#0b5d6b");
    std::fs::write(&svg, changed).unwrap();
    let (code, stdout, stderr) = run(&["--campaign", toml, "--check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(
            "note: drawn_artwork: campaign/artwork.drawn was not drawn from campaign/mark.svg as it is now"
        ),
        "{stdout}"
    );
    // A campaign that names no drawn file is told how to name one.
    let text = std::fs::read_to_string(toml)
        .unwrap()
        .replace("drawn_artwork = \"campaign/artwork.drawn\"", "");
    std::fs::write(toml, text).unwrap();
    let (code, _, stderr) = run(&["--campaign", toml, "--draw-artwork"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("drawn_artwork = \"campaign/artwork.drawn\""),
        "{stderr}"
    );
}

#[test]
fn contact_sheet_draws_every_board_size_and_language_on_one_png() {
    let out = tmp("contact-sheet.png");
    let (code, stdout, stderr) = run(&["--contact-sheet", "-o", &out]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("2 boards × 3 sizes × 9 languages, each with 2 quotes"),
        "{stdout}"
    );
    // 6 pictures 200 wide across; 2 boards × 9 languages, each row a
    // caption and a story's height.
    let (w, h, _) = common::decode_png(&std::fs::read(&out).unwrap());
    assert_eq!((w, h), (16 + 6 * 216, 16 + 18 * (64 + 356 + 16)));
    let (code, _, stderr) = run(&["--contact-sheet"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("-o FILE.png is missing"), "{stderr}");
}
