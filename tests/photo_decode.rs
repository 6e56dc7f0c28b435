//! Reading photos: formats, EXIF orientation (all eight), shrinking, and
//! every kind of bad file, each with a message naming the problem. The
//! fixtures are made here, in memory.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use image::{Rgb, RgbImage};
use pledge_board::render::photo::{decode, PhotoError, MAX_FILE_BYTES};

const R: [u8; 3] = [230, 20, 20];
const G: [u8; 3] = [20, 200, 20];
const B: [u8; 3] = [20, 20, 230];
const W: [u8; 3] = [250, 250, 250];

/// 64 × 32, in quadrants: red top left, green top right, blue bottom left,
/// white bottom right.
fn quadrants() -> RgbImage {
    RgbImage::from_fn(64, 32, |x, y| {
        Rgb(match (x < 32, y < 16) {
            (true, true) => R,
            (false, true) => G,
            (true, false) => B,
            (false, false) => W,
        })
    })
}

fn encode(img: &RgbImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

fn jpeg(img: &RgbImage) -> Vec<u8> {
    encode(img, image::ImageFormat::Jpeg)
}

fn png(img: &RgbImage) -> Vec<u8> {
    encode(img, image::ImageFormat::Png)
}

/// A JPEG with an EXIF APP1 segment giving this orientation (1 to 8).
fn jpeg_with_orientation(img: &RgbImage, orientation: u16) -> Vec<u8> {
    common::photos::with_orientation(&jpeg(img), orientation)
}

fn pixel(p: &pledge_board::render::photo::Photo, x: u32, y: u32) -> [u8; 3] {
    let i = ((y * p.width + x) * 4) as usize;
    [p.rgba[i], p.rgba[i + 1], p.rgba[i + 2]]
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

#[test]
fn png_and_jpeg_are_read_as_rgba() {
    for bytes in [png(&quadrants()), jpeg(&quadrants())] {
        let p = decode(&bytes, 4096).unwrap();
        assert_eq!((p.width, p.height, p.rgba.len()), (64, 32, 64 * 32 * 4));
        assert!(near(pixel(&p, 4, 4), R) && near(pixel(&p, 60, 28), W));
    }
}

#[test]
fn every_exif_orientation_stands_the_photo_upright() {
    // (orientation, top-left colour, top-right colour, sideways)
    let cases = [
        (1, R, G, false),
        (2, G, R, false),
        (3, W, B, false),
        (4, B, W, false),
        (5, R, B, true),
        (6, B, R, true),
        (7, W, G, true),
        (8, G, W, true),
    ];
    for (o, tl, tr, sideways) in cases {
        let p = decode(&jpeg_with_orientation(&quadrants(), o), 4096).unwrap();
        let (w, h) = if sideways { (32, 64) } else { (64, 32) };
        assert_eq!((p.width, p.height), (w, h), "orientation {o}");
        assert!(
            near(pixel(&p, 3, 3), tl),
            "orientation {o}: top left is {:?}",
            pixel(&p, 3, 3)
        );
        assert!(
            near(pixel(&p, w - 4, 3), tr),
            "orientation {o}: top right is {:?}",
            pixel(&p, w - 4, 3)
        );
    }
}

#[test]
fn big_photos_are_shrunk_at_once_keeping_their_shape() {
    let big = RgbImage::from_fn(3000, 2000, |x, _| Rgb([(x % 256) as u8, 90, 160]));
    let p = decode(&jpeg(&big), 1080).unwrap();
    assert_eq!((p.width, p.height), (1080, 720));
    // Upright first, then shrunk: a sideways photo fits by its long side too.
    let p = decode(&jpeg_with_orientation(&big, 6), 1080).unwrap();
    assert_eq!((p.width, p.height), (720, 1080));
}

#[test]
fn a_file_that_is_not_an_image_says_so() {
    let e = decode(b"Dear diary, today I pledged.", 1080).unwrap_err();
    assert_eq!(e, PhotoError::NotAnImage);
    assert!(e.to_string().contains("JPEG, PNG or WebP"));
    assert_eq!(decode(b"", 1080).unwrap_err(), PhotoError::NotAnImage);
}

#[test]
fn truncated_and_damaged_files_are_corrupt_not_a_panic() {
    let whole = jpeg(&quadrants());
    // Cut anywhere, even just before its end marker, a JPEG is refused
    // (the decoder alone would fill the missing rows with grey).
    let cuts = (4..whole.len())
        .step_by(97)
        .chain(whole.len() - 16..whole.len());
    for cut in cuts {
        match decode(&whole[..cut], 1080) {
            Err(PhotoError::Corrupt(_)) | Err(PhotoError::NotAnImage) => {}
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
    // A photo carrying a thumbnail (a whole small JPEG, end marker and all,
    // in an APP segment, as cameras store one) is complete only with its
    // own end marker; something appended after that (a motion photo's
    // video) does not matter.
    let thumbnail = jpeg(&RgbImage::from_pixel(16, 16, Rgb(R)));
    let main = common::photos::phone_jpeg(300, 200, 6);
    let mut photo = main[..2].to_vec();
    photo.extend_from_slice(&[0xFF, 0xE2]);
    photo.extend_from_slice(&((thumbnail.len() + 2) as u16).to_be_bytes());
    photo.extend_from_slice(&thumbnail);
    photo.extend_from_slice(&main[2..]);
    let mut with_video = photo.clone();
    with_video.extend_from_slice(b"....ftypmp42 and a short video");
    assert!(decode(&with_video, 1080).is_ok());
    let n = photo.len();
    assert!(matches!(
        decode(&photo[..n - 100], 1080),
        Err(PhotoError::Corrupt(_))
    ));
    let mut png = png(&quadrants());
    let n = png.len();
    png[n / 2..n / 2 + 16].fill(0xAB); // scribble over the compressed data
    assert!(matches!(decode(&png, 1080), Err(PhotoError::Corrupt(_))));
    let e = decode(&whole[..20], 1080).unwrap_err();
    assert!(e.to_string().contains("damaged or incomplete") || e == PhotoError::NotAnImage);
}

#[test]
fn an_iphone_heic_photo_says_how_to_get_a_jpeg() {
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    heic.extend_from_slice(&[0; 100]);
    let e = decode(&heic, 1080).unwrap_err();
    assert_eq!(e, PhotoError::Heic);
    assert!(e.to_string().contains("Most Compatible"));
}

#[test]
fn too_many_pixels_are_refused_before_decoding() {
    // A PNG header claiming 20000 × 20000 (a decompression bomb's shape):
    // refused from its header, without allocating 1.6 GB.
    let bomb = common::photos::png_bomb(20_000, 20_000);
    let e = decode(&bomb, 1080).unwrap_err();
    assert_eq!(
        e,
        PhotoError::TooManyPixels {
            width: 20_000,
            height: 20_000
        }
    );
    assert!(e.to_string().contains("20000 × 20000"));
    // So large that the decoder's own default limits would refuse it before
    // its size is known (the page then said "0 × 0"): the real size is named.
    let giant = common::photos::png_bomb(60_000, 60_000);
    assert_eq!(
        decode(&giant, 1080).unwrap_err(),
        PhotoError::TooManyPixels {
            width: 60_000,
            height: 60_000
        }
    );
}

#[test]
fn files_over_the_size_cap_are_refused_unread() {
    let huge = vec![0u8; MAX_FILE_BYTES + 1];
    let e = decode(&huge, 1080).unwrap_err();
    assert!(matches!(e, PhotoError::FileTooBig { .. }));
    assert!(e.to_string().contains("up to 40 MB"), "{e}");
}

/// The probe the montage workers read with the browser's decoder to learn
/// how it meets EXIF orientation (`worker::browser_decode`): stored 16 × 8,
/// red left and blue right, orientation 6; upright (as ours reads it) it
/// is 8 × 16, red on top.
#[test]
fn the_browser_decoders_orientation_probe_is_red_on_top_when_upright() {
    let probe = include_bytes!("../src/worker/orientation-probe.jpg");
    let p = pledge_board::render::photo::decode(probe, 8).unwrap();
    assert_eq!((p.width, p.height), (4, 8));
    let at = |x: u32, y: u32| &p.rgba[((y * p.width + x) * 4) as usize..][..3];
    assert!(at(2, 1)[0] > 180 && at(2, 1)[2] < 90, "top: {:?}", at(2, 1));
    assert!(
        at(2, 6)[2] > 180 && at(2, 6)[0] < 90,
        "bottom: {:?}",
        at(2, 6)
    );
}

/// Found by fuzzing (fuzz/regressions/photo_bytes/): an 891-byte JPEG on
/// which the JPEG decoder panics (zune-jpeg 0.5.15, an index out of range
/// in its IDCT). It is refused as damaged, with the usual words, and the
/// next photo still reads.
#[test]
fn a_jpeg_the_decoder_panics_on_is_refused_as_damaged() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let bytes =
        std::fs::read(root.join("fuzz/regressions/photo_bytes/zune-jpeg-idct-1x1.jpg")).unwrap();
    let err = pledge_board::render::photo::decode(&bytes, 2048).unwrap_err();
    assert!(
        matches!(err, pledge_board::render::photo::PhotoError::Corrupt(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("could not be read"), "{err}");
    let good = common::photos::phone_jpeg(64, 48, 6);
    assert!(pledge_board::render::photo::decode(&good, 2048).is_ok());
}
