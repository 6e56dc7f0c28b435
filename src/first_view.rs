//! The editor's first view as plain HTML in `index.html`, so the page is
//! readable from its first paint, before the app's wasm has arrived and
//! started: "Exit this page" (a plain link to the campaign's neutral
//! site), the masthead as the editor draws it (the campaign's name, the
//! heading, the lede) and "Loading the pledge board…". In English, the
//! words the app starts from when it knows nothing of the person.
//!
//! Written from the campaign file and the English messages (with the
//! campaign's rewordings) by `pledge-render --write-fallback`, between the
//! [`START`] and [`END`] markers after the `<noscript>` (README: "How the
//! app works"). The app takes it away when it draws the editor, or the
//! page saying the campaign file is broken (`ui::app`); `check.js` takes it
//! away when it shows the plain page; with JavaScript off the plain page's
//! stylesheet hides it.
//!
//! It keeps the places of the editor's masthead (the language picker's row
//! is kept empty), so the editor takes its place without moving the words.

use crate::campaign::Campaign;
use crate::fallback::esc;
use crate::i18n::{Texts, ENGLISH};

/// Where the block in `index.html` begins and ends.
pub const START: &str =
    "<!-- first view: written by `pledge-render --write-fallback`; do not edit by hand -->";
pub const END: &str = "<!-- first view: end -->";

/// The attribute that marks the block's element, for the scripts that
/// take it away.
pub const MARK: &str = "data-first-view";

/// The block for `index.html`, in English with the campaign's rewordings.
pub fn block(campaign: &Campaign) -> String {
    let english = campaign.messages_for(ENGLISH.code);
    let t = Texts::new(&ENGLISH, "", &english, &english);
    let name = t.campaign(campaign.name.get(ENGLISH.code)).into_owned();
    format!(
        "<div class=\"first-view\" {MARK} lang=\"{code}\" dir=\"{dir}\">\n\
         <div class=\"quick-exit\"><a class=\"quick-exit-button\" href=\"{exit}\" \
         target=\"_top\" rel=\"noreferrer\">{exit_words}</a></div>\n\
         <header class=\"masthead\"><div class=\"masthead-inner\">\n\
         <div class=\"language-picker first-view-space\" aria-hidden=\"true\">\
         <span class=\"language-label\">{language}</span>\
         <span class=\"language-select\"></span></div>\n\
         <p class=\"campaign-name\">{name}</p>\n\
         <h1>{heading}</h1>\n\
         <p class=\"lede\">{lede}</p>\n\
         </div></header>\n\
         <main class=\"page-message\" id=\"main\"><p role=\"status\">{loading}</p></main>\n\
         </div>\n",
        code = ENGLISH.code,
        dir = ENGLISH.dir.as_str(),
        exit = esc(&campaign.quick_exit.url),
        exit_words = esc(&t.get("quick-exit")),
        language = esc(&t.get("language-label")),
        name = esc(&name),
        heading = esc(&t.get("heading")),
        lede = esc(&t.get("lede")),
        loading = esc(&t.get("loading")),
    )
}

/// `index.html` with its first view replaced by `block`; an error if the
/// markers are missing.
pub fn replace_block(index_html: &str, block: &str) -> Result<String, String> {
    crate::fallback::replace_between(index_html, START, END, block)
        .map_err(|e| format!("{e} (the first view's)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;

    #[test]
    fn it_says_what_the_editor_says_first_with_the_way_out() {
        let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        let b = block(&c);
        for words in [
            "<h1>Make your pledge</h1>",
            ">National Hate Crime Awareness Week</p>",
            "Write a pledge against hate crime",
            "<p role=\"status\">Loading the pledge board…</p>",
            "href=\"https://www.bbc.co.uk/weather\" target=\"_top\" rel=\"noreferrer\">Exit this page</a>",
        ] {
            assert!(b.contains(words), "{words:?} not in {b}");
        }
        assert_eq!(b.matches(MARK).count(), 1);
    }

    #[test]
    fn a_campaigns_own_words_are_escaped() {
        let toml = DEFAULT_CAMPAIGN_TOML.replace(
            "https://www.bbc.co.uk/weather",
            "https://example.org/?a=1&b=<2>",
        );
        let c = Campaign::from_toml(&toml).unwrap();
        assert!(block(&c).contains("href=\"https://example.org/?a=1&amp;b=&lt;2&gt;\""));
    }

    #[test]
    fn the_block_is_replaced_between_its_own_markers() {
        let page = format!("<noscript>x</noscript>\n{START}\nold\n{END}\n</body>");
        assert_eq!(
            replace_block(&page, "new\n").unwrap(),
            format!("<noscript>x</noscript>\n{START}\nnew\n{END}\n</body>")
        );
        assert!(replace_block("<body></body>", "x").is_err());
    }
}
