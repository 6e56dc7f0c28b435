//! The outline's properties: finite, closed, inside what the pen covered,
//! whole at sharp turns, no spikes, any number of points.

use super::super::coverage::coverage;
use super::super::{InkPoint, Stroke, Width, UNITS};
use super::*;

fn stroke(points: &[(i32, i32)], real_pressure: bool, pressure: u16) -> Stroke {
    Stroke {
        points: points
            .iter()
            .enumerate()
            .map(|(i, &(x, y))| InkPoint {
                x,
                y,
                pressure,
                t: i as u32 * 8,
            })
            .collect(),
        width: Width::Medium,
        colour: 0,
        real_pressure,
    }
}

/// The outline drawn at 1 pixel for every 10 ink units on a 1000 × 600
/// canvas: which pixels are inked (more than half covered).
fn raster(o: &Outline) -> Vec<bool> {
    let mut inked = vec![false; 1000 * 600];
    if let Some(c) = coverage(o, 0.1, 0.0, 0.0, [0, 0, 1000, 600]) {
        for (i, &a) in c.alpha.iter().enumerate() {
            let (x, y) = (c.x + i as u32 % c.width, c.y + i as u32 / c.width);
            inked[(y * 1000 + x) as usize] = a > 127;
        }
    }
    inked
}

/// The distance from (x, y) to the polyline through `points`.
fn to_line(x: f64, y: f64, points: &[(f64, f64)]) -> f64 {
    if points.len() == 1 {
        return distance(x, y, points[0].0, points[0].1);
    }
    points
        .windows(2)
        .map(|w| {
            let ((ax, ay), (bx, by)) = (w[0], w[1]);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (((x - ax) * dx + (y - ay) * dy) / len2).clamp(0.0, 1.0)
            };
            distance(x, y, ax + t * dx, ay + t * dy)
        })
        .fold(f64::INFINITY, f64::min)
}

fn assert_sound(o: &Outline, s: &Stroke) {
    assert!(!o.discs.is_empty());
    let size = s.width.size();
    for d in &o.discs {
        assert!(
            d.x.is_finite() && d.y.is_finite() && d.r.is_finite(),
            "{d:?}"
        );
        assert!(
            d.r >= MIN_RADIUS * size / 2.0 - 1e-9,
            "{d:?} thinner than the least"
        );
        assert!(d.r <= size, "{d:?} wider than the pen");
    }
    let (l, t, r, b) = o.bounds().unwrap();
    let xs = s.points.iter().map(|p| f64::from(p.x));
    let ys = s.points.iter().map(|p| f64::from(p.y));
    let (minx, maxx) = (
        xs.clone().fold(f64::INFINITY, f64::min),
        xs.fold(f64::NEG_INFINITY, f64::max),
    );
    let (miny, maxy) = (
        ys.clone().fold(f64::INFINITY, f64::min),
        ys.fold(f64::NEG_INFINITY, f64::max),
    );
    assert!(l >= minx - size && r <= maxx + size && t >= miny - size && b <= maxy + size);
    let c = coverage(o, 0.1, 0.0, 0.0, [0, 0, 2000, 2000]).expect("pixels");
    assert!(c.width > 0 && c.height > 0 && c.alpha.iter().any(|&a| a == 255));
}

#[test]
fn one_point_is_a_round_dot_the_pen_wide() {
    let s = stroke(&[(5000, 3000)], false, 0);
    let o = outline(&s);
    assert_eq!(o.discs.len(), 1);
    assert_eq!(o.discs[0].r, s.width.size() / 2.0);
    assert_sound(&o, &s);
    let inked = raster(&o);
    // A dot 10 pixels across: about π·5² pixels, centred on (500, 300).
    let count = inked.iter().filter(|&&i| i).count();
    assert!((70..=90).contains(&count), "{count} pixels");
    assert!(inked[300 * 1000 + 500]);
}

#[test]
fn no_points_no_line() {
    let o = outline(&stroke(&[], false, 0));
    assert!(o.discs.is_empty() && o.bounds().is_none());
    assert!(coverage(&o, 1.0, 0.0, 0.0, [0, 0, 100, 100]).is_none());
}

#[test]
fn repeated_points_and_no_pressure_give_no_spikes() {
    // A pen held still, at no pressure, then pressed hard in one place.
    let mut s = stroke(&[(4000, 3000); 200], true, 0);
    s.points
        .extend(stroke(&[(4000, 3000); 50], true, FULL_PRESSURE).points);
    let o = outline(&s);
    assert_sound(&o, &s);
    assert!(o.discs.len() <= 2, "{} discs for one place", o.discs.len());
    let inked = raster(&o);
    for (i, &ink) in inked.iter().enumerate() {
        let (x, y) = (
            (i % 1000) as f64 * 10.0 + 5.0,
            (i / 1000) as f64 * 10.0 + 5.0,
        );
        if ink {
            assert!(distance(x, y, 4000.0, 3000.0) <= s.width.size() + 15.0);
        }
    }
}

#[test]
fn any_number_of_points_stays_finite_and_inside() {
    // A wandering line of 1 to 3,000 points, fast and slow, some repeated.
    for n in [1usize, 2, 3, 7, 50, 400, 3000] {
        let points: Vec<(i32, i32)> = (0..n)
            .map(|i| {
                let a = i as f64 * 0.37;
                (
                    5000 + (libm::cos(a) * 3000.0 * (i % 7) as f64 / 7.0) as i32,
                    3000 + (libm::sin(a * 1.3) * 2000.0) as i32 * ((i % 5 != 0) as i32),
                )
            })
            .collect();
        for real in [false, true] {
            let s = stroke(&points, real, (n % 1001) as u16);
            assert_sound(&outline(&s), &s);
        }
    }
}

#[test]
fn a_sharp_turn_stays_whole_with_no_elbow_or_hair() {
    // Down to a point and straight back up beside itself (a "V" with a
    // 170° turn), then a zigzag: where a single outline folds and spikes.
    let mut v: Vec<(i32, i32)> = (0..=40).map(|i| (1000 + i * 50, 500 + i * 100)).collect();
    v.extend((1..=40).map(|i| (3000 + i * 12, 4500 - i * 100)));
    v.extend((0..12).map(|i| (4000 + i * 300, if i % 2 == 0 { 1000 } else { 4000 })));
    for real in [false, true] {
        let s = stroke(&v, real, 700);
        let o = outline(&s);
        assert_sound(&o, &s);
        let inked = raster(&o);
        let centres: Vec<(f64, f64)> = o.discs.iter().map(|d| (d.x, d.y)).collect();
        let thinnest = o.discs.iter().map(|d| d.r).fold(f64::INFINITY, f64::min);
        let thickest = o.discs.iter().map(|d| d.r).fold(0.0, f64::max);
        for (i, &ink) in inked.iter().enumerate() {
            let (x, y) = (
                (i % 1000) as f64 * 10.0 + 5.0,
                (i / 1000) as f64 * 10.0 + 5.0,
            );
            let near = to_line(x, y, &centres);
            // Whole: all along the line, ink at least its thinnest wide.
            if near + 7.1 < thinnest {
                assert!(ink, "a gap at ({x}, {y}), {near:.0} units from the line");
            }
            // No spikes: no ink farther from the line than its widest.
            if ink {
                assert!(
                    near <= thickest + 8.0,
                    "a spike at ({x}, {y}), {near:.0} units from the line"
                );
            }
        }
    }
}

#[test]
fn pressure_and_speed_thin_the_line() {
    let line: Vec<(i32, i32)> = (0..60).map(|i| (1000 + i * 40, 3000)).collect();
    let middle = |o: &Outline| o.discs[o.discs.len() / 2].r;
    let light = outline(&stroke(&line, true, 100));
    let heavy = outline(&stroke(&line, true, 900));
    assert!(middle(&heavy) > middle(&light) * 1.5);
    // Without real pressure: the same path drawn fast is thinner than slow.
    let mut slow = stroke(&line, false, 0);
    let mut fast = slow.clone();
    for (i, p) in slow.points.iter_mut().enumerate() {
        p.t = i as u32 * 60;
    }
    for (i, p) in fast.points.iter_mut().enumerate() {
        p.t = i as u32 * 2;
    }
    assert!(middle(&outline(&slow)) > middle(&outline(&fast)) * 1.2);
    // And the ends taper.
    let o = outline(&slow);
    assert!(o.discs[0].r < middle(&o) * 0.5 && o.discs[o.discs.len() - 1].r < middle(&o) * 0.5);
}

#[test]
fn the_line_reaches_where_the_pen_lifted() {
    let s = stroke(
        &[(1000, 1000), (1500, 1000), (2000, 1200), (UNITS / 2, 2500)],
        false,
        0,
    );
    let o = outline(&s);
    let end = o.discs.last().unwrap();
    assert_eq!((end.x, end.y), (f64::from(UNITS / 2), 2500.0));
    assert_eq!((o.discs[0].x, o.discs[0].y), (1000.0, 1000.0));
}
