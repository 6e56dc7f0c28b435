//! The blank board to print, in each engine: nothing of the PDF code is
//! fetched until a person asks; "Download the board to print" in English
//! on A4 gives the very PDF the native engine makes; in Urdu, on US Letter,
//! with less ink and another board, the same; the page stays accessible.

use super::layout::assert_no_sideways_scroll;
use super::{in_every_engine, shot};
use crate::editor::finish;
use crate::harness::{open_app_in, Browser, Engine};
use crate::languages::{choose_language, texts, wait_for_language};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::i18n::{find, Texts};
use pledge_board::print::{self, Options, Paper};
use std::path::Path;
use std::time::Duration;

/// The PDF the native engine makes for this board, language and paper.
fn native_pdf(board: &str, code: &str, paper: Paper, save_ink: bool) -> Vec<u8> {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let l = find(code).unwrap();
    let ftl = if l.code == "en-GB" {
        String::new()
    } else {
        std::fs::read_to_string(root.join(format!("static/locales/{}.ftl", l.code))).unwrap()
    };
    let t = Texts::new(l, &ftl, &c.messages_for(code), &c.messages_for("en"));
    let sheet = print::sheet(&c, board, &t, Options { paper, save_ink });
    let mut r =
        pledge_board::render::Renderer::with_fonts_from(&root.join("static/fonts")).unwrap();
    // The boards' mark, as the page's print worker lays it.
    pledge_board::artwork::prepare_from(&mut r, &c, &root.join("static")).unwrap();
    print::blank_board(&mut r, &c, &sheet).unwrap()
}

/// What the print status line says, once it says `want`.
async fn wait_for_status(b: &Browser, want: &str) {
    let what = format!("the print status to say {want:?}");
    b.text_until(".print-status", Duration::from_secs(30), &what, |s| {
        s == want
    })
    .await;
}

/// Brings the print panel into view, as a person scrolling to it would.
async fn scroll_to_print(b: &Browser) {
    b.js("document.querySelector('.print-panel').scrollIntoView({block: 'center'}); return 0")
        .await;
}

async fn print_a_blank_board(engine: Engine) {
    let (server, b) = open_app_in(engine, 1280, 900).await;
    b.by_role("heading", "Write on paper instead").await;
    let asked = |server: &crate::harness::StaticServer| {
        server
            .requests()
            .iter()
            .filter(|r| r.path.contains("print-worker"))
            .count()
    };
    assert_eq!(
        asked(&server),
        0,
        "the print worker was fetched before anyone asked"
    );

    scroll_to_print(&b).await;
    b.click("radio", "A4").await;
    b.click("button", "Download the board to print (PDF)").await;
    let name = "pledge-nhcaw-purple-dawn-to-print-a4.pdf";
    let pdf = b.downloaded(name).await;
    wait_for_status(&b, &format!("The board to print is downloaded: {name}")).await;
    assert!(asked(&server) > 0, "the print worker was never fetched");
    assert!(
        pdf == native_pdf("purple-dawn", "en-GB", Paper::A4, false),
        "{}'s PDF ≠ the native one ({} bytes)",
        engine.name(),
        pdf.len()
    );
    b.assert_accessible("after printing").await;
    b.screenshot(&shot(engine, "print-desktop")).await;

    // In Urdu, on US Letter, with less ink, on the board with a photo frame.
    let ur = texts("ur");
    choose_language(&b, "Language", "ur").await;
    wait_for_language(&b, "ur", "rtl").await;
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    b.click("radio", c.board("many-voices").unwrap().name.get("ur"))
        .await;
    scroll_to_print(&b).await;
    b.click("radio", &ur.get("print-letter")).await;
    b.click("checkbox", &ur.get("print-save-ink")).await;
    b.click("button", &ur.get("print-button")).await;
    let name = "pledge-nhcaw-many-voices-to-print-letter.pdf";
    let pdf = b.downloaded(name).await;
    wait_for_status(&b, &ur.fmt("print-done", &[("file", name.into())])).await;
    assert!(
        pdf == native_pdf("many-voices", "ur", Paper::Letter, true),
        "{}'s Urdu PDF ≠ the native one ({} bytes)",
        engine.name(),
        pdf.len()
    );
    b.assert_accessible("after printing in Urdu").await;
    // On a phone: the panel fits, nothing scrolls sideways.
    b.set_viewport(320, 640).await;
    scroll_to_print(&b).await;
    assert_no_sideways_scroll(&b, "the print panel at 320 px").await;
    b.screenshot(&shot(engine, "print-320-ur")).await;
    finish(b, &server).await;
}
in_every_engine!(
    a_blank_board_prints_in_english_and_in_urdu_as_the_native_engine_makes_it,
    print_a_blank_board
);
