//! The board's words as outlines, for drawing somewhere other than a
//! pixmap (the printed board, `crate::print`): its labels and footer
//! placed as the PNG places them, and paragraphs of any text set by the
//! same shaping.

use super::text::Content;
use super::{fonts, Frame, RenderError, Renderer};
use crate::campaign::{Board, ExportSize};

/// Words as one outline (pixels), whose layout box's top left goes at
/// (`x`, `y`), in `colour`.
#[derive(Clone, Debug)]
pub struct Outlined {
    pub path: tiny_skia::Path,
    pub x: f32,
    pub y: f32,
    /// The layout box's height (its lines' extent).
    pub height: f32,
    pub colour: crate::campaign::Colour,
}

impl Renderer {
    /// The board's labels and footer in `lang` at `size`, as outlines
    /// placed as the PNG draws them (for the printed board); an error
    /// names the fonts to add first.
    pub fn labels(
        &mut self,
        board: &Board,
        size: &ExportSize,
        lang: &str,
    ) -> Result<Vec<Outlined>, RenderError> {
        let words: String = board
            .labels
            .iter()
            .chain(&board.footer)
            .map(|l| format!("{}\n", l.text.get(lang)))
            .collect();
        self.need_fonts(&words, Some(lang))?;
        let f = Frame::new(size.width, size.height);
        Ok(board
            .labels
            .iter()
            .chain(&board.footer)
            .filter_map(|label| {
                let (set, x, y) = self.set_label(label, lang, f);
                Some(Outlined {
                    path: set.path?,
                    x,
                    y,
                    height: set.height,
                    colour: label.colour.clone(),
                })
            })
            .collect())
    }

    /// A paragraph of `text` in `lang`, wrapped to `width` pixels at
    /// `size` pixels, as an outline whose layout box starts at (0, 0)
    /// (for the printed board's instructions); an error names the fonts
    /// to add first.
    pub fn paragraph(
        &mut self,
        text: &str,
        lang: &str,
        size: f32,
        width: f32,
        align: crate::campaign::Align,
    ) -> Result<Option<Outlined>, RenderError> {
        self.need_fonts(text, Some(lang))?;
        let content = Content {
            text,
            signature: "",
            lang: Some(lang),
        };
        let set = self.type_.set(content, size, 1.35, Some(width), align);
        Ok(set.path.map(|path| Outlined {
            path,
            x: set.dx,
            y: 0.0,
            height: set.height,
            colour: crate::campaign::Colour::parse("#000000"),
        }))
    }

    /// An error naming the fonts `text` needs that have not been added.
    pub(super) fn need_fonts(&self, text: &str, lang: Option<&str>) -> Result<(), RenderError> {
        let missing: Vec<&'static str> = fonts::needed_for(text, lang)
            .into_iter()
            .filter(|f| !self.has_font(f))
            .map(|f| f.file)
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(RenderError::MissingFonts(missing))
        }
    }
}
