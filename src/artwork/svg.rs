//! SVG artwork: refused if it could reach outside itself or run anything,
//! or holds what the engine does not draw; otherwise drawn by resvg.
//!
//! Refused, each with the reason in plain words: scripts and event
//! attributes (`onload` …), `<foreignObject>`, any reference that is not
//! to the file itself (`href` not starting with `#`, `url(` in a style
//! that is not `url(#…)`, `@import`), embedded or linked `<image>`s (give
//! the image as a layer of its own), and `<text>` (the engine has no
//! fonts for an SVG's words: convert them to outlines, in any drawing
//! program "Convert to outlines" or "Object to path").

use tiny_skia::{Pixmap, Transform};

/// What is wrong with the SVG's content, if anything (all of it).
pub fn problems(text: &str) -> Vec<String> {
    // A DOCTYPE is allowed (drawing programs write one); its entities are
    // never fetched.
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => return vec![format!("it is not a well-formed SVG file: {e}")],
    };
    let mut out = Vec::new();
    let mut say = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    if doc.root_element().tag_name().name() != "svg" {
        say("it is not an SVG file (its first element is not <svg>)".into());
    }
    for node in doc.descendants() {
        if node.is_text() {
            if let Some(parent) = node.parent_element() {
                if parent.tag_name().name() == "style" {
                    style_problems(node.text().unwrap_or_default(), &mut say);
                }
            }
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let line = doc.text_pos_at(node.range().start).row;
        match node.tag_name().name() {
            "script" => say(format!("it has a script (line {line}); artwork may not run anything")),
            "foreignObject" => say(format!(
                "it has a <foreignObject> (line {line}); artwork may hold only drawing"
            )),
            "image" => say(format!(
                "it has an <image> (line {line}); give that image as a layer of its own"
            )),
            "text" => say(format!(
                "it has text (line {line}); convert the words to outlines (\"Convert to outlines\" or \"Object to path\") so they look the same everywhere"
            )),
            _ => {}
        }
        for a in node.attributes() {
            let name = a.name();
            if name.starts_with("on") {
                say(format!(
                    "it has an event attribute {name:?} (line {line}); artwork may not run anything"
                ));
            } else if name == "href" && !a.value().starts_with('#') {
                say(format!(
                    "it refers to {:?} outside itself (line {line}); artwork must hold everything it needs",
                    a.value()
                ));
            } else if name == "style" {
                style_problems(a.value(), &mut say);
            }
        }
    }
    out
}

/// What is wrong with style text: a reference outside the file.
fn style_problems(style: &str, say: &mut impl FnMut(String)) {
    let lower = style.to_ascii_lowercase();
    if lower.contains("@import") {
        say("its style imports another file; artwork must hold everything it needs".into());
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("url(") {
        rest = &rest[at + 4..];
        let inner = rest.trim_start_matches([' ', '"', '\'']);
        if !inner.starts_with('#') {
            say("its style refers to a file outside itself (url(…)); artwork must hold everything it needs".into());
        }
    }
}

/// The parsed SVG, checked first ([`problems`]).
pub fn tree(bytes: &[u8]) -> Result<resvg::usvg::Tree, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_string())?;
    let found = problems(text);
    if !found.is_empty() {
        return Err(found.join("; "));
    }
    let options = resvg::usvg::Options::default();
    resvg::usvg::Tree::from_str(text, &options).map_err(|e| format!("it cannot be read: {e}"))
}

/// Its own size, in its units.
pub fn own_size(tree: &resvg::usvg::Tree) -> (f32, f32) {
    let s = tree.size();
    (s.width(), s.height())
}

/// Drawn to fill `width` × `height` pixels (premultiplied).
pub fn draw(tree: &resvg::usvg::Tree, width: u32, height: u32) -> Option<Pixmap> {
    let mut pixmap = Pixmap::new(width, height)?;
    let (w, h) = own_size(tree);
    let t = Transform::from_scale(width as f32 / w, height as f32 / h);
    resvg::render(tree, t, &mut pixmap.as_mut());
    Some(pixmap)
}
