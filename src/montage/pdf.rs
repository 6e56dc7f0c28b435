//! The montage as a PDF for print: one page of the poster's size (its
//! pixels at the chosen dpi, so an A1 at 150 dpi is 594 × 841 mm), the
//! background a filled rectangle and each tile its own image, placed where
//! the layout put it. No picture of the whole poster is ever held: a tile
//! is scaled, laid on the background, compressed and written, then let
//! go, so memory is bounded by the largest tile, however big the poster.
//!
//! Each image is lossless: the pixels of the PNG montage, compressed as a
//! PNG's data stream is (which PDF reads with the PNG predictor). The
//! objects are written by `pdf-writer`; the file's frame (header, cross
//! reference, trailer) here, as each object is streamed out. Nothing in
//! the file depends on the time or machine: the same plan gives the same
//! bytes.

use super::compose::{scaled, Plan};
use super::layout::Rect;
use pdf_writer::types::Predictor;
use pdf_writer::writers::{Catalog, DocumentInfo};
use pdf_writer::{Chunk, Content, Filter, Name, Ref, TextStr};
use std::io::Write;

/// Counts what is written, for the cross-reference table.
struct Counted<W> {
    out: W,
    at: usize,
}

impl<W: Write> Counted<W> {
    fn put(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.out.write_all(bytes).map_err(|e| e.to_string())?;
        self.at += bytes.len();
        Ok(())
    }
}

/// A place cut to the picture (a tile never reaches past it, but a plan
/// is data).
fn visible(place: &Rect, width: u32, height: u32) -> Option<Rect> {
    let (right, bottom) = (place.right().min(width), place.bottom().min(height));
    (place.x < right && place.y < bottom).then(|| Rect {
        x: place.x,
        y: place.y,
        width: right - place.x,
        height: bottom - place.y,
    })
}

/// The tile `i` as it appears in the PNG montage at `place` (scaled, laid
/// over the background), cut to `shown`: RGB rows.
fn tile_rgb(plan: &Plan, i: usize, place: &Rect, shown: &Rect) -> Option<Vec<u8>> {
    let tile = plan.tiles.tile(i)?;
    // A tile already its place's size (the title band) is read as it is,
    // not copied to be scaled.
    let resized;
    let (width, pixels) = if (tile.width, tile.height) == (place.width, place.height) {
        (tile.width, tile.rgba.as_slice())
    } else {
        resized = scaled(&tile, place);
        (resized.width(), resized.as_raw().as_slice())
    };
    if pixels.len() < (width as usize) * (shown.height as usize) * 4 || shown.width > width {
        return None; // pixels that do not match the tile's size
    }
    let mut rgb = Vec::with_capacity(shown.width as usize * shown.height as usize * 3);
    for y in 0..shown.height {
        let row = &pixels[(y * width) as usize * 4..][..shown.width as usize * 4];
        for (x, p) in row.chunks_exact(4).enumerate() {
            let a = p[3] as u32;
            // What the PNG has under the tile: the background, and the
            // shape over it (see-through tiles show it).
            let under = match &plan.shape {
                Some(s) => s.over(plan.background, shown.x + x as u32, shown.y + y),
                None => plan.background,
            };
            for (c, under) in under.iter().enumerate() {
                let under = *under as u32;
                rgb.push(((p[c] as u32 * a + under * (255 - a) + 127) / 255) as u8);
            }
        }
    }
    Some(rgb)
}

/// RGB rows compressed as a PNG's image data: zlib over rows that each
/// start with their filter's byte, as PDF's PNG predictor reads them.
fn png_stream(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, width, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        enc.set_filter(png::Filter::Sub);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        w.write_image_data(rgb).map_err(|e| e.to_string())?;
    }
    // The PNG's chunks after its 8-byte signature: length, type, data, CRC.
    let mut data = Vec::with_capacity(png.len());
    let mut at = 8;
    while at + 12 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind = &png[at + 4..at + 8];
        let body = png.get(at + 8..at + 8 + len).ok_or("a cut PNG chunk")?;
        if kind == b"IDAT" {
            data.extend_from_slice(body);
        }
        at += 12 + len;
    }
    Ok(data)
}

/// Writes the montage of `plan` as a one-page PDF whose page measures the
/// picture at `dpi` (points are 1/72 inch), titled `title` (its alt text).
pub fn write_pdf<W: Write>(plan: &Plan, dpi: u32, title: &str, out: W) -> Result<(), String> {
    let mut file = Counted { out, at: 0 };
    // Objects 1–5 are written last, when the images are known.
    let (catalog, pages, page, content_id, info) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
    );
    let mut offsets: Vec<(i32, usize)> = Vec::new();
    file.put(b"%PDF-1.7\n%\x80\x80\x80\x80\n")?;
    let write = |file: &mut Counted<W>, offsets: &mut Vec<(i32, usize)>, id: Ref, chunk: Chunk| {
        offsets.push((id.get(), file.at));
        file.put(chunk.as_bytes())
    };

    let pt = 72.0 / dpi.max(1) as f32;
    let page_height = plan.height as f32 * pt;
    let [r, g, b] = plan.background.map(|c| c as f32 / 255.0);
    let mut content = Content::new();
    content.set_fill_rgb(r, g, b);
    content.rect(0.0, 0.0, plan.width as f32 * pt, page_height);
    content.fill_nonzero();
    let mut images: Vec<(String, Ref)> = Vec::new();
    let mut next = 6;
    // The shape under a mosaic: its mask's points as an image the size of
    // its place, smoothed by the viewer as it is enlarged (the PNG samples
    // the same mask the same way).
    let shape = plan.shape.as_ref().map(|s| {
        let rgb: Vec<u8> = s
            .mask
            .inside
            .iter()
            .flat_map(|inside| if *inside { s.colour } else { plan.background })
            .collect();
        (
            s.at,
            Rect {
                x: 0,
                y: 0,
                width: s.mask.width,
                height: s.mask.height,
            },
            rgb,
        )
    });
    let tiles = plan.places.iter().enumerate().filter_map(|(i, place)| {
        let shown = visible(place, plan.width, plan.height)?;
        let rgb = tile_rgb(plan, i, place, &shown)?;
        Some((
            shown,
            Rect {
                x: 0,
                y: 0,
                width: shown.width,
                height: shown.height,
            },
            rgb,
        ))
    });
    // `image` is what is drawn (its pixels `rgb`), `shown` where.
    for (shown, image, rgb) in shape.into_iter().chain(tiles) {
        let data = png_stream(&rgb, image.width, image.height)?;
        drop(rgb);
        let id = Ref::new(next);
        next += 1;
        let mut chunk = Chunk::with_capacity(data.len() + 512);
        {
            let smooth = (image.width, image.height) != (shown.width, shown.height);
            let (columns, rows) = (image.width as i32, image.height as i32);
            let mut image = chunk.image_xobject(id, &data);
            image.filter(Filter::FlateDecode);
            image.width(columns);
            image.height(rows);
            image.color_space().device_rgb();
            image.bits_per_component(8);
            if smooth {
                image.interpolate(true);
            }
            image
                .decode_parms()
                .predictor(Predictor::PngOptimum)
                .colors(3)
                .bits_per_component(8)
                .columns(columns);
        }
        write(&mut file, &mut offsets, id, chunk)?;
        let name = format!("T{}", images.len() + 1);
        let (w, h) = (shown.width as f32 * pt, shown.height as f32 * pt);
        let (x, y) = (shown.x as f32 * pt, page_height - shown.y as f32 * pt - h);
        content.save_state();
        content.transform([w, 0.0, 0.0, h, x, y]);
        content.x_object(Name(name.as_bytes()));
        content.restore_state();
        images.push((name, id));
    }

    let mut chunk = Chunk::new();
    chunk.stream(content_id, &content.finish());
    write(&mut file, &mut offsets, content_id, chunk)?;
    let mut chunk = Chunk::new();
    {
        let mut p = chunk.page(page);
        p.media_box(pdf_writer::Rect::new(
            0.0,
            0.0,
            plan.width as f32 * pt,
            page_height,
        ));
        p.parent(pages);
        p.contents(content_id);
        let mut resources = p.resources();
        let mut objects = resources.x_objects();
        for (name, id) in &images {
            objects.pair(Name(name.as_bytes()), *id);
        }
    }
    write(&mut file, &mut offsets, page, chunk)?;
    let mut chunk = Chunk::new();
    chunk.pages(pages).kids([page]).count(1);
    write(&mut file, &mut offsets, pages, chunk)?;
    let mut chunk = Chunk::new();
    chunk
        .indirect(catalog)
        .start::<Catalog>()
        .pages(pages)
        .lang(TextStr("en"));
    write(&mut file, &mut offsets, catalog, chunk)?;
    let mut chunk = Chunk::new();
    chunk
        .indirect(info)
        .start::<DocumentInfo>()
        .title(TextStr(title))
        .producer(TextStr("Pledge Board"));
    write(&mut file, &mut offsets, info, chunk)?;

    // The cross-reference table: each object's offset, by number.
    offsets.sort_unstable();
    let xref = file.at;
    let mut table = format!("xref\n0 {}\n0000000000 65535 f\r\n", next);
    for (_, at) in &offsets {
        table.push_str(&format!("{at:010} 00000 n\r\n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {next} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ));
    file.put(table.as_bytes())?;
    file.out.flush().map_err(|e| e.to_string())
}
