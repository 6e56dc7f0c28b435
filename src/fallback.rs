//! The page for a browser that cannot run the app: plain HTML, in the
//! campaign's words, so nobody is left with nothing. It says how to make a
//! pledge on paper (write it, photograph it, e-mail or post it) and how to
//! report hate crime (999, 101, online), with a way out ("Exit this page"
//! as a plain link) and the same page in every language.
//!
//! Written from the campaign file and the interface's messages (with the
//! campaign's rewordings) by `pledge-render --write-fallback`, into two
//! places (README: "When the app cannot run"):
//! - `index.html`, inside `<noscript>` between the [`START`] and [`END`]
//!   markers: shown by the browser when JavaScript is off, and by
//!   `check.js` / `start.js` when a feature is missing or the app cannot
//!   start (they fill in why, in place of the paragraph `fallback-why`);
//! - `fallback/<code>.html`, one page per language, linked from each other.
//!
//! Pure Rust: the tests check that the committed files are what the
//! committed campaign file gives.

use crate::campaign::Campaign;
use crate::i18n::{Arg, Language, Piece, Texts, LANGUAGES};

/// Where the block in `index.html` begins and ends.
pub const START: &str =
    "<!-- fallback: written by `pledge-render --write-fallback`; do not edit by hand -->";
pub const END: &str = "<!-- fallback: end -->";

/// Why the page is shown, as far as the HTML can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// In `index.html`'s `<noscript>`: JavaScript is off.
    NoScript,
    /// On a page of its own: JavaScript off, or a browser too old.
    CannotRun,
}

/// The block for `index.html` (English; links to the other languages'
/// pages under `fallback/`).
pub fn block(campaign: &Campaign, texts: &Texts) -> String {
    body(campaign, texts, Why::NoScript, "fallback/")
}

/// The whole page `fallback/<code>.html` for `texts`' language.
pub fn page(campaign: &Campaign, texts: &Texts) -> String {
    let l = texts.language;
    let name = texts.campaign(campaign.name.get(l.code)).into_owned();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n\
         <meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title} – {name}</title>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        code = l.code,
        dir = l.dir.as_str(),
        title = esc(&texts.get("fallback-heading")),
        name = esc(&name),
        body = body(campaign, texts, Why::CannotRun, ""),
    )
}

/// The words of every language for the fallback pages, from each
/// language's `.ftl` text (`ftl(code)`; English is built in) with the
/// campaign's rewordings.
pub fn texts(campaign: &Campaign, mut ftl: impl FnMut(&str) -> String) -> Vec<Texts> {
    let english = campaign.messages_for("en");
    LANGUAGES
        .iter()
        .map(|l| {
            let own = if l.code == crate::i18n::ENGLISH.code {
                String::new()
            } else {
                ftl(l.code)
            };
            Texts::new(l, &own, &campaign.messages_for(l.code), &english)
        })
        .collect()
}

/// Every file the fallback needs: the block for `index.html` and, for
/// each language, its page's file name and text.
pub fn everything(
    campaign: &Campaign,
    ftl: impl FnMut(&str) -> String,
) -> (String, Vec<(String, String)>) {
    let all = texts(campaign, ftl);
    let block = block(campaign, &all[0]);
    let pages = all
        .iter()
        .map(|t| (file_name(t.language), page(campaign, t)))
        .collect();
    (block, pages)
}

/// The file name of a language's page.
pub fn file_name(l: &Language) -> String {
    format!("{}.html", l.code)
}

/// `index.html` with its block replaced by `block`; an error if the
/// markers are missing.
pub fn replace_block(index_html: &str, block: &str) -> Result<String, String> {
    replace_between(index_html, START, END, block).map_err(|e| format!("{e} (the fallback's)"))
}

/// `html` with what lies between the markers `start` (and its line's end)
/// and `end` replaced by `block`; an error if a marker is missing.
pub fn replace_between(html: &str, start: &str, end: &str, block: &str) -> Result<String, String> {
    let from = html.find(start).ok_or("the page has no start marker")?;
    let to = html[from..]
        .find(end)
        .map(|e| from + e)
        .ok_or("the page has no end marker")?;
    Ok(format!("{}{start}\n{block}{}", &html[..from], &html[to..]))
}

/// The page's content, with links to other languages prefixed by `to_pages`.
fn body(c: &Campaign, t: &Texts, why: Why, to_pages: &str) -> String {
    let l = t.language;
    let code = l.code;
    let mut h = String::new();
    let push = |h: &mut String, s: &str| {
        h.push_str(s);
        h.push('\n');
    };
    push(
        &mut h,
        &format!(
            "<div class=\"fallback\" lang=\"{code}\" dir=\"{}\">",
            l.dir.as_str()
        ),
    );
    // The typefaces (fonts/fonts.css): index.html's head links them for
    // its <noscript>; a page of its own under fallback/ links them here
    // (not both: one set of faces per page).
    if to_pages.is_empty() {
        push(
            &mut h,
            "<link rel=\"stylesheet\" href=\"../fonts/fonts.css\">",
        );
    }
    push(
        &mut h,
        &format!("<link rel=\"stylesheet\" href=\"{to_pages}fallback.css\">"),
    );
    push(
        &mut h,
        &format!(
            "<div class=\"fallback-exit\"><a class=\"fallback-exit-link\" href=\"{}\" \
             target=\"_top\" rel=\"noreferrer\">{}</a></div>",
            esc(&c.quick_exit.url),
            esc(&t.get("quick-exit"))
        ),
    );
    push(&mut h, "<main class=\"fallback-main\">");
    push(
        &mut h,
        &format!(
            "<p class=\"fallback-campaign\">{}</p>",
            esc(&t.campaign(c.name.get(code)))
        ),
    );
    push(
        &mut h,
        &format!("<h1>{}</h1>", esc(&t.get("fallback-heading"))),
    );
    let why_id = match why {
        Why::NoScript => "fallback-no-script",
        Why::CannotRun => "fallback-cannot-run",
    };
    push(
        &mut h,
        &format!("<p id=\"fallback-why\">{}</p>", esc(&t.get(why_id))),
    );
    push(&mut h, "<ol class=\"fallback-steps\">");
    push(
        &mut h,
        &format!("<li>{}</li>", esc(&t.get("fallback-write"))),
    );
    push(
        &mut h,
        &format!("<li>{}</li>", esc(&t.get("fallback-photo"))),
    );
    if !c.contact_email.is_empty() {
        let link = format!(
            "<a href=\"mailto:{0}\" translate=\"no\" dir=\"ltr\">{0}</a>",
            esc(&c.contact_email)
        );
        push(
            &mut h,
            &format!(
                "<li>{}</li>",
                rich(t, "send-email", &[], &[("email", &link)])
            ),
        );
    }
    if !c.hashtags.is_empty() {
        let tags = fixed(&c.hashtags.join(" "));
        let li = if c.handle.is_empty() {
            rich(t, "share-with", &[], &[("hashtags", &tags)])
        } else {
            let handle = fixed(&c.handle);
            rich(
                t,
                "share-with-handle",
                &[],
                &[("hashtags", &tags), ("handle", &handle)],
            )
        };
        push(&mut h, &format!("<li>{li}</li>"));
    }
    push(&mut h, "</ol>");
    report(&mut h, c, t);
    languages(&mut h, t, to_pages);
    push(&mut h, "</main>");
    push(&mut h, "</div>");
    h
}

/// How to report hate crime, as in the app's footer.
fn report(h: &mut String, c: &Campaign, t: &Texts) {
    let r = &c.reporting;
    h.push_str(&format!(
        "<h2>{}</h2>\n<ul>\n",
        esc(&t.get("report-heading"))
    ));
    if !r.emergency.is_empty() {
        let n = fixed(&r.emergency);
        let li = rich(t, "report-emergency", &[], &[("number", &n)]);
        h.push_str(&format!("<li>{li}</li>\n"));
    }
    if !r.non_emergency.is_empty() {
        let n = fixed(&r.non_emergency);
        let li = rich(t, "report-non-emergency", &[], &[("number", &n)]);
        h.push_str(&format!("<li>{li}</li>\n"));
    }
    if !r.online_url.is_empty() {
        let name = r.online_name.get(t.language.code);
        let name = if name.is_empty() {
            r.online_url.clone()
        } else {
            t.campaign(name).into_owned()
        };
        let link = format!(
            "<a href=\"{}\" target=\"_top\" rel=\"noopener noreferrer\">{}</a>",
            esc(&r.online_url),
            esc(&name)
        );
        let li = rich(t, "report-online", &[], &[("link", &link)]);
        h.push_str(&format!("<li>{li}</li>\n"));
    }
    h.push_str("</ul>\n");
}

/// Links to the page in every other language, each named in itself.
fn languages(h: &mut String, t: &Texts, to_pages: &str) {
    let label = esc(&t.get("fallback-languages"));
    h.push_str(&format!(
        "<nav class=\"fallback-languages\" aria-label=\"{label}\">\n<h2>{label}</h2>\n<ul>\n"
    ));
    for l in LANGUAGES.iter().filter(|l| l.code != t.language.code) {
        h.push_str(&format!(
            "<li><a href=\"{to_pages}{file}\" lang=\"{code}\" hreflang=\"{code}\" dir=\"{dir}\">{name}</a></li>\n",
            file = file_name(l),
            code = l.code,
            dir = l.dir.as_str(),
            name = esc(l.name),
        ));
    }
    h.push_str("</ul>\n</nav>\n");
}

/// A message with markup (already escaped) in some of its variables' places.
fn rich(t: &Texts, id: &str, args: &[Arg], slots: &[(&str, &str)]) -> String {
    let names: Vec<&str> = slots.iter().map(|(n, _)| *n).collect();
    t.pieces(id, args, &names)
        .into_iter()
        .map(|p| match p {
            Piece::Text(s) => esc(&s),
            Piece::Slot(i) => slots[i].1.to_owned(),
        })
        .collect()
}

/// Campaign details that are the same in every language (a number, a
/// hashtag): bold, never translated, left to right.
fn fixed(text: &str) -> String {
    format!(
        "<strong translate=\"no\" dir=\"ltr\">{}</strong>",
        esc(text)
    )
}

/// Text made safe for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_html_would_read_as_markup() {
        assert_eq!(
            esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn the_block_is_replaced_between_its_markers_and_nothing_else() {
        let page = format!("<body><noscript>{START}\nold\n{END}</noscript></body>");
        let new = replace_block(&page, "new\n").unwrap();
        assert_eq!(
            new,
            format!("<body><noscript>{START}\nnew\n{END}</noscript></body>")
        );
        assert!(replace_block("<body></body>", "x").is_err());
    }
}
