//! A photo (the editor's photo worker) or montage image decoded by the
//! browser instead of by our own decoder (wasm only): JPEGs by default,
//! where the browser has what it takes (its decoder has SIMD; ours in wasm
//! has none: BENCHMARKS.md), every file with `?decoder=browser`, none with
//! `?decoder=ours`. The file is first checked as ours would check it
//! ([`photo::inspect`]: format, size, a JPEG cut short), so the browser is
//! never handed what ours would refuse; then `createImageBitmap` decodes it
//! upright (its EXIF orientation applied) and shrunk to the size asked
//! for, and an `OffscreenCanvas` gives back its pixels. If the browser
//! fails where ours would not, ours reads it after all.
//!
//! Engines differ in how `createImageBitmap`'s resize meets a photo's EXIF
//! orientation (Chromium sizes the upright picture; others did not, and
//! the tests caught it), so each worker first reads a 16 × 8 probe stored
//! sideways (`orientation-probe.jpg`: red left, blue right, orientation 6,
//! so upright red is on top) and uses the first way of asking that gives
//! it back upright, or, if none does, our decoder for everything.

use crate::render::photo::{self, Photo, PhotoError};
use image::metadata::Orientation;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, ColorSpaceConversion, DedicatedWorkerGlobalScope, ImageBitmap, ImageBitmapOptions,
    ImageOrientation, OffscreenCanvas, OffscreenCanvasRenderingContext2d, PremultiplyAlpha,
    ResizeQuality,
};

fn corrupt(e: JsValue) -> PhotoError {
    let why = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "the browser could not decode it".into());
    PhotoError::Corrupt(why)
}

/// Whether the browser decodes this file: asked for ("browser"), or a JPEG
/// ("auto"), and the worker has `createImageBitmap` and `OffscreenCanvas`.
pub fn wanted(scope: &DedicatedWorkerGlobalScope, decoder: &str, bytes: &[u8]) -> bool {
    let asked = match decoder {
        "browser" => true,
        "ours" => false,
        _ => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
    };
    asked
        && ["createImageBitmap", "OffscreenCanvas"]
            .iter()
            .all(|name| js_sys::Reflect::has(scope, &(*name).into()).unwrap_or(false))
}

/// How to ask this engine for a shrunk, upright picture.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Sizing {
    /// The resize names the upright picture's size (Chromium).
    Upright,
    /// The resize names the picture's size as stored.
    Stored,
    /// No resize asked: the canvas shrinks it as it draws it.
    Canvas,
}

thread_local! {
    /// The way that gave the probe back upright (`Some(None)`: none did).
    static SIZING: std::cell::Cell<Option<Option<Sizing>>> = const { std::cell::Cell::new(None) };
}

const PROBE: &[u8] = include_bytes!("orientation-probe.jpg");

/// This engine's way of asking (tried on the probe once per worker).
async fn sizing(scope: &DedicatedWorkerGlobalScope) -> Option<Sizing> {
    if let Some(known) = SIZING.with(|s| s.get()) {
        return known;
    }
    let mut found = None;
    for way in [Sizing::Upright, Sizing::Stored, Sizing::Canvas] {
        if let Ok(p) = by_browser(scope, PROBE, 8, 16, 8, Orientation::Rotate90, way).await {
            let at = |x: u32, y: u32| &p.rgba[((y * p.width + x) * 4) as usize..][..3];
            let (top, bottom) = (at(2, 1), at(2, 6));
            let upright = (p.width, p.height) == (4, 8)
                && top[0] > 180
                && top[2] < 90
                && bottom[2] > 180
                && bottom[0] < 90;
            if upright {
                found = Some(way);
                break;
            }
        }
    }
    SIZING.with(|s| s.set(Some(found)));
    found
}

/// `bytes` decoded by the browser, upright, neither side over `max_side`;
/// by ours if the browser cannot, or cannot be trusted to turn it.
pub async fn decode(
    scope: &DedicatedWorkerGlobalScope,
    bytes: &[u8],
    max_side: u32,
) -> Result<Photo, PhotoError> {
    let (width, height, orientation) = photo::inspect(bytes)?;
    let Some(way) = sizing(scope).await else {
        return photo::decode(bytes, max_side);
    };
    match by_browser(scope, bytes, max_side, width, height, orientation, way).await {
        Ok(photo) => Ok(photo),
        Err(_) => photo::decode(bytes, max_side),
    }
}

async fn by_browser(
    scope: &DedicatedWorkerGlobalScope,
    bytes: &[u8],
    max_side: u32,
    width: u32,
    height: u32,
    orientation: Orientation,
    way: Sizing,
) -> Result<Photo, PhotoError> {
    let turned = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let (w, h) = if turned {
        (height, width)
    } else {
        (width, height)
    };
    let (w, h) = if w.max(h) > max_side {
        let long = w.max(h) as u64;
        (
            ((w as u64 * max_side as u64 + long / 2) / long).max(1) as u32,
            ((h as u64 * max_side as u64 + long / 2) / long).max(1) as u32,
        )
    } else {
        (w, h)
    };
    let blob =
        Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)))
            .map_err(corrupt)?;
    let options = ImageBitmapOptions::new();
    options.set_image_orientation(ImageOrientation::FromImage);
    options.set_color_space_conversion(ColorSpaceConversion::None);
    options.set_premultiply_alpha(PremultiplyAlpha::None);
    match way {
        Sizing::Upright | Sizing::Stored => {
            let (rw, rh) = if way == Sizing::Stored && turned {
                (h, w)
            } else {
                (w, h)
            };
            options.set_resize_width(rw);
            options.set_resize_height(rh);
            options.set_resize_quality(ResizeQuality::High);
        }
        Sizing::Canvas => {}
    }
    let promise = scope
        .create_image_bitmap_with_blob_and_image_bitmap_options(&blob, &options)
        .map_err(corrupt)?;
    let bitmap: ImageBitmap = JsFuture::from(promise)
        .await
        .map_err(corrupt)?
        .unchecked_into();
    let canvas = OffscreenCanvas::new(w, h).map_err(corrupt)?;
    let context: OffscreenCanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(corrupt)?
        .ok_or_else(|| PhotoError::Corrupt("no 2D canvas in this worker".into()))?
        .unchecked_into();
    context
        // Scaled to the canvas, in case an engine ignores the resize
        // options (then the canvas shrinks it, less finely).
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, w as f64, h as f64)
        .map_err(corrupt)?;
    bitmap.close();
    let data = context
        .get_image_data(0.0, 0.0, w as f64, h as f64)
        .map_err(corrupt)?;
    Ok(Photo {
        width: w,
        height: h,
        rgba: data.data().0,
    })
}
