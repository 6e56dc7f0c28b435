//! Drawing a montage band by band: a strip of rows at a time, never the
//! whole picture, so an A1 poster at 300 dpi (7016 × 9933 pixels, 209 MB
//! as RGB) needs only a band and the tiles that reach across it. Each band
//! goes straight to the encoder ([`write_png`]); the same images and places
//! give the same bytes whatever the band's height.

use super::layout::Rect;
use image::imageops::{resize, FilterType};
use image::RgbaImage;

/// One image, already upright and shrunk to about its tile's size.
pub struct Tile {
    pub width: u32,
    pub height: u32,
    /// Straight RGBA, `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

/// What to draw: the picture's size and background, and where each tile
/// goes (`places[i]` for `tiles[i]`).
pub struct Plan<'a> {
    pub width: u32,
    pub height: u32,
    /// RGB.
    pub background: [u8; 3],
    pub tiles: &'a [Tile],
    pub places: &'a [Rect],
}

/// A tile scaled to the size of its place (Catmull-Rom, as a good
/// downscale that keeps small text legible).
fn scaled(tile: &Tile, place: &Rect) -> RgbaImage {
    let source = RgbaImage::from_raw(tile.width, tile.height, tile.rgba.clone())
        .unwrap_or_else(|| RgbaImage::new(1, 1));
    if (tile.width, tile.height) == (place.width, place.height) {
        return source;
    }
    resize(&source, place.width, place.height, FilterType::CatmullRom)
}

/// Calls `band` with each strip of at most `band_height` rows, top to
/// bottom, as RGB (`width × rows × 3` bytes).
pub fn bands(plan: &Plan, band_height: u32, mut band: impl FnMut(&[u8])) {
    let (w, h) = (plan.width as usize, plan.height);
    let band_height = band_height.max(1);
    // Tiles scaled for an earlier band that reach into later ones.
    let mut kept: Vec<(usize, RgbaImage)> = Vec::new();
    let mut top = 0;
    while top < h {
        let bottom = (top + band_height).min(h);
        let rows = (bottom - top) as usize;
        let mut buf: Vec<u8> = plan
            .background
            .iter()
            .copied()
            .cycle()
            .take(w * rows * 3)
            .collect();
        for (i, place) in plan.places.iter().enumerate() {
            if place.y >= bottom || place.bottom() <= top || place.width == 0 || place.height == 0 {
                continue;
            }
            let Some(tile) = plan.tiles.get(i) else {
                continue;
            };
            let at = match kept.iter().position(|(k, _)| *k == i) {
                Some(at) => at,
                None => {
                    kept.push((i, scaled(tile, place)));
                    kept.len() - 1
                }
            };
            let image = &kept[at].1;
            let right = place.right().min(plan.width);
            for y in place.y.max(top)..place.bottom().min(bottom) {
                let row = (y - top) as usize * w * 3;
                for x in place.x..right {
                    let p = image.get_pixel(x - place.x, y - place.y).0;
                    let o = row + x as usize * 3;
                    let a = p[3] as u32;
                    for c in 0..3 {
                        // Over the background, rounded.
                        let under = buf[o + c] as u32;
                        buf[o + c] = ((p[c] as u32 * a + under * (255 - a) + 127) / 255) as u8;
                    }
                }
            }
        }
        kept.retain(|(i, _)| plan.places[*i].bottom() > bottom);
        band(&buf);
        top = bottom;
    }
}

/// The montage as a PNG (RGB, fixed settings), written band by band.
pub fn write_png<W: std::io::Write>(plan: &Plan, band_height: u32, out: W) -> Result<(), String> {
    let mut enc = png::Encoder::new(out, plan.width, plan.height);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    enc.set_filter(png::Filter::Sub);
    let mut writer = enc.write_header().map_err(|e| e.to_string())?;
    let mut stream = writer.stream_writer().map_err(|e| e.to_string())?;
    let mut failed = None;
    bands(plan, band_height, |rows| {
        if failed.is_none() {
            if let Err(e) = std::io::Write::write_all(&mut stream, rows) {
                failed = Some(e.to_string());
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    stream.finish().map_err(|e| e.to_string())
}
