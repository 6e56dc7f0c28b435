//! The page for a browser that cannot run the app (`src/fallback.rs`): the
//! committed files are what the committed campaign file gives, every
//! language has its page, and a force's change to the campaign file (run
//! through `pledge-render --write-fallback`, as on a deployed copy) shows.
#![cfg(not(target_arch = "wasm32"))]

use pledge_board::campaign::{prepared, Campaign, DEFAULT_CAMPAIGN_TOML};
use pledge_board::fallback::{self, END, START};
use pledge_board::first_view;
use pledge_board::i18n::LANGUAGES;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl(dir: &Path) -> impl FnMut(&str) -> String + '_ {
    move |code| std::fs::read_to_string(dir.join(format!("{code}.ftl"))).unwrap()
}

const REWRITE: &str =
    "run `cargo run --bin pledge-render -- --write-fallback .` and commit the result";

#[test]
fn the_committed_pages_are_what_the_campaign_file_gives() {
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let (block, pages) = fallback::everything(&campaign, ftl(&root().join("static/locales")));
    let index = std::fs::read_to_string(root().join("index.html")).unwrap();
    let inside = &index[index.find(START).expect("index.html has the start marker")
        + START.len()
        + 1..index.find(END).expect("index.html has the end marker")];
    assert!(
        inside == block,
        "index.html's fallback is out of date: {REWRITE}"
    );
    assert_eq!(pages.len(), LANGUAGES.len());
    for (name, text) in &pages {
        let path = root().join("static/fallback").join(name);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; {REWRITE}", path.display()));
        assert!(
            &committed == text,
            "{} is out of date: {REWRITE}",
            path.display()
        );
    }
    // The block sits inside <noscript>, shown when JavaScript is off.
    let noscript = index.find("<noscript data-fallback>").unwrap();
    assert!(noscript < index.find(START).unwrap());
    assert!(index.find(END).unwrap() < index.find("</noscript>").unwrap());

    // The editor's first view, after the <noscript> (whose stylesheet
    // hides it when JavaScript is off), in the body before the app's own.
    let (first, last) = (
        index
            .find(first_view::START)
            .expect("index.html has the first view's start marker"),
        index
            .find(first_view::END)
            .expect("index.html has the first view's end marker"),
    );
    assert!(
        index[first + first_view::START.len() + 1..last] == first_view::block(&campaign),
        "index.html's first view is out of date: {REWRITE}"
    );
    assert!(index.find("</noscript>").unwrap() < first && last < index.find("</body>").unwrap());
}

/// The campaign file's prepared form, which the editor reads instead of
/// the TOML while it fits (`campaign::prepared`), is the committed file's.
#[test]
fn the_committed_prepared_campaign_is_what_the_campaign_file_gives() {
    let path = root().join("static").join(prepared::FILE);
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; {REWRITE}", path.display()));
    assert!(
        committed == prepared::prepare(DEFAULT_CAMPAIGN_TOML).unwrap() + "\n",
        "{} is out of date: {REWRITE}",
        path.display()
    );
    assert_eq!(
        prepared::read(&committed, DEFAULT_CAMPAIGN_TOML),
        Some(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap())
    );
}

#[test]
fn each_language_has_its_own_page_in_its_own_words_linking_to_all_the_others() {
    let campaign = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let (_, pages) = fallback::everything(&campaign, ftl(&root().join("static/locales")));
    let english = &pages[0].1;
    for (l, (name, page)) in LANGUAGES.iter().zip(&pages) {
        assert_eq!(name, &format!("{}.html", l.code));
        assert!(
            page.contains(&format!(
                "<html lang=\"{}\" dir=\"{}\">",
                l.code,
                l.dir.as_str()
            )),
            "{name}"
        );
        if l.code != "en-GB" {
            assert_ne!(page, english, "{name} is in English");
            assert!(!page.contains("You can still make your pledge"), "{name}");
        }
        for other in LANGUAGES.iter().filter(|o| o.code != l.code) {
            assert!(
                page.contains(&format!(
                    "href=\"{}.html\" lang=\"{}\"",
                    other.code, other.code
                )),
                "{name} does not link to {}",
                other.code
            );
        }
        // The routes are the campaign's, in every language.
        for fixed in [
            "999",
            "101",
            "https://www.report-it.org.uk/",
            "#NationalHCAW",
        ] {
            assert!(page.contains(fixed), "{name} lacks {fixed}");
        }
    }
}

#[test]
fn a_changed_campaign_file_changes_the_page_and_what_it_leaves_out_is_gone() {
    let toml = DEFAULT_CAMPAIGN_TOML
        .replace(
            r#"contact_email = "hatecrime.pledges@example.org""#,
            r#"contact_email = "pledges@force.example""#,
        )
        .replace(r#"handle = "@LPStaySafe""#, r#"handle = """#)
        .replace(
            r#"non_emergency = "101""#,
            r#"non_emergency = "0300 123 4567""#,
        )
        .replace(
            r#"organisation = "Leicestershire Police""#,
            r#"organisation = "Leicestershire Police"
messages.en.fallback-heading = "Pledge <on paper> & photograph it""#,
        );
    let campaign = Campaign::from_toml(&toml).unwrap();
    let (block, _) = fallback::everything(&campaign, ftl(&root().join("static/locales")));
    assert!(block.contains("<strong translate=\"no\" dir=\"ltr\">0300 123 4567</strong>"));
    assert!(block.contains("href=\"mailto:pledges@force.example\""));
    assert!(!block.contains("hatecrime.pledges@example.org"));
    assert!(
        block.contains("Post your image on social media with <strong translate=\"no\" dir=\"ltr\">#NationalHCAW</strong>.</li>"),
        "no handle, nobody to tag: {block}"
    );
    // The campaign's own wording, made safe for HTML.
    assert!(block.contains("<h1>Pledge &lt;on paper&gt; &amp; photograph it</h1>"));
}

#[test]
fn pledge_render_writes_the_pages_into_a_deployed_copy() {
    let dir = std::env::temp_dir().join(format!("pledge-fallback-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    for l in LANGUAGES.iter().skip(1) {
        let name = format!("{}.ftl", l.code);
        std::fs::copy(
            root().join("static/locales").join(&name),
            dir.join("locales").join(&name),
        )
        .unwrap();
    }
    std::fs::copy(root().join("index.html"), dir.join("index.html")).unwrap();
    std::fs::write(
        dir.join("campaign.toml"),
        DEFAULT_CAMPAIGN_TOML
            .replace(r#"emergency = "999""#, r#"emergency = "112""#)
            .replace("https://www.bbc.co.uk/weather", "https://weather.example/"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pledge-render"))
        .arg("--campaign")
        .arg(dir.join("campaign.toml"))
        .arg("--write-fallback")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("call <strong translate=\"no\" dir=\"ltr\">112</strong>"));
    assert!(!index.contains(">999<"));
    // The first view's way out is the copy's, and the rest of the page
    // is untouched.
    let first_view_of = |page: &str| {
        page[page.find(first_view::START).unwrap()..page.find(first_view::END).unwrap()].to_owned()
    };
    assert!(first_view_of(&index).contains("href=\"https://weather.example/\""));
    let before = std::fs::read_to_string(root().join("index.html")).unwrap();
    assert_eq!(
        before[..before.find(START).unwrap()],
        index[..index.find(START).unwrap()]
    );
    assert_eq!(
        before[before.find(END).unwrap()..before.find(first_view::START).unwrap()],
        index[index.find(END).unwrap()..index.find(first_view::START).unwrap()]
    );
    assert_eq!(
        before[before.find(first_view::END).unwrap()..],
        index[index.find(first_view::END).unwrap()..]
    );
    let urdu = std::fs::read_to_string(dir.join("fallback/ur.html")).unwrap();
    assert!(urdu.contains(">112<"));
    // The prepared form beside the deployed campaign file is its own.
    let edited = std::fs::read_to_string(dir.join("campaign.toml")).unwrap();
    let ready = std::fs::read_to_string(dir.join(prepared::FILE)).unwrap();
    let campaign = prepared::read(&ready, &edited).expect("the prepared form fits");
    assert_eq!(campaign.reporting.emergency, "112");
    assert_eq!(prepared::read(&ready, DEFAULT_CAMPAIGN_TOML), None);

    // A page without the markers is refused, and named.
    std::fs::write(dir.join("index.html"), "<html><body></body></html>").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pledge-render"))
        .arg("--campaign")
        .arg(dir.join("campaign.toml"))
        .arg("--write-fallback")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("index.html") && said.contains("marker"),
        "{said}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
