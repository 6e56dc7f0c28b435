//! What the photo worker does, without any browser API (tested natively):
//! read the person's file into an upright photo no larger than the campaign
//! needs, and turn a prepared photo into text for `sessionStorage` (a JPEG,
//! base64-encoded) and back.

use crate::render::photo::{decode, Photo, PhotoError};
use base64::Engine as _;

/// JPEG quality of the copy kept for a reload: indistinguishable on a board.
const STORED_QUALITY: u8 = 88;

/// Reads a photo file, upright, its longer side at most `max_side`.
pub fn prepare(bytes: &[u8], max_side: u32) -> Result<Photo, PhotoError> {
    decode(bytes, max_side)
}

/// The photo as a base64 JPEG, for `sessionStorage`. Transparent parts
/// (a PNG's) are laid on white, as the board would show them anyway.
pub fn to_stored(photo: &Photo) -> String {
    let mut rgb = Vec::with_capacity(photo.rgba.len() / 4 * 3);
    for px in photo.rgba.chunks_exact(4) {
        let a = px[3] as u32;
        for &c in &px[..3] {
            rgb.push(((c as u32 * a + 255 * (255 - a) + 127) / 255) as u8);
        }
    }
    let mut jpeg = Vec::new();
    let encoded = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, STORED_QUALITY)
        .encode(
            &rgb,
            photo.width,
            photo.height,
            image::ExtendedColorType::Rgb8,
        );
    if encoded.is_err() {
        return String::new();
    }
    base64::engine::general_purpose::STANDARD.encode(jpeg)
}

/// The JPEG bytes of a stored photo.
pub fn from_stored(text: &str) -> Result<Vec<u8>, PhotoError> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| PhotoError::Corrupt(e.to_string()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn photo(w: u32, h: u32) -> Photo {
        let mut rgba = Vec::new();
        for y in 0..h {
            for x in 0..w {
                rgba.extend_from_slice(&[(x * 255 / w) as u8, (y * 255 / h) as u8, 90, 255]);
            }
        }
        Photo {
            width: w,
            height: h,
            rgba,
        }
    }

    #[test]
    fn a_stored_photo_comes_back_nearly_the_same() {
        let p = photo(300, 200);
        let text = to_stored(&p);
        assert!(text.len() < p.rgba.len() / 4, "{} characters", text.len());
        let back = prepare(&from_stored(&text).unwrap(), 2048).unwrap();
        assert_eq!((back.width, back.height), (300, 200));
        let worst = p
            .rgba
            .iter()
            .zip(&back.rgba)
            .map(|(a, b)| (*a as i32 - *b as i32).abs())
            .max()
            .unwrap();
        assert!(worst <= 24, "a channel differs by {worst}");
    }

    #[test]
    fn transparent_parts_are_stored_on_white() {
        let mut p = photo(16, 16);
        p.rgba.iter_mut().skip(3).step_by(4).for_each(|a| *a = 0);
        let back = prepare(&from_stored(&to_stored(&p)).unwrap(), 2048).unwrap();
        assert!(back.rgba.iter().all(|&c| c >= 245));
    }

    #[test]
    fn damaged_stored_text_is_an_error_not_a_panic() {
        assert!(matches!(
            from_stored("not base64 ✗"),
            Err(PhotoError::Corrupt(_))
        ));
        let half = &to_stored(&photo(64, 64))[..400];
        let bytes = from_stored(&half[..half.len() / 4 * 4]).unwrap();
        assert!(prepare(&bytes, 2048).is_err());
    }
}
