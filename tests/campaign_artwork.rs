//! The campaign's artwork checked with its files (issue 17): every file
//! there and usable, within the size limits, inside the board, and the
//! pledge readable on the board as drawn: contrast measured on a real
//! background that fails and on one that passes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pledge_board::artwork::check::{problems, worst_contrast, MIN_CONTRAST};
use pledge_board::campaign::{Campaign, FieldError};
use std::path::{Path, PathBuf};

fn example_dir() -> PathBuf {
    common::root().join("examples/harbour-lights")
}

/// A copy of the example's folder, its campaign file edited
/// (`from` → `to`, each once), and `change` done to the copy.
fn copy_with(edits: &[(&str, &str)], change: impl FnOnce(&Path)) -> (Campaign, PathBuf) {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "pledge-artwork-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("campaign")).unwrap();
    for e in std::fs::read_dir(example_dir().join("campaign"))
        .unwrap()
        .flatten()
    {
        std::fs::copy(e.path(), dir.join("campaign").join(e.file_name())).unwrap();
    }
    let mut text = std::fs::read_to_string(example_dir().join("campaign.toml")).unwrap();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
        text = text.replacen(from, to, 1);
    }
    std::fs::write(dir.join("campaign.toml"), &text).unwrap();
    change(&dir);
    (Campaign::from_toml(&text).unwrap(), dir)
}

fn check(c: &Campaign, dir: &Path) -> Vec<FieldError> {
    let mut r = common::renderer();
    // Its brand font given first, as `check::with_files` gives it.
    if let Some(file) = &c.brand_font {
        r.set_brand_font(file, std::fs::read(dir.join(file)).unwrap())
            .unwrap();
    }
    problems(c, &mut r, |f| {
        std::fs::read(dir.join(f)).map_err(|e| e.to_string())
    })
}

#[test]
fn the_example_and_the_default_campaign_pass() {
    let (c, dir) = copy_with(&[], |_| {});
    assert_eq!(check(&c, &dir), []);
    let c = common::default_campaign();
    assert_eq!(check(&c, &common::root().join("static")), []);
}

#[test]
fn white_words_straight_on_a_photograph_are_refused_with_the_measured_ratio() {
    // Without the dark panel, the pledge's white is on the lights.
    let (c, dir) = copy_with(
        &[(r##"colour = "#0b2a4acc""##, r##"colour = "#0b2a4a00""##)],
        |_| {},
    );
    let p = check(&c, &dir);
    assert!(!p.is_empty());
    for e in &p {
        assert_eq!(e.field, "boards[0].text_colour");
        assert!(
            e.problem.contains("needs at least 4.5:1 (WCAG AA)"),
            "{}",
            e.problem
        );
    }
    let mut r = common::renderer();
    pledge_board::artwork::prepare_from(&mut r, &c, &dir).unwrap();
    let (worst, _) = worst_contrast(&mut r, &c, &c.boards[0], &c.sizes[0])
        .unwrap()
        .unwrap();
    assert!(worst < MIN_CONTRAST, "{worst}");
    assert!(
        p[0].problem.contains(&format!("{worst:.1}:1")),
        "{}",
        p[0].problem
    );
    // With it, the same words on the same photograph pass.
    let (c, dir) = copy_with(&[], |_| {});
    let mut r = common::renderer();
    pledge_board::artwork::prepare_from(&mut r, &c, &dir).unwrap();
    for size in &c.sizes {
        let (worst, _) = worst_contrast(&mut r, &c, &c.boards[0], size)
            .unwrap()
            .unwrap();
        assert!(worst >= MIN_CONTRAST, "{}: {worst}", size.id);
    }
}

#[test]
fn a_missing_file_is_named_by_its_field() {
    let (c, dir) = copy_with(&[], |d| {
        std::fs::remove_file(d.join("campaign/partner.png")).unwrap()
    });
    let p = check(&c, &dir);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].field, "boards[0].layers[2].file");
    assert!(
        p[0].problem
            .contains("\"campaign/partner.png\" cannot be read"),
        "{}",
        p[0].problem
    );
}

#[test]
fn a_broken_file_is_named_by_its_field() {
    let (c, dir) = copy_with(&[], |d| {
        std::fs::write(
            d.join("campaign/night-lights.jpg"),
            b"\xff\xd8\xff\xe0 not a photo",
        )
        .unwrap()
    });
    let p = check(&c, &dir);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].field, "boards[0].layers[0].file");
    assert!(
        p[0].problem
            .starts_with("\"campaign/night-lights.jpg\": it cannot be read"),
        "{}",
        p[0].problem
    );
}

#[test]
fn an_svg_with_a_script_is_named_by_its_field() {
    let (c, dir) = copy_with(&[], |d| {
        let svg = std::fs::read_to_string(d.join("campaign/mark.svg")).unwrap();
        let bad = svg.replace(
            "</svg>",
            "<script>fetch('https://example.org')</script>\n</svg>",
        );
        std::fs::write(d.join("campaign/mark.svg"), bad).unwrap()
    });
    let p = check(&c, &dir);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].field, "boards[0].layers[1].file");
    assert!(
        p[0].problem.contains("it has a script (line 17)"),
        "{}",
        p[0].problem
    );
}

#[test]
fn a_layer_reaching_outside_the_board_is_named_with_the_size() {
    let (c, dir) = copy_with(&[("x = 0.05\n", "x = -0.1\n")], |_| {});
    let p = check(&c, &dir);
    // At both sizes (the story's own place moves it down, not in).
    assert_eq!(p.len(), 2, "{p:?}");
    for (e, size) in p.iter().zip(["square", "story"]) {
        assert_eq!(e.field, "boards[0].layers[1]");
        assert!(
            e.problem.starts_with(&format!("at the {size} size")),
            "{}",
            e.problem
        );
        assert!(
            e.problem.contains("reaches outside the image"),
            "{}",
            e.problem
        );
    }
}

#[test]
fn artwork_over_the_limits_is_refused() {
    // Four files of 1.9 MB (within 2 MB each) come to more than 6 MB.
    let edits = [(
        "[[boards.labels]]",
        "[[boards.layers]]\nfile = \"campaign/big-1.png\"\nwidth = 0.1\n\
         [[boards.layers]]\nfile = \"campaign/big-2.png\"\nwidth = 0.1\n\
         [[boards.layers]]\nfile = \"campaign/big-3.png\"\nwidth = 0.1\n\
         [[boards.layers]]\nfile = \"campaign/big-4.png\"\nwidth = 0.1\n\
         [[boards.labels]]",
    )];
    let (c, dir) = copy_with(&edits, |d| {
        for i in 1..=4 {
            std::fs::write(
                d.join(format!("campaign/big-{i}.png")),
                vec![0u8; 1_900_000],
            )
            .unwrap();
        }
        // And one over 2 MB by itself.
        std::fs::write(d.join("campaign/partner.png"), vec![0u8; 2_200_000]).unwrap();
    });
    let p = check(&c, &dir);
    assert!(
        p.iter()
            .any(|e| e.field == "boards" && e.problem.contains("at most 6 MB")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|e| e.field == "boards[0].layers[2].file" && e.problem.contains("at most 2 MB")),
        "{p:?}"
    );
}

#[test]
fn a_board_that_cannot_be_drawn_is_a_problem_not_a_pass() {
    // The brand font not given: the contrast cannot be measured, and says
    // so for each size, rather than passing unmeasured.
    let (c, dir) = copy_with(&[], |_| {});
    let mut r = common::renderer();
    let p = problems(&c, &mut r, |f| {
        std::fs::read(dir.join(f)).map_err(|e| e.to_string())
    });
    assert_eq!(p.len(), c.sizes.len(), "{p:?}");
    for e in &p {
        assert_eq!(e.field, "boards[0]");
        assert!(
            e.problem
                .contains("cannot be drawn to measure the pledge's contrast")
                && e.problem.contains("brand font"),
            "{}",
            e.problem
        );
    }
}
