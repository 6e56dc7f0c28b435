//! The first page: the board as the PNG draws it, in vectors, with its
//! text area white and lined for writing and its photo frame left empty.
//! Its artwork layers are the one thing in pixels: the very pictures the
//! PNG lays, at the export size printed, in light tints when saving ink.

use super::layout::{Placed, PT_PER_MM, WRITING_LINE_MM};
use super::pdf_out::{Document, Picture};
use super::save_ink::{paint, tint, words};
use crate::campaign::{Board, Shape};
use crate::render::layers::{base_fill, Layers};
use crate::render::scene::{frame_path, rounded_rect, shape_path, text_box_px, Frame};
use crate::render::Outlined;
use tiny_skia::PathBuilder;

const WHITE: [f32; 4] = [1.0, 1.0, 1.0, 1.0];
/// The writing lines and the edges of the white areas: light grey.
const LINE_GREY: [f32; 4] = [0.78, 0.78, 0.78, 1.0];
/// The board's edge (to cut along): a slightly darker grey.
const EDGE_GREY: [f32; 4] = [0.6, 0.6, 0.6, 1.0];

/// Draws the board where `placed` puts it.
pub fn draw(
    doc: &mut Document,
    board: &Board,
    placed: &Placed,
    labels: &[Outlined],
    layers: &Layers,
    save_ink: bool,
) {
    let size = placed.size;
    let f = Frame::new(size.width, size.height);
    // From here on, units are the export size's pixels.
    doc.save();
    doc.place(placed.x, placed.y, placed.scale);
    doc.save();
    doc.clip_rect(0.0, 0.0, f.width, f.height);
    // The PNG starts from transparent pixels; paper is white.
    doc.fill_rect(0.0, 0.0, f.width, f.height, WHITE);
    let base = base_fill(board);
    for shape in &board.background[..base] {
        background(doc, shape, f, save_ink);
    }
    lay(doc, layers, board, placed, true, save_ink);
    for shape in &board.background[base..] {
        background(doc, shape, f, save_ink);
    }
    // A hairline in points, whatever the scale.
    let hair = 0.75 / placed.scale;
    if let Some(frame) = &board.photo_frame {
        if let Some(path) = frame_path(frame, f) {
            doc.fill(&path, 0.0, 0.0, WHITE);
            doc.stroke(&path, hair, LINE_GREY);
        }
    }
    lay(doc, layers, board, placed, false, save_ink);
    writing_area(doc, board, f, placed.scale, hair);
    for o in labels {
        let colour = if save_ink {
            words(&o.colour, board)
        } else {
            o.colour.clone()
        };
        doc.fill(&o.path, o.x, o.y, paint(&colour, false));
    }
    doc.restore();
    if let Some(edge) = rounded_rect(0.0, 0.0, f.width, f.height, 0.0) {
        doc.stroke(&edge, hair, EDGE_GREY);
    }
    doc.restore();
}

/// The artwork layers that go under the shapes (`under`) or over them,
/// each cut to the part on the board (a covering photograph is larger).
fn lay(
    doc: &mut Document,
    layers: &Layers,
    board: &Board,
    placed: &Placed,
    under: bool,
    save_ink: bool,
) {
    let (bw, bh) = (placed.size.width as i32, placed.size.height as i32);
    for l in layers.laid(board, placed.size, under) {
        let (w, h) = (l.image.width() as i32, l.image.height() as i32);
        let (x0, y0) = (l.x.max(0), l.y.max(0));
        let (x1, y1) = ((l.x + w).min(bw), (l.y + h).min(bh));
        if x1 <= x0 || y1 <= y0 {
            continue;
        }
        let part = [x0 - l.x, y0 - l.y, x1 - x0, y1 - y0].map(|v| v as u32);
        doc.picture(
            picture(l.image, part, save_ink),
            x0 as f32,
            y0 as f32,
            l.opacity,
        );
    }
}

/// The part `[left, top, width, height]` of a layer's pixels as PDF takes
/// them: straight colours (tinted when saving ink) and, unless every
/// pixel is opaque, their alpha.
fn picture(
    image: &tiny_skia::Pixmap,
    [left, top, width, height]: [u32; 4],
    save_ink: bool,
) -> Picture {
    let n = (width * height) as usize;
    let (mut rgb, mut alpha) = (Vec::with_capacity(n * 3), Vec::with_capacity(n));
    let pixels = image.pixels();
    for y in top..top + height {
        let row = (y * image.width() + left) as usize;
        for p in &pixels[row..row + width as usize] {
            let c = p.demultiply();
            for v in [c.red(), c.green(), c.blue()] {
                rgb.push(if save_ink { tint(v) } else { v });
            }
            alpha.push(c.alpha());
        }
    }
    let opaque = alpha.iter().all(|a| *a == 255);
    Picture {
        width,
        height,
        rgb,
        alpha: (!opaque).then_some(alpha),
    }
}

/// One of the board's background shapes, as the PNG draws it.
fn background(doc: &mut Document, shape: &Shape, f: Frame, save_ink: bool) {
    match shape {
        Shape::Fill { colour } => {
            doc.fill_rect(0.0, 0.0, f.width, f.height, paint(colour, save_ink))
        }
        Shape::LinearGradient { from, to, angle } => {
            let (p0, p1) = gradient_axis(*angle, f);
            doc.gradient(paint(from, save_ink), paint(to, save_ink), p0, p1);
        }
        Shape::Ring { stroke, colour, .. } => {
            if let Some(path) = shape_path(shape, f) {
                doc.stroke(&path, stroke * f.scale, paint(colour, save_ink));
            }
        }
        Shape::Circle { colour, .. }
        | Shape::Rect { colour, .. }
        | Shape::Polygon { colour, .. } => {
            if let Some(path) = shape_path(shape, f) {
                doc.fill(&path, 0.0, 0.0, paint(colour, save_ink));
            }
        }
    }
}

/// Where a gradient at `angle` degrees meets its two colours: the line
/// through the centre whose ends reach the image's far corners, as the
/// PNG's gradient does.
fn gradient_axis(angle: f32, f: Frame) -> ((f32, f32), (f32, f32)) {
    let (sin, cos) = (
        libm::sinf(angle.to_radians()),
        libm::cosf(angle.to_radians()),
    );
    let half = (f.width * cos.abs() + f.height * sin.abs()) / 2.0;
    let (cx, cy) = (f.width / 2.0, f.height / 2.0);
    (
        (cx - cos * half, cy - sin * half),
        (cx + cos * half, cy + sin * half),
    )
}

/// The text box, white with a light edge, lined every [`WRITING_LINE_MM`]
/// on paper, the last line at least half a line above its bottom.
fn writing_area(doc: &mut Document, board: &Board, f: Frame, scale: f32, hair: f32) {
    let (x, y, w, h) = text_box_px(board, f);
    let Some(area) = rounded_rect(x, y, w, h, 16.0 * f.scale) else {
        return;
    };
    doc.fill(&area, 0.0, 0.0, WHITE);
    doc.stroke(&area, hair, LINE_GREY);
    let inset = 5.0 * PT_PER_MM / scale;
    let mut pb = PathBuilder::new();
    for line_y in line_ys(board, f, scale) {
        pb.move_to(x + inset, line_y);
        pb.line_to(x + w - inset, line_y);
    }
    if let Some(lines) = pb.finish() {
        doc.stroke(&lines, hair * 0.8, LINE_GREY);
    }
}

/// The writing lines' heights in the board's pixels: every
/// [`WRITING_LINE_MM`] on paper from the text box's top, the last at
/// least half a gap above its bottom.
fn line_ys(board: &Board, f: Frame, scale: f32) -> Vec<f32> {
    let (_, y, _, h) = text_box_px(board, f);
    let gap = WRITING_LINE_MM * PT_PER_MM / scale;
    (1..)
        .map(|i| y + gap * i as f32)
        .take_while(|line_y| *line_y <= y + h - gap / 2.0)
        .collect()
}

/// The writing lines' heights on the page, in points from the board's
/// top.
pub fn writing_lines_pt(board: &Board, placed: &Placed) -> Vec<f32> {
    let f = Frame::new(placed.size.width, placed.size.height);
    line_ys(board, f, placed.scale)
        .into_iter()
        .map(|y| y * placed.scale)
        .collect()
}
