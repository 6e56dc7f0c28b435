//! The blank board to print: a PDF for A4 or US Letter with the chosen
//! board's artwork, labels and hashtags, its text area left white with
//! faint writing lines and its photo frame left empty; and a second page
//! of short instructions in the page's language (write, photograph, send
//! or share, and how to report hate crime).
//!
//! Everything but the artwork layers is vector: the artwork is drawn from the same shapes
//! ([`crate::render::scene::shape_path`]) and the words from the same
//! fonts and shaping ([`Renderer::labels`], [`Renderer::paragraph`]) as
//! the PNG, as filled outlines, so every script prints as it shows and
//! the file needs no fonts. The layers (a logo, a photograph) are the
//! pictures the PNG lays, at the export size printed, embedded once each
//! with their alpha as a soft mask; missing ones are asked for first, as
//! fonts are ([`RenderError::MissingLayers`]).
//!
//! The PDF is written by `pdf-writer` (about 19 KB gzip in wasm; `krilla` would add about 530 KB and a second copy
//! of `skrifa`); tiny-skia's paths map onto PDF's path operators, with
//! quadratics raised to cubics and y flipped once for the page.
//!
//! The same input gives the same bytes natively and in wasm: no clock,
//! no random file id, coordinates rounded to hundredths before they are
//! written, compression by `miniz_oxide` at a fixed level. Pure Rust: the
//! print worker, `pledge-render --print` and the tests all call
//! [`blank_board`].

mod board_page;
mod instructions;
mod layout;
mod pdf_out;
mod save_ink;

pub use board_page::writing_lines_pt;
pub use instructions::{instructions, Style};
pub use layout::{place, Paper, Placed, LIVE_MARGIN_PT, PT_PER_MM, WRITING_LINE_MM};

use crate::campaign::Campaign;
use crate::i18n::Texts;
use crate::render::{RenderError, Renderer};

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Options {
    pub paper: Paper,
    /// The artwork in light tints, and the words in a dark colour that
    /// reads on them, to spend less ink.
    pub save_ink: bool,
}

/// Everything the PDF needs besides the campaign and the fonts, its words
/// already in the page's language: made where the interface's messages
/// are (the page), drawn where the fonts are (the print worker).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sheet {
    pub board: String,
    pub options: Options,
    /// The page's language (BCP 47), e.g. "ur".
    pub lang: String,
    /// The document's title: the campaign's and the board's names.
    pub title: String,
    /// The second page's lines.
    pub lines: Vec<(Style, String)>,
}

/// The sheet for `board` in `texts`' language.
pub fn sheet(campaign: &Campaign, board: &str, texts: &Texts, options: Options) -> Sheet {
    let lang = texts.language.code;
    let board_name = campaign
        .board(board)
        .map(|b| texts.campaign(b.name.get(lang)).into_owned())
        .unwrap_or_default();
    Sheet {
        board: board.to_owned(),
        options,
        lang: lang.to_owned(),
        title: format!("{} – {board_name}", texts.campaign(campaign.name.get(lang))),
        lines: instructions(campaign, texts),
    }
}

/// The blank board of `sheet` as a two-page PDF. An error names the fonts
/// the renderer needs first (as rendering a pledge does), or an unknown
/// board.
pub fn blank_board(
    renderer: &mut Renderer,
    campaign: &Campaign,
    sheet: &Sheet,
) -> Result<Vec<u8>, RenderError> {
    let board = campaign
        .board(&sheet.board)
        .ok_or_else(|| RenderError::UnknownBoard(sheet.board.clone()))?;
    let language = crate::i18n::find(&sheet.lang).unwrap_or(&crate::i18n::ENGLISH);
    let placed = layout::place(campaign, sheet.options.paper);
    // The artwork layers as the PNG lays them, given as they are for it.
    let missing = renderer.missing_layers(board, placed.size);
    if !missing.is_empty() {
        return Err(RenderError::MissingLayers(missing));
    }
    let labels = renderer.labels(board, placed.size, language.code)?;
    let (width, height) = sheet.options.paper.size_pt();
    let page_two = instructions::set(renderer, &sheet.lines, language, width)?;
    let mut doc = pdf_out::Document::new(width, height);
    let ink = sheet.options.save_ink;
    board_page::draw(&mut doc, board, &placed, &labels, renderer.layers(), ink);
    doc.end_page();
    for (outline, top) in &page_two {
        doc.fill_outlined(outline, 0.0, *top);
    }
    doc.end_page();
    Ok(doc.finish(&sheet.title, language.code))
}
