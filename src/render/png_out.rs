//! PNG encoding with fixed settings, so equal pixels give equal bytes.

use super::record::PledgeRecord;
use tiny_skia::Pixmap;

/// Straight RGBA from tiny-skia's premultiplied pixels.
pub fn demultiply(pixmap: Pixmap) -> Vec<u8> {
    let mut out = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        out.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    out
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
        let mut writer = enc.write_header().expect("writing to a Vec cannot fail");
        if let Some(r) = record {
            writer
                .write_text_chunk(&r.chunk())
                .expect("a fixed Latin-1 keyword and UTF-8 text always encode");
        }
        writer
            .write_image_data(rgba)
            .expect("the buffer has width × height × 4 bytes");
    }
    out
}
