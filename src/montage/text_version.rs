//! The montage's text version, for anyone who cannot see the picture and
//! for the team's records: its alt text ("Montage of 412 pledges of
//! support…"), an HTML page listing the pledges' words, and a CSV of them.
//! The words come from the pledge images themselves
//! ([`crate::render::record`]) or from the reviewer; an image without
//! words (a photo of a paper board, a re-saved image) is counted, not
//! listed as empty.

use crate::fallback::esc;

/// One image in the montage, in montage order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Its file's name, as added.
    pub file: String,
    /// The pledge's words ("" if not known).
    pub text: String,
    /// Their language (BCP 47), "" if not known.
    pub lang: String,
}

impl Entry {
    fn has_words(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

/// The languages the entries' words are in, each once, as first met.
fn languages(entries: &[Entry]) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for e in entries
        .iter()
        .filter(|e| e.has_words() && !e.lang.is_empty())
    {
        if !seen.contains(&e.lang.as_str()) {
            seen.push(&e.lang);
        }
    }
    seen
}

/// The montage's alt text: how many pledges, from where (the campaign's
/// place words, may be empty), in how many languages.
pub fn alt_text(entries: &[Entry], place: &str) -> String {
    let n = entries.len();
    let mut s = format!(
        "Montage of {n} pledge{} of support",
        if n == 1 { "" } else { "s" }
    );
    if !place.trim().is_empty() {
        s.push_str(" from ");
        s.push_str(place.trim());
    }
    let langs = languages(entries).len();
    if langs > 1 {
        s.push_str(&format!(", in {langs} languages"));
    }
    s.push('.');
    let with_words = entries.iter().filter(|e| e.has_words()).count();
    if with_words > 0 {
        s.push_str(&format!(
            " The words of {with_words} of them are listed in its text version."
        ));
    }
    s
}

/// A CSV of every entry (file, language, pledge), RFC 4180 quoting, with
/// a UTF-8 byte order mark so that spreadsheets read every script. A cell
/// that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return at its start) is made text with a leading `'`.
pub fn csv(entries: &[Entry]) -> String {
    let mut out = String::from("\u{feff}file,language,pledge\r\n");
    for e in entries {
        let cells = [cell(&e.file), cell(&e.lang), cell(&e.text)];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(value: &str) -> String {
    let mut v = String::with_capacity(value.len() + 2);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.push('\'');
    }
    v.push_str(value);
    if v.contains([',', '"', '\n', '\r']) || v != v.trim() {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// A page listing the pledges' words, in montage order, each marked with
/// its language (so screen readers switch voice, and right-to-left scripts
/// run the right way), after the alt text. Self-contained: no script, no
/// style sheet, nothing fetched.
pub fn html(title: &str, entries: &[Entry], place: &str) -> String {
    let alt = alt_text(entries, place);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n</head>\n<body>\n<main>\n<h1>{t}</h1>\n<p>{a}</p>\n",
        t = esc(title),
        a = esc(&alt)
    );
    let listed: Vec<&Entry> = entries.iter().filter(|e| e.has_words()).collect();
    if !listed.is_empty() {
        out.push_str("<ol>\n");
        for e in &listed {
            out.push_str("<li");
            if !e.lang.is_empty() {
                out.push_str(&format!(" lang=\"{}\"", esc(&e.lang)));
            }
            out.push_str(&format!(" dir=\"auto\">{}</li>\n", esc(e.text.trim())));
        }
        out.push_str("</ol>\n");
    }
    let unlisted = entries.len() - listed.len();
    if unlisted > 0 {
        let what = if unlisted == 1 {
            "1 more pledge is a picture".to_string()
        } else {
            format!("{unlisted} more pledges are pictures")
        };
        out.push_str(&format!(
            "<p>{what} whose words are not recorded (a photo of a paper board, \
             or an image saved again by a social network).</p>\n"
        ));
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
