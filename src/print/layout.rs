//! Where the board goes on the paper: the export size whose shape fills
//! the most of the page's live area, scaled to fit it and centred.

use crate::campaign::{Campaign, ExportSize};

/// A sheet of paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

/// Points per millimetre (a point is 1/72 in).
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Nothing is drawn nearer the paper's edge than this (10 mm): more than
/// the 6.35 mm (¼ in) most printers need on each side, A4 and Letter.
pub const LIVE_MARGIN_PT: f32 = 10.0 * PT_PER_MM;

/// How far apart the writing lines are, in millimetres on paper.
pub const WRITING_LINE_MM: f32 = 12.0;

impl Paper {
    /// Width and height in points, portrait.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The name the command line and the page use: "a4" or "letter".
    pub fn id(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    pub fn from_id(id: &str) -> Option<Paper> {
        match id.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// The board on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<'a> {
    /// The export size whose layout is printed.
    pub size: &'a ExportSize,
    /// Points per pixel of that size.
    pub scale: f32,
    /// The board's top left on the page, in points from the top left.
    pub x: f32,
    pub y: f32,
}

impl Placed<'_> {
    /// The board's width and height on the page, in points.
    pub fn size_pt(&self) -> (f32, f32) {
        (
            self.size.width as f32 * self.scale,
            self.size.height as f32 * self.scale,
        )
    }
}

/// Chooses the size that prints largest and places it.
pub fn place(campaign: &Campaign, paper: Paper) -> Placed<'_> {
    let (pw, ph) = paper.size_pt();
    let (lw, lh) = (pw - 2.0 * LIVE_MARGIN_PT, ph - 2.0 * LIVE_MARGIN_PT);
    let fit = |s: &ExportSize| (lw / s.width as f32).min(lh / s.height as f32);
    let area = |s: &ExportSize| {
        let k = fit(s);
        s.width as f32 * k * s.height as f32 * k
    };
    // The first of equals, so the campaign's order decides a tie.
    let size = campaign
        .sizes
        .iter()
        .fold(None::<&ExportSize>, |best, s| match best {
            Some(b) if area(b) >= area(s) => Some(b),
            _ => Some(s),
        })
        .expect("a validated campaign has a size");
    let scale = fit(size);
    let (w, h) = (size.width as f32 * scale, size.height as f32 * scale);
    Placed {
        size,
        scale,
        x: (pw - w) / 2.0,
        y: (ph - h) / 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;

    #[test]
    fn the_default_campaign_prints_its_portrait_size_inside_the_live_area() {
        let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        for paper in [Paper::A4, Paper::Letter] {
            let p = place(&c, paper);
            assert_eq!(p.size.id, "portrait", "{paper:?}");
            let (pw, ph) = paper.size_pt();
            let (w, h) = p.size_pt();
            assert!(p.x >= LIVE_MARGIN_PT - 0.01 && p.y >= LIVE_MARGIN_PT - 0.01);
            assert!(p.x + w <= pw - LIVE_MARGIN_PT + 0.01);
            assert!(p.y + h <= ph - LIVE_MARGIN_PT + 0.01);
            // It fills the live area's width (a portrait page).
            assert!((w - (pw - 2.0 * LIVE_MARGIN_PT)).abs() < 0.01);
        }
        assert!(LIVE_MARGIN_PT >= 6.35 * PT_PER_MM);
    }
}
