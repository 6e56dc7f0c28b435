//! The typed pledge on the board: set at the size that fits its text box
//! (balanced, if centred), placed in the middle of the box, and filled.

use super::scene::{self, Frame};
use super::text::{self, Content, TextBox};
use super::{fill, Pledge, RenderError, Renderer};
use crate::campaign::Board;
use tiny_skia::Pixmap;

/// Set text and where its layout box's top left goes on the image.
struct Placed {
    set: text::SetText,
    x: f32,
    y: f32,
}

impl Renderer {
    /// Auto-fits and draws the pledge in the text box; returns its size.
    pub(super) fn draw_pledge(
        &mut self,
        pixmap: &mut Pixmap,
        board: &Board,
        f: Frame,
        pledge: &Pledge,
    ) -> Result<u32, RenderError> {
        let Some(placed) = self.place_pledge(board, f, pledge)? else {
            return Ok(0);
        };
        fill::fill_text_in_box(
            pixmap,
            &placed.set.path,
            placed.x,
            placed.y,
            &board.text_colour,
            scene::text_box_px(board, f),
        );
        Ok(placed.set.size.round() as u32)
    }

    /// Sets the pledge at the size that fits and says where it goes; `None`
    /// if there is nothing to set.
    fn place_pledge(
        &mut self,
        board: &Board,
        f: Frame,
        pledge: &Pledge,
    ) -> Result<Option<Placed>, RenderError> {
        let signature = pledge.signature();
        let text = pledge.text.trim();
        if text.is_empty() && signature.is_empty() {
            return Ok(None);
        }
        let content = Content {
            text,
            signature: &signature,
            lang: pledge.lang.as_deref(),
        };
        let (bx, by, bw, bh) = scene::text_box_px(board, f);
        let (min, max) = (board.min_font_size * f.scale, board.max_font_size * f.scale);
        let b = TextBox {
            line_height: board.line_height,
            width: bw,
            height: bh,
            align: board.align,
        };
        let Some(set) = self.type_.fit(content, min, max, b) else {
            let fit = self.type_.chars_that_fit(content, min, b);
            // The limit counts characters of what the person typed, from the
            // start, so leading spaces (trimmed before fitting) count too.
            let leading = pledge
                .text
                .chars()
                .take_while(|c| c.is_whitespace())
                .count();
            return Err(RenderError::TooLong {
                chars: pledge.text.chars().count(),
                limit: fit + leading,
            });
        };
        let (set, dx) = match board.align {
            crate::campaign::Align::Center => self.type_.balance(content, set, b),
            _ => (set, 0.0),
        };
        // Centre the ink vertically in the box; lines keep their alignment.
        let y = set
            .ink()
            .map_or(by, |r| by + (bh - r.height()) / 2.0 - r.top());
        Ok(Some(Placed {
            x: bx + dx + set.dx,
            y,
            set,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn renderer() -> Renderer {
        Renderer::with_fonts_from(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts"),
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// The fitted text's ink is inside the text box, so no letter is
        /// ever cut off (and the box's clip mask is rarely needed:
        /// `render::fill`).
        #[test]
        fn fitted_ink_is_inside_the_text_box(
            words in proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Z]{1,12}",
                    "[\u{0621}-\u{064A}]{1,8}",
                    "[\u{0679}\u{06BE}\u{06C1}\u{06D2}\u{0628}-\u{0642}]{1,8}",
                    "[\u{0915}-\u{0939}][\u{093E}-\u{094C}]?",
                    "[\u{0A95}-\u{0AB9}]{1,6}",
                    "[\u{0A15}-\u{0A39}]{1,6}",
                    "W{1,30}",
                ],
                1..40,
            ),
            board in 0usize..2,
            size in 0usize..3,
        ) {
            let c = crate::campaign::Campaign::from_toml(crate::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
            let (board, size) = (&c.boards[board], &c.sizes[size]);
            let f = Frame::new(size.width, size.height);
            let text = words.join(" ");
            if let Ok(Some(p)) = renderer().place_pledge(board, f, &Pledge::new(text)) {
                let ink = p.set.ink().unwrap();
                let tb = board.text_box;
                let (x0, y0) = (tb.x * f.width, tb.y * f.height);
                let (x1, y1) = (x0 + tb.width * f.width, y0 + tb.height * f.height);
                prop_assert!(ink.left() + p.x >= x0 - 0.01 && ink.right() + p.x <= x1 + 0.01, "x: {}..{} not in {x0}..{x1}", ink.left() + p.x, ink.right() + p.x);
                prop_assert!(ink.top() + p.y >= y0 - 0.01 && ink.bottom() + p.y <= y1 + 0.01, "y: {}..{} not in {y0}..{y1}", ink.top() + p.y, ink.bottom() + p.y);
            }
        }
    }
}
