//! Drawing a montage band by band (`montage::compose`): the same bytes
//! whatever the band's height; every tile where its place says, whole,
//! over the background; transparency blended. Writes
//! `tests/output/montage-rows.png` (real pledges, justified rows) to look at.

mod common;

use common::*;
use pledge_board::montage::compose::{write_jpeg, write_png, PackedTile, Plan, Tile};
use pledge_board::montage::layout::{grid, rows, Rect, Size};
use pledge_board::render::Pledge;

fn solid(width: u32, height: u32, rgba: [u8; 4]) -> Tile {
    Tile {
        width,
        height,
        rgba: rgba
            .iter()
            .copied()
            .cycle()
            .take((width * height * 4) as usize)
            .collect(),
    }
}

fn sizes(tiles: &[Tile]) -> Vec<Size> {
    tiles
        .iter()
        .map(|t| Size {
            width: t.width,
            height: t.height,
        })
        .collect()
}

fn png_of(plan: &Plan, band: u32) -> Vec<u8> {
    let mut out = Vec::new();
    write_png(plan, band, &mut out).unwrap();
    out
}

#[test]
fn bands_of_any_height_give_the_same_bytes_and_tiles_land_in_their_places() {
    // 13 tiles in distinct colours, portrait and square, one half
    // transparent.
    let mut tiles: Vec<Tile> = (0..12u8)
        .map(|i| {
            let (w, h) = if i % 3 == 0 { (300, 300) } else { (400, 500) };
            solid(w, h, [20 * i, 255 - 20 * i, 40 + 10 * i, 255])
        })
        .collect();
    tiles.push(solid(400, 500, [255, 0, 0, 128]));
    let area = Rect {
        x: 20,
        y: 20,
        width: 1160,
        height: 860,
    };
    let places = grid(&sizes(&tiles), area, 10).unwrap();
    let plan = Plan {
        shape: None,
        width: 1200,
        height: 900,
        background: [40, 20, 70],
        tiles: &tiles,
        places: &places,
    };
    let whole = png_of(&plan, 900);
    for band in [1, 37, 128, 500] {
        assert!(
            png_of(&plan, band) == whole,
            "band height {band} changed the bytes"
        );
    }
    let (w, h, rgba) = decode_png(&whole);
    assert_eq!((w, h), (1200, 900));
    let px = |x: u32, y: u32| {
        let i = ((y * w + x) * 4) as usize;
        [rgba[i], rgba[i + 1], rgba[i + 2]]
    };
    assert_eq!(px(0, 0), [40, 20, 70], "the background");
    for (i, (t, r)) in tiles.iter().zip(&places).enumerate() {
        let want = if t.rgba[3] == 255 {
            [t.rgba[0], t.rgba[1], t.rgba[2]]
        } else {
            // Half red over the background, rounded.
            [
                ((255 * 128 + 40 * 127 + 127) / 255) as u8,
                ((20 * 127 + 127) / 255) as u8,
                ((70 * 127 + 127) / 255) as u8,
            ]
        };
        for (x, y) in [
            (r.x, r.y),
            (r.right() - 1, r.bottom() - 1),
            (r.x + r.width / 2, r.y + r.height / 2),
        ] {
            assert_eq!(px(x, y), want, "tile {i} at ({x}, {y}) in {r:?}");
        }
        // Just outside its place: not this tile (background or gutter).
        if r.x > 0 {
            assert_ne!(
                px(r.x - 1, r.y + r.height / 2),
                want,
                "tile {i} spills left"
            );
        }
    }
}

#[test]
fn a_jpeg_is_encoded_band_by_band_with_the_same_bytes_and_the_pngs_picture() {
    let tiles: Vec<Tile> = (0..7u8)
        .map(|i| solid(300, 400, [30 * i, 200 - 20 * i, 90, 255]))
        .collect();
    let area = Rect {
        x: 10,
        y: 10,
        width: 1005,
        height: 749,
    };
    let places = rows(&sizes(&tiles), area, 6).unwrap();
    let plan = Plan {
        shape: None,
        width: 1025,
        height: 769,
        background: [47, 26, 77],
        tiles: &tiles,
        places: &places,
    };
    let jpeg_of = |band: u32| {
        let mut out = Vec::new();
        write_jpeg(&plan, band, &mut out).unwrap();
        out
    };
    let whole = jpeg_of(769);
    // Bands that do and do not line up with the encoder's 8-row blocks,
    // and a last band shorter than a block.
    for band in [1, 7, 8, 100, 256] {
        assert!(
            jpeg_of(band) == whole,
            "band height {band} changed the bytes"
        );
    }
    assert_eq!(&whole[..2], &[0xff, 0xd8]);
    let jpeg = image::load_from_memory(&whole).unwrap().to_rgb8();
    let (_, _, png) = decode_png(&png_of(&plan, 256));
    assert_eq!(jpeg.dimensions(), (1025, 769));
    // The same picture, within JPEG's loss.
    let mut worst = 0u8;
    let mut total = 0u64;
    for (j, p) in jpeg.pixels().zip(png.chunks_exact(4)) {
        for c in 0..3 {
            let d = j.0[c].abs_diff(p[c]);
            worst = worst.max(d);
            total += d as u64;
        }
    }
    let mean = total as f64 / (1025.0 * 769.0 * 3.0);
    assert!(mean < 1.5, "mean difference {mean:.2}");
    assert!(worst < 60, "worst difference {worst}");
}

#[test]
fn packed_tiles_unpack_to_their_pixels_and_draw_the_same_bytes() {
    // A tile with every kind of pixel: a gradient and transparency.
    let gradient = Tile {
        width: 97,
        height: 61,
        rgba: (0..97 * 61)
            .flat_map(|i: u32| [(i % 97) as u8 * 2, (i / 97) as u8 * 4, 120, (i % 256) as u8])
            .collect(),
    };
    let tiles = vec![gradient.clone(), solid(50, 80, [200, 30, 60, 255])];
    let packed: Vec<PackedTile> = tiles.iter().map(PackedTile::pack).collect();
    assert_eq!(packed[0].unpack().as_ref(), Some(&gradient));
    assert!(
        packed[1].png.len() < 50 * 80 * 4 / 20,
        "a plain tile packs small"
    );
    let places = grid(
        &sizes(&tiles),
        Rect {
            x: 5,
            y: 5,
            width: 290,
            height: 190,
        },
        4,
    )
    .unwrap();
    let whole = Plan {
        shape: None,
        width: 300,
        height: 200,
        background: [10, 10, 10],
        tiles: &tiles,
        places: &places,
    };
    let from_packed = Plan {
        shape: None,
        width: 300,
        height: 200,
        background: [10, 10, 10],
        tiles: &packed,
        places: &places,
    };
    assert!(png_of(&from_packed, 7) == png_of(&whole, 200));
    // A tile that cannot be unpacked is left out, not a panic.
    let broken = vec![PackedTile {
        width: 10,
        height: 10,
        png: b"nonsense".to_vec(),
    }];
    let places = [Rect {
        x: 0,
        y: 0,
        width: 10,
        height: 10,
    }];
    let plan = Plan {
        shape: None,
        width: 20,
        height: 20,
        background: [1, 2, 3],
        tiles: &broken,
        places: &places,
    };
    let (_, _, rgba) = decode_png(&png_of(&plan, 20));
    assert_eq!(&rgba[..3], &[1, 2, 3]);
}

#[test]
fn real_pledges_in_justified_rows() {
    let texts = [
        "I will speak up when I see hate.",
        "Together we stand against hate.",
        "No one should be afraid to be who they are.",
        "I will report hate crime, and help others to.",
        "Hate has no home here.",
        "I will listen, believe and support.",
        "Kindness is stronger than hate.",
    ];
    let campaign = default_campaign();
    let mut r = renderer();
    let tiles: Vec<Tile> = texts
        .iter()
        .zip([
            "square", "portrait", "story", "square", "portrait", "square", "portrait",
        ])
        .map(|(t, size)| {
            let i = r
                .render(&campaign, "purple-dawn", size, &Pledge::new(*t))
                .unwrap();
            Tile {
                width: i.width,
                height: i.height,
                rgba: i.rgba,
            }
        })
        .collect();
    let area = Rect {
        x: 16,
        y: 16,
        width: 1888,
        height: 1048,
    };
    let places = rows(&sizes(&tiles), area, 12).unwrap();
    let plan = Plan {
        shape: None,
        width: 1920,
        height: 1080,
        background: [250, 247, 240],
        tiles: &tiles,
        places: &places,
    };
    let png = png_of(&plan, 256);
    assert!(png == png_of(&plan, 1080));
    std::fs::write(output_dir().join("montage-rows.png"), &png).unwrap();
}

/// A shape mosaic's shape under its tiles: inside it its colour, outside
/// the background, a smooth edge between (a mask of 8 points stretched to
/// 400 pixels is not 8 blocks), the tiles over it, and the same bytes
/// whatever the band's height.
#[test]
fn a_shape_is_drawn_under_the_tiles_with_a_smooth_edge() {
    use pledge_board::montage::compose::Silhouette;
    use pledge_board::montage::shape::Mask;
    // A diamond, 8 × 8 points.
    let inside: Vec<bool> = (0..64)
        .map(|i: i32| ((i % 8) * 2 - 7).abs() + ((i / 8) * 2 - 7).abs() <= 8)
        .collect();
    let mask = Mask {
        width: 8,
        height: 8,
        inside,
    };
    let tiles = vec![solid(40, 40, [250, 0, 0, 255])];
    let places = [Rect {
        x: 180,
        y: 180,
        width: 40,
        height: 40,
    }];
    let plan = Plan {
        width: 400,
        height: 400,
        background: [0, 0, 0],
        shape: Some(Silhouette {
            mask: &mask,
            at: Rect {
                x: 0,
                y: 0,
                width: 400,
                height: 400,
            },
            colour: [0, 200, 0],
        }),
        tiles: &tiles,
        places: &places,
    };
    let png = png_of(&plan, 400);
    for band in [1, 7, 64] {
        assert!(png_of(&plan, band) == png, "band {band}");
    }
    let (w, _, rgba) = decode_png(&png);
    let at = |x: u32, y: u32| {
        let i = ((y * w + x) * 4) as usize;
        [rgba[i], rgba[i + 1], rgba[i + 2]]
    };
    assert_eq!(at(200, 200), [250, 0, 0], "the tile, over the shape");
    assert_eq!(at(200, 120), [0, 200, 0], "inside the shape");
    assert_eq!(at(10, 10), [0, 0, 0], "outside it");
    // Along a row through the edge, the green rises in many steps, not in
    // one jump from a block of the mask to the next.
    let greens: std::collections::BTreeSet<u8> = (0..200).map(|x| at(x, 200)[1]).collect();
    assert!(
        greens.len() > 20,
        "only {} levels on the edge: {greens:?}",
        greens.len()
    );
}
