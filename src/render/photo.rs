//! Photos from the person's device: read with the `image` crate (JPEG, PNG,
//! WebP) under limits, turned upright by their EXIF orientation, and
//! shrunk at once to what the largest export needs. Every way a file can
//! be wrong becomes a [`PhotoError`] whose message says what to do.

use image::{ImageDecoder, ImageError, ImageReader, Limits};
use std::fmt;
use std::io::Cursor;

/// Largest file read at all.
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;
/// Largest photo decoded: 64 megapixels (a 48-megapixel phone photo fits).
pub const MAX_PIXELS: u64 = 64_000_000;
/// Largest side accepted (a long, thin panorama is refused).
pub const MAX_SIDE: u32 = 16_384;

/// A decoded photo: straight (not premultiplied) RGBA, upright.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Photo {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// Why a file cannot be used as the photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoError {
    FileTooBig {
        bytes: usize,
    },
    /// An iPhone's HEIC (or another HEIF) photo: browsers cannot read it.
    Heic,
    NotAnImage,
    TooManyPixels {
        width: u32,
        height: u32,
    },
    /// It claims to be an image but cannot be read: damaged or cut short.
    Corrupt(String),
}

impl fmt::Display for PhotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhotoError::FileTooBig { bytes } => write!(
                f,
                "This file is {:.0} MB; photos up to {} MB can be used. Choose a smaller photo.",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            PhotoError::Heic => f.write_str(
                "This is a HEIC photo, the format iPhones use, which web pages cannot read. \
                 Choose it again from the Photos app (it is then usually sent as JPEG), or set \
                 Settings > Camera > Formats to Most Compatible to take JPEG photos.",
            ),
            PhotoError::NotAnImage => f.write_str(
                "This file is not a photo that can be used. Choose a JPEG, PNG or WebP image.",
            ),
            PhotoError::TooManyPixels { width, height } => write!(
                f,
                "This photo is {width} × {height} pixels, too large to prepare on this device. \
                 Choose a smaller photo (up to 64 megapixels)."
            ),
            PhotoError::Corrupt(_) => f.write_str(
                "This photo could not be read: the file may be damaged or incomplete. \
                 Try another photo.",
            ),
        }
    }
}

impl std::error::Error for PhotoError {}

/// Whether the bytes are an ISO-BMFF HEIF/HEIC file (`ftyp` box with a
/// HEIF brand).
pub fn is_heic(bytes: &[u8]) -> bool {
    bytes.get(4..8) == Some(b"ftyp")
        && bytes.get(8..12).is_some_and(|brand| {
            matches!(
                brand,
                b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1"
            )
        })
}

/// Reads a photo, upright, with neither side over `max_side` pixels.
pub fn decode(bytes: &[u8], max_side: u32) -> Result<Photo, PhotoError> {
    let (decoder, orientation) = open(bytes)?;
    // The JPEG decoder (zune-jpeg) can panic on a damaged file (found by
    // fuzzing: fuzz/regressions/photo_bytes/); natively (pledge-montage,
    // pledge-render) the panic is caught and the file refused like any
    // other damaged one. In wasm a panic aborts: the photo and montage
    // workers' pages hear the worker stop and say the photo could not be
    // read (the draft is on the page, not in the worker).
    let decoded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        image::DynamicImage::from_decoder(decoder)
    }))
    .map_err(|_| PhotoError::Corrupt("the decoder failed on this file".into()))?;
    let mut img = decoded.map_err(from_image)?;
    if img.width().max(img.height()) > max_side {
        img = img.thumbnail(max_side, max_side);
    }
    img.apply_orientation(orientation);
    let rgba = img.into_rgba8();
    Ok(Photo {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}

/// A photo's size as it is stored and its EXIF orientation, from its
/// header, with every check [`decode`] makes before the pixels (file size,
/// format, a JPEG cut short, too many pixels): for a decoder other than
/// ours (the browser's) to be given only what ours would take.
pub fn inspect(bytes: &[u8]) -> Result<(u32, u32, image::metadata::Orientation), PhotoError> {
    let (decoder, orientation) = open(bytes)?;
    let (width, height) = decoder.dimensions();
    Ok((width, height, orientation))
}

/// The decoder for a photo's bytes, its size checked and limits set, and
/// its orientation.
fn open(
    bytes: &[u8],
) -> Result<(Box<dyn ImageDecoder + '_>, image::metadata::Orientation), PhotoError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(PhotoError::FileTooBig { bytes: bytes.len() });
    }
    if is_heic(bytes) {
        return Err(PhotoError::Heic);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| PhotoError::Corrupt(e.to_string()))?;
    // The header is read without the decoder's default limits, which in
    // wasm (32-bit sizes) refuse a giant photo before its size is known;
    // our own limits below, set before any pixel is decoded, then apply.
    reader.no_limits();
    match reader.format() {
        None => return Err(PhotoError::NotAnImage),
        Some(image::ImageFormat::Jpeg) if !jpeg_is_complete(bytes) => {
            return Err(PhotoError::Corrupt("the JPEG has no end marker".into()))
        }
        Some(_) => {}
    }
    let mut decoder = reader.into_decoder().map_err(|e| match e {
        // The decoder would not even read the size (in wasm, a giant PNG's
        // byte count overflows 32 bits): name it from the header.
        ImageError::Limits(_) => match imagesize::blob_size(bytes) {
            Ok(size) => PhotoError::TooManyPixels {
                width: size.width.min(u32::MAX as usize) as u32,
                height: size.height.min(u32::MAX as usize) as u32,
            },
            Err(_) => from_image(e),
        },
        other => from_image(other),
    })?;
    let (width, height) = decoder.dimensions();
    if width as u64 * height as u64 > MAX_PIXELS || width.max(height) > MAX_SIDE {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // RGBA of the largest photo allowed, plus room for the decoder's own.
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    decoder.set_limits(limits).map_err(from_image)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok((Box::new(decoder), orientation))
}

/// Whether a JPEG runs to its end-of-image marker. A file cut short in
/// transfer does not, and the decoder would quietly fill the missing rows
/// with grey. Walks the segments (so an EXIF thumbnail's own end marker is
/// skipped with its segment) and the compressed data after each scan header;
/// anything after the end marker (a motion photo's video) is ignored.
/// The index of the first 0xFF at or after `i` (`b.len()` if none),
/// looking at eight bytes at a time: a byte is 0xFF exactly when its
/// complement is zero, and a word has a zero byte when subtracting one from
/// each byte borrows into a high bit that was clear.
fn next_ff(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(word) = b.get(i..i + 8) {
        let x = !u64::from_le_bytes(word.try_into().expect("eight bytes"));
        if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    while i < b.len() && b[i] != 0xFF {
        i += 1;
    }
    i.min(b.len())
}

fn jpeg_is_complete(b: &[u8]) -> bool {
    let mut i = 2; // after SOI
    loop {
        while i < b.len() && b[i] != 0xFF {
            i += 1;
        }
        while i < b.len() && b[i] == 0xFF {
            i += 1; // fill bytes
        }
        let Some(&marker) = b.get(i) else {
            return false;
        };
        i += 1;
        match marker {
            0xD9 => return true,
            0x01 | 0xD0..=0xD7 => continue, // markers without a length
            _ => {
                let Some(len) = b.get(i..i + 2).map(|l| u16::from_be_bytes([l[0], l[1]])) else {
                    return false;
                };
                if len < 2 {
                    return false;
                }
                i += len as usize;
                if marker == 0xDA {
                    // Compressed data: up to the next marker that is not a
                    // stuffed 0xFF00 or a restart marker. (Megabytes of it:
                    // each step goes straight to the next 0xFF.)
                    loop {
                        i = next_ff(b, i);
                        let Some(&next) = b.get(i + 1) else {
                            return false;
                        };
                        if next != 0x00 && next != 0xFF && !(0xD0..=0xD7).contains(&next) {
                            break;
                        }
                        i += 1;
                    }
                }
            }
        }
    }
}

fn from_image(e: ImageError) -> PhotoError {
    match e {
        ImageError::Limits(_) => PhotoError::TooManyPixels {
            width: 0,
            height: 0,
        },
        ImageError::Unsupported(_) => PhotoError::NotAnImage,
        other => PhotoError::Corrupt(other.to_string()),
    }
}

#[cfg(test)]
mod scan_tests {
    use super::next_ff;

    #[test]
    fn next_ff_finds_the_first_0xff_at_or_after_the_start() {
        // Every length, every place for a first and a second 0xFF (bytes
        // around them that are one bit off it: 0xFE, 0x7F), every start.
        for len in 0..24 {
            for first in 0..=len {
                for second in first..=len {
                    let mut b: Vec<u8> = (0..len).map(|i| [0xFE, 0x7F, 0x00][i % 3]).collect();
                    for at in [first, second] {
                        if at < len {
                            b[at] = 0xFF;
                        }
                    }
                    for start in 0..len + 3 {
                        let want = (start..len).find(|&i| b[i] == 0xFF).unwrap_or(len);
                        assert_eq!(next_ff(&b, start), want, "{b:02x?} from {start}");
                    }
                }
            }
        }
    }
}
