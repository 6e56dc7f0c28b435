//! The board's artwork: background shapes and the photo frame, drawn with
//! tiny-skia. Positions come as fractions of the image; radii and strokes
//! as pixels at 1080 wide, scaled by `scale`.

use crate::campaign::{Board, Colour, FrameShape, PhotoFrame, Shape};
use tiny_skia::{
    FillRule, Paint, Path, PathBuilder, Pixmap, PremultipliedColorU8, Stroke, Transform,
};

/// The image's size in pixels, and pixels per "1080-wide pixel".
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub scale: f32,
}

impl Frame {
    pub fn new(width: u32, height: u32) -> Frame {
        Frame {
            width: width as f32,
            height: height as f32,
            scale: width as f32 / 1080.0,
        }
    }
}

pub fn colour(c: &Colour) -> tiny_skia::Color {
    let [r, g, b, a] = c.rgba();
    tiny_skia::Color::from_rgba8(r, g, b, a)
}

fn solid(c: &Colour) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(colour(c));
    paint.anti_alias = true;
    paint
}

/// Draws every background shape in order.
pub fn draw_background(pixmap: &mut Pixmap, board: &Board, f: Frame) {
    for shape in &board.background {
        draw_shape(pixmap, shape, f);
    }
}

pub fn draw_shape(pixmap: &mut Pixmap, shape: &Shape, f: Frame) {
    let id = Transform::identity();
    match shape {
        Shape::Fill { colour: c } => pixmap.fill(colour(c)),
        Shape::LinearGradient { from, to, angle } => linear_gradient(pixmap, from, to, *angle, f),
        Shape::Ring {
            stroke, colour: c, ..
        } => {
            if let Some(path) = shape_path(shape, f) {
                let stroke = Stroke {
                    width: stroke * f.scale,
                    ..Stroke::default()
                };
                pixmap.stroke_path(&path, &solid(c), &stroke, id, None);
            }
        }
        Shape::Circle { colour: c, .. }
        | Shape::Rect { colour: c, .. }
        | Shape::Polygon { colour: c, .. } => {
            if let Some(path) = shape_path(shape, f) {
                pixmap.fill_path(&path, &solid(c), FillRule::Winding, id, None);
            }
        }
    }
}

/// A shape's outline in pixels (a ring's centre line, to be stroked);
/// `None` for the shapes that cover the whole image (a fill, a gradient)
/// and for a degenerate shape. The PNG and the printed board both draw
/// from it.
pub fn shape_path(shape: &Shape, f: Frame) -> Option<Path> {
    match shape {
        Shape::Fill { .. } | Shape::LinearGradient { .. } => None,
        Shape::Circle { cx, cy, r, .. } | Shape::Ring { cx, cy, r, .. } => {
            PathBuilder::from_circle(cx * f.width, cy * f.height, r * f.scale)
        }
        Shape::Rect {
            x,
            y,
            width,
            height,
            radius,
            ..
        } => rounded_rect(
            x * f.width,
            y * f.height,
            width * f.width,
            height * f.height,
            radius * f.scale,
        ),
        Shape::Polygon { points, .. } => {
            let mut pb = PathBuilder::new();
            for (i, [x, y]) in points.iter().enumerate() {
                let (px, py) = (x * f.width, y * f.height);
                if i == 0 {
                    pb.move_to(px, py);
                } else {
                    pb.line_to(px, py);
                }
            }
            pb.close();
            pb.finish()
        }
    }
}

/// Paints a linear gradient over the whole image, `from` to `to` along
/// `angle` degrees, reaching each colour at the image's far corners.
/// Done by hand with a table of 1024 steps: tiny-skia's shader pipeline
/// without SIMD takes about 100 ms for a 1080 × 1350 gradient.
fn linear_gradient(pixmap: &mut Pixmap, from: &Colour, to: &Colour, angle: f32, f: Frame) {
    const STEPS: usize = 1024;
    let (sin, cos) = (
        libm::sinf(angle.to_radians()),
        libm::cosf(angle.to_radians()),
    );
    let half = (f.width * cos.abs() + f.height * sin.abs()) / 2.0;
    let (cx, cy) = (f.width / 2.0, f.height / 2.0);
    let (a, b) = (from.rgba().map(f32::from), to.rgba().map(f32::from));
    let table: Vec<[u8; 4]> = (0..STEPS)
        .map(|i| {
            let t = i as f32 / (STEPS - 1) as f32;
            std::array::from_fn(|c| (a[c] + (b[c] - a[c]) * t + 0.5) as u8)
        })
        .collect();
    // Position along the gradient, in table steps: linear in x and y.
    let scale = (STEPS - 1) as f32 / (2.0 * half);
    let step_x = cos * scale;
    let width = pixmap.width() as usize;
    for (y, row) in pixmap.pixels_mut().chunks_exact_mut(width).enumerate() {
        let row_start =
            ((0.5 - cx) * cos + (y as f32 + 0.5 - cy) * sin) * scale + (STEPS - 1) as f32 / 2.0;
        for (x, px) in row.iter_mut().enumerate() {
            let pos = (row_start + x as f32 * step_x + 0.5).clamp(0.0, (STEPS - 1) as f32) as usize;
            let c = table[pos];
            *px = if c[3] == 255 {
                PremultipliedColorU8::from_rgba(c[0], c[1], c[2], 255).expect("opaque")
            } else {
                src_over(*px, c)
            };
        }
    }
}

/// `src` (straight RGBA) over `dst` (premultiplied), in integers.
fn src_over(dst: PremultipliedColorU8, src: [u8; 4]) -> PremultipliedColorU8 {
    let sa = src[3] as u32;
    let mul = |c: u8, a: u32| ((c as u32 * a + 127) / 255) as u8;
    let inv = 255 - sa;
    let out = [
        mul(src[0], sa) as u32 + mul(dst.red(), inv) as u32,
        mul(src[1], sa) as u32 + mul(dst.green(), inv) as u32,
        mul(src[2], sa) as u32 + mul(dst.blue(), inv) as u32,
        sa + mul(dst.alpha(), inv) as u32,
    ];
    let a = out[3].min(255) as u8;
    PremultipliedColorU8::from_rgba(
        (out[0] as u8).min(a),
        (out[1] as u8).min(a),
        (out[2] as u8).min(a),
        a,
    )
    .expect("components are at most alpha")
}

/// A rectangle with corners rounded to `r` (clamped to half the shorter side).
pub fn rounded_rect(x: f32, y: f32, w: f32, h: f32, r: f32) -> Option<Path> {
    if !(w > 0.0 && h > 0.0) {
        return None;
    }
    let r = r.clamp(0.0, w.min(h) / 2.0);
    if r == 0.0 {
        return Some(PathBuilder::from_rect(tiny_skia::Rect::from_xywh(
            x, y, w, h,
        )?));
    }
    // Cubic approximation of a quarter circle.
    let k = r * 0.552_284_8;
    let mut pb = PathBuilder::new();
    pb.move_to(x + r, y);
    pb.line_to(x + w - r, y);
    pb.cubic_to(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    pb.line_to(x + w, y + h - r);
    pb.cubic_to(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    pb.line_to(x + r, y + h);
    pb.cubic_to(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    pb.line_to(x, y + r);
    pb.cubic_to(x, y + r - k, x + r - k, y, x + r, y);
    pb.close();
    pb.finish()
}

/// The board's text box in pixels: left, top, width, height.
pub fn text_box_px(board: &Board, f: Frame) -> (f32, f32, f32, f32) {
    let tb = board.text_box;
    (
        tb.x * f.width,
        tb.y * f.height,
        tb.width * f.width,
        tb.height * f.height,
    )
}

/// The photo frame's outline in pixels. A circle is the largest that fits
/// the frame's rectangle, centred in it.
pub fn frame_path(frame: &PhotoFrame, f: Frame) -> Option<Path> {
    let (x, y, w, h) = (
        frame.x * f.width,
        frame.y * f.height,
        frame.width * f.width,
        frame.height * f.height,
    );
    match frame.shape {
        FrameShape::Rectangle => rounded_rect(x, y, w, h, 0.0),
        FrameShape::Rounded => rounded_rect(x, y, w, h, frame.radius * f.scale),
        FrameShape::Circle => PathBuilder::from_circle(x + w / 2.0, y + h / 2.0, w.min(h) / 2.0),
    }
}

/// Draws the person's photo clipped to the frame, placed as they chose.
pub fn draw_photo(
    pixmap: &mut Pixmap,
    frame: &PhotoFrame,
    f: Frame,
    photo: &mut super::photo_layer::PhotoLayer,
    placement: super::placement::Placement,
) {
    if let Some(path) = frame_path(frame, f) {
        let frame_box = super::placement::frame_box(frame, pixmap.width(), pixmap.height());
        photo.draw(pixmap, &path, frame_box, placement);
    }
}

/// Draws the empty photo frame, in its placeholder colour.
pub fn draw_photo_frame(pixmap: &mut Pixmap, frame: &PhotoFrame, f: Frame) {
    if let Some(path) = frame_path(frame, f) {
        pixmap.fill_path(
            &path,
            &solid(&frame.placeholder),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}
