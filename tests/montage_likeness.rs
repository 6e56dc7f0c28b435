//! Duplicates in a montage's images (`montage::likeness`): the same
//! pledge re-saved as a JPEG or shrunk is flagged as near; other pledges,
//! even on the same board, are not; exact duplicates share a digest.

mod common;

use common::*;
use image::ImageEncoder;
use pledge_board::montage::likeness::{difference_hash, distance, near, pixel_digest, Hash, NEAR};
use pledge_board::render::Pledge;

fn pledge(text: &str) -> (u32, u32, Vec<u8>) {
    let image = renderer()
        .render(
            &default_campaign(),
            "purple-dawn",
            "portrait",
            &Pledge::new(text),
        )
        .unwrap();
    (image.width, image.height, image.rgba)
}

/// The image as a social network might re-save it: a JPEG at `quality`,
/// decoded again.
fn as_jpeg(w: u32, h: u32, rgba: &[u8], quality: u8) -> (u32, u32, Vec<u8>) {
    let rgb: Vec<u8> = rgba.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .write_image(&rgb, w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    let back = image::load_from_memory(&bytes).unwrap().to_rgba8();
    (back.width(), back.height(), back.into_raw())
}

fn halved(w: u32, h: u32, rgba: &[u8]) -> (u32, u32, Vec<u8>) {
    let img = image::RgbaImage::from_raw(w, h, rgba.to_vec()).unwrap();
    let small = image::imageops::resize(&img, w / 2, h / 2, image::imageops::FilterType::Triangle);
    (small.width(), small.height(), small.into_raw())
}

fn hash(i: &(u32, u32, Vec<u8>)) -> Hash {
    difference_hash(i.0, i.1, &i.2)
}

#[test]
fn the_same_pledge_resaved_is_near_and_other_pledges_are_not() {
    let a = pledge("I will speak up when I see hate.");
    let b = pledge("Together we stand against hate in Leicester, Leicestershire and Rutland.");
    let c = pledge("No one should be afraid to be who they are.");
    let (ha, hb, hc) = (hash(&a), hash(&b), hash(&c));
    for (what, copy) in [
        ("JPEG quality 60", as_jpeg(a.0, a.1, &a.2, 60)),
        ("half size", halved(a.0, a.1, &a.2)),
    ] {
        let d = distance(ha, hash(&copy));
        println!("{what}: {d} bits of 256 differ");
        assert!(
            near(ha, hash(&copy)),
            "{what}: {d} bits differ (near is ≤ {NEAR})"
        );
        // Not the same pixels, so not an exact duplicate.
        assert_ne!(
            pixel_digest(a.0, a.1, &a.2),
            pixel_digest(copy.0, copy.1, &copy.2)
        );
    }
    for (what, h) in [("b", hb), ("c", hc)] {
        let d = distance(ha, h);
        println!("pledge a against {what}: {d} bits differ");
        assert!(
            !near(ha, h),
            "another pledge on the same board is near: {d} bits"
        );
    }
    assert!(!near(hb, hc), "{} bits", distance(hb, hc));
}

#[test]
fn the_same_pixels_share_a_digest_and_a_changed_pixel_does_not() {
    let a = pledge("I will speak up.");
    let again = pledge("I will speak up.");
    assert_eq!(
        pixel_digest(a.0, a.1, &a.2),
        pixel_digest(again.0, again.1, &again.2)
    );
    let mut changed = a.2.clone();
    changed[4 * 500 + 1] ^= 1;
    assert_ne!(
        pixel_digest(a.0, a.1, &a.2),
        pixel_digest(a.0, a.1, &changed)
    );
    // The same bytes read as another shape are another image.
    assert_ne!(pixel_digest(a.0, a.1, &a.2), pixel_digest(a.1, a.0, &a.2));
}

#[test]
fn tiny_or_short_images_do_not_panic() {
    assert_eq!(difference_hash(0, 0, &[]), [0; 4]);
    assert_eq!(difference_hash(10, 10, &[0; 12]), [0; 4]);
    // A 1 × 1 image: every cell the same pixel, so no bit set.
    assert_eq!(difference_hash(1, 1, &[200, 100, 50, 255]), [0; 4]);
    // A 2 × 1 image, bright then dark: every cell pair compares the two.
    let h = difference_hash(2, 1, &[255, 255, 255, 255, 0, 0, 0, 255]);
    assert_ne!(h, [0; 4]);
}
