//! Wet ink: the strokes drawn on the page's canvas while the person
//! writes, before the worker's render of the board catches up. The same
//! outlines and coverage as the board's ([`super::outline`],
//! [`super::coverage`]) at the canvas's own pixel size, laid over a
//! transparent canvas in straight-alpha RGBA, as `putImageData` takes it.
//! Pure arithmetic: tested natively, run on the page's main thread.

use super::{coverage, outline, Stroke, UNITS};

/// A pixel box: left, top, width, height.
pub type Area = [u32; 4];

/// The ink laid so far on a canvas of `width` × `height` pixels, whose
/// width is the writing area's ([`UNITS`] across).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WetInk {
    pub width: u32,
    pub height: u32,
    rgba: Vec<u8>,
}

impl WetInk {
    pub fn new(width: u32, height: u32) -> WetInk {
        WetInk {
            width,
            height,
            rgba: vec![0; width as usize * height as usize * 4],
        }
    }

    /// Pixels per ink unit.
    fn scale(&self) -> f64 {
        f64::from(self.width) / f64::from(UNITS)
    }

    /// The whole canvas, row by row.
    pub fn pixels(&self) -> &[u8] {
        &self.rgba
    }

    /// Lays `stroke` over the ink in `colour`; the box it touched.
    pub fn lay(&mut self, stroke: &Stroke, colour: [u8; 3]) -> Option<Area> {
        let area = self.paint(stroke, colour)?;
        let (w, _) = (self.width, self.height);
        let c = &area.1;
        for row in 0..c.height {
            let at = ((c.y + row) * w + c.x) as usize * 4;
            let from = (row * c.width) as usize * 4;
            let len = c.width as usize * 4;
            self.rgba[at..at + len].copy_from_slice(&area.2[from..from + len]);
        }
        Some(area.0)
    }

    /// The ink in `area` with `stroke` laid over it, without keeping it
    /// (the stroke still being drawn), row by row; `area` is grown to hold
    /// all of the stroke, and that is returned with the pixels.
    pub fn with(
        &self,
        stroke: &Stroke,
        colour: [u8; 3],
        area: Option<Area>,
    ) -> Option<(Area, Vec<u8>)> {
        let painted = self.paint(stroke, colour);
        let area = match (painted.as_ref().map(|p| p.0), area) {
            (Some(a), Some(b)) => union(a, b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => return None,
        };
        let mut out = self.region(area);
        if let Some((_, c, pixels)) = painted {
            for row in 0..c.height {
                let to = ((c.y - area[1] + row) * area[2] + (c.x - area[0])) as usize * 4;
                let from = (row * c.width) as usize * 4;
                let len = c.width as usize * 4;
                out[to..to + len].copy_from_slice(&pixels[from..from + len]);
            }
        }
        Some((area, out))
    }

    /// The pixels of `area`, row by row.
    pub fn region(&self, [x, y, w, h]: Area) -> Vec<u8> {
        let mut out = Vec::with_capacity(w as usize * h as usize * 4);
        for row in y..y + h {
            let at = (row * self.width + x) as usize * 4;
            out.extend_from_slice(&self.rgba[at..at + w as usize * 4]);
        }
        out
    }

    /// The stroke over the ink under it, in the stroke's box.
    fn paint(&self, stroke: &Stroke, colour: [u8; 3]) -> Option<(Area, Box, Vec<u8>)> {
        let c = coverage(
            &outline(stroke),
            self.scale(),
            0.0,
            0.0,
            [0, 0, self.width, self.height],
        )?;
        let mut pixels = Vec::with_capacity(c.alpha.len() * 4);
        for (i, &a) in c.alpha.iter().enumerate() {
            let (x, y) = (c.x + i as u32 % c.width, c.y + i as u32 / c.width);
            let at = (y * self.width + x) as usize * 4;
            let under: [u8; 4] = self.rgba[at..at + 4].try_into().unwrap_or_default();
            pixels.extend_from_slice(&over(colour, a, under));
        }
        let area = [c.x, c.y, c.width, c.height];
        Some((
            area,
            Box {
                x: c.x,
                y: c.y,
                width: c.width,
                height: c.height,
            },
            pixels,
        ))
    }
}

/// A painted box.
struct Box {
    x: u32,
    y: u32,
    width: u32,
    height: u32,
}

/// The smallest box holding both.
pub fn union(a: Area, b: Area) -> Area {
    let (l, t) = (a[0].min(b[0]), a[1].min(b[1]));
    let (r, bottom) = (
        (a[0] + a[2]).max(b[0] + b[2]),
        (a[1] + a[3]).max(b[1] + b[3]),
    );
    [l, t, r - l, bottom - t]
}

/// `colour` at coverage `a` (0–255) over a straight-alpha pixel.
fn over(colour: [u8; 3], a: u8, under: [u8; 4]) -> [u8; 4] {
    let (a, ua) = (u32::from(a), u32::from(under[3]));
    let below = ua * (255 - a) / 255;
    let alpha = a + below;
    if alpha == 0 {
        return [0; 4];
    }
    let mix = |c: u8, u: u8| ((u32::from(c) * a + u32::from(u) * below + alpha / 2) / alpha) as u8;
    [
        mix(colour[0], under[0]),
        mix(colour[1], under[1]),
        mix(colour[2], under[2]),
        alpha as u8,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ink::{InkPoint, Width};

    fn line(y: i32, from: i32, to: i32) -> Stroke {
        Stroke {
            points: (0..=20)
                .map(|i| InkPoint {
                    x: from + (to - from) * i / 20,
                    y,
                    pressure: 0,
                    t: i as u32 * 16,
                })
                .collect(),
            width: Width::Bold,
            colour: 0,
            real_pressure: false,
        }
    }

    fn alpha_at(ink: &WetInk, x: u32, y: u32) -> u8 {
        ink.pixels()[((y * ink.width + x) * 4 + 3) as usize]
    }

    #[test]
    fn a_laid_stroke_is_inked_where_drawn_and_nowhere_else() {
        let mut ink = WetInk::new(500, 200);
        // 1 px = 20 units across a 500 px canvas: the line at y 80 px.
        let area = ink.lay(&line(1600, 2000, 8000), [200, 10, 20]).unwrap();
        assert_eq!(alpha_at(&ink, 250, 80), 255, "the middle of the line");
        assert_eq!(
            &ink.pixels()[((80 * 500 + 250) * 4) as usize..][..3],
            [200, 10, 20]
        );
        assert_eq!(alpha_at(&ink, 250, 20), 0, "well above it");
        assert_eq!(alpha_at(&ink, 20, 80), 0, "before it starts");
        // The box holds the ink and is about the line's size.
        assert!(area[0] <= 100 && area[0] + area[2] >= 400, "{area:?}");
        assert!(
            area[1] <= 80 && area[1] + area[3] >= 80 && area[3] < 20,
            "{area:?}"
        );
        for (i, px) in ink.pixels().chunks_exact(4).enumerate() {
            let (x, y) = (i as u32 % 500, i as u32 / 500);
            let inside =
                x >= area[0] && x < area[0] + area[2] && y >= area[1] && y < area[1] + area[3];
            assert!(inside || px[3] == 0, "ink outside its box at {x},{y}");
        }
    }

    #[test]
    fn the_stroke_being_drawn_is_shown_over_the_ink_without_being_kept() {
        let mut ink = WetInk::new(400, 200);
        ink.lay(&line(4000, 1000, 9000), [0, 0, 255]).unwrap();
        let before = ink.clone();
        let crossing = Stroke {
            points: (0..=10)
                .map(|i| InkPoint {
                    x: 5000,
                    y: 1000 + i * 600,
                    pressure: 0,
                    t: i as u32 * 16,
                })
                .collect(),
            ..line(0, 0, 0)
        };
        let (area, pixels) = ink.with(&crossing, [255, 0, 0], None).unwrap();
        assert_eq!(ink, before, "nothing kept");
        // Where they cross, the new stroke's colour is on top.
        let (x, y) = (200 - area[0], 160 - area[1]);
        let at = ((y * area[2] + x) * 4) as usize;
        assert_eq!(pixels[at..at + 4], [255, 0, 0, 255]);
        // A box asked for is kept in what is returned (so the last frame's
        // ink there is redrawn), grown to hold the stroke.
        let (grown, _) = ink
            .with(&crossing, [255, 0, 0], Some([0, 0, 10, 10]))
            .unwrap();
        assert_eq!(grown[0..2], [0, 0]);
        assert!(
            grown[0] + grown[2] >= area[0] + area[2] && grown[1] + grown[3] >= area[1] + area[3]
        );
    }

    #[test]
    fn half_covered_ink_over_ink_mixes_and_adds_up() {
        assert_eq!(over([255, 0, 0], 255, [0, 0, 255, 255]), [255, 0, 0, 255]);
        assert_eq!(over([255, 0, 0], 0, [0, 0, 255, 255]), [0, 0, 255, 255]);
        assert_eq!(over([255, 0, 0], 128, [0, 0, 0, 0]), [255, 0, 0, 128]);
        let mixed = over([255, 0, 0], 128, [0, 0, 255, 255]);
        assert_eq!(mixed[3], 255);
        assert!(
            (120..=135).contains(&mixed[0]) && (120..=135).contains(&mixed[2]),
            "{mixed:?}"
        );
    }

    #[test]
    fn the_wet_ink_matches_the_boards_ink_where_it_lies() {
        // The board draws the same outline with the same coverage: at the
        // same scale the covered pixels are the same.
        let stroke = line(3000, 1500, 8500);
        let mut ink = WetInk::new(600, 300);
        ink.lay(&stroke, [0, 0, 0]).unwrap();
        let c = coverage(
            &outline(&stroke),
            600.0 / f64::from(UNITS),
            0.0,
            0.0,
            [0, 0, 600, 300],
        )
        .unwrap();
        for (i, &a) in c.alpha.iter().enumerate() {
            let (x, y) = (c.x + i as u32 % c.width, c.y + i as u32 / c.width);
            assert_eq!(alpha_at(&ink, x, y), a);
        }
    }
}
