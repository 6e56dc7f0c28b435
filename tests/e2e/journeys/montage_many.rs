//! The montage page with many pledges, in each engine: 300 pledge PNGs
//! made by the render engine, each carrying its own words and a marker of
//! its own colour. Five are rejected by keyboard, the rest approved with
//! "Approve the 295 not yet reviewed"; a grid, a heart and the campaign's
//! speech bubble are built at 3840 × 2160, and each holds every approved
//! pledge's marker and none of the rejected; the CSV lists the approved
//! pledges' words.
//! Then a batch of large phone photos is cancelled while being read: what
//! was read stays, nothing more arrives, and the page goes on working.

use super::montage::wait_for_link;
use super::{in_every_engine, shot};
use crate::common::photos::scene;
use crate::common::{decode_png, default_campaign, renderer};
use crate::editor::{finish, press};
use crate::embed::temp;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;
use pledge_board::render::record::PledgeRecord;
use pledge_board::render::{Image, Pledge};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const MANY: usize = 300;
const PHOTOS: usize = 20;
/// The images rejected (numbered from 1, as the page does): the first
/// three and the last two, reached with Home, End and the arrows.
const REJECTED: [usize; 5] = [1, 2, 3, MANY - 1, MANY];
/// The side of each pledge PNG (made at 1080, shrunk: the page's tiles
/// are 540 anyway, and smaller files keep the test quick).
const SIDE: u32 = 540;
/// The marker: a square of the pledge's own colour (left, top, side).
const MARK: (u32, u32, u32) = (24, 200, 150);

/// Pledge `i`'s colour (0-based): blue as no board is, red and green
/// stepped far enough apart to tell each from its neighbours.
fn marker(i: usize) -> [u8; 3] {
    [40 + (i % 20) as u8 * 10, 40 + (i / 20) as u8 * 12, 255]
}

fn words(i: usize) -> String {
    format!("Pledge {}: we stand together against hate.", i + 1)
}

/// The pledge PNGs, made once.
fn pledges() -> &'static Vec<PathBuf> {
    static FILES: OnceLock<Vec<PathBuf>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = temp("montage-many");
        let c = default_campaign();
        let mut r = renderer();
        let boards: Vec<Image> = ["purple-dawn", "many-voices"]
            .iter()
            .map(|board| {
                let i = r
                    .render(&c, board, "square", &Pledge::new("Together"))
                    .unwrap();
                let full = image::RgbaImage::from_raw(i.width, i.height, i.rgba).unwrap();
                let small = image::imageops::resize(
                    &full,
                    SIDE,
                    SIDE,
                    image::imageops::FilterType::Triangle,
                );
                Image {
                    width: SIDE,
                    height: SIDE,
                    rgba: small.into_raw(),
                    font_size_px: 0,
                    record: None,
                }
            })
            .collect();
        (0..MANY)
            .map(|i| {
                let mut image = boards[i % 2].clone();
                // In a black frame, so that no edge blends it with the
                // board into another pledge's colour.
                let (x0, y0, side) = MARK;
                for y in y0 - 8..y0 + side + 8 {
                    for x in x0 - 8..x0 + side + 8 {
                        let inside = (x0..x0 + side).contains(&x) && (y0..y0 + side).contains(&y);
                        let at = ((y * SIDE + x) * 4) as usize;
                        let colour = if inside { marker(i) } else { [0, 0, 0] };
                        image.rgba[at..at + 3].copy_from_slice(&colour);
                        image.rgba[at + 3] = 255;
                    }
                }
                image.record = Some(PledgeRecord {
                    text: words(i),
                    lang: "en-GB".into(),
                    campaign: "nhcaw".into(),
                    board: "purple-dawn".into(),
                    size: "square".into(),
                });
                let path = dir.join(format!("pledge-{:03}.png", i + 1));
                std::fs::write(&path, image.to_png()).unwrap();
                path
            })
            .collect()
    })
}

/// Twenty large phone photos (12 megapixels): one picture, saved under
/// twenty names with a comment of their own (so twenty different files,
/// each read in full before it is found to be the same picture).
fn photos() -> &'static Vec<PathBuf> {
    static FILES: OnceLock<Vec<PathBuf>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = temp("montage-photos");
        // A small scene made large by the image crate (quick even in a
        // test build), encoded by jpeg-encoder (quicker than image's).
        let small = scene(200, 150);
        let picture =
            image::imageops::resize(&small, 4000, 3000, image::imageops::FilterType::Triangle);
        let mut jpeg = Vec::new();
        jpeg_encoder::Encoder::new(&mut jpeg, 85)
            .encode(picture.as_raw(), 4000, 3000, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        (0..PHOTOS)
            .map(|i| {
                let bytes = crate::common::photos::with_comment(&jpeg, &format!("photo {i}"));
                let path = dir.join(format!("photo-{:02}.jpg", i + 1));
                std::fs::write(&path, bytes).unwrap();
                path
            })
            .collect()
    })
}

/// How many pixels of `rgba` are within 2 levels of each pledge's
/// marker colour, in one pass (the colour tells which marker it may be).
fn marker_counts(rgba: &[u8]) -> Vec<usize> {
    let mut counts = vec![0; MANY];
    for p in rgba.chunks_exact(4) {
        if p[2] < 253 || p[0] < 38 || p[1] < 38 {
            continue;
        }
        let (col, row) = ((p[0] as usize - 38) / 10, (p[1] as usize - 38) / 12);
        let i = row * 20 + col;
        if col < 20 && i < MANY && (0..3).all(|c| p[c].abs_diff(marker(i)[c]) <= 2) {
            counts[i] += 1;
        }
    }
    counts
}

/// The reading's progress line ("k of n images read").
async fn progress(b: &Browser) -> String {
    b.text_of(".montage-progress").await
}

/// Waits up to `secs` for the progress line to say `what`.
async fn wait_for(b: &Browser, what: &str, secs: u64) {
    let waited = format!("the progress to say {what:?}");
    b.text_until(
        ".montage-progress",
        Duration::from_secs(secs),
        &waited,
        |s| s.contains(what),
    )
    .await;
}

/// Builds the montage with `layout` at 4K and downloads it: its pixels.
async fn build_4k(b: &Browser, layout: &str, file: &str) -> Vec<u8> {
    b.by_role("combobox", "Layout")
        .await
        .select_by_label(layout)
        .await
        .expect("choose the layout");
    b.click_in_view("button", "Build the montage").await;
    let link = "Download the montage (PNG, 3840 × 2160)";
    wait_for_link(b, link, 90).await;
    b.click_in_view("link", link).await;
    let (w, h, rgba) = decode_png(&b.downloaded(file).await);
    assert_eq!((w, h), (3840, 2160));
    rgba
}

/// Every approved pledge's marker is in the picture, and no rejected one.
fn assert_markers(engine: Engine, what: &str, rgba: &[u8]) {
    let counts = marker_counts(rgba);
    for i in 0..MANY {
        let n = counts[i];
        if REJECTED.contains(&(i + 1)) {
            assert!(
                n < 20,
                "{}: {what}: rejected pledge {} is there ({n} px)",
                engine.name(),
                i + 1
            );
        } else {
            assert!(
                n > 150,
                "{}: {what}: pledge {} is missing ({n} px)",
                engine.name(),
                i + 1
            );
        }
    }
}

/// Waits until the keyboard is on image `n` (its item starts "n.").
async fn focused_on(b: &Browser, n: usize) {
    let what = format!("the keyboard on image {n}");
    b.until(Duration::from_secs(10), &what, async || {
        let on = b
            .js("const e = document.activeElement; return e ? e.textContent : ''")
            .await;
        let on = on.as_str().unwrap_or_default();
        if on.starts_with(&format!("{n}.")) {
            Ok(())
        } else {
            Err(format!(
                "it is on {:?}",
                on.chars().take(60).collect::<String>()
            ))
        }
    })
    .await
}

async fn three_hundred(engine: Engine) {
    let t0 = Instant::now();
    let stage = |what: &str| {
        eprintln!(
            "{}: {what} after {:.1} s",
            engine.name(),
            t0.elapsed().as_secs_f64()
        )
    };
    let server = StaticServer::serve_dist();
    pledges();
    stage("pledges made");
    photos();
    stage("photos made");
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/montage/")).await;
    b.by_role("heading", "Build the montage").await;
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    let paths: Vec<String> = pledges().iter().map(|p| p.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();
    // While it reads, the time left is guessed ("About 5 s left") once a
    // few are read and two seconds have passed; gone when all are read.
    let done = format!("{MANY} of {MANY} images read");
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut guesses = Vec::new();
    loop {
        let now = progress(&b).await;
        let left = b.text_of(".time-left").await;
        if !left.is_empty() && guesses.last() != Some(&left) {
            guesses.push(left);
        }
        if now.contains(&done) {
            break;
        }
        assert!(Instant::now() < deadline, "{}: {now:?}", b.engine.name());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let said = |g: &String| {
        let n = g.trim_start_matches("About ");
        let (num, unit) = n.split_once(' ').unwrap_or(("", ""));
        num.parse::<u32>().is_ok() && (unit == "s left" || unit == "min left")
    };
    assert!(
        !guesses.is_empty() && guesses.iter().all(said),
        "{}: the time left said {guesses:?}",
        b.engine.name()
    );
    assert_eq!(b.text_of(".time-left").await, "", "a time left once read");
    stage("read");

    // By keyboard: Home, R on 1, then 2 and 3; End, R on the last, then
    // the one before it.
    crate::editor::tab_to(&b, ".review-item").await;
    for (key, lands_on) in [
        ("\u{E011}", 1), // Home
        ("\u{E014}", 2), // the right arrow
        ("\u{E014}", 3),
        ("\u{E010}", MANY),     // End
        ("\u{E012}", MANY - 1), // the left arrow
    ] {
        press(&b, key).await;
        focused_on(&b, lands_on).await;
        stage(&format!("on {lands_on}"));
        press(&b, "r").await;
        let name = format!("Reject image {lands_on}");
        let what = format!("R to reject image {lands_on}");
        b.until(Duration::from_secs(10), &what, async || {
            let pressed = b.by_role("button", &name).await.attr("aria-pressed").await;
            match pressed.unwrap().as_deref() {
                Some("true") => Ok(()),
                other => Err(format!("{name} is pressed {other:?}")),
            }
        })
        .await;
    }
    stage("rejected");
    // Only the rejected on show, so the buttons are few to look through.
    b.by_role("combobox", "Show")
        .await
        .select_by_label("Rejected (5)")
        .await
        .expect("show the rejected");
    b.click(
        "button",
        &format!("Approve the {} not yet reviewed", MANY - 5),
    )
    .await;
    let options = b
        .js("return [...document.querySelectorAll('#montage-filter option')].map(o => o.textContent)")
        .await;
    let options: Vec<String> = serde_json::from_value(options).unwrap();
    assert_eq!(
        options[..4],
        [
            format!("All ({MANY})"),
            "Not yet reviewed (0)".to_string(),
            format!("Approved ({})", MANY - 5),
            "Rejected (5)".to_string()
        ]
    );
    for n in REJECTED {
        let button = b.by_role("button", &format!("Reject image {n}")).await;
        assert_eq!(
            button.attr("aria-pressed").await.unwrap().as_deref(),
            Some("true")
        );
    }

    b.by_role("combobox", "Size")
        .await
        .select_by_label("Screen 4K, 3840 × 2160")
        .await
        .expect("choose 4K");
    let grid = build_4k(&b, "Grid", "montage-grid-4k.png").await;
    stage("grid built");
    assert_markers(engine, "the grid", &grid);
    b.click_in_view("link", "Download the list of pledges (CSV)")
        .await;
    let csv = String::from_utf8(b.downloaded("montage-pledges.csv").await).unwrap();
    let listed: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.splitn(3, ',').nth(2).unwrap().trim_matches('"'))
        .collect();
    let approved: Vec<String> = (0..MANY)
        .filter(|i| !REJECTED.contains(&(i + 1)))
        .map(words)
        .collect();
    assert_eq!(
        listed, approved,
        "the CSV lists the approved pledges' words"
    );
    let heart = build_4k(&b, "Heart", "montage-heart-4k.png").await;
    stage("heart built");
    assert_markers(engine, "the heart", &heart);
    // The campaign file's own shape (fetched beside it by the worker).
    let bubble = build_4k(
        &b,
        "Speech bubble (speak up)",
        "montage-speech-bubble-4k.png",
    )
    .await;
    stage("speech bubble built");
    assert_markers(engine, "the speech bubble", &bubble);
    // A build whose worker stopped and was run again (web::build_worker)
    // passes, but is told in the log.
    let stops = b
        .js("return window.__e2e.warnings.filter(w => w.includes('worker stopped')).join(' | ')")
        .await;
    if stops.as_str().is_some_and(|s| !s.is_empty()) {
        eprintln!("{}: a build was run again: {stops}", engine.name());
    }
    b.screenshot(&shot(engine, "montage-many")).await;

    // Twenty large photos, cancelled while they are read: what was read
    // stays, the rest never arrives, and more can be added after.
    let paths: Vec<String> = photos().iter().map(|p| p.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();
    let all = MANY + PHOTOS;
    wait_for(&b, &format!("of {all} images read"), 20).await;
    stage("photos reading");
    b.click_in_view("button", "Cancel").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // How far the reading got ("k of n images read"): once those being
    // read when Cancel came are done, "k of k", and no more after that.
    let read = async || -> (usize, usize) {
        let said = progress(&b).await;
        let n: Vec<usize> = said
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse().ok())
            .take(2)
            .collect();
        assert_eq!(n.len(), 2, "{said:?}");
        (n[0], n[1])
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut then = read().await;
    while then.0 != then.1 {
        assert!(
            Instant::now() < deadline,
            "{}: still reading after Cancel: {then:?}",
            engine.name()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
        then = read().await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let later = read().await;
    assert_eq!(
        then,
        later,
        "{}: reading went on after Cancel",
        engine.name()
    );
    assert!(
        later.0 < all,
        "{}: all {all} files read: Cancel came too late to test",
        engine.name()
    );
    assert!(
        !b.all_by_role("button")
            .await
            .iter()
            .any(|(_, n)| n == "Cancel"),
        "{}: Cancel still offered",
        engine.name()
    );
    // What was read is kept: the pledges, and the photo once.
    let first = "return document.querySelector('#montage-filter option').textContent";
    let first = b.js(first).await;
    let kept = if later.0 > MANY { MANY + 1 } else { MANY };
    assert_eq!(first.as_str(), Some(format!("All ({kept})").as_str()));
    finish(b, &server).await;
}

in_every_engine!(
    the_montage_page_takes_three_hundred_pledges_and_a_cancelled_batch,
    three_hundred
);
