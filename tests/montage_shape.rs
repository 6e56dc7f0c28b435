//! The shape mosaic (`montage::shape`): every image placed once, whole,
//! inside the area, none overlapping, each in a cell whose centre is in
//! the shape; the shape solid from its middle out. Writes
//! `tests/output/montage-heart.png` (cells coloured in order) to look at.

mod common;

use pledge_board::montage::layout::{Rect, Size};
use pledge_board::montage::shape::{mosaic, Mask};
use proptest::prelude::*;

fn size(width: u32, height: u32) -> Size {
    Size { width, height }
}

fn assert_inside_shape(mask: &Mask, area: Rect, placed: &[Rect], images: &[Size]) {
    assert_eq!(placed.len(), images.len());
    // The mask is square here, fitted to the area's shorter side, centred.
    let side = area.width.min(area.height);
    let (mx0, my0) = (
        area.x + (area.width - side) / 2,
        area.y + (area.height - side) / 2,
    );
    for (i, r) in placed.iter().enumerate() {
        assert!(r.width > 0 && r.height > 0);
        assert!(
            r.x >= area.x
                && r.right() <= area.right()
                && r.y >= area.y
                && r.bottom() <= area.bottom()
        );
        let (cx, cy) = (r.x + r.width / 2, r.y + r.height / 2);
        let (px, py) = (
            ((cx - mx0) as u64 * mask.width as u64 / side as u64) as usize,
            ((cy - my0) as u64 * mask.height as u64 / side as u64) as usize,
        );
        // The image's centre is its cell's centre (fitted and centred),
        // give or take a pixel of rounding: near the shape at least.
        let near_inside = (py.saturating_sub(1)..=py + 1).any(|y| {
            (px.saturating_sub(1)..=px + 1).any(|x| {
                x < mask.width as usize
                    && y < mask.height as usize
                    && mask.inside[y * mask.width as usize + x]
            })
        });
        assert!(near_inside, "image {i} at {r:?} is outside the shape");
        for (j, other) in placed.iter().enumerate().skip(i + 1) {
            assert!(!r.overlaps(other), "images {i} and {j} overlap");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn a_heart_holds_every_image_once_whole(
        n in 1usize..150,
        portrait in any::<bool>(),
        width in 600u32..3000,
        height in 600u32..3000,
        gutter in 0u32..12,
    ) {
        let one = if portrait { size(1080, 1350) } else { size(1080, 1080) };
        let images = vec![one; n];
        let area = Rect { x: 0, y: 0, width, height };
        let mask = Mask::heart(200);
        let placed = mosaic(&images, area, gutter, &mask).unwrap();
        assert_inside_shape(&mask, area, &placed, &images);
    }
}

#[test]
fn the_heart_is_a_heart_and_filled_from_its_middle() {
    let mask = Mask::heart(64);
    let at = |x: usize, y: usize| mask.inside[y * 64 + x];
    // Solid in the middle, empty in the corners, the dip at the top centre
    // and the point at the bottom centre.
    assert!(
        at(32, 32) && at(17, 14) && at(46, 14),
        "the middle and the lobes"
    );
    assert!(!at(0, 0) && !at(63, 0) && !at(0, 63) && !at(63, 63));
    assert!(!at(32, 10), "the dip between the lobes");
    assert!(at(32, 54) && !at(20, 54), "the point");
    // Left and right mirror each other.
    for y in 0..64 {
        for x in 0..32 {
            assert_eq!(at(x, y), at(63 - x, y), "({x}, {y})");
        }
    }

    let images = vec![size(1080, 1350); 120];
    let area = Rect {
        x: 0,
        y: 0,
        width: 1080,
        height: 1080,
    };
    let placed = mosaic(&images, area, 4, &Mask::heart(256)).unwrap();
    assert_inside_shape(&Mask::heart(256), area, &placed, &images);
    // A picture to look at: each image's rectangle, coloured in order.
    let mut img = image::RgbaImage::from_pixel(1080, 1080, image::Rgba([40, 20, 70, 255]));
    for (i, r) in placed.iter().enumerate() {
        let shade = (60 + (i * 160 / placed.len())) as u8;
        for y in r.y..r.bottom() {
            for x in r.x..r.right() {
                img.put_pixel(x, y, image::Rgba([230, shade, 90, 255]));
            }
        }
    }
    let out = common::output_dir().join("montage-heart.png");
    img.save(&out).unwrap();
}

#[test]
fn a_mask_from_an_image_and_too_many_images_for_it() {
    // A small plus sign: 3 × 3 with the corners out.
    let alpha = [0, 255, 0, 255, 255, 255, 0, 255, 0];
    let mask = Mask::from_alpha(3, 3, &alpha);
    let area = Rect {
        x: 0,
        y: 0,
        width: 300,
        height: 300,
    };
    let placed = mosaic(&[size(100, 100); 5], area, 0, &mask).unwrap();
    assert_eq!(
        placed,
        vec![
            Rect {
                x: 100,
                y: 0,
                width: 100,
                height: 100
            },
            Rect {
                x: 0,
                y: 100,
                width: 100,
                height: 100
            },
            Rect {
                x: 100,
                y: 100,
                width: 100,
                height: 100
            },
            Rect {
                x: 200,
                y: 100,
                width: 100,
                height: 100
            },
            Rect {
                x: 100,
                y: 200,
                width: 100,
                height: 100
            },
        ]
    );
    // One image fewer: the cells nearest the middle; the plus stays whole
    // but for one arm.
    assert_eq!(
        mosaic(&[size(100, 100); 4], area, 0, &mask).unwrap().len(),
        4
    );
    // An empty mask holds nothing.
    let empty = Mask::from_alpha(3, 3, &[0; 9]);
    assert!(mosaic(&[size(10, 10)], area, 0, &empty).is_err());
}

/// An image's bytes in the given format.
fn encoded(img: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

#[test]
fn a_mask_is_read_from_an_images_opacity_or_else_its_darkness() {
    use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
    // Opaque on the left half, see-through on the right (whatever the
    // colour: white here, which is not dark).
    let half = RgbaImage::from_fn(40, 20, |x, _| {
        Rgba([255, 255, 255, if x < 20 { 255 } else { 0 }])
    });
    let m = Mask::from_image(&encoded(DynamicImage::ImageRgba8(half), ImageFormat::Png)).unwrap();
    assert_eq!((m.width, m.height), (40, 20));
    assert!((0..20).all(|y| (0..40).all(|x| m.inside[y * 40 + x] == (x < 20))));
    // No transparency (a JPEG): the dark part, a black square on white.
    let square = RgbImage::from_fn(64, 64, |x, y| {
        if (16..48).contains(&x) && (16..48).contains(&y) {
            Rgb([0, 0, 0])
        } else {
            Rgb([255, 255, 255])
        }
    });
    let m = Mask::from_image(&encoded(DynamicImage::ImageRgb8(square), ImageFormat::Jpeg)).unwrap();
    let inside = m.inside.iter().filter(|i| **i).count();
    // 32 × 32, give or take JPEG's blur at the edge.
    assert!((900..=1200).contains(&inside), "{inside} points inside");
    assert!(m.inside[32 * 64 + 32] && !m.inside[2 * 64 + 2]);
    // Nothing inside: refused, saying why.
    let clear = RgbaImage::from_pixel(8, 8, Rgba([0, 0, 0, 0]));
    let e =
        Mask::from_image(&encoded(DynamicImage::ImageRgba8(clear), ImageFormat::Png)).unwrap_err();
    assert!(e.contains("nothing in it is opaque"), "{e}");
    let white = RgbImage::from_pixel(8, 8, Rgb([255, 255, 255]));
    let e =
        Mask::from_image(&encoded(DynamicImage::ImageRgb8(white), ImageFormat::Png)).unwrap_err();
    assert!(e.contains("nothing in it is dark"), "{e}");
    let e = Mask::from_image(b"<svg/>").unwrap_err();
    assert!(e.contains("not a JPEG, PNG or WebP"), "{e}");
    // A large image is read at most MASK_SIDE a side, its shape kept.
    let big = RgbaImage::from_pixel(3000, 1500, Rgba([0, 0, 0, 255]));
    let m = Mask::from_image(&encoded(DynamicImage::ImageRgba8(big), ImageFormat::Png)).unwrap();
    assert_eq!(
        (m.width, m.height),
        (pledge_board::montage::shape::MASK_SIDE, 512)
    );
}

/// The default campaign's own shape: its image reads as a speech bubble
/// (the body's middle inside, the corner beside the tail outside), and
/// 40 images fill it, each cell's centre inside.
#[test]
fn the_default_campaigns_speech_bubble_holds_its_images() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/campaign/montage-speech-bubble.png"
    ))
    .unwrap();
    let m = Mask::from_image(&bytes).unwrap();
    assert_eq!((m.width, m.height), (1000, 860));
    let at = |x: usize, y: usize| m.inside[y * 1000 + x];
    assert!(at(500, 300) && at(200, 700), "the body and the tail");
    assert!(!at(900, 800) && !at(5, 5), "the corners");
    let area = Rect {
        x: 0,
        y: 0,
        width: 2000,
        height: 1720,
    };
    let images = vec![size(1080, 1350); 40];
    let placed = mosaic(&images, area, 8, &m).unwrap();
    assert_eq!(placed.len(), 40);
    for r in &placed {
        let (cx, cy) = (r.x + r.width / 2, r.y + r.height / 2);
        assert!(
            at(cx as usize / 2, cy as usize / 2),
            "{r:?} is outside the bubble"
        );
    }
}
