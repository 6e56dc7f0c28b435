//! A stroke's outline: the points smoothed, each given a radius (thinner
//! with less pressure, or with more speed where there is no pressure),
//! the ends tapered; the line is the union of a disc at each point and the
//! hull between each pair of neighbouring discs.
//!
//! The union, rather than one left-and-right outline, keeps sharp turns
//! whole: a single outline folds over itself at a turn back ("elbows") and
//! throws thin spikes where a radius changes fast ("hairs"); a union of
//! round pieces has neither, and its caps and joins are round by nature.
//! [`super::coverage`] turns it into pixels.

use super::{Stroke, FULL_PRESSURE};

/// How much each smoothed point follows the pen (1: exactly; less lags
/// behind and so irons out the hand's jitter).
const FOLLOW: f64 = 0.55;
/// Points closer than this share of the line's width to the last kept
/// one add nothing.
const MIN_STEP: f64 = 0.08;
/// How far pressure moves the radius: at 0 the radius is (1 - THINNING/2)
/// of the width's half, at full pressure (1 + THINNING/2).
const THINNING: f64 = 0.6;
/// The thinnest a line gets, as a share of its width: never a hair.
const MIN_RADIUS: f64 = 0.16;
/// The length of each tapered end, in widths (at most a third of the line).
const TAPER: f64 = 1.2;
/// A tip's radius as a share of the radius it would have untapered.
const TIP: f64 = 0.4;
/// The speed, in widths per millisecond, at which a line without real
/// pressure is at its thinnest.
const FAST: f64 = 0.12;

/// A round piece of the line, in ink units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disc {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// A stroke's shape: the union of its discs and the hulls between
/// neighbours.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Outline {
    pub discs: Vec<Disc>,
}

/// The outline of a stroke.
pub fn outline(stroke: &Stroke) -> Outline {
    let size = stroke.width.size();
    let Some(first) = stroke.points.first() else {
        return Outline::default();
    };
    // Smoothed centres, each with the pressure it is drawn at.
    let mut centres: Vec<(f64, f64, f64)> = Vec::with_capacity(stroke.points.len());
    let (mut x, mut y) = (f64::from(first.x), f64::from(first.y));
    let mut pressure = if stroke.real_pressure {
        real(first.pressure)
    } else {
        0.5
    };
    centres.push((x, y, pressure));
    let mut last = *first;
    for (i, p) in stroke.points.iter().enumerate().skip(1) {
        let (px, py) = (f64::from(p.x), f64::from(p.y));
        let is_last = i + 1 == stroke.points.len();
        // The last point is where the pen lifted: the line reaches it.
        let follow = if is_last { 1.0 } else { FOLLOW };
        let (nx, ny) = (x + (px - x) * follow, y + (py - y) * follow);
        pressure = if stroke.real_pressure {
            pressure + (real(p.pressure) - pressure) * 0.5
        } else {
            let moved = distance(f64::from(last.x), f64::from(last.y), px, py);
            let ms = f64::from(p.t.saturating_sub(last.t)).max(1.0);
            let speed = (moved / ms / (FAST * size)).min(1.0);
            pressure + ((1.0 - speed) - pressure) * 0.3
        };
        last = *p;
        let (cx, cy, _) = *centres.last().unwrap_or(&(x, y, pressure));
        if distance(cx, cy, nx, ny) < MIN_STEP * size && !is_last {
            continue;
        }
        (x, y) = (nx, ny);
        if distance(cx, cy, x, y) < MIN_STEP * size && centres.len() > 1 {
            // The lift lands on the last kept point: it takes its place.
            centres.pop();
        }
        centres.push((x, y, pressure));
    }
    // Distance along the line to each centre, for the tapers.
    let mut along = Vec::with_capacity(centres.len());
    let mut total = 0.0;
    for (i, c) in centres.iter().enumerate() {
        if i > 0 {
            let b = centres[i - 1];
            total += distance(b.0, b.1, c.0, c.1);
        }
        along.push(total);
    }
    let taper = (TAPER * size).min(total / 3.0);
    let discs = centres
        .iter()
        .zip(along)
        .map(|(&(x, y, pressure), at)| {
            let mut r = size / 2.0 * (1.0 - THINNING * (0.5 - pressure));
            if taper > 0.0 {
                let from_end = (at.min(total - at) / taper).min(1.0);
                // Eases in: the line swells quickly out of its tips, which
                // keep some width (a pen's tip is round, not a needle).
                r *= TIP + (1.0 - TIP) * (1.0 - (1.0 - from_end) * (1.0 - from_end));
            }
            Disc {
                x,
                y,
                r: r.max(MIN_RADIUS * size / 2.0),
            }
        })
        .collect();
    Outline { discs }
}

impl Outline {
    /// The smallest box that holds the line: left, top, right, bottom.
    pub fn bounds(&self) -> Option<(f64, f64, f64, f64)> {
        self.discs.iter().fold(None, |b, d| {
            let (l, t, r, btm) = (d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r);
            Some(match b {
                None => (l, t, r, btm),
                Some((bl, bt, br, bb)) => (bl.min(l), bt.min(t), br.max(r), bb.max(btm)),
            })
        })
    }
}

/// A pen's pressure, 0 to 1.
fn real(pressure: u16) -> f64 {
    f64::from(pressure.min(FULL_PRESSURE)) / f64::from(FULL_PRESSURE)
}

fn distance(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).sqrt()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
