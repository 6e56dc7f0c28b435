//! The page's own words are never empty boxes: every letter of each
//! language's messages, its campaign texts and its name in the language
//! menu is in a typeface `static/fonts/fonts.css` gives that language, and
//! that typeface's file has a glyph for it. (Letters every interface font
//! has, Latin and common punctuation, are left to the device.)
//!
//! The browsers' side, that the faces load under the hosting policy and
//! the page shows them, is the end-to-end `journeys::layout` screenshots
//! and `page_fonts` journey.

use pledge_board::i18n::LANGUAGES;
use std::collections::BTreeSet;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One `@font-face` of fonts.css.
#[derive(Debug)]
struct Face {
    family: String,
    file: String,
    ranges: Vec<RangeInclusive<u32>>,
}

impl Face {
    fn covers(&self, c: char) -> bool {
        self.ranges.iter().any(|r| r.contains(&(c as u32)))
    }
}

/// The value of `name:` in a CSS block (up to the next `;`), comments gone.
fn descriptor<'a>(block: &'a str, name: &str) -> Option<&'a str> {
    let start = block.find(&format!("{name}:"))? + name.len() + 1;
    let end = start + block[start..].find(';')?;
    Some(block[start..end].trim())
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("a closed comment");
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

/// "U+0600-06FF, U+08FF" as ranges of code points.
fn unicode_ranges(value: &str) -> Vec<RangeInclusive<u32>> {
    value
        .split(',')
        .map(|part| {
            let hex = part.trim().strip_prefix("U+").expect("U+ in unicode-range");
            let (a, b) = hex.split_once('-').unwrap_or((hex, hex));
            u32::from_str_radix(a, 16).unwrap()..=u32::from_str_radix(b, 16).unwrap()
        })
        .collect()
}

fn families(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|f| f.trim().trim_matches('"').to_string())
        .collect()
}

/// The faces, and the family list of each `:lang(xx)` rule.
fn fonts_css() -> (Vec<Face>, Vec<(String, Vec<String>)>) {
    let css = without_comments(&read("static/fonts/fonts.css"));
    let mut faces = Vec::new();
    let mut stacks = Vec::new();
    for rule in css.split('}') {
        let Some((selector, block)) = rule.split_once('{') else {
            continue;
        };
        let selector = selector.trim();
        if selector == "@font-face" {
            let src = descriptor(block, "src").expect("src");
            let file = src
                .strip_prefix("url(")
                .and_then(|s| s.split_once(')'))
                .map(|(f, _)| f.trim_matches('"').to_string())
                .expect("src: url(…)");
            faces.push(Face {
                family: descriptor(block, "font-family")
                    .unwrap()
                    .trim_matches('"')
                    .into(),
                file,
                ranges: unicode_ranges(descriptor(block, "unicode-range").expect("unicode-range")),
            });
        } else if let Some(lang) = selector
            .strip_prefix(":lang(")
            .and_then(|s| s.split_once(')'))
            .map(|(l, _)| l)
        {
            stacks.push((
                lang.to_string(),
                families(descriptor(block, "font-family").unwrap()),
            ));
        } else if selector.starts_with("select.language-names") {
            stacks.push((
                "names".into(),
                families(descriptor(block, "font-family").unwrap()),
            ));
        } else if selector == "html" {
            stacks.push((
                "*".into(),
                families(descriptor(block, "font-family").unwrap()),
            ));
        }
    }
    (faces, stacks)
}

/// Letters every interface font has: Latin, Latin-1 and general
/// punctuation (quotation marks, dashes, the bidi isolation marks).
fn any_font_has(c: char) -> bool {
    matches!(c as u32, 0..=0x024F | 0x2000..=0x206F) || c.is_whitespace()
}

/// A language's words: its messages (placeables and comments aside), the
/// campaign's texts in it, and its own name.
fn words_of(code: &str) -> String {
    let mut words = String::new();
    for line in read(&format!("static/locales/{code}.ftl")).lines() {
        if line.starts_with('#') {
            continue;
        }
        let value = line.split_once(" = ").map_or(line, |(_, v)| v);
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => words.push(c),
                _ => {}
            }
        }
    }
    let key = format!(".{code} = \"");
    for line in read("static/campaign.toml").lines() {
        if let Some((_, text)) = line.split_once(&key) {
            words.push_str(text.trim_end_matches('"'));
        }
    }
    words.push_str(LANGUAGES.iter().find(|l| l.code == code).unwrap().name);
    words
}

fn cmap(file: &str) -> BTreeSet<char> {
    let bytes = std::fs::read(root().join("static/fonts").join(file)).unwrap();
    let face = ttf_parser::Face::parse(&bytes, 0).unwrap();
    let mut chars = BTreeSet::new();
    for table in face.tables().cmap.unwrap().subtables {
        if table.is_unicode() {
            table.codepoints(|cp| {
                if let Some(c) = char::from_u32(cp) {
                    chars.insert(c);
                }
            });
        }
    }
    chars
}

#[test]
fn every_letter_of_each_language_is_in_a_face_the_page_gives_it() {
    let (faces, stacks) = fonts_css();
    assert_eq!(faces.len(), 10, "{faces:?}");
    let stack_of = |code: &str| {
        stacks
            .iter()
            .find(|(l, _)| l == code)
            .or_else(|| stacks.iter().find(|(l, _)| l == "*"))
            .map(|(_, s)| s.clone())
            .unwrap()
    };
    let cmaps: std::collections::HashMap<&str, BTreeSet<char>> = faces
        .iter()
        .map(|f| (f.file.as_str(), cmap(&f.file)))
        .collect();
    let mut checked = 0;
    for language in LANGUAGES.iter() {
        let stack = stack_of(language.code);
        let mut missing = BTreeSet::new();
        for c in words_of(language.code).chars() {
            if any_font_has(c) || c.is_control() || matches!(c, '\u{200C}' | '\u{200D}') {
                continue;
            }
            // The first shipped face in the language's list that claims the
            // letter is the one the browser fetches for it.
            let face = stack
                .iter()
                .find_map(|family| faces.iter().find(|f| &f.family == family && f.covers(c)));
            match face {
                Some(f) if cmaps[f.file.as_str()].contains(&c) => checked += 1,
                Some(f) => {
                    missing.insert(format!("{c} U+{:04X} (not in {})", c as u32, f.file));
                }
                None => {
                    missing.insert(format!("{c} U+{:04X} (no face)", c as u32));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{}: letters without a typeface: {missing:?}",
            language.code
        );
    }
    assert!(checked > 5000, "only {checked} letters checked");
}

#[test]
fn each_face_is_a_shipped_font_and_the_menu_reaches_every_script() {
    let (faces, stacks) = fonts_css();
    for face in &faces {
        assert!(
            root().join("static/fonts").join(&face.file).is_file(),
            "{}: no file {}",
            face.family,
            face.file
        );
        assert!(!cmap(&face.file).is_empty());
    }
    // The menu and the fallback's language links: each name in its own
    // letters from a face that has them (the first in the list to claim
    // them), and never a whole script's face, only the few letters of the
    // names, so sizing the menu on any page fetches kilobytes.
    let cmaps: std::collections::HashMap<&str, BTreeSet<char>> = faces
        .iter()
        .map(|f| (f.file.as_str(), cmap(&f.file)))
        .collect();
    let first_claiming = |stack: &[String], c: char| {
        stack
            .iter()
            .find_map(|fam| faces.iter().find(|f| &f.family == fam && f.covers(c)))
    };
    let names = &stacks.iter().find(|(l, _)| l == "names").unwrap().1;
    for language in LANGUAGES.iter() {
        for c in language.name.chars().filter(|c| !any_font_has(*c)) {
            let face = first_claiming(names, c)
                .unwrap_or_else(|| panic!("the menu: {c} of {} has no face", language.name));
            assert!(
                cmaps[face.file.as_str()].contains(&c),
                "the menu: {c} of {} goes to {}, which has no glyph for it",
                language.name,
                face.file
            );
            let size = std::fs::metadata(root().join("static/fonts").join(&face.file))
                .unwrap()
                .len();
            assert!(
                size < 10_000 || face.family == "Pledge Cyrillic",
                "the menu: {} would fetch the whole {} ({size} bytes)",
                language.name,
                face.file
            );
        }
    }
    // Elsewhere, on a page in any language, words in another script (a
    // pledge typed in it) find a whole face of their script.
    for (page, stack) in stacks.iter().filter(|(l, _)| l != "names") {
        for language in LANGUAGES.iter() {
            for c in words_of(language.code)
                .chars()
                .filter(|c| !any_font_has(*c))
            {
                let has = stack
                    .iter()
                    .filter_map(|fam| faces.iter().find(|f| &f.family == fam && f.covers(c)))
                    .any(|f| !f.file.starts_with("names/") && cmaps[f.file.as_str()].contains(&c));
                assert!(has, "page {page}: {c} of {} has no face", language.code);
            }
        }
    }
    // And the app and the fallback page both link the one file.
    assert!(read("index.html").contains(r#"<link rel="stylesheet" href="fonts/fonts.css">"#));
    assert!(read("static/fallback/ur.html").contains(r#"href="../fonts/fonts.css""#));
}
