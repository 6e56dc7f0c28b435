//! The blank board to print: a PDF for A4 or US Letter with the chosen
//! board's artwork, labels and hashtags, its text area left white with
//! faint writing lines and its photo frame left empty; and a second page
//! of short instructions in the page's language (write, photograph, send
//! or share, and how to report hate crime).
//!
//! Everything is vector: the artwork is drawn from the same shapes
//! ([`crate::render::scene::shape_path`]) and the words from the same
//! fonts and shaping ([`Renderer::labels`], [`Renderer::paragraph`]) as
//! the PNG, as filled outlines, so every script prints as it shows and
//! the file needs no fonts. The PDF is written by `pdf-writer` (about
//! 19 KB gzip in wasm; `krilla` would add about 530 KB and a second copy
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
pub use instructions::instructions;
pub use layout::{Paper, Placed, LIVE_MARGIN_PT, WRITING_LINE_MM};

use crate::campaign::Campaign;
use crate::i18n::Texts;
use crate::render::{RenderError, Renderer};

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub paper: Paper,
    /// The artwork in light tints, and the words in a dark colour that
    /// reads on them, to spend less ink.
    pub save_ink: bool,
}

/// The blank board `board` of `campaign` as a two-page PDF, its words in
/// `texts`' language. An error names the fonts the renderer needs first
/// (as rendering a pledge does), or an unknown board.
pub fn blank_board(
    renderer: &mut Renderer,
    campaign: &Campaign,
    board: &str,
    texts: &Texts,
    options: Options,
) -> Result<Vec<u8>, RenderError> {
    let board = campaign
        .board(board)
        .ok_or_else(|| RenderError::UnknownBoard(board.into()))?;
    let lang = texts.language.code;
    let placed = layout::place(campaign, options.paper);
    let labels = renderer.labels(board, placed.size, lang)?;
    let lines = instructions(campaign, texts);
    let (width, height) = options.paper.size_pt();
    let page_two = instructions::set(renderer, &lines, texts.language, width)?;
    let mut doc = pdf_out::Document::new(width, height);
    board_page::draw(&mut doc, board, &placed, &labels, options.save_ink);
    doc.end_page();
    for (outline, top) in &page_two {
        doc.fill_outlined(outline, 0.0, *top);
    }
    doc.end_page();
    let title = format!(
        "{} – {}",
        texts.campaign(campaign.name.get(lang)),
        texts.campaign(board.name.get(lang))
    );
    Ok(doc.finish(&title, lang))
}
