//! Artwork files for the boards' layers ([`crate::campaign::layers`]):
//! what kind a file is, whether it may be used, its own size, and its
//! pixels at the exact size a board needs ([`crate::render::layers`]).
//! PNG, JPEG and WebP are read by the photo decoder (upright, with its
//! limits), SVG by resvg ([`svg`]).
//!
//! This is the only place that decodes artwork: the command line, the
//! tests and the campaign check use it; the render engine is given the
//! pixels, so neither SVG nor image decoding weighs on the render worker.

pub mod ahead;
pub mod check;
pub mod svg;

use crate::campaign::Campaign;
use crate::render::photo;
use crate::render::Renderer;

/// The most bytes one artwork file may have.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The most bytes a campaign's artwork files may have together.
pub const MAX_TOTAL_BYTES: usize = 6 * 1024 * 1024;

/// The kinds of artwork file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    WebP,
    Svg,
}

/// The file's kind, from its first bytes (not its name).
pub fn kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(Kind::Jpeg)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::WebP)
    } else {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        let head = head.trim_start_matches('\u{feff}').trim_start();
        (head.starts_with('<') && head.contains("<svg")).then_some(Kind::Svg)
    }
}

/// An artwork file read and checked, ready to be drawn at any size.
pub enum Art {
    Raster(photo::Photo),
    Svg(Box<resvg::usvg::Tree>),
}

/// The largest side a raster layer is kept at (a background for a 1080 ×
/// 1920 story needs 1920).
const MAX_RASTER_SIDE: u32 = 2048;

impl Art {
    /// Reads the file, or says in plain words why it cannot be used.
    pub fn read(bytes: &[u8]) -> Result<Art, String> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(format!(
                "it is {:.1} MB; an artwork file may be at most {} MB",
                bytes.len() as f64 / (1024.0 * 1024.0),
                MAX_FILE_BYTES / (1024 * 1024)
            ));
        }
        match kind(bytes) {
            None => Err("it is not a PNG, JPEG, WebP or SVG file".into()),
            Some(Kind::Svg) => svg::tree(bytes).map(|t| Art::Svg(Box::new(t))),
            Some(_) => photo::decode(bytes, MAX_RASTER_SIDE)
                .map(Art::Raster)
                .map_err(|e| format!("it cannot be read: {e}")),
        }
    }

    /// Its own size: pixels, or the SVG's units.
    pub fn own_size(&self) -> (f32, f32) {
        match self {
            Art::Raster(p) => (p.width as f32, p.height as f32),
            Art::Svg(t) => svg::own_size(t),
        }
    }

    /// Its pixels at exactly `width` × `height` (straight RGBA): an SVG
    /// drawn at that size; a picture shrunk by averaging (the photo
    /// decoder's thumbnail) or enlarged by Catmull-Rom filtering.
    pub fn pixels(&self, width: u32, height: u32) -> Option<Vec<u8>> {
        match self {
            Art::Svg(t) => svg::draw(t, width, height).map(crate::render::demultiply),
            Art::Raster(p) => {
                let img = image::ImageBuffer::<image::Rgba<u8>, &[u8]>::from_raw(
                    p.width,
                    p.height,
                    &p.rgba[..],
                )?;
                let sized = if p.width >= width && p.height >= height {
                    image::imageops::thumbnail(&img, width, height)
                } else {
                    // Catmull-Rom: arithmetic only (no trigonometry, so the
                    // same bits in wasm), 4.5 times faster here than
                    // tiny-skia's bicubic sampling.
                    image::imageops::resize(
                        &img,
                        width,
                        height,
                        image::imageops::FilterType::CatmullRom,
                    )
                };
                Some(sized.into_raw())
            }
        }
    }
}

/// Gives the renderer the campaign's brand font, if it names one, and
/// every layer the campaign's boards need at every export size, reading
/// the files with `read` (a path from the campaign file's folder). The first file that cannot be read or used stops it,
/// named, with why.
pub fn prepare(
    renderer: &mut Renderer,
    campaign: &Campaign,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Result<(), String> {
    // The campaign's own typeface too, when it names one.
    give_brand_font(renderer, campaign, &mut read)?;
    let mut arts: Vec<(String, Art)> = Vec::new();
    for file in ahead::files(campaign) {
        let art = Art::read(&read(file)?).map_err(|why| format!("{file}: {why}"))?;
        arts.push((file.to_owned(), art));
    }
    give(renderer, campaign, &arts)
}

/// Gives the renderer the campaign's brand font, if it names one and the
/// renderer lacks it, reading it with `read` (a path from the campaign
/// file's folder).
pub fn give_brand_font(
    renderer: &mut Renderer,
    campaign: &Campaign,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Result<(), String> {
    if let Some(file) = renderer.brand_font_needed(campaign).map(str::to_owned) {
        let bytes = read(&file)?;
        renderer
            .set_brand_font(&file, bytes)
            .map_err(|why| format!("{file}: {why}"))?;
    }
    Ok(())
}

/// Gives the renderer every layer the campaign's boards need at every
/// export size, from files already read (`arts`, by path).
pub fn give(
    renderer: &mut Renderer,
    campaign: &Campaign,
    arts: &[(String, Art)],
) -> Result<(), String> {
    for board in &campaign.boards {
        for size in &campaign.sizes {
            // Twice at most: the files' shapes, then their pixels.
            for _ in 0..2 {
                for need in renderer.missing_layers(board, size) {
                    let Some((_, art)) = arts.iter().find(|(f, _)| *f == need.file) else {
                        return Err(format!("{}: not read", need.file));
                    };
                    if need.width == 0 {
                        renderer.set_layer_shape(&need.file, art.own_size());
                    } else {
                        let rgba = art.pixels(need.width, need.height).ok_or_else(|| {
                            format!(
                                "{}: it cannot be drawn at {} × {}",
                                need.file, need.width, need.height
                            )
                        })?;
                        renderer.add_layer(need, &rgba);
                    }
                }
            }
        }
    }
    Ok(())
}

/// [`prepare`] with the files read from `dir`, the campaign file's folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn prepare_from(
    renderer: &mut Renderer,
    campaign: &Campaign,
    dir: &std::path::Path,
) -> Result<(), String> {
    prepare(renderer, campaign, |file| {
        std::fs::read(dir.join(file)).map_err(|e| format!("{file}: {e}"))
    })
}
