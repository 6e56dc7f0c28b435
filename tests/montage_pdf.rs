//! The montage as a PDF for print (`montage::pdf`, through `build`): read
//! back by Poppler, the PDF reader of most Linux desktops and print
//! shops' tools (Debian's poppler-utils, installed by `scripts/setup.sh
//! test`). Its page measures the picture at the dpi asked for; each tile
//! is an image of its own; drawn at that dpi it is the PNG montage pixel
//! for pixel; the same tiles give the same bytes. Writes
//! `tests/output/montage.pdf` to look at.

mod common;

use common::*;
use pledge_board::montage::build::{build, Format, Layout, Spec};
use pledge_board::montage::compose::{PackedTile, Tile};
use pledge_board::render::Pledge;

/// Four real pledges of three shapes, and a tile with see-through parts.
fn tiles() -> Vec<PackedTile> {
    let campaign = default_campaign();
    let mut r = renderer();
    let mut g = pledge_board::montage::gather::Gathering::default();
    for (text, size) in [
        ("Hate has no home here.", "square"),
        ("I will speak up when I see hate.", "portrait"),
        ("Together we stand against hate.", "story"),
        ("Kindness is stronger than hate.", "square"),
    ] {
        let i = r
            .render(&campaign, "purple-dawn", size, &Pledge::new(text))
            .unwrap();
        // Read as the montage reads files: tiles of at most 540 pixels.
        g.add(text, &i.to_png(), 540);
    }
    let mut tiles: Vec<PackedTile> = g.images.into_iter().map(|i| i.tile).collect();
    let (w, h) = (300u32, 200u32);
    let mut rgba = Vec::new();
    for y in 0..h {
        for x in 0..w {
            rgba.extend_from_slice(&[
                (x * 255 / w) as u8,
                (y * 255 / h) as u8,
                90,
                (x % 256) as u8,
            ]);
        }
    }
    tiles.push(PackedTile::pack(&Tile {
        width: w,
        height: h,
        rgba,
    }));
    assert_eq!(tiles.len(), 5);
    tiles
}

fn montage(tiles: &[PackedTile], format: Format, width: u32, height: u32, dpi: u32) -> Vec<u8> {
    shaped(tiles, Layout::Rows, format, width, height, dpi)
}

fn shaped(
    tiles: &[PackedTile],
    layout: Layout,
    format: Format,
    width: u32,
    height: u32,
    dpi: u32,
) -> Vec<u8> {
    let c = default_campaign();
    let spec = Spec {
        layout,
        width,
        height,
        gutter: 10,
        background: pledge_board::montage::title::background(&c),
        format,
        dpi,
        about: "Montage of 5 pledges of support",
        title: Some((&c, "en")),
        crops: &[],
    };
    let mut out = Vec::new();
    build(tiles.to_vec(), &spec, &mut renderer(), &mut out).unwrap();
    out
}

#[test]
fn a_pdf_drawn_at_its_dpi_is_the_png_montage_and_each_tile_is_an_image() {
    let tiles = tiles();
    let (w, h) = (1200, 900);
    let pdf = montage(&tiles, Format::Pdf, w, h, 150);
    let png = montage(&tiles, Format::Png, w, h, 150);
    assert!(pdf.starts_with(b"%PDF-1.7\n"), "a PDF's header");
    assert!(pdf.ends_with(b"%%EOF\n"));
    assert_eq!(
        pdf,
        montage(&tiles, Format::Pdf, w, h, 150),
        "same tiles, same bytes"
    );
    let path = output_dir().join("montage.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let p = path.to_str().unwrap();

    // The page: 1200 × 900 pixels at 150 dpi are 576 × 432 points (8 × 6
    // inches); its title is the montage's alt text.
    let info = poppler("pdfinfo", &[p]);
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("Page size:       576 x 432 pts"), "{info}");
    assert!(
        info.contains("Title:           Montage of 5 pledges of support"),
        "{info}"
    );

    // Five tiles and the title band: six images, each at 150 ppi, none
    // compressed with loss.
    let list = poppler("pdfimages", &["-list", p]);
    let images: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(images.len(), 6, "{list}");
    for line in &images {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cols[5], "rgb", "{line}");
        assert_eq!(cols[8], "image", "lossless (Flate), not JPEG: {line}");
        assert_eq!((cols[12], cols[13]), ("150", "150"), "{line}");
    }

    // Drawn at 150 dpi: the PNG montage, pixel for pixel (Cairo puts each
    // image's pixels on the page's without resampling them).
    assert_drawn_is(&pdf, 150, &png);
}

/// Fails unless the PDF drawn by Poppler at `dpi` is the PNG montage: at
/// most one pixel in a thousand off by more than 2 levels.
fn assert_drawn_is(pdf: &[u8], dpi: u32, png: &[u8]) {
    let (dw, dh, drawn) = pdf_drawn(pdf, dpi);
    let (pw, ph, pixels) = decode_png(png);
    assert_eq!((dw, dh), (pw, ph));
    let diff = compare(&drawn, &pixels, 2);
    assert!(
        diff.differing * 1000 <= diff.total,
        "the PDF drawn at {dpi} dpi differs from the PNG in {} of {} pixels \
         (see tests/output/pdf-*.png)",
        diff.differing,
        diff.total
    );
}

#[test]
fn a_300_dpi_pdf_has_a_page_half_the_size_and_the_same_pixels() {
    let tiles = tiles();
    let pdf = montage(&tiles, Format::Pdf, 600, 900, 300);
    let path = output_dir().join("montage-300dpi.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    // 600 × 900 pixels at 300 dpi: 2 × 3 inches, 144 × 216 points.
    assert!(info.contains("Page size:       144 x 216 pts"), "{info}");
    assert_drawn_is(&pdf, 300, &montage(&tiles, Format::Png, 600, 900, 300));
}

/// A heart: its shape under the tiles is one more image, of the mask's
/// points, which the reader smooths as it enlarges it; drawn, it is the
/// PNG heart (see-through tiles over the shape too) but for the shape's
/// edge, where the two smooth a little differently.
#[test]
fn a_hearts_shape_is_an_image_under_the_tiles() {
    let tiles = tiles();
    let pdf = shaped(&tiles, Layout::Heart, Format::Pdf, 900, 900, 150);
    let png = shaped(&tiles, Layout::Heart, Format::Png, 900, 900, 150);
    let path = output_dir().join("montage-heart.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let list = poppler("pdfimages", &["-list", path.to_str().unwrap()]);
    let images: Vec<&str> = list.lines().skip(2).collect();
    // The shape, five tiles and the title band.
    assert_eq!(images.len(), 7, "{list}");
    let first: Vec<&str> = images[0].split_whitespace().collect();
    assert_eq!(
        (first[3], first[4]),
        ("512", "512"),
        "the heart's mask: {list}"
    );
    let (dw, dh, drawn) = pdf_drawn(&pdf, 150);
    let (pw, ph, pixels) = decode_png(&png);
    assert_eq!((dw, dh), (pw, ph));
    // Where the heart's edge is (what the PNG draws partly inside it),
    // widened by 3 pixels: the two may smooth it differently there, and
    // nowhere else.
    use pledge_board::montage::build::{area, silhouette_colour};
    use pledge_board::montage::compose::Silhouette;
    use pledge_board::montage::shape::{mask_rect, Mask};
    let heart = Mask::heart(512);
    let (_, inner) = area(900, 900, 10, true);
    let shape = Silhouette {
        mask: &heart,
        at: mask_rect(&heart, inner),
        colour: silhouette_colour([0; 3]),
    };
    let near_edge = |x: u32, y: u32| {
        let around: Vec<u32> = (x.saturating_sub(3)..=x + 3)
            .flat_map(|x| (y.saturating_sub(3)..=y + 3).map(move |y| (x, y)))
            .map(|(x, y)| shape.coverage(x, y))
            .collect();
        around.iter().any(|c| *c < 255) && around.iter().any(|c| *c > 0)
    };
    let diff = compare(&drawn, &pixels, 2);
    let mut off_edge = 0;
    for (i, (a, b)) in drawn
        .chunks_exact(4)
        .zip(pixels.chunks_exact(4))
        .enumerate()
    {
        let (x, y) = ((i % 900) as u32, (i / 900) as u32);
        if a.iter().zip(b).any(|(p, q)| p.abs_diff(*q) > 2) && !near_edge(x, y) {
            off_edge += 1;
        }
    }
    if off_edge > 0 {
        let out = output_dir().join("pdf-heart.diff.png");
        image::RgbaImage::from_raw(900, 900, diff.diff)
            .unwrap()
            .save(&out)
            .unwrap();
    }
    assert_eq!(
        off_edge, 0,
        "the heart PDF differs from the PNG away from the shape's edge \
         ({} pixels differ in all; see tests/output/pdf-heart.diff.png)",
        diff.differing
    );
    // Even on the edge, Cairo's smoothing and ours are close.
    let loose = compare(&drawn, &pixels, 16);
    assert!(
        loose.differing * 1000 <= loose.total,
        "{} of {} pixels differ by more than 16 levels",
        loose.differing,
        loose.total
    );
}
