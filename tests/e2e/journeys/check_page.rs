//! The campaign check page (`/check/`, issue 17) in each engine, as a
//! communications officer uses it: it opens on the published campaign,
//! good; they choose a broken copy of a campaign with its artwork files;
//! each problem is listed with its field and line, as the campaign check
//! itself finds them; the link to a line puts the cursor on it; fixing
//! the line in the text area brings the next problem (the artwork's)
//! and, fixed, "No problems"; the file downloaded is the corrected one,
//! byte for byte; the contact sheet is drawn by the page's worker and is
//! the native engine's sheet; axe passes; it fits 320 px; screenshots.

use super::{in_every_engine, shot};
use crate::editor::finish;
use crate::embed::temp;
use crate::harness::{Browser, Engine, StaticServer};
use fantoccini::Locator;
use pledge_board::check::{self, Problem};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The example campaign with a photograph, its mark, a partner's logo and
/// a ribbon: a small sheet (1 board, 2 sizes, 2 quotes).
fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/harbour-lights")
}

/// The example's files in its `campaign/` folder: artwork and typeface.
const ARTWORK: [&str; 5] = [
    "mark.svg",
    "night-lights.jpg",
    "partner.png",
    "ribbon.webp",
    "DejaVuSerif-Bold-Latin.ttf",
];

const GOOD_COLOUR: &str = "text_colour = \"#ffffff\"";
const BAD_COLOUR: &str = "text_colour = \"#fffff\"";
const GOOD_RIBBON: &str = "file = \"campaign/ribbon.webp\"";
const BAD_RIBBON: &str = "file = \"campaign/ribbon-gold.webp\"";

/// The status line over the problems, once it contains `want`.
async fn status(b: &Browser, want: &str) -> String {
    let what = format!("the status to say {want:?}");
    b.text_until(".check-status", Duration::from_secs(90), &what, |s| {
        s.contains(want)
    })
    .await
}

/// What the page says once drawing the artwork ahead has ended, done or
/// failed (polled for up to 90 s: it says "Drawing…" till then).
async fn drawn_ahead(b: &Browser) -> String {
    let what = "drawing the artwork ahead to end";
    b.until(Duration::from_secs(90), what, async || {
        let said = b
            .js("return [...document.querySelectorAll('.check-note [role=status], .check-note [role=alert]')]
                 .map(n => n.textContent).join(' ')")
            .await;
        let said = said.as_str().unwrap_or_default().trim().to_string();
        if !said.is_empty() && !said.starts_with("Drawing the artwork ahead") {
            Ok(said)
        } else {
            Err(format!("the page says {said:?}"))
        }
    })
    .await
}

/// The problems listed, each as its text.
async fn listed(b: &Browser) -> Vec<String> {
    let v = b
        .js("return [...document.querySelectorAll('.check-problem')].map(l => l.textContent)")
        .await;
    serde_json::from_value(v).unwrap()
}

/// The note beside "Download campaign.prepared.json", if there is one.
async fn prepared_note(b: &Browser) -> Option<String> {
    let v = b
        .js("const n = document.querySelector('.check-prepared .check-note'); return n ? n.textContent : null")
        .await;
    v.as_str().map(str::to_owned)
}

/// How the page lists a problem: its link (or "Whole file"), field, message.
fn as_listed(p: &Problem) -> String {
    let line = p
        .line
        .map_or("Whole file".to_string(), |l| format!("Line {l}"));
    format!("{line}{}{}", p.field, p.message)
}

/// Follows the link to line `line`, checks the cursor is there (at the
/// start of that line of the text area, which has focus), then puts
/// `fixed` in the line's place, by keyboard.
async fn fix_line(b: &Browser, text: &str, line: usize, fixed: &str) {
    b.click_in_view("link", &format!("Line {line}")).await;
    let at = b
        .js("const a = document.activeElement; return [a.id, a.selectionStart, a.selectionEnd]")
        .await;
    let start: usize = text
        .split('\n')
        .take(line - 1)
        .map(|l| l.encode_utf16().count() + 1)
        .sum();
    assert_eq!(
        at,
        serde_json::json!(["campaign-text", start, start]),
        "{}: the cursor is not at the start of line {line}",
        b.engine.name()
    );
    // Shift+End selects the line; typing replaces it.
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let (shift, end) = ('\u{E008}', '\u{E010}');
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: end })
        .then(KeyAction::Up { value: end })
        .then(KeyAction::Up { value: shift });
    b.client.perform_actions(keys).await.unwrap();
    b.client
        .find(Locator::Id("campaign-text"))
        .await
        .unwrap()
        .send_keys(fixed)
        .await
        .unwrap();
}

async fn check_a_campaign(engine: Engine) {
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/check/")).await;
    b.by_role("heading", "Check a campaign").await;
    // The published campaign, checked with its files from the server.
    let published = check::file_problems(pledge_board::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
    status(&b, &format!("No problems: {}.", check::summary(&published))).await;
    b.by_role("textbox", "Campaign file (campaign.toml)").await;
    assert_eq!(
        prepared_note(&b).await,
        None,
        "{}: the published prepared form fits the published file",
        engine.name()
    );

    // A broken copy, chosen with its artwork (file names only).
    let good = std::fs::read_to_string(example().join("campaign.toml")).unwrap();
    assert!(good.contains(GOOD_COLOUR) && good.contains(GOOD_RIBBON));
    let broken = good
        .replace(GOOD_COLOUR, BAD_COLOUR)
        .replace(GOOD_RIBBON, BAD_RIBBON);
    let dir = temp("check-page-broken");
    std::fs::write(dir.join("campaign.toml"), &broken).unwrap();
    let mut picked = vec![dir.join("campaign.toml")];
    for f in ARTWORK {
        picked.push(example().join("campaign").join(f));
    }
    let picked: Vec<String> = picked.iter().map(|p| p.display().to_string()).collect();
    let input = b.client.find(Locator::Id("check-files")).await.unwrap();
    input.send_keys(&picked.join("\n")).await.unwrap();
    b.by_role("textbox", "Campaign file (campaign.toml)").await;

    // The file's own problem first, as the campaign check finds it.
    let first = check::file_problems(&broken).unwrap_err();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].field, "boards[0].text_colour");
    let colour_line = broken.lines().position(|l| l == BAD_COLOUR).unwrap() + 1;
    assert_eq!(first[0].line, Some(colour_line));
    status(&b, "1 problem").await;
    assert_eq!(listed(&b).await, vec![as_listed(&first[0])]);
    let gutter_marks = b
        .js("return [...document.querySelectorAll('.check-gutter .flagged')].map(s => s.textContent)")
        .await;
    assert_eq!(gutter_marks, serde_json::json!([colour_line.to_string()]));
    b.screenshot(&shot(engine, "check-problem-desktop")).await;

    // Put right where the link leads; then the artwork's problem.
    fix_line(&b, &broken, colour_line, GOOD_COLOUR).await;
    let halfway = broken.replace(BAD_COLOUR, GOOD_COLOUR);
    let ribbon_line = halfway.lines().position(|l| l == BAD_RIBBON).unwrap() + 1;
    let wait = status(&b, "1 problem").await;
    let second = b
        .look_until(
            Duration::from_secs(60),
            |l: &Vec<String>| l.iter().any(|p| p.contains("ribbon-gold.webp")),
            async || listed(&b).await,
        )
        .await;
    assert_eq!(
        second,
        vec![format!(
            "Line {ribbon_line}boards[0].layers[3].file\"campaign/ribbon-gold.webp\" cannot be read beside \
             the campaign file: no file called ribbon-gold.webp was opened with it: open the whole campaign \
             folder, or choose ribbon-gold.webp with the campaign file"
        )],
        "{}: {wait}",
        engine.name()
    );
    fix_line(&b, &halfway, ribbon_line, GOOD_RIBBON).await;
    let fixed = check::file_problems(&good).unwrap();
    status(&b, &format!("No problems: {}.", check::summary(&fixed))).await;
    b.by_role("textbox", "Campaign file (campaign.toml)").await;
    // Chosen without a prepared form beside it: the page says so.
    assert_eq!(
        prepared_note(&b).await.as_deref(),
        Some(
            "Note: there is no campaign.prepared.json beside the campaign file, so the pledge \
             board reads the campaign file itself, fetching its campaign reader (about 120 KB), \
             and starts later: download it below and put it beside the campaign file"
        ),
        "{}",
        engine.name()
    );

    // The corrected file, downloaded: the example's own bytes.
    b.click_in_view("button", "Download campaign.toml").await;
    assert_eq!(
        String::from_utf8(b.downloaded("campaign.toml").await).unwrap(),
        good,
        "{}: the file downloaded is not the corrected one",
        engine.name()
    );
    // Its prepared form, downloaded to put beside it: made from exactly
    // these bytes, it is the campaign they give.
    b.click_in_view("button", "Download campaign.prepared.json")
        .await;
    b.screenshot(&shot(engine, "check-prepared-desktop")).await;
    let ready = String::from_utf8(b.downloaded("campaign.prepared.json").await).unwrap();
    assert_eq!(
        pledge_board::campaign::prepared::read(&ready, &good),
        Some(pledge_board::campaign::Campaign::from_toml(&good).unwrap()),
        "{}: the prepared form downloaded is not the corrected file's",
        engine.name()
    );

    // The contact sheet, drawn by the page's worker: the native sheet.
    b.click_in_view("button", "Draw the contact sheet").await;
    let alt_start =
        "The contact sheet of campaign.toml: every board at every size in every language";
    b.until(Duration::from_secs(120), "the contact sheet", async || {
        let alt = b
            .js("const i = document.querySelector('.check-sheet-frame img'); return i ? i.alt : ''")
            .await;
        if alt.as_str().is_some_and(|a| a.starts_with(alt_start)) {
            return Ok(());
        }
        let failed = b.text_of(".check-sheet [role=alert]").await;
        assert_eq!(failed, "", "{}", engine.name());
        Err(format!("the image's text is {alt}"))
    })
    .await;
    b.click_in_view("button", "Download the contact sheet (PNG)")
        .await;
    let png = b.downloaded("contact-sheet-campaign.png").await;
    let page = image::load_from_memory(&png).unwrap().to_rgba8();
    let native = native_sheet(&good);
    assert_eq!(
        (page.width(), page.height()),
        (native.width(), native.height()),
        "{}",
        engine.name()
    );
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/output");
    if page.as_raw() != native.as_raw() {
        let diff = image::RgbaImage::from_fn(page.width(), page.height(), |x, y| {
            let (a, n) = (page.get_pixel(x, y), native.get_pixel(x, y));
            if a == n {
                image::Rgba([255, 255, 255, 255])
            } else {
                image::Rgba([255, 0, 0, 255])
            }
        });
        let path = out.join(format!("{}-check-sheet-diff.png", engine.name()));
        diff.save(&path).unwrap();
        panic!(
            "{}: the page's contact sheet differs from the native one (see {})",
            engine.name(),
            path.display()
        );
    }
    b.assert_accessible("the check page with a contact sheet")
        .await;
    b.js("window.scrollTo(0, 0); return null").await;
    b.screenshot(&shot(engine, "check-good-desktop")).await;
    b.set_viewport(320, 700).await;
    let fits = b
        .js("return document.documentElement.scrollWidth <= window.innerWidth")
        .await;
    assert_eq!(
        fits,
        serde_json::json!(true),
        "{}: wider than 320 px",
        engine.name()
    );
    b.screenshot(&shot(engine, "check-320")).await;
    finish(b, &server).await;
}

/// The contact sheet of the campaign in `text` drawn natively, with its
/// artwork from the example's folder.
fn native_sheet(text: &str) -> image::RgbaImage {
    let c = check::file_problems(text).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut r =
        pledge_board::render::Renderer::with_fonts_from(&root.join("static/fonts")).unwrap();
    pledge_board::artwork::prepare_from(&mut r, &c, &example()).unwrap();
    let sheet =
        pledge_board::contact_sheet::draw(&mut r, &c, &pledge_board::i18n::LANGUAGES).unwrap();
    image::RgbaImage::from_raw(sheet.width, sheet.height, sheet.rgba).unwrap()
}

in_every_engine!(check_a_campaign_fix_it_and_see_the_sheet, check_a_campaign);

/// A campaign whose artwork is not drawn ahead yet, with a Romanian quote
/// its brand font lacks letters of: its folder is chosen (as a folder
/// where the engine's WebDriver can choose one, otherwise its files); the
/// notes say both; the page draws the artwork ahead and downloads it: the
/// very bytes `pledge-render --draw-artwork` writes.
async fn draw_the_artwork_ahead(engine: Engine, as_folder: bool) {
    let dir = temp("check-page-folder");
    let folder = dir.join("Harbour Lights 2027");
    std::fs::create_dir_all(folder.join("campaign")).unwrap();
    let text = std::fs::read_to_string(example().join("campaign.toml"))
        .unwrap()
        .replacen(
            "max_pledge_chars = 160\n",
            "max_pledge_chars = 160\ndrawn_artwork = \"campaign/artwork.drawn\"\n",
            1,
        )
        // A quote worded in Romanian, whose ș and ț the brand font lacks.
        .replacen(
            "text = \"Everyone is welcome here.\"",
            "text.en = \"Everyone is welcome here.\"\ntext.ro = \"Toți sunt bineveniți aici, și noi.\"",
            1,
        );
    std::fs::write(folder.join("campaign.toml"), &text).unwrap();
    for f in ARTWORK {
        std::fs::copy(
            example().join("campaign").join(f),
            folder.join("campaign").join(f),
        )
        .unwrap();
    }
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/check/")).await;
    status(&b, "No problems").await;
    if as_folder {
        let input = b.client.find(Locator::Id("check-folder")).await.unwrap();
        input
            .send_keys(&folder.display().to_string())
            .await
            .unwrap();
    } else {
        let mut files = vec![folder.join("campaign.toml").display().to_string()];
        for f in ARTWORK {
            files.push(folder.join("campaign").join(f).display().to_string());
        }
        let input = b.client.find(Locator::Id("check-files")).await.unwrap();
        input.send_keys(&files.join("\n")).await.unwrap();
    }
    let c = check::file_problems(&text).unwrap();
    status(&b, &format!("No problems: {}.", check::summary(&c))).await;
    let showing = b
        .js("return document.querySelector('.check-showing').textContent")
        .await;
    assert_eq!(
        showing,
        "Showing campaign.toml, opened from this computer with 6 files.",
        "{}",
        engine.name()
    );
    let note = b
        .js("const n = document.querySelector('.check-note p'); return n ? n.textContent : ''")
        .await;
    let missing = if as_folder {
        "there is no Harbour Lights 2027/campaign/artwork.drawn in the folder opened"
    } else {
        "no file called artwork.drawn was opened with it"
    };
    assert!(
        note.as_str().unwrap_or_default().starts_with(&format!(
            "Note: drawn_artwork: campaign/artwork.drawn: {missing}"
        )),
        "{}: {note}",
        engine.name()
    );
    // The brand font's note: the letters it lacks, by language.
    let notes = b
        .js("return [...document.querySelectorAll('.check-note')].map(n => n.textContent)")
        .await;
    let font_note = format!(
        "Note: brand_font: DejaVu Serif lacks letters of the campaign's own words, which Noto Sans \
         sets instead, so they may look different from the letters around them: in the ro \
         wording, 2 letters (ț ș, first in quotes[0].text.ro)"
    );
    assert!(
        notes
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(font_note)),
        "{}: {notes}",
        engine.name()
    );
    b.click_in_view("button", "Draw the artwork ahead and download it")
        .await;
    let native = pledge_board::artwork::ahead::draw(&c, |f| {
        std::fs::read(folder.join(f)).map_err(|e| e.to_string())
    })
    .unwrap();
    // Drawing takes seconds (longer in a full run's load, when WebKit
    // compiles the drawing worker's wasm): waited for as a person would,
    // until the page says it is done.
    let said = drawn_ahead(&b).await;
    assert!(
        said.starts_with("Downloaded. Put it at campaign/artwork.drawn beside the campaign file"),
        "{}: {said}",
        engine.name()
    );
    assert!(
        b.downloaded("artwork.drawn").await == pledge_board::render::drawn::encode(&native),
        "{}: the artwork drawn ahead in the page is not the native engine's",
        engine.name()
    );
    finish(b, &server).await;
}

/// Chromium's driver chooses a folder for a `webkitdirectory` input;
/// geckodriver refuses a folder ("File not found") and WebKit's driver
/// chooses nothing, so there the folder's files are chosen instead (each
/// found by its name).
mod draw_the_artwork_ahead {
    use super::draw_the_artwork_ahead as journey;
    use crate::harness::Engine;
    use crate::journeys::within_time;
    #[tokio::test]
    async fn chromium_choosing_the_folder() {
        within_time(journey(Engine::Chromium, true)).await
    }
    #[tokio::test]
    async fn firefox_choosing_its_files_as_geckodriver_cannot_choose_a_folder() {
        within_time(journey(Engine::Firefox, false)).await
    }
    #[tokio::test]
    async fn webkit_choosing_its_files_as_its_driver_cannot_choose_a_folder() {
        within_time(journey(Engine::WebKit, false)).await
    }
}
