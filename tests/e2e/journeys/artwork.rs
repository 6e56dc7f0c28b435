//! A campaign made the force's own with artwork layers (issue 17), in
//! each engine: the built app given `examples/harbour-lights/` (a
//! photograph's look, the project's SVG mark, a partner's PNG logo, a WebP
//! ribbon) with no rebuild; the artwork worker fetched for it; the
//! preview and the download the native engine's picture on both sizes;
//! and the same campaign with a layer's file missing: the board says it
//! cannot be drawn, with the file named for the campaign team. The blank
//! board to print lays the same artwork, as the native engine does. And the
//! shipped campaign's mark: taken drawn ahead (no artwork worker), and,
//! once its SVG is changed without drawing it again, drawn afresh by the
//! artwork worker as it now is.

use super::{in_every_engine, shot};
use crate::common::{assert_alike, decode_png, pdf_drawn};
use crate::editor::{copy_dir, dist_without, finish, preview_pixels, wait_for_preview_height};
use crate::harness::{Browser, Engine, StaticServer};
use pledge_board::campaign::Campaign;
use pledge_board::render::{Pledge, Renderer};
use std::path::{Path, PathBuf};
use std::time::Duration;

const PLEDGE: &str = "Everyone is welcome here.";

pub(super) fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/harbour-lights")
}

/// The example's campaign, as its file says.
pub(super) fn example_campaign() -> Campaign {
    Campaign::from_toml(&std::fs::read_to_string(example().join("campaign.toml")).unwrap()).unwrap()
}

/// A native renderer with the app's fonts and nothing else (no other
/// campaign's artwork to stand in for the example's).
pub(super) fn fonts_only() -> Renderer {
    Renderer::with_fonts_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts")).unwrap()
}

/// The example's campaign and a native renderer with the fonts and the
/// example's artwork and brand font, as `pledge-render` prepares them.
fn prepared() -> (Campaign, Renderer) {
    let c = example_campaign();
    let mut r = fonts_only();
    pledge_board::artwork::prepare_from(&mut r, &c, &example()).unwrap();
    (c, r)
}

/// The built app with the example campaign and its artwork in place of
/// the shipped one, less `missing` if given.
fn app_with_artwork(missing: Option<&str>) -> PathBuf {
    let dir = dist_without("campaign.toml");
    std::fs::copy(example().join("campaign.toml"), dir.join("campaign.toml")).unwrap();
    copy_dir(&example().join("campaign"), &dir.join("campaign"));
    if let Some(file) = missing {
        std::fs::remove_file(dir.join(file)).unwrap();
    }
    dir
}

/// The native engine's image of the pledge, with the layers from the
/// example; drawn once for all three engines' tests (it is costly in a
/// test build, and they run beside other journeys).
fn native(size: &str) -> Vec<u8> {
    static DRAWN: std::sync::Mutex<Vec<(String, Vec<u8>)>> = std::sync::Mutex::new(Vec::new());
    let mut drawn = DRAWN.lock().unwrap();
    if let Some((_, rgba)) = drawn.iter().find(|(s, _)| s == size) {
        return rgba.clone();
    }
    let rgba = draw_native(size);
    drawn.push((size.to_owned(), rgba.clone()));
    rgba
}

fn draw_native(size: &str) -> Vec<u8> {
    let (c, mut r) = prepared();
    r.render(
        &c,
        "lights",
        size,
        &Pledge {
            lang: Some("en-GB".into()),
            ..Pledge::new(PLEDGE)
        },
    )
    .unwrap()
    .rgba
}

/// The native blank board to print (A4, in English) with the example's
/// artwork: its first page is compared, drawn by Poppler.
fn native_pdf() -> Vec<u8> {
    use pledge_board::i18n::{Texts, ENGLISH};
    use pledge_board::print::{self, Options, Paper};
    let (c, mut r) = prepared();
    let texts = Texts::new(&ENGLISH, "", &c.messages_for("en"), &c.messages_for("en"));
    let options = Options {
        paper: Paper::A4,
        save_ink: false,
    };
    print::blank_board(&mut r, &c, &print::sheet(&c, "lights", &texts, options)).unwrap()
}

async fn boards_with_artwork(engine: Engine) {
    let server = StaticServer::serve(app_with_artwork(None));
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", PLEDGE).await;
    b.by_role("img", &format!("Pledge board: {PLEDGE}")).await;
    let asked: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    for file in [
        "/artwork-worker_bg.wasm",
        "/campaign/mark.svg",
        "/campaign/night-lights.jpg",
        "/campaign/partner.png",
        "/campaign/ribbon.webp",
        "/campaign/DejaVuSerif-Bold-Latin.ttf",
    ] {
        assert!(
            asked.iter().any(|p| p == file),
            "{}: {file} not fetched: {asked:?}",
            engine.name()
        );
    }
    b.assert_accessible("a board with artwork layers").await;
    b.screenshot(&shot(engine, "artwork-desktop")).await;

    // The download is the native engine's picture (the photograph's JPEG
    // may decode a level apart between native and wasm, as a person's
    // photo does: a tolerance of 6 levels, in at most 1 pixel in 1000).
    b.click_in_view("button", "Download image").await;
    let png = b.downloaded("pledge-harbour-lights-square.png").await;
    let (w, h, rgba) = decode_png(&png);
    assert_eq!((w, h), (1080, 1080));
    assert!(
        preview_pixels(&b).await == (w, h, rgba.clone()),
        "download = preview"
    );
    let label = |what: &str| format!("artwork-{what}-{}", engine.name());
    assert_alike(&label("square"), w, &native("square"), &rgba, 6);

    // The story: its own place for the mark and the logo.
    b.click_in_view("radio", "Story (1080 × 1920)").await;
    wait_for_preview_height(&b, 1920).await;
    let (w, h, rgba) = preview_pixels(&b).await;
    assert_eq!((w, h), (1080, 1920));
    assert_alike(&label("story"), w, &native("story"), &rgba, 6);

    // The blank board to print lays the same artwork: its print worker
    // starts the artwork worker too, as nothing here is drawn ahead.
    b.js("document.querySelector('.print-panel').scrollIntoView({block: 'center'}); return 0")
        .await;
    b.click("radio", "A4").await;
    b.click("button", "Download the board to print (PDF)").await;
    let pdf = b
        .downloaded("pledge-harbour-lights-lights-to-print-a4.pdf")
        .await;
    let (w, h, page) = pdf_drawn(&pdf, 40);
    let (nw, nh, want) = pdf_drawn(&native_pdf(), 40);
    assert_eq!((w, h), (nw, nh));
    assert_alike(&label("printed-board"), w, &want, &page, 6);

    b.set_viewport(320, 640).await;
    let wide = b
        .js("return document.documentElement.scrollWidth - window.innerWidth")
        .await;
    assert!(
        wide.as_i64().is_some_and(|d| d <= 0),
        "{}: {wide} px sideways",
        engine.name()
    );
    b.js(
        "document.querySelector('canvas.board-image').scrollIntoView({block: 'center'}); return 0",
    )
    .await;
    b.screenshot(&shot(engine, "artwork-320")).await;
    finish(b, &server).await;
}
in_every_engine!(
    a_campaign_with_artwork_layers_draws_them_as_the_native_engine_does,
    boards_with_artwork
);

async fn missing_artwork(engine: Engine) {
    let server = StaticServer::serve(app_with_artwork(Some("campaign/partner.png")));
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", PLEDGE).await;
    // Said in the person's words, with the file named for the campaign team.
    let said = b
        .text_until(
            ".preview [role=alert]",
            Duration::from_secs(30),
            "the problem said",
            |s| s.contains("Something went wrong while drawing your pledge board"),
        )
        .await;
    assert!(
        said.contains("campaign/partner.png"),
        "{}: {said}",
        engine.name()
    );
    // The pledge is kept, and nothing else was logged than the missing file.
    assert_eq!(
        b.js("return document.querySelector('textarea').value")
            .await,
        PLEDGE
    );
    b.assert_accessible("a board whose artwork is missing")
        .await;
    let errors = b.console_errors().await;
    assert!(
        errors.iter().all(|e| e.contains("partner.png")),
        "{}: {errors:#?}",
        engine.name()
    );
    let failed: Vec<String> = server
        .failed_requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    // (Asked for again by each new drawing: Try again works once the
    // file is there.)
    assert!(
        !failed.is_empty() && failed.iter().all(|p| p == "/campaign/partner.png"),
        "{}: {failed:?}",
        engine.name()
    );
    b.close().await;
}
in_every_engine!(
    a_missing_artwork_file_is_named_not_a_blank_board,
    missing_artwork
);

/// The pages' requests, by path.
fn asked(server: &StaticServer) -> Vec<String> {
    server.requests().into_iter().map(|r| r.path).collect()
}

/// Whether the artwork worker (its loader, glue or wasm) was fetched.
fn artwork_worker_fetched(asked: &[String]) -> bool {
    asked.iter().any(|p| p.starts_with("/artwork-worker"))
}

async fn shipped_mark(engine: Engine) {
    // As shipped: the mark comes drawn ahead.
    let server = StaticServer::serve(Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", PLEDGE).await;
    b.by_role("img", &format!("Pledge board: {PLEDGE}")).await;
    let paths = asked(&server);
    assert!(
        paths.iter().any(|p| p == "/campaign/artwork.drawn"),
        "{}: the drawn artwork not fetched: {paths:?}",
        engine.name()
    );
    assert!(
        !artwork_worker_fetched(&paths),
        "{}: the artwork worker was fetched for the shipped mark: {paths:?}",
        engine.name()
    );
    finish(b, &server).await;

    // The mark changed (its heart another colour), not drawn again: the
    // page draws it afresh, as it now is.
    let dir = dist_without("campaign/mark.svg");
    let svg = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("static/campaign/mark.svg"),
    )
    .unwrap()
    .replace("#d4351c", "#0b5d6b");
    std::fs::write(dir.join("campaign/mark.svg"), &svg).unwrap();
    let server = StaticServer::serve(dir.clone());
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", PLEDGE).await;
    b.by_role("img", &format!("Pledge board: {PLEDGE}")).await;
    let paths = asked(&server);
    assert!(
        artwork_worker_fetched(&paths),
        "{}: a changed mark was not drawn afresh: {paths:?}",
        engine.name()
    );
    let c = Campaign::from_toml(pledge_board::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
    let mut r =
        Renderer::with_fonts_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts"))
            .unwrap();
    pledge_board::artwork::prepare_from(&mut r, &c, &dir).unwrap();
    let pledge = Pledge {
        lang: Some("en-GB".into()),
        ..Pledge::new(PLEDGE)
    };
    let native = r.render(&c, "purple-dawn", "square", &pledge).unwrap();
    let (w, h, rgba) = preview_pixels(&b).await;
    assert_eq!((w, h), (1080, 1080));
    assert!(
        rgba == native.rgba,
        "{}: the changed mark is not drawn as the native engine draws it",
        engine.name()
    );
    finish(b, &server).await;
}
in_every_engine!(
    the_shipped_mark_comes_drawn_ahead_and_a_changed_one_is_drawn_afresh,
    shipped_mark
);
