//! Replays every fuzz corpus (`fuzz/corpus/<target>/`) through the fuzz
//! targets' own checks (`fuzz/src/lib.rs`, included here), on stable Rust:
//! every input the fuzzer kept, and every finding's regression file
//! (`fuzz/regressions/<target>/`), must still pass. `make fuzz` grows the
//! corpora; this only reads them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

use std::path::Path;

/// Runs `check` on each file of the target's corpus and regressions;
/// returns how many files there were.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let bytes = std::fs::read(&file).unwrap();
            let ok = std::panic::catch_unwind(|| check(&bytes));
            assert!(ok.is_ok(), "{} fails its check", file.display());
            count += 1;
        }
    }
    count
}

/// A corpus that is missing or nearly empty would make the replay pass
/// while testing nothing.
fn replays_at_least(target: &str, check: fn(&[u8]), least: usize) {
    let n = replay(target, check);
    assert!(n >= least, "{target}: only {n} inputs replayed");
}

#[test]
fn campaign_files_the_fuzzer_found_still_pass() {
    replays_at_least("campaign_file", checks::campaign_file, 4);
}

#[test]
fn photos_the_fuzzer_found_still_pass() {
    replays_at_least("photo_bytes", checks::photo_bytes, 7);
}

#[test]
fn drafts_the_fuzzer_found_still_pass() {
    replays_at_least("draft_restore", checks::draft_restore, 4);
}

#[test]
fn pledges_the_fuzzer_found_still_draw_inside_the_text_area() {
    replays_at_least("render_pledge", checks::render_pledge, 1);
}

#[test]
fn pledge_images_the_fuzzer_found_still_pass() {
    replays_at_least("pledge_image", checks::pledge_image, 4);
}

/// The checks can fail: a render check that could not see ink outside the
/// text area, or a draft check that accepted anything, would pass every
/// corpus while guarding nothing.
#[test]
fn the_checks_catch_what_they_are_for() {
    // A draft whose board the campaign lacks would fail if from_pairs kept it.
    let c =
        pledge_board::campaign::Campaign::from_toml(pledge_board::campaign::DEFAULT_CAMPAIGN_TOML)
            .unwrap();
    let d = pledge_board::ui::state::Draft::from_pairs(&[("board".into(), "no-such".into())], &c);
    assert_ne!(d.board, "no-such");
    // A PNG whose pledge chunk is built by the fuzz helper reads back.
    let mut data = b"Pledge Board pledge\0\0\0en\0\0".to_vec();
    data.extend_from_slice(br#"{"text":"hello"}"#);
    let png = checks::png_with_itxt(&data);
    let record = pledge_board::render::record::PledgeRecord::read(&png).expect("a record");
    assert_eq!(record.text, "hello");
    let photo = pledge_board::render::photo::decode(&png, 8).expect("the helper's PNG decodes");
    assert_eq!((photo.width, photo.height), (1, 1));
    // One pixel changed in a corner, outside any text area, is seen; one
    // in the text area's middle is not.
    let (board, size) = (&c.boards[0], &c.sizes[0]);
    let blank = vec![0u8; (size.width * size.height * 4) as usize];
    let mut inked = blank.clone();
    inked[4 * 3..4 * 4].copy_from_slice(&[9, 9, 9, 255]);
    assert_eq!(
        checks::outside_text_area(board, size, &inked, &blank),
        Some((3, 0))
    );
    let tb = board.text_box;
    let (x, y) = (
        ((tb.x + tb.width / 2.0) * size.width as f32) as usize,
        ((tb.y + tb.height / 2.0) * size.height as f32) as usize,
    );
    let mut inside = blank.clone();
    inside[(y * size.width as usize + x) * 4] = 200;
    assert_eq!(
        checks::outside_text_area(board, size, &inside, &blank),
        None
    );
}
