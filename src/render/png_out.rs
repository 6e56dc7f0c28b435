//! PNG encoding with fixed settings, so equal pixels give equal bytes.

use super::record::PledgeRecord;
use tiny_skia::Pixmap;

/// Straight RGBA from tiny-skia's premultiplied pixels, in place (the
/// same arithmetic as `PremultipliedColorU8::demultiply`, without copying
/// the buffer a pixel at a time).
pub fn demultiply(pixmap: Pixmap) -> Vec<u8> {
    pixmap.take_demultiplied()
}

/// Encodes straight RGBA8 as PNG, with the pledge's record (an `iTXt`
/// chunk before the pixels) if there is one.
pub fn encode(width: u32, height: u32, rgba: &[u8], record: Option<&PledgeRecord>) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, width, height);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        enc.set_filter(png::Filter::Sub);
        // Writing to a Vec cannot fail; the errors are not formatted (their
        // Debug would bring png's and std's error texts into the worker).
        let mut writer = enc
            .write_header()
            .unwrap_or_else(|_| unreachable!("writing a PNG header to a Vec"));
        if let Some(r) = record {
            writer
                .write_chunk(png::chunk::iTXt, &r.itxt_data())
                .unwrap_or_else(|_| unreachable!("writing a chunk to a Vec"));
        }
        writer
            .write_image_data(rgba)
            .unwrap_or_else(|_| unreachable!("the buffer has width × height × 4 bytes"));
    }
    out
}
