//! The montage page (`/montage/`) in each engine: a folder's worth of
//! pledge PNGs made by the render engine (each with its own words), a
//! repeat and two bad files are chosen at once; every pledge appears with
//! its words, each bad file and the repeat are named; the review is done
//! by keyboard (five rejected) and by button; the filters count and show
//! the right images; axe passes; screenshots at desktop and 320 px; a
//! reload keeps the review; "Clear everything" leaves nothing kept.

use super::{in_every_engine, shot};
use crate::common::{default_campaign, renderer};
use crate::editor::{finish, press};
use crate::embed::temp;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;
use pledge_board::render::Pledge;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

const PLEDGES: usize = 12;

/// Twelve different pledges (near-identical words would make near-identical
/// images, which the page rightly flags as looking alike).
fn words(i: usize) -> String {
    [
        "We stand together against hate.",
        "I will speak up when I see hate.",
        "Hate has no home in Leicester.",
        "I will report it, every time.",
        "Kindness is stronger than fear.",
        "Whoever you are, you belong here.",
        "I pledge to listen and to learn.",
        "No one should be targeted for who they are.",
        "Our differences make us stronger.",
        "I will stand by anyone who is targeted.",
        "Respect costs nothing.",
        "Together we are one community, many voices.",
    ][i]
        .to_string()
}

/// The files a person would choose: the pledges, a copy of the first
/// under another name, a text file and a PNG cut short. Made once.
pub(super) fn chosen() -> &'static Vec<PathBuf> {
    static FILES: OnceLock<Vec<PathBuf>> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = temp("montage-files");
        let c = default_campaign();
        let mut r = renderer();
        let mut files = Vec::new();
        for i in 0..PLEDGES {
            let p = Pledge {
                text: words(i),
                lang: Some("en-GB".into()),
                ..Pledge::default()
            };
            let png = r.render(&c, "purple-dawn", "square", &p).unwrap().to_png();
            let path = dir.join(format!("pledge-{:02}.png", i + 1));
            std::fs::write(&path, &png).unwrap();
            files.push(path);
        }
        let copy = dir.join("pledge-01 (1).png");
        std::fs::copy(&files[0], &copy).unwrap();
        let notes = dir.join("notes.txt");
        std::fs::write(&notes, "Thank you all").unwrap();
        let png = std::fs::read(&files[1]).unwrap();
        let cut = dir.join("cut-short.png");
        std::fs::write(&cut, &png[..png.len() / 3]).unwrap();
        files.extend([copy, notes, cut]);
        files
    })
}

/// The montage `pledge-montage`'s own code makes of these files, as the
/// page does: tiles of at most 540 pixels, a grid, square, the title.
fn native_montage(files: &[PathBuf]) -> Vec<u8> {
    native_montage_of(files, &default_campaign(), &mut renderer())
}

/// [`native_montage`] for the campaign `c`, its title drawn by `r`.
pub(super) fn native_montage_of(
    files: &[PathBuf],
    c: &pledge_board::campaign::Campaign,
    r: &mut pledge_board::render::Renderer,
) -> Vec<u8> {
    use pledge_board::montage::build::{build, Format, Layout, Spec};
    use pledge_board::montage::gather::Gathering;
    let mut g = Gathering::default();
    for f in files {
        g.add("f", &std::fs::read(f).unwrap(), 540);
    }
    let tiles = g.images.into_iter().map(|i| i.tile).collect();
    let spec = Spec {
        layout: Layout::Grid,
        width: 1080,
        height: 1080,
        gutter: 8,
        background: pledge_board::montage::title::background(c),
        format: Format::Png,
        dpi: 150,
        about: "",
        title: Some((c, "en")),
        crops: &[],
    };
    let mut out = Vec::new();
    build(tiles, &spec, r, &mut out).unwrap();
    out
}

/// The progress line's text, once it says every file was read.
async fn wait_until_read(b: &Browser, total: usize) {
    let want = format!("{total} of {total} images read");
    b.text_until(
        ".montage-progress",
        Duration::from_secs(60),
        "every image read",
        |s| s.contains(&want),
    )
    .await;
}

/// The accessible description of the control with this id (the text of
/// what its `aria-describedby` names), once it is `want` or after 5 s.
async fn described(b: &Browser, id: &str, want: &str) -> String {
    let script = format!(
        "const e = document.getElementById('{id}');
         return (e.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
             .map(d => document.getElementById(d)).filter(Boolean)
             .map(d => d.textContent.trim()).join(' ')"
    );
    b.look_until(
        Duration::from_secs(5),
        |said: &String| said == want,
        async || b.js(&script).await.as_str().unwrap_or_default().to_string(),
    )
    .await
}

/// The text alternatives of the images on the page, in order.
async fn image_names(b: &Browser) -> Vec<String> {
    b.all_by_role("img")
        .await
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

/// The page's note (what was kept, or why it could not be).
async fn note(b: &Browser) -> String {
    b.text_of(".montage-note").await
}

/// Waits up to `secs` for the download link `name` (a build finished),
/// failing at once if the build says it could not.
pub(super) async fn wait_for_link(b: &Browser, name: &str, secs: u64) {
    let what = format!("the link {name:?}");
    b.until(Duration::from_secs(secs), &what, async || {
        let links = b.all_by_role("link").await;
        if links.iter().any(|(_, n)| n == name) {
            return Ok(());
        }
        let said = b.text_of(".build-status").await;
        assert!(
            !said.contains("could not"),
            "{}: no link {name:?}: {said}",
            b.engine.name()
        );
        Err(format!("the build says {said:?}; links: {links:?}"))
    })
    .await
}

/// Fails unless the page's picture (RGBA) is the native one: at most one
/// pixel in a thousand off by more than 8 levels.
pub(super) fn assert_alike(b: &Browser, what: &str, width: u32, page: &[u8], native: &[u8]) {
    let label = format!("montage-{what}-{}", b.engine.name());
    crate::common::assert_alike(&label, width, native, page, 8);
}

/// Waits (up to 5 s) for the button's `aria-pressed` to be `want`: a key
/// pressed through WebDriver may be answered a moment later under a full
/// run's load (once, "Reject image 5" still read "false" straight after).
async fn assert_pressed(b: &Browser, name: &str, want: &str) {
    let now = b
        .look_until(
            Duration::from_secs(5),
            |now: &String| now == want,
            async || pressed(b, name).await,
        )
        .await;
    assert_eq!(now, want, "{name}: aria-pressed");
}

async fn pressed(b: &Browser, name: &str) -> String {
    let button = b.by_role("button", name).await;
    button
        .attr("aria-pressed")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn review(engine: Engine) {
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/montage/")).await;
    b.by_role("heading", "Build the montage").await;
    let files = chosen();
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    let name = b.computed(&input, "computedlabel").await;
    assert!(
        name.starts_with("Choose images"),
        "the file input's accessible name: {name:?}"
    );
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    input.send_keys(&paths.join("\n")).await.unwrap();
    wait_until_read(&b, files.len()).await;

    // Every pledge, by its words (the image's text alternative).
    let images = image_names(&b).await;
    let want: Vec<String> = (0..PLEDGES).map(words).collect();
    assert_eq!(images, want, "the images in the grid, in the order added");
    // The repeat and the bad files, each named with its reason.
    b.by_role("heading", "Left out (3)").await;
    let left = b
        .js("return [...document.querySelectorAll('.montage-left-out li')].map(l => l.textContent)")
        .await;
    assert_eq!(
        left,
        serde_json::json!([
            "notes.txt: not a JPEG, PNG or WebP image",
            "cut-short.png: damaged or cut short: it could not be read",
            "pledge-01 (1).png: the same picture as image 1"
        ])
    );

    // By keyboard: Tab to the grid, reject images 1 to 5 (R, then the
    // right arrow), approve 6 with A; the rest by their buttons.
    let tabs_to_grid = crate::editor::tab_to(&b, ".review-item").await;
    assert!(tabs_to_grid < 10, "{tabs_to_grid} tabs to reach the grid");
    for _ in 0..5 {
        press(&b, "r").await;
        press(&b, "\u{E014}").await; // the right arrow
    }
    press(&b, "a").await;
    assert_pressed(&b, "Reject image 1", "true").await;
    assert_pressed(&b, "Reject image 5", "true").await;
    assert_pressed(&b, "Approve image 6", "true").await;
    assert_pressed(&b, "Approve image 5", "false").await;
    // The left arrow and U: image 5 back to not yet reviewed, then R.
    press(&b, "\u{E012}").await;
    press(&b, "u").await;
    assert_pressed(&b, "Reject image 5", "false").await;
    press(&b, "r").await;
    assert_pressed(&b, "Reject image 5", "true").await;
    for n in 7..=PLEDGES {
        b.click_in_view("button", &format!("Approve image {n}"))
            .await;
    }

    // The filters count, and show only their images.
    let filter = b.by_role("combobox", "Show").await;
    let options = b
        .js("return [...document.querySelectorAll('#montage-filter option')].map(o => o.textContent)")
        .await;
    assert_eq!(
        options,
        serde_json::json!([
            "All (12)",
            "Not yet reviewed (0)",
            "Approved (7)",
            "Rejected (5)",
            "Look like another (0)"
        ])
    );
    filter
        .select_by_label("Rejected (5)")
        .await
        .expect("choose a filter");
    b.until(Duration::from_secs(5), "the rejected alone", async || {
        let shown = image_names(&b).await;
        if shown == want[..5] {
            Ok(())
        } else {
            Err(format!("shown: {shown:?}"))
        }
    })
    .await;
    b.assert_accessible("reviewed").await;
    b.screenshot(&shot(engine, "montage-desktop")).await;
    filter.select_by_label("All (12)").await.unwrap();
    b.set_viewport(320, 700).await;
    let fits = b
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(fits, serde_json::json!(true), "wider than a 320 px phone");
    b.screenshot(&shot(engine, "montage-320")).await;

    // A reload keeps the review: the images, their words and decisions.
    b.set_viewport(1280, 900).await;
    assert_eq!(note(&b).await, "", "a note before the reload");
    b.reload().await;
    b.by_role("heading", "Build the montage").await;
    let kept = b
        .look_until(
            Duration::from_secs(10),
            |n: &String| !n.is_empty(),
            async || note(&b).await,
        )
        .await;
    assert_eq!(
        kept,
        "12 images and your decisions were kept from your last visit."
    );

    let images = image_names(&b).await;
    assert_eq!(images, want, "the images after a reload");
    assert_pressed(&b, "Reject image 3", "true").await;
    assert_pressed(&b, "Approve image 9", "true").await;
    b.by_role("heading", "Left out (3)").await;

    // The images were kept for screens: a poster from 7 of them would
    // draw each at about 1,577 px, so the page says it will look soft,
    // and what to choose instead (the size's description, to a screen
    // reader too); back to the square, it says nothing.
    let size = b.by_role("combobox", "Size").await;
    size.select_by_label("A1 poster, 150 dpi (3508 × 4967)")
        .await
        .expect("choose A1");
    let soft = "At this size each image is drawn at about 1577 pixels, larger than the 540 \
                it was kept at, so the montage will look soft. For a sharp one, clear \
                everything and add the images again with “Posters at 300 dpi, up to A1” chosen.";
    assert_eq!(
        described(&b, "montage-size", soft).await,
        soft,
        "the A1's description"
    );
    b.screenshot(&shot(engine, "montage-soft")).await;
    size.select_by_label("Square, 1080 × 1080").await.unwrap();
    assert_eq!(b.text_of(".montage-soft").await, "", "a square is not soft");

    // Build the montage: only the approved images, in the order added,
    // under the campaign's title; the very picture the native build makes
    // of the same tiles; its text version lists their words.
    b.click("button", "Build the montage").await;
    let ready = "The montage is ready: 1080 × 1080 pixels.";
    let said = b
        .text_until(".build-status", Duration::from_secs(60), ready, |s| {
            s == ready || s.contains("could not")
        })
        .await;
    assert_eq!(said, ready);
    let alt = "Montage of 7 pledges of support from Leicester, Leicestershire and Rutland. \
               The words of 7 of them are listed in its text version.";
    b.by_role("img", alt).await;
    b.click("link", "Download the montage (PNG, 1080 × 1080)")
        .await;
    let png = b.downloaded("montage-grid-square.png").await;
    let (w, h, page) = crate::common::decode_png(&png);
    assert_eq!((w, h), (1080, 1080));
    let (_, _, native) = crate::common::decode_png(&native_montage(&files[5..PLEDGES]));
    assert_alike(&b, "montage", w, &page, &native);
    b.click("link", "Download the list of pledges (CSV)").await;
    let csv = String::from_utf8(b.downloaded("montage-pledges.csv").await).unwrap();
    let texts: Vec<&str> = csv
        .lines()
        .skip(1)
        // file,language,pledge: the pledge quoted when it has a comma.
        .map(|l| l.splitn(3, ',').nth(2).unwrap().trim_matches('"'))
        .collect();
    assert_eq!(
        texts,
        want[5..].iter().map(String::as_str).collect::<Vec<_>>()
    );
    b.screenshot(&shot(engine, "montage-built")).await;

    // The same montage as a PDF for print: drawn by Poppler at its
    // 150 dpi, the native picture again.
    b.by_role("combobox", "File type")
        .await
        .select_by_label("PDF, for print")
        .await
        .expect("choose PDF");
    b.click("button", "Build the montage").await;
    let link = "Download the montage (PDF, 1080 × 1080)";
    wait_for_link(&b, link, 60).await;
    b.click("link", link).await;
    let pdf = b.downloaded("montage-grid-square.pdf").await;
    let (w, h, drawn) = crate::common::pdf_drawn(&pdf, 150);
    assert_eq!((w, h), (1080, 1080));
    assert_alike(&b, "PDF", w, &drawn, &native);

    // Clear everything, in two steps: then nothing is kept.
    b.click("button", "Clear everything").await;
    b.click("button", "Yes, clear everything").await;
    let cleared = "Everything was cleared from this browser.";
    b.text_until(
        ".montage-clear [role=status]",
        Duration::from_secs(10),
        cleared,
        |s| s == cleared,
    )
    .await;
    assert!(
        b.all_by_role("img").await.is_empty(),
        "images left after clearing"
    );
    let kept = b
        .js(
            "return (indexedDB.databases ? indexedDB.databases() : Promise.resolve([]))
                 .then(list => list.map(d => d.name))",
        )
        .await;
    assert_eq!(kept, serde_json::json!([]), "databases left");
    let storage = b
        .js("return [localStorage.length, sessionStorage.length, document.cookie]")
        .await;
    assert_eq!(storage, serde_json::json!([0, 0, ""]));
    b.reload().await;
    b.by_role("heading", "Build the montage").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        b.all_by_role("img").await.is_empty(),
        "images back after a reload"
    );
    b.by_role("heading", "Review").await;

    // Cleared, the use can be chosen again: for posters, the pledges are
    // kept whole (1080 px, their own size); then it is fixed, and kept.
    let kept_for = b
        .by_role("combobox", "The largest montage you will make from them")
        .await;
    kept_for
        .select_by_label("Posters at 150 dpi, up to A1")
        .await
        .expect("choose posters");
    let input = b.client.find(Locator::Id("montage-files")).await.unwrap();
    input.send_keys(&paths[..2].join("\n")).await.unwrap();
    wait_until_read(&b, 2).await;
    let sides = b
        .js("return [...document.querySelectorAll('.review-item img')].map(i => [i.naturalWidth, i.naturalHeight])")
        .await;
    assert_eq!(
        sides,
        serde_json::json!([[1080, 1080], [1080, 1080]]),
        "the tiles kept for posters"
    );
    let fixed = "return [document.getElementById('montage-use').disabled, document.getElementById('montage-use').value]";
    assert_eq!(b.js(fixed).await, serde_json::json!([true, "print-150"]));
    let chosen = "The images are kept at up to 1080 pixels on their longest side. To choose \
                  again, clear everything (at the end of the page) and add them again.";
    assert_eq!(described(&b, "montage-use", chosen).await, chosen);
    b.reload().await;
    b.by_role("heading", "Build the montage").await;
    b.until(Duration::from_secs(10), "the two images kept", async || {
        let shown = image_names(&b).await;
        if shown.len() >= 2 {
            Ok(())
        } else {
            Err(format!("shown: {shown:?}"))
        }
    })
    .await;
    assert_eq!(
        b.js(fixed).await,
        serde_json::json!([true, "print-150"]),
        "after a reload"
    );
    // No console error, no policy violation, nothing fetched from any
    // other origin, no file missing.
    finish(b, &server).await;
}

in_every_engine!(
    the_montage_page_reads_a_folder_and_is_reviewed_by_keyboard_and_button,
    review
);
