//! The second page: what to do with the board, in the page's language,
//! with the campaign's own details (its e-mail address, hashtags and
//! handle, and its ways to report hate crime), set as outlines.

use crate::campaign::{Align, Campaign, Colour};
use crate::i18n::{Dir, Language, Piece, Texts};
use crate::render::{Outlined, RenderError, Renderer};

/// How a line of the instructions is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Style {
    /// The campaign's name, small, above the heading.
    Campaign,
    Heading,
    /// A numbered step.
    Step,
    Subheading,
    Body,
    /// A web address, under the line that names it.
    Address,
}

impl Style {
    /// Size in points, and the space before, in points.
    fn metrics(self) -> (f32, f32) {
        match self {
            Style::Campaign => (12.0, 0.0),
            Style::Heading => (22.0, 6.0),
            Style::Step => (13.0, 12.0),
            Style::Subheading => (16.0, 26.0),
            Style::Body => (13.0, 10.0),
            Style::Address => (13.0, 2.0),
        }
    }
}

/// The page's margin, each side.
const MARGIN_PT: f32 = 20.0 * super::layout::PT_PER_MM;

/// The instructions as lines of text, in `texts`' language.
pub fn instructions(c: &Campaign, t: &Texts) -> Vec<(Style, String)> {
    let code = t.language.code;
    let mut out = vec![
        (Style::Campaign, t.campaign(c.name.get(code)).into_owned()),
        (Style::Heading, t.get("print-instructions-heading")),
    ];
    let mut steps = vec![t.get("print-step-write"), t.get("print-step-photo")];
    if !c.contact_email.is_empty() {
        steps.push(plain(t, "send-email", &[("email", &c.contact_email)]));
    }
    if !c.hashtags.is_empty() {
        let tags = c.hashtags.join(" ");
        steps.push(if c.handle.is_empty() {
            plain(t, "share-with", &[("hashtags", &tags)])
        } else {
            plain(
                t,
                "share-with-handle",
                &[("hashtags", &tags), ("handle", &c.handle)],
            )
        });
    }
    out.extend(steps.into_iter().map(|s| (Style::Step, s)));
    let r = &c.reporting;
    out.push((Style::Subheading, t.get("report-heading")));
    if !r.emergency.is_empty() {
        out.push((
            Style::Body,
            plain(t, "report-emergency", &[("number", &r.emergency)]),
        ));
    }
    if !r.non_emergency.is_empty() {
        out.push((
            Style::Body,
            plain(t, "report-non-emergency", &[("number", &r.non_emergency)]),
        ));
    }
    if !r.online_url.is_empty() {
        let name = r.online_name.get(code);
        if name.is_empty() {
            out.push((
                Style::Body,
                plain(t, "report-online", &[("link", &r.online_url)]),
            ));
        } else {
            // The name in the sentence, the address (which a person types)
            // on a line of its own.
            let name = t.campaign(name);
            out.push((Style::Body, plain(t, "report-online", &[("link", &name)])));
            out.push((Style::Address, r.online_url.clone()));
        }
    }
    out
}

/// A message with plain text in its variables' places (no isolating
/// marks: the words are drawn, not shown by a browser).
fn plain(t: &Texts, id: &str, slots: &[(&str, &str)]) -> String {
    let names: Vec<&str> = slots.iter().map(|(n, _)| *n).collect();
    t.pieces(id, &[], &names)
        .into_iter()
        .map(|p| match p {
            Piece::Text(s) => s,
            // The campaign's details (an e-mail address, a hashtag, a
            // number, a name) isolated, taking their direction from
            // themselves, as the web page's `dir` does: a right-to-left
            // sentence does not move their "#", "@" or "/".
            Piece::Slot(i) => format!("\u{2068}{}\u{2069}", slots[i].1),
        })
        .collect()
}

/// How far a step's text is indented from its number.
const HANG_PT: f32 = 22.0;

/// Sets the lines down a page `page_width` points wide: each outline (in
/// points, its x placed) and its top, in points from the page's top.
/// Steps are numbered, their numbers hanging at the start side of the
/// page (the right, in a right-to-left language).
pub fn set(
    renderer: &mut Renderer,
    lines: &[(Style, String)],
    language: &Language,
    page_width: f32,
) -> Result<Vec<(Outlined, f32)>, RenderError> {
    let lang = language.code;
    let rtl = language.dir == Dir::Rtl;
    let align = if rtl { Align::Right } else { Align::Left };
    let width = page_width - 2.0 * MARGIN_PT;
    let mut top = MARGIN_PT;
    let mut out = Vec::new();
    let mut step = 0;
    let colour = |style: Style| {
        Colour::parse(if style == Style::Campaign {
            "#4d4d4d"
        } else {
            "#1a1a1a"
        })
    };
    for (style, text) in lines {
        let (size, before) = style.metrics();
        top += before;
        let hang = if *style == Style::Step { HANG_PT } else { 0.0 };
        let Some(mut o) = renderer.paragraph(text, lang, size, width - hang, align)? else {
            continue;
        };
        o.x += MARGIN_PT + if rtl { 0.0 } else { hang };
        o.colour = colour(*style);
        if *style == Style::Step {
            step += 1;
            let number = format!("{step}.");
            if let Some(mut n) = renderer.paragraph(&number, lang, size, hang, align)? {
                n.x += if rtl {
                    page_width - MARGIN_PT - hang
                } else {
                    MARGIN_PT
                };
                n.colour = colour(*style);
                out.push((n, top));
            }
        }
        let height = o.height;
        out.push((o, top));
        top += height;
    }
    Ok(out)
}
