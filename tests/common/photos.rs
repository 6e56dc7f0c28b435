//! Test photos, made here rather than committed: a painted, photo-like
//! scene (a person in front of a street at dusk, with film grain), whose
//! upright way up is obvious to the eye and to a test (sky at the top, the
//! person's face in the upper middle), and JPEGs of it with any EXIF
//! orientation.
#![allow(dead_code)]

use image::{Rgb, RgbImage};
use tiny_skia::{
    Color, FillRule, GradientStop, LinearGradient, Paint, PathBuilder, Pixmap, Point,
    RadialGradient, Rect, SpreadMode, Stroke, Transform,
};

/// The sky's colour at the very top of the scene.
pub const SKY_TOP: [u8; 3] = [70, 110, 170];
/// The jacket's colour, at the bottom middle.
pub const JACKET: [u8; 3] = [150, 40, 60];

fn paint(c: Color) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(c);
    p.anti_alias = true;
    p
}

fn shaded(shader: Option<tiny_skia::Shader<'static>>) -> Paint<'static> {
    Paint {
        shader: shader.unwrap(),
        anti_alias: true,
        ..Paint::default()
    }
}

fn rgb(c: [u8; 3]) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], 255)
}

/// The scene, `width` × `height`, upright. Looks right at any aspect ratio.
pub fn scene(width: u32, height: u32) -> RgbImage {
    scene_with_grain(width, height, 8)
}

/// The scene with film grain of up to ± `grain` levels per pixel: 8 gives
/// a smooth evening photo (2.5 MB at 12 megapixels, quality 88); more
/// gives the fine detail of foliage, brickwork or a noisy indoor selfie,
/// whose JPEG is larger and slower to decode (each pixel's detail must be
/// read from the file).
pub fn scene_with_grain(width: u32, height: u32, grain: u8) -> RgbImage {
    let (w, h) = (width as f32, height as f32);
    let u = w.min(h); // unit for the person's size
    let mut px = Pixmap::new(width, height).unwrap();
    let id = Transform::identity();
    let full = PathBuilder::from_rect(Rect::from_xywh(0.0, 0.0, w, h).unwrap());

    // Sky: deep blue at the top to warm light at the horizon.
    let sky = shaded(LinearGradient::new(
        Point::from_xy(0.0, 0.0),
        Point::from_xy(0.0, h * 0.7),
        vec![
            GradientStop::new(0.0, rgb(SKY_TOP)),
            GradientStop::new(0.6, rgb([200, 160, 170])),
            GradientStop::new(1.0, rgb([250, 200, 140])),
        ],
        SpreadMode::Pad,
        id,
    ));
    px.fill_path(&full, &sky, FillRule::Winding, id, None);

    // A low sun behind the buildings.
    let sun = shaded(RadialGradient::new(
        Point::from_xy(w * 0.78, h * 0.52),
        0.0,
        Point::from_xy(w * 0.78, h * 0.52),
        u * 0.35,
        vec![
            GradientStop::new(0.0, Color::from_rgba8(255, 240, 200, 255)),
            GradientStop::new(0.2, Color::from_rgba8(255, 220, 160, 200)),
            GradientStop::new(1.0, Color::from_rgba8(255, 200, 150, 0)),
        ],
        SpreadMode::Pad,
        id,
    ));
    px.fill_path(&full, &sun, FillRule::Winding, id, None);

    // A street of buildings, with lit windows, and the pavement.
    let mut seed = 0x2545_f491_u32;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let mut x = -w * 0.02;
    while x < w {
        let bw = w * (0.08 + (rand() % 100) as f32 / 100.0 * 0.1);
        let top = h * (0.32 + (rand() % 100) as f32 / 100.0 * 0.2);
        let shade = 60 + (rand() % 40) as u8;
        let b = Rect::from_xywh(x, top, bw - w * 0.004, h - top).unwrap();
        px.fill_rect(b, &paint(rgb([shade, shade - 10, shade + 20])), id, None);
        let (cols, rows) = (3, 6);
        for r in 0..rows {
            for c in 0..cols {
                if rand() % 3 == 0 {
                    continue;
                }
                let win = Rect::from_xywh(
                    x + bw * (0.12 + c as f32 * 0.3),
                    top + (h - top) * (0.05 + r as f32 * 0.09),
                    bw * 0.16,
                    (h - top) * 0.05,
                );
                if let Some(win) = win {
                    px.fill_rect(win, &paint(rgb([250, 215, 120])), id, None);
                }
            }
        }
        x += bw;
    }
    let pavement = Rect::from_xywh(0.0, h * 0.82, w, h * 0.18).unwrap();
    px.fill_rect(pavement, &paint(rgb([90, 85, 95])), id, None);

    // The person: shoulders and jacket, neck, face, hair, eyes and smile.
    let cx = w * 0.5;
    let head_y = h * 0.5 - u * 0.06;
    let mut pb = PathBuilder::new();
    pb.move_to(cx - u * 0.42, h);
    pb.cubic_to(
        cx - u * 0.40,
        head_y + u * 0.30,
        cx - u * 0.20,
        head_y + u * 0.25,
        cx,
        head_y + u * 0.24,
    );
    pb.cubic_to(
        cx + u * 0.20,
        head_y + u * 0.25,
        cx + u * 0.40,
        head_y + u * 0.30,
        cx + u * 0.42,
        h,
    );
    pb.close();
    px.fill_path(
        &pb.finish().unwrap(),
        &paint(rgb(JACKET)),
        FillRule::Winding,
        id,
        None,
    );
    let neck = Rect::from_xywh(cx - u * 0.055, head_y + u * 0.1, u * 0.11, u * 0.16).unwrap();
    px.fill_rect(neck, &paint(rgb([170, 115, 80])), id, None);
    let skin = shaded(RadialGradient::new(
        Point::from_xy(cx - u * 0.05, head_y - u * 0.05),
        0.0,
        Point::from_xy(cx, head_y),
        u * 0.2,
        vec![
            GradientStop::new(0.0, rgb([225, 175, 135])),
            GradientStop::new(1.0, rgb([165, 110, 75])),
        ],
        SpreadMode::Pad,
        id,
    ));
    let face = PathBuilder::from_oval(
        Rect::from_xywh(cx - u * 0.13, head_y - u * 0.17, u * 0.26, u * 0.34).unwrap(),
    )
    .unwrap();
    px.fill_path(&face, &skin, FillRule::Winding, id, None);
    let mut hair = PathBuilder::new();
    hair.move_to(cx - u * 0.145, head_y + u * 0.02);
    hair.cubic_to(
        cx - u * 0.17,
        head_y - u * 0.25,
        cx + u * 0.17,
        head_y - u * 0.25,
        cx + u * 0.145,
        head_y + u * 0.02,
    );
    hair.cubic_to(
        cx + u * 0.12,
        head_y - u * 0.10,
        cx - u * 0.12,
        head_y - u * 0.10,
        cx - u * 0.145,
        head_y + u * 0.02,
    );
    hair.close();
    px.fill_path(
        &hair.finish().unwrap(),
        &paint(rgb([35, 25, 20])),
        FillRule::Winding,
        id,
        None,
    );
    for dx in [-0.05, 0.05] {
        let eye = PathBuilder::from_oval(
            Rect::from_xywh(cx + u * dx - u * 0.018, head_y, u * 0.036, u * 0.022).unwrap(),
        )
        .unwrap();
        px.fill_path(&eye, &paint(rgb([40, 30, 30])), FillRule::Winding, id, None);
    }
    let mut smile = PathBuilder::new();
    smile.move_to(cx - u * 0.05, head_y + u * 0.085);
    smile.quad_to(cx, head_y + u * 0.12, cx + u * 0.05, head_y + u * 0.085);
    let stroke = Stroke {
        width: u * 0.012,
        ..Stroke::default()
    };
    px.stroke_path(
        &smile.finish().unwrap(),
        &paint(rgb([120, 50, 50])),
        &stroke,
        id,
        None,
    );

    // Film grain, so it compresses like a photo rather than a drawing.
    let mut img = RgbImage::new(width, height);
    for (o, p) in img.pixels_mut().zip(px.pixels()) {
        let n = (rand() % (2 * grain as u32 + 1)) as i16 - grain as i16;
        let ch = |c: u8| (c as i16 + n).clamp(0, 255) as u8;
        *o = Rgb([ch(p.red()), ch(p.green()), ch(p.blue())]);
    }
    img
}

/// The image as a JPEG at this quality.
pub fn jpeg(img: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .unwrap();
    out
}

/// The pixels a camera stores for an upright `img` when it tags them with
/// EXIF `orientation` (1 to 8): the inverse of what a viewer then does.
pub fn stored_for(img: &RgbImage, orientation: u16) -> RgbImage {
    use image::imageops::{flip_horizontal, flip_vertical, rotate180, rotate270, rotate90};
    match orientation {
        2 => flip_horizontal(img),
        3 => rotate180(img),
        4 => flip_vertical(img),
        5 => flip_horizontal(&rotate90(img)), // transpose, its own inverse
        6 => rotate270(img),
        7 => flip_vertical(&rotate90(img)), // transverse, its own inverse
        8 => rotate90(img),
        _ => img.clone(),
    }
}

/// Inserts an EXIF APP1 segment with this orientation after the JPEG's SOI.
pub fn with_orientation(plain_jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec(); // big-endian, IFD at 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes()); // one value
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain_jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain_jpeg[2..]);
    out
}

/// A phone-like JPEG of the scene: upright `width` × `height` when shown,
/// stored turned and tagged with `orientation`.
pub fn phone_jpeg(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    detailed_phone_jpeg(width, height, orientation, 8)
}

/// [`phone_jpeg`] with film grain of ± `grain` levels ([`scene_with_grain`]).
pub fn detailed_phone_jpeg(width: u32, height: u32, orientation: u16, grain: u8) -> Vec<u8> {
    let stored = stored_for(&scene_with_grain(width, height, grain), orientation);
    with_orientation(&jpeg(&stored, 88), orientation)
}

/// A valid PNG claiming `width` × `height` pixels (a decompression bomb's
/// shape) with almost no data: a decoder that trusts it would allocate
/// width × height × 4 bytes.
pub fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    for (kind, data) in [
        (&b"IHDR"[..], &ihdr[..]),
        (&b"IDAT"[..], &b"\x78\x9c\x03\x00"[..]),
        (&b"IEND"[..], &b""[..]),
    ] {
        let mut chunk = kind.to_vec();
        chunk.extend_from_slice(data);
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        png.extend_from_slice(&chunk);
        png.extend_from_slice(&crc32(&chunk).to_be_bytes());
    }
    png
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// The same JPEG with a comment segment of its own (FF FE) after the
/// start marker: another file, the same pixels.
pub fn with_comment(jpeg: &[u8], note: &str) -> Vec<u8> {
    let mut bytes = jpeg[..2].to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0, note.len() as u8 + 2]);
    bytes.extend_from_slice(note.as_bytes());
    bytes.extend_from_slice(&jpeg[2..]);
    bytes
}
