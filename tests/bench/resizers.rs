//! The shrinkers compared by the resize benchmarks, natively
//! (`tests/montage_resize_bench.rs`) and in wasm (`tests/web_resize_bench.rs`):
//! `image`'s `thumbnail` (what `render::photo::decode` uses) against
//! `fast_image_resize` (its box and bilinear convolutions, with and without
//! its SIMD code), and how far each result is from `thumbnail`'s.
#![allow(dead_code)]

use fast_image_resize as fir;
use fir::images::{Image, ImageRef};
use fir::{CpuExtensions, FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, RgbaImage};

/// `image`'s `thumbnail`, as `photo::decode` calls it, then RGBA.
pub fn thumbnail(img: &DynamicImage, side: u32) -> RgbaImage {
    img.thumbnail(side, side).into_rgba8()
}

/// The shrinkers of `fast_image_resize` that are measured.
#[derive(Clone, Copy, Debug)]
pub enum Fir {
    Box,
    Bilinear,
}

/// `fast_image_resize` to `w` × `h`, then RGBA (as `thumbnail` above):
/// three channels for an RGB image (a JPEG), four for RGBA. `simd` false
/// turns its SIMD code off (plain Rust). `alpha`: premultiply by alpha
/// first and divide after (needed where pixels are see-through).
pub fn fir_resize(
    src: &DynamicImage,
    w: u32,
    h: u32,
    how: Fir,
    simd: bool,
    alpha: bool,
) -> RgbaImage {
    let (bytes, pixels): (&[u8], PixelType) = match src {
        DynamicImage::ImageRgb8(rgb) => (rgb.as_raw(), PixelType::U8x3),
        DynamicImage::ImageRgba8(rgba) => (rgba.as_raw(), PixelType::U8x4),
        other => panic!("measured on RGB and RGBA only, not {:?}", other.color()),
    };
    let view = ImageRef::new(src.width(), src.height(), bytes, pixels).unwrap();
    let mut dst = Image::new(w, h, pixels);
    let mut resizer = Resizer::new();
    if !simd {
        // SAFETY: `None` (plain Rust) is supported by every CPU.
        unsafe { resizer.set_cpu_extensions(CpuExtensions::None) };
    }
    let filter = match how {
        Fir::Box => FilterType::Box,
        Fir::Bilinear => FilterType::Bilinear,
    };
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(filter))
        .use_alpha(alpha);
    resizer.resize(&view, &mut dst, &options).unwrap();
    match pixels {
        PixelType::U8x3 => {
            DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, dst.into_vec()).unwrap())
                .into_rgba8()
        }
        _ => RgbaImage::from_raw(w, h, dst.into_vec()).unwrap(),
    }
}

/// The mean and the largest difference of two images' channel values
/// (0–255), or None if their sizes differ.
pub fn difference(a: &RgbaImage, b: &RgbaImage) -> Option<(f64, u8)> {
    if a.dimensions() != b.dimensions() {
        return None;
    }
    let (mut sum, mut most) = (0u64, 0u8);
    for (x, y) in a.as_raw().iter().zip(b.as_raw()) {
        let d = x.abs_diff(*y);
        sum += u64::from(d);
        most = most.max(d);
    }
    Some((sum as f64 / a.as_raw().len() as f64, most))
}
