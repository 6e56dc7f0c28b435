//! Drawing a montage band by band: a strip of rows at a time, never the
//! whole picture, so an A1 poster at 300 dpi (7016 × 9933 pixels, 209 MB
//! as RGB) needs only a band and the tiles that reach across it. Each band
//! goes straight to the encoder ([`write_png`], [`write_jpeg`]); the same
//! images and places give the same bytes whatever the band's height. Tiles
//! may wait packed ([`PackedTile`]) until a band first needs them.

use super::layout::Rect;
use super::shape::Mask;
use image::imageops::{resize, FilterType};
use image::RgbaImage;
use std::borrow::Cow;

/// One image, already upright and shrunk to about its tile's size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tile {
    pub width: u32,
    pub height: u32,
    /// Straight RGBA, `width × height × 4` bytes.
    pub rgba: Vec<u8>,
}

/// A tile kept small until it is drawn: its pixels as a PNG (lossless,
/// fixed settings, so equal pixels are equal bytes and the other way
/// round). Hundreds of tiles then take the room of their PNGs, not of
/// their pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackedTile {
    pub width: u32,
    pub height: u32,
    pub png: Vec<u8>,
}

impl PackedTile {
    pub fn pack(tile: &Tile) -> PackedTile {
        let mut png = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut png, tile.width, tile.height);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            enc.set_compression(png::Compression::Fast);
            enc.set_filter(png::Filter::Sub);
            let written = enc
                .write_header()
                .and_then(|mut w| w.write_image_data(&tile.rgba));
            if written.is_err() {
                png.clear(); // a tile whose buffer does not match its size
            }
        }
        PackedTile {
            width: tile.width,
            height: tile.height,
            png,
        }
    }

    /// The pixels again (`None` for a tile that could not be packed).
    pub fn unpack(&self) -> Option<Tile> {
        let decoder = png::Decoder::new(std::io::Cursor::new(&self.png[..]));
        let mut reader = decoder.read_info().ok()?;
        let mut rgba = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut rgba).ok()?;
        rgba.truncate(info.buffer_size());
        Some(Tile {
            width: info.width,
            height: info.height,
            rgba,
        })
    }
}

/// Where a plan's tiles come from: held whole, or packed and unpacked one
/// at a time as the bands reach them.
pub trait TileSource {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>>;
}

impl TileSource for [Tile] {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        self.get(i).map(Cow::Borrowed)
    }
}

impl TileSource for Vec<Tile> {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        self.get(i).map(Cow::Borrowed)
    }
}

impl TileSource for Vec<PackedTile> {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        self.get(i)?.unpack().map(Cow::Owned)
    }
}

/// What to draw: the picture's size and background, the shape under the
/// tiles (if any), and where each tile goes (`places[i]` for tile `i`).
pub struct Plan<'a> {
    pub width: u32,
    pub height: u32,
    /// RGB.
    pub background: [u8; 3],
    pub shape: Option<Silhouette<'a>>,
    pub tiles: &'a dyn TileSource,
    pub places: &'a [Rect],
}

/// A shape drawn on the background, under the tiles: the shape mosaic's
/// outline, so a heart reads as a heart however few images fill it.
pub struct Silhouette<'a> {
    pub mask: &'a Mask,
    /// Where the mask is stretched to.
    pub at: Rect,
    /// RGB.
    pub colour: [u8; 3],
}

impl Silhouette<'_> {
    /// How much of the picture's pixel `(x, y)` is inside the shape, 0 to
    /// 255: the mask sampled bilinearly at the pixel's centre, in whole
    /// numbers (the same bytes on every platform). Smooth edges at any
    /// size, from a mask of at most [`super::shape::MASK_SIDE`] points.
    pub fn coverage(&self, x: u32, y: u32) -> u32 {
        let at = &self.at;
        if x < at.x
            || y < at.y
            || x >= at.right()
            || y >= at.bottom()
            || at.width == 0
            || at.height == 0
        {
            return 0;
        }
        let (mw, mh) = (self.mask.width as i64, self.mask.height as i64);
        // The pixel's centre in the mask's points, × 256, from the centre
        // of the mask's first point.
        let sx = (2 * (x - at.x) as i64 + 1) * mw * 256 / (2 * at.width as i64) - 128;
        let sy = (2 * (y - at.y) as i64 + 1) * mh * 256 / (2 * at.height as i64) - 128;
        let (ix, fx) = (sx.div_euclid(256), sx.rem_euclid(256));
        let (iy, fy) = (sy.div_euclid(256), sy.rem_euclid(256));
        let v = |x: i64, y: i64| -> i64 {
            if x >= 0 && y >= 0 && self.mask.contains(x as u64, y as u64) {
                255
            } else {
                0
            }
        };
        let top = v(ix, iy) * (256 - fx) + v(ix + 1, iy) * fx;
        let bottom = v(ix, iy + 1) * (256 - fx) + v(ix + 1, iy + 1) * fx;
        ((top * (256 - fy) + bottom * fy) >> 16) as u32
    }

    /// The colour at the picture's pixel `(x, y)` with the shape laid over
    /// `under` (what the band drawing and a PDF's see-through tiles show).
    pub fn over(&self, under: [u8; 3], x: u32, y: u32) -> [u8; 3] {
        let a = self.coverage(x, y);
        let mut out = under;
        for (o, c) in out.iter_mut().zip(self.colour) {
            *o = ((c as u32 * a + *o as u32 * (255 - a) + 127) / 255) as u8;
        }
        out
    }

    /// Lays the shape over `buf`, the RGB rows `top..top + rows` of a
    /// picture `width` wide.
    fn draw(&self, buf: &mut [u8], width: u32, top: u32, rows: u32) {
        let (y0, y1) = (self.at.y.max(top), self.at.bottom().min(top + rows));
        let x1 = self.at.right().min(width);
        for y in y0..y1 {
            let row = (y - top) as usize * width as usize * 3;
            for x in self.at.x..x1 {
                let o = row + x as usize * 3;
                let under = [buf[o], buf[o + 1], buf[o + 2]];
                buf[o..o + 3].copy_from_slice(&self.over(under, x, y));
            }
        }
    }
}

/// A tile scaled to the size of its place (Catmull-Rom, as a good
/// downscale that keeps small text legible).
pub(super) fn scaled(tile: &Tile, place: &Rect) -> RgbaImage {
    let source = RgbaImage::from_raw(tile.width, tile.height, tile.rgba.clone())
        .unwrap_or_else(|| RgbaImage::new(1, 1));
    if (tile.width, tile.height) == (place.width, place.height) {
        return source;
    }
    resize(&source, place.width, place.height, FilterType::CatmullRom)
}

/// The picture's bands, top to bottom, each as RGB (`width × rows × 3`
/// bytes) of at most `band_height` rows: drawn one at a time as they are
/// asked for.
pub struct Bands<'a> {
    plan: &'a Plan<'a>,
    band_height: u32,
    top: u32,
    /// Tiles scaled for an earlier band that reach into later ones.
    kept: Vec<(usize, RgbaImage)>,
}

impl<'a> Bands<'a> {
    pub fn new(plan: &'a Plan<'a>, band_height: u32) -> Bands<'a> {
        Bands {
            plan,
            band_height: band_height.max(1),
            top: 0,
            kept: Vec::new(),
        }
    }
}

impl Iterator for Bands<'_> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        let plan = self.plan;
        let (w, h, top) = (plan.width as usize, plan.height, self.top);
        if top >= h {
            return None;
        }
        let bottom = (top + self.band_height).min(h);
        let rows = (bottom - top) as usize;
        let mut buf: Vec<u8> = plan
            .background
            .iter()
            .copied()
            .cycle()
            .take(w * rows * 3)
            .collect();
        if let Some(shape) = &plan.shape {
            shape.draw(&mut buf, plan.width, top, rows as u32);
        }
        for (i, place) in plan.places.iter().enumerate() {
            if place.y >= bottom || place.bottom() <= top || place.width == 0 || place.height == 0 {
                continue;
            }
            let at = match self.kept.iter().position(|(k, _)| *k == i) {
                Some(at) => at,
                None => {
                    let Some(tile) = plan.tiles.tile(i) else {
                        continue;
                    };
                    self.kept.push((i, scaled(&tile, place)));
                    self.kept.len() - 1
                }
            };
            let image = &self.kept[at].1;
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
        self.kept.retain(|(i, _)| plan.places[*i].bottom() > bottom);
        self.top = bottom;
        Some(buf)
    }
}

/// Calls `band` with each strip of at most `band_height` rows, top to
/// bottom, as RGB (`width × rows × 3` bytes).
pub fn bands(plan: &Plan, band_height: u32, mut band: impl FnMut(&[u8])) {
    for b in Bands::new(plan, band_height) {
        band(&b);
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

/// The JPEG quality of a montage (high: small words must stay sharp).
pub const JPEG_QUALITY: u8 = 90;

/// The montage as a baseline JPEG (quality [`JPEG_QUALITY`]; at 90 and
/// over the encoder keeps colour at full resolution, 4:4:4),
/// encoded as the bands are drawn: the encoder asks for rows top to
/// bottom, and only the band they are in is held. Sides up to 65,535.
pub fn write_jpeg<W: std::io::Write>(plan: &Plan, band_height: u32, out: W) -> Result<(), String> {
    let (Ok(width), Ok(height)) = (u16::try_from(plan.width), u16::try_from(plan.height)) else {
        return Err("a JPEG's sides are at most 65535 pixels".into());
    };
    let rows = JpegRows {
        width,
        height,
        bands: std::cell::RefCell::new((Bands::new(plan, band_height), 0, Vec::new())),
    };
    let encoder = jpeg_encoder::Encoder::new(out, JPEG_QUALITY);
    encoder.encode_image(rows).map_err(|e| e.to_string())
}

/// The rows of a montage as the JPEG encoder asks for them (in order; the
/// last may be asked for again to pad the final block).
struct JpegRows<'a> {
    width: u16,
    height: u16,
    /// The bands, the first row of the band held, and that band.
    bands: std::cell::RefCell<(Bands<'a>, u32, Vec<u8>)>,
}

impl jpeg_encoder::ImageBuffer for JpegRows<'_> {
    fn get_jpeg_color_type(&self) -> jpeg_encoder::JpegColorType {
        jpeg_encoder::JpegColorType::Ycbcr
    }

    fn width(&self) -> u16 {
        self.width
    }

    fn height(&self) -> u16 {
        self.height
    }

    fn fill_buffers(&self, y: u16, buffers: &mut [Vec<u8>; 4]) {
        let mut held = self.bands.borrow_mut();
        let (bands, top, band) = &mut *held;
        let w = self.width as usize;
        let y = y as u32;
        while y >= *top + (band.len() / (w * 3)) as u32 {
            *top += (band.len() / (w * 3)) as u32;
            match bands.next() {
                Some(next) => *band = next,
                None => return, // never: the encoder asks only for rows there are
            }
        }
        let row = &band[(y - *top) as usize * w * 3..][..w * 3];
        for p in row.chunks_exact(3) {
            let (luma, cb, cr) = jpeg_encoder::rgb_to_ycbcr(p[0], p[1], p[2]);
            buffers[0].push(luma);
            buffers[1].push(cb);
            buffers[2].push(cr);
        }
    }
}
