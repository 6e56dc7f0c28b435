//! The checks on a board: its id, name and font, the text box and sizes,
//! its colours against its background (the pledge's and labels'
//! contrast), its shapes, labels and photo frame.

use super::{Check, KNOWN_FAMILIES};
use crate::campaign::model::*;
use crate::campaign::Colour;

pub(super) fn check_board(k: &mut Check, f: &str, b: &Board) {
    k.slug(&format!("{f}.id"), &b.id);
    k.local_not_empty(&format!("{f}.name"), &b.name);
    if !KNOWN_FAMILIES.contains(&b.font_family.as_str()) {
        k.fail(
            format!("{f}.font_family"),
            format!(
                "{:?} is not a font we have; use one of {KNOWN_FAMILIES:?}",
                b.font_family
            ),
        );
    }
    k.range(&format!("{f}.min_font_size"), b.min_font_size, 12.0, 400.0);
    k.range(&format!("{f}.max_font_size"), b.max_font_size, 12.0, 400.0);
    if b.min_font_size > b.max_font_size {
        k.fail(
            format!("{f}.min_font_size"),
            format!(
                "{} is more than max_font_size ({})",
                b.min_font_size, b.max_font_size
            ),
        );
    }
    k.range(&format!("{f}.line_height"), b.line_height, 0.8, 3.0);
    k.colour(&format!("{f}.text_colour"), &b.text_colour);
    for (i, ink) in b.ink_colours.iter().enumerate() {
        k.colour(&format!("{f}.ink_colours[{i}]"), ink);
    }
    k.rect(&format!("{f}.text_box"), &b.text_box);

    match b.background.first() {
        None => k.fail(
            format!("{f}.background"),
            "is empty; start with a fill or a linear_gradient",
        ),
        Some(Shape::Fill { colour }) => opaque_base(k, f, b, &[colour]),
        Some(Shape::LinearGradient { from, to, .. }) => opaque_base(k, f, b, &[from, to]),
        Some(_) => k.fail(
            format!("{f}.background[0]"),
            "must be a fill or a linear_gradient, covering the whole image",
        ),
    }
    for (i, shape) in b.background.iter().enumerate() {
        check_shape(k, &format!("{f}.background[{i}]"), shape);
    }
    for (list, labels) in [("labels", &b.labels), ("footer", &b.footer)] {
        for (i, l) in labels.iter().enumerate() {
            let lf = format!("{f}.{list}[{i}]");
            k.local_not_empty(&format!("{lf}.text"), &l.text);
            k.range(&format!("{lf}.x"), l.x, 0.0, 1.0);
            k.range(&format!("{lf}.y"), l.y, 0.0, 1.0);
            k.range(&format!("{lf}.width"), l.width, 0.01, 1.0);
            k.range(&format!("{lf}.size"), l.size, 8.0, 400.0);
            k.colour(&format!("{lf}.colour"), &l.colour);
        }
    }
    if let Some(frame) = &b.photo_frame {
        let pf = format!("{f}.photo_frame");
        k.rect(&pf, &frame.rect());
        k.range(&format!("{pf}.radius"), frame.radius, 0.0, 1000.0);
        k.colour(&format!("{pf}.placeholder"), &frame.placeholder);
        if overlaps(&frame.rect(), &b.text_box) {
            k.fail(
                pf,
                "overlaps the text box; the photo would cover the pledge",
            );
        }
    }
}

/// The first shape makes the image opaque, and the pledge must be readable on it.
fn opaque_base(k: &mut Check, f: &str, b: &Board, colours: &[&Colour]) {
    for c in colours {
        if c.is_valid() && c.rgba()[3] != 255 {
            k.fail(
                format!("{f}.background[0]"),
                format!(
                    "{} is see-through; the first shape must be opaque",
                    c.as_written()
                ),
            );
        }
        let writing = std::iter::once(("text_colour".to_owned(), &b.text_colour)).chain(
            b.ink_colours
                .iter()
                .enumerate()
                .map(|(i, ink)| (format!("ink_colours[{i}]"), ink)),
        );
        for (field, ink) in writing {
            if c.is_valid() && ink.is_valid() {
                let ratio = c.contrast(ink);
                if ratio < 4.5 {
                    k.fail(
                        format!("{f}.{field}"),
                        format!("has contrast {ratio:.1}:1 with the background colour {}; at least 4.5:1 is needed to read it", c.as_written()),
                    );
                }
            }
        }
    }
}

fn check_shape(k: &mut Check, f: &str, shape: &Shape) {
    match shape {
        Shape::Fill { colour } => k.colour(&format!("{f}.colour"), colour),
        Shape::LinearGradient { from, to, angle } => {
            k.colour(&format!("{f}.from"), from);
            k.colour(&format!("{f}.to"), to);
            k.range(&format!("{f}.angle"), *angle, -360.0, 360.0);
        }
        Shape::Circle { cx, cy, r, colour }
        | Shape::Ring {
            cx, cy, r, colour, ..
        } => {
            k.range(&format!("{f}.cx"), *cx, -1.0, 2.0);
            k.range(&format!("{f}.cy"), *cy, -1.0, 2.0);
            k.range(&format!("{f}.r"), *r, 1.0, 5000.0);
            k.colour(&format!("{f}.colour"), colour);
            if let Shape::Ring { stroke, .. } = shape {
                k.range(&format!("{f}.stroke"), *stroke, 0.5, 1000.0);
            }
        }
        Shape::Rect {
            x,
            y,
            width,
            height,
            radius,
            colour,
        } => {
            k.range(&format!("{f}.x"), *x, -1.0, 2.0);
            k.range(&format!("{f}.y"), *y, -1.0, 2.0);
            k.range(&format!("{f}.width"), *width, 0.0, 3.0);
            k.range(&format!("{f}.height"), *height, 0.0, 3.0);
            k.range(&format!("{f}.radius"), *radius, 0.0, 5000.0);
            k.colour(&format!("{f}.colour"), colour);
        }
        Shape::Polygon { points, colour } => {
            if points.len() < 3 {
                k.fail(
                    format!("{f}.points"),
                    format!("has {} point(s); a polygon needs at least 3", points.len()),
                );
            }
            for (i, [x, y]) in points.iter().enumerate() {
                k.range(&format!("{f}.points[{i}][0]"), *x, -1.0, 2.0);
                k.range(&format!("{f}.points[{i}][1]"), *y, -1.0, 2.0);
            }
            k.colour(&format!("{f}.colour"), colour);
        }
    }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
