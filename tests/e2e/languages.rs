//! The page in the languages of the communities it serves: chosen in the
//! picker, from the browser's languages or from the address; right-to-left
//! languages mirror the page; the choice survives a reload; a language that
//! cannot be fetched says so; pseudo-English finds any text that does not
//! come from the messages; screenshots in English, Urdu and Gujarati.

use crate::editor::{dist_without, finish, value_of};
use crate::harness::{open_app, Browser, StaticServer};
use pledge_board::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::i18n::{self, Texts};
use std::path::Path;
use std::time::Duration;

/// The messages of a language, as the app has them.
pub(crate) fn texts(code: &str) -> Texts {
    let l = i18n::find(code).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("static/locales/{}.ftl", l.code));
    let ftl = if l.code == "en-GB" || l.code == "en-XA" {
        String::new()
    } else {
        std::fs::read_to_string(path).unwrap()
    };
    Texts::new(l, &ftl, &[], &[])
}

pub(crate) fn campaign() -> Campaign {
    Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()
}

/// Waits until the page's `lang` and `dir` are these.
pub(crate) async fn wait_for_language(b: &Browser, lang: &str, dir: &str) {
    let what = format!("the page in {lang} {dir}");
    b.until(Duration::from_secs(10), &what, async || {
        let v = b
            .js("return [document.documentElement.lang, document.documentElement.dir]")
            .await;
        if v == serde_json::json!([lang, dir]) {
            Ok(())
        } else {
            Err(format!("it stayed {v}"))
        }
    })
    .await
}

/// Mirrored: the main heading's text hugs the right edge of its column.
pub(crate) async fn assert_heading_mirrored(b: &Browser) {
    let gaps = b
        .js("const h = document.querySelector('h1'); const r = document.createRange();
             r.selectNodeContents(h); const t = r.getBoundingClientRect(), box = h.getBoundingClientRect();
             return [t.left - box.left, box.right - t.right, getComputedStyle(h).direction]")
        .await;
    assert!(
        gaps[0].as_f64().unwrap() > 100.0 && gaps[1].as_f64().unwrap() < 2.0,
        "{gaps}"
    );
    assert_eq!(gaps[2], "rtl");
}

/// Chooses a language in the picker, found by its label.
pub(crate) async fn choose_language(b: &Browser, label: &str, code: &str) {
    b.by_role("combobox", label)
        .await
        .select_by_value(code)
        .await
        .unwrap();
}

#[tokio::test]
async fn switching_to_urdu_mirrors_the_page_changes_its_words_and_survives_a_reload() {
    let (server, b) = open_app(1280, 900).await;
    let (en, ur) = (texts("en-GB"), texts("ur"));
    let c = campaign();
    b.by_role("heading", "Make your pledge").await;
    choose_language(&b, "Language", "ur").await;
    wait_for_language(&b, "ur", "rtl").await;

    b.by_role("heading", &ur.get("heading")).await;
    b.by_role("heading", &ur.get("write-heading")).await;
    b.by_role("button", &ur.get("download")).await;
    b.by_role("img", &ur.fmt("board-alt-empty", &[("photo", "no".into())]))
        .await;
    // The picker still says "Language" for someone who cannot read Urdu.
    let picker_label = format!("{} (Language)", ur.get("language-label"));
    b.by_role("combobox", &picker_label).await;
    let title = ur.fmt("page-title", &[("campaign", c.name.get("ur").into())]);
    assert_eq!(b.client.title().await.unwrap(), title);
    assert_ne!(ur.get("heading"), en.get("heading"));

    assert_heading_mirrored(&b).await;

    // An English pledge in the Urdu page keeps its own direction.
    b.type_into(&ur.get("pledge-label"), "We stand together")
        .await;
    let alt = ur.fmt(
        "board-alt",
        &[
            ("photo", "no".into()),
            ("pledge", "We stand together".into()),
        ],
    );
    b.by_role("img", &alt).await;
    let raw = b
        .js("return document.querySelector('.board-image').getAttribute('aria-label')")
        .await;
    assert!(
        raw.as_str()
            .unwrap()
            .contains("\u{2068}We stand together\u{2069}"),
        "the pledge is not isolated in {raw}"
    );
    let dir = b
        .js("return document.getElementById('pledge-text').dir")
        .await;
    assert_eq!(dir, "auto");
    // The examples come in Urdu, as the campaign file gives them.
    let first = b
        .js("return document.querySelector('.quote-text').textContent")
        .await;
    assert_eq!(first, c.quotes[0].text.get("ur"));
    b.assert_accessible("in Urdu").await;

    // A reload keeps the language and the pledge.
    b.client.refresh().await.unwrap();
    wait_for_language(&b, "ur", "rtl").await;
    b.by_role("heading", &ur.get("heading")).await;
    assert_eq!(
        value_of(&b, "textbox", &ur.get("pledge-label")).await,
        "We stand together"
    );
    b.by_role("img", &alt).await;

    // And back to English.
    choose_language(&b, &picker_label, "en-GB").await;
    wait_for_language(&b, "en-GB", "ltr").await;
    b.by_role("heading", "Make your pledge").await;
    b.by_role("img", "Pledge board: We stand together").await;
    b.assert_accessible("back in English").await;
    finish(b, &server).await;
}

#[tokio::test]
async fn the_browsers_language_is_the_default_and_the_address_can_ask_for_another() {
    let server = StaticServer::serve_dist();
    let b = Browser::start_in_language(1280, 900, "gu-IN,gu,en").await;
    b.goto(&server.url("/")).await;
    wait_for_language(&b, "gu", "ltr").await;
    let gu = texts("gu");
    b.by_role("heading", &gu.get("heading")).await;
    // Nothing chosen or written: nothing kept, not even the language.
    assert_eq!(b.js("return sessionStorage.length").await, 0);

    b.goto(&server.url("/?lang=ar")).await;
    wait_for_language(&b, "ar", "rtl").await;
    b.by_role("heading", &texts("ar").get("heading")).await;
    b.assert_accessible("in Arabic").await;
    finish(b, &server).await;
}

#[tokio::test]
async fn a_language_that_cannot_be_loaded_says_so_and_nothing_is_lost() {
    let server = StaticServer::serve(dist_without("locales/pl.ftl"));
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", "Kept as it is").await;
    choose_language(&b, "Language", "pl").await;
    let said = texts("en-GB").fmt("language-failed", &[("language", "Polski".into())]);
    // An alert is named by nothing: what it says is its text.
    let what = format!("an alert saying {said:?}");
    b.until(Duration::from_secs(10), &what, async || {
        let mut shown = Vec::new();
        for (el, _) in b.all_by_role("alert").await {
            shown.push(el.text().await.unwrap_or_default());
        }
        if shown.contains(&said) {
            Ok(())
        } else {
            Err(format!("the alerts say {shown:?}"))
        }
    })
    .await;
    wait_for_language(&b, "en-GB", "ltr").await;
    assert_eq!(
        value_of(&b, "textbox", "Your pledge").await,
        "Kept as it is"
    );
    b.by_role("heading", "Make your pledge").await;
    b.assert_accessible("language failed").await;
    let failed: Vec<_> = server
        .failed_requests()
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert_eq!(failed, vec!["/locales/pl.ftl"]);
    assert_eq!(b.foreign_requests(), Vec::<String>::new());
    b.close().await;
}

/// Every piece of text on the page, and every text alternative, that is
/// not marked `translate="no"` (hashtags, numbers, language names) nor
/// typed by the person, and has a Latin letter: in pseudo-English, each is
/// text that did not come through the messages.
const UNTRANSLATED: &str = r#"
    const out = [];
    const skip = el => el.closest('[translate="no"], script, style, noscript, textarea');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!skip(n.parentElement) && /[A-Za-z]/.test(n.textContent)) out.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
        if (skip(el)) continue;
        for (const a of ['aria-label', 'alt', 'title', 'placeholder']) {
            const v = el.getAttribute(a);
            if (v && /[A-Za-z]/.test(v)) out.push(a + '=' + v);
        }
    }
    if (/[A-Za-z]/.test(document.title)) out.push('title: ' + document.title);
    return out;
"#;

async fn untranslated(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.js(UNTRANSLATED).await).unwrap()
}

#[tokio::test]
async fn in_pseudo_english_every_string_on_the_page_comes_from_the_messages() {
    let server = StaticServer::serve_dist();
    let b = Browser::start(1280, 900).await;
    // The check finds English where English is.
    b.goto(&server.url("/")).await;
    b.by_role("heading", "Make your pledge").await;
    assert!(untranslated(&b)
        .await
        .contains(&"Make your pledge".to_string()));
    b.goto(&server.url("/?lang=en-XA")).await;
    wait_for_language(&b, "en-XA", "ltr").await;
    let t = texts("en-XA");
    b.by_role("heading", &t.get("heading")).await;
    assert_eq!(untranslated(&b).await, Vec::<String>::new(), "on arrival");

    // Download with nothing written: the error.
    b.click("button", &t.get("download")).await;
    b.by_role("textbox", &t.get("pledge-label")).await;
    b.js("document.querySelector('details.examples').open = true")
        .await;
    assert_eq!(
        untranslated(&b).await,
        Vec::<String>::new(),
        "with the error and examples"
    );

    // A pledge (in Greek: no Latin letters of its own), the photo design,
    // then a download and what to do next.
    b.type_into(&t.get("pledge-label"), "Όλοι μαζί").await;
    let board = campaign().boards[1].name.get("en").to_owned();
    b.click(
        "radio",
        &pledge_board::i18n::Texts::new(&i18n::PSEUDO, "", &[], &[]).campaign(&board),
    )
    .await;
    b.click("button", &t.get("download")).await;
    b.by_role("heading", &t.get("next-heading")).await;
    assert_eq!(
        untranslated(&b).await,
        Vec::<String>::new(),
        "after a download"
    );
    finish(b, &server).await;
}

#[tokio::test]
async fn screenshots_in_english_urdu_and_gujarati_at_320_px_and_desktop() {
    for (code, width, height) in [
        ("en-GB", 320, 900),
        ("en-GB", 1280, 900),
        ("ur", 320, 900),
        ("ur", 1280, 900),
        ("gu", 320, 900),
        ("gu", 1280, 900),
    ] {
        let server = StaticServer::serve_dist();
        let b = Browser::start(width, height).await;
        b.goto(&server.url(&format!("/?lang={code}"))).await;
        let t = texts(code);
        wait_for_language(&b, t.language.code, t.language.dir.as_str()).await;
        let q = campaign().quotes[0].text.get(code).to_owned();
        b.type_into(&t.get("pledge-label"), &q).await;
        let alt = t.fmt(
            "board-alt",
            &[("photo", "no".into()), ("pledge", q.as_str().into())],
        );
        b.by_role("img", &alt).await;
        // Nothing wider than the screen.
        let wide = b
            .js("return document.documentElement.scrollWidth > window.innerWidth")
            .await;
        assert_eq!(wide, false, "{code} at {width} px scrolls sideways");
        let name = if width == 320 { "320" } else { "desktop" };
        b.full_page_screenshot(&format!("lang-{code}-{name}")).await;
        finish(b, &server).await;
    }
}
