//! The montage's layouts (`montage::layout`): every image placed exactly
//! once, whole, with its shape kept, inside the area, none overlapping;
//! and the particular shapes each layout promises.

use pledge_board::montage::layout::{commonest_shape, grid, rows, LayoutError, Rect, Size};
use proptest::prelude::*;

fn size(width: u32, height: u32) -> Size {
    Size { width, height }
}

/// The rules every layout keeps.
fn assert_rules(images: &[Size], area: Rect, placed: &[Rect]) {
    assert_eq!(placed.len(), images.len(), "one place per image");
    for (i, (r, s)) in placed.iter().zip(images).enumerate() {
        assert!(r.width > 0 && r.height > 0, "image {i}: empty {r:?}");
        assert!(
            r.x >= area.x
                && r.y >= area.y
                && r.right() <= area.right()
                && r.bottom() <= area.bottom(),
            "image {i}: {r:?} outside {area:?}"
        );
        // Shape kept to within a pixel: never stretched, never cropped.
        let (rw, rh) = (r.width as i64, r.height as i64);
        let (sw, sh) = (s.width as i64, s.height as i64);
        assert!(
            (rw * sh - rh * sw).abs() <= sw.max(sh),
            "image {i} ({sw} × {sh}) drawn as {rw} × {rh}"
        );
    }
    for i in 0..placed.len() {
        for j in i + 1..placed.len() {
            assert!(
                !placed[i].overlaps(&placed[j]),
                "images {i} and {j} overlap: {:?} {:?}",
                placed[i],
                placed[j]
            );
        }
    }
}

fn shapes() -> impl Strategy<Value = Vec<Size>> {
    // Pledge sizes, phone photos and screenshots, and the odd extreme.
    let one = prop_oneof![
        4 => Just(size(1080, 1080)),
        4 => Just(size(1080, 1350)),
        2 => Just(size(1080, 1920)),
        2 => Just(size(4032, 3024)),
        1 => (100u32..3000, 100u32..3000).prop_map(|(w, h)| size(w, h)),
    ];
    prop::collection::vec(one, 1..60)
}

fn areas() -> impl Strategy<Value = Rect> {
    (0u32..200, 0u32..200, 400u32..4000, 400u32..4000).prop_map(|(x, y, width, height)| Rect {
        x,
        y,
        width,
        height,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_grid_places_every_image_once_whole(images in shapes(), area in areas(), gutter in 0u32..40) {
        let placed = grid(&images, area, gutter).unwrap();
        assert_rules(&images, area, &placed);
    }

    #[test]
    fn rows_place_every_image_once_whole(images in shapes(), area in areas(), gutter in 0u32..40) {
        let placed = rows(&images, area, gutter).unwrap();
        assert_rules(&images, area, &placed);
    }
}

#[test]
fn a_grid_of_pledges_has_equal_cells_shaped_like_most_of_them() {
    // 7 portrait pledges and 2 squares: cells are 4:5.
    let mut images = vec![size(1080, 1350); 7];
    images.extend([size(1080, 1080); 2]);
    assert_eq!(commonest_shape(&images), Some(size(4, 5)));
    let area = Rect {
        x: 0,
        y: 0,
        width: 1080,
        height: 1350,
    };
    let placed = grid(&images, area, 10).unwrap();
    assert_rules(&images, area, &placed);
    // 3 columns × 3 rows of 4:5 cells fill the 4:5 area.
    let portrait = placed[0];
    assert!(placed[..7]
        .iter()
        .all(|r| (r.width, r.height) == (portrait.width, portrait.height)));
    assert_eq!(portrait.width, (1080 - 20) / 3);
    // A square is fitted whole in its 4:5 cell: full width, centred.
    assert_eq!(placed[7].width, portrait.width);
    assert_eq!(placed[7].height, portrait.width);
    assert!(placed[7].y > placed[4].bottom());
}

#[test]
fn rows_fill_the_width_and_keep_each_images_shape() {
    // Three squares in a 320 × 120 area with 10 px gutters: one row of
    // 100s, centred (three rows would make them smaller).
    let images = vec![size(500, 500); 3];
    let area = Rect {
        x: 0,
        y: 0,
        width: 320,
        height: 120,
    };
    let placed = rows(&images, area, 10).unwrap();
    assert_eq!(
        placed,
        vec![
            Rect {
                x: 0,
                y: 10,
                width: 100,
                height: 100
            },
            Rect {
                x: 110,
                y: 10,
                width: 100,
                height: 100
            },
            Rect {
                x: 220,
                y: 10,
                width: 100,
                height: 100
            },
        ]
    );
    // A wide photo and a tall pledge share a row at one height.
    let images = vec![
        size(4032, 3024),
        size(1080, 1920),
        size(1080, 1080),
        size(1080, 1350),
    ];
    let area = Rect {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    let placed = rows(&images, area, 8).unwrap();
    assert_rules(&images, area, &placed);
    let first_row: Vec<&Rect> = placed.iter().filter(|r| r.y == placed[0].y).collect();
    assert!(first_row.iter().all(|r| r.height == placed[0].height));
    // Every row but the last reaches across the area, to within a pixel
    // per image.
    let right = first_row.iter().map(|r| r.right()).max().unwrap();
    let left = first_row.iter().map(|r| r.x).min().unwrap();
    assert!(right - left + first_row.len() as u32 >= 1920, "{placed:?}");
}

#[test]
fn too_many_images_for_the_size_are_refused_with_a_reason() {
    let images = vec![size(1080, 1350); 10_000];
    let area = Rect {
        x: 0,
        y: 0,
        width: 100,
        height: 100,
    };
    let e = grid(&images, area, 2).unwrap_err();
    assert!(matches!(e, LayoutError::TooMany { images: 10_000, .. }));
    assert_eq!(
        e.to_string(),
        "10000 images do not fit in 100 × 100 pixels: choose a larger size"
    );
    assert!(matches!(
        rows(&images, area, 2),
        Err(LayoutError::TooMany { .. })
    ));
}

#[test]
fn an_image_without_pixels_is_named() {
    let images = vec![size(1080, 1080), size(0, 1080)];
    let area = Rect {
        x: 0,
        y: 0,
        width: 1000,
        height: 1000,
    };
    assert_eq!(grid(&images, area, 0), Err(LayoutError::EmptyImage(1)));
    assert_eq!(
        rows(&images, area, 0).unwrap_err().to_string(),
        "image 2 has no pixels"
    );
    assert_eq!(grid(&[], area, 0), Ok(vec![]));
    assert_eq!(rows(&[], area, 0), Ok(vec![]));
}

#[test]
fn a_grids_last_row_when_not_full_is_centred() {
    let area = Rect {
        x: 0,
        y: 0,
        width: 1000,
        height: 1000,
    };
    // Seven squares: three rows of three, the last with one.
    let images = vec![size(100, 100); 7];
    let placed = grid(&images, area, 10).unwrap();
    assert_rules(&images, area, &placed);
    let centre = |r: &Rect| r.x + r.width / 2;
    assert_eq!(placed[3].y, placed[4].y, "a row of three");
    assert_ne!(placed[6].y, placed[3].y, "the last row");
    // Under the middle of the rows above, to the pixel.
    assert!(
        centre(&placed[6]).abs_diff(centre(&placed[4])) <= 1,
        "{:?} under {:?}",
        placed[6],
        placed[4]
    );
    // Eight: the last two either side of the middle.
    let placed = grid(&vec![size(100, 100); 8], area, 10).unwrap();
    let mid = (centre(&placed[6]) + centre(&placed[7])) / 2;
    assert!(mid.abs_diff(centre(&placed[4])) <= 1, "{placed:?}");
}
