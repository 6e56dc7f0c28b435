//! The "save ink" variant: the artwork's colours as light tints, and the
//! words in a colour that reads on white paper.

use crate::campaign::{Board, Colour, Shape};

/// How much of each colour's ink a tint keeps (the rest is paper).
const TINT: f32 = 0.15;

/// WCAG AA for text, against white paper.
const READABLE: f64 = 4.5;

/// A colour as PDF takes it: red, green, blue and alpha, 0 to 1; a light
/// tint of it when saving ink.
pub fn paint(c: &Colour, save_ink: bool) -> [f32; 4] {
    let [r, g, b, a] = c.rgba().map(|v| v as f32 / 255.0);
    if save_ink {
        let t = |v: f32| 1.0 - (1.0 - v) * TINT;
        [t(r), t(g), t(b), a]
    } else {
        [r, g, b, a]
    }
}

/// A colour component (0 to 255) of a picture as its light tint.
pub fn tint(v: u8) -> u8 {
    (255.0 - (255.0 - v as f32) * TINT).round() as u8
}

/// The colour a board's words print in when saving ink: their own if it
/// reads on white, else the board's darkest colour that does (so the
/// brand stays), else near-black.
pub fn words(c: &Colour, board: &Board) -> Colour {
    let white = Colour::parse("#ffffff");
    if c.contrast(&white) >= READABLE {
        return c.clone();
    }
    let shapes = board.background.iter().flat_map(|s| match s {
        Shape::Fill { colour } => vec![colour],
        Shape::LinearGradient { from, to, .. } => vec![from, to],
        Shape::Circle { colour, .. }
        | Shape::Ring { colour, .. }
        | Shape::Rect { colour, .. }
        | Shape::Polygon { colour, .. } => vec![colour],
    });
    shapes
        .chain([&board.text_colour])
        .chain(board.labels.iter().chain(&board.footer).map(|l| &l.colour))
        .filter(|k| k.rgba()[3] == 255 && k.contrast(&white) >= READABLE)
        .min_by(|a, b| a.luminance().total_cmp(&b.luminance()))
        .cloned()
        .unwrap_or_else(|| Colour::parse("#1a1a1a"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};

    #[test]
    fn tints_are_light_and_words_read_on_white() {
        let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        let white = Colour::parse("#ffffff");
        for board in &c.boards {
            for l in board.labels.iter().chain(&board.footer) {
                let w = words(&l.colour, board);
                assert!(w.contrast(&white) >= READABLE, "{}: {w:?}", board.id);
            }
        }
        // Purple dawn's yellow label becomes its darkest purple.
        let dawn = c.board("purple-dawn").unwrap();
        assert_eq!(words(&dawn.labels[0].colour, dawn).as_written(), "#26143f");
        let [r, g, b, a] = paint(&Colour::parse("#26143f"), true);
        assert!(r > 0.85 && g > 0.85 && b > 0.85 && a == 1.0);
        assert_eq!(paint(&Colour::parse("#ff000080"), false)[..2], [1.0, 0.0]);
    }
}
