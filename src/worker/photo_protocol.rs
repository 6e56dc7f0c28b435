//! The messages between the page and the photo worker (wasm only), as plain
//! JavaScript objects. The file's bytes and the prepared pixels travel as
//! transferred buffers, never copied through the page's own wasm memory.

use super::js_object::{get, obj};
use crate::render::photo::PhotoError;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// Where a photo comes from.
#[derive(Clone, Debug)]
pub enum Source {
    /// The bytes of the file the person chose.
    File(Uint8Array),
    /// The text kept in `sessionStorage` (see `photo_job::to_stored`).
    Stored(String),
}

/// Page → worker: prepare this photo.
#[derive(Clone, Debug)]
pub struct Prepare {
    pub id: u32,
    pub source: Source,
    /// The longest side to keep (`placement::photo_side_needed`).
    pub max_side: u32,
    /// Also send the text to keep in `sessionStorage`.
    pub keep: bool,
    /// Whose decoder reads it: "auto", "browser" or "ours"
    /// (`web::files::decoder_asked`, `browser_decode::wanted`).
    pub decoder: String,
}

/// Worker → page.
#[derive(Clone, Debug)]
pub enum Reply {
    Ready,
    /// The worker's wasm could not load (sent by its JavaScript loader).
    StartFailed(String),
    /// The photo, upright and shrunk: straight RGBA.
    Prepared {
        id: u32,
        width: u32,
        height: u32,
        rgba: Uint8Array,
    },
    /// The file cannot be used, and why (the page words the message).
    Refused {
        id: u32,
        problem: PhotoError,
    },
    /// The photo as text for `sessionStorage`.
    Stored {
        id: u32,
        text: String,
    },
}

/// A short name for each kind of problem, as it travels (and for tests).
pub fn problem_name(e: &PhotoError) -> &'static str {
    match e {
        PhotoError::FileTooBig { .. } => "too-big",
        PhotoError::Heic => "heic",
        PhotoError::NotAnImage => "not-an-image",
        PhotoError::TooManyPixels { .. } => "too-many-pixels",
        PhotoError::Corrupt(_) => "corrupt",
    }
}

fn num(v: &JsValue, k: &str) -> Option<u32> {
    get(v, k).as_f64().map(|n| n as u32)
}

/// The message, and the buffers to transfer rather than copy.
pub fn encode_prepare(p: &Prepare) -> (JsValue, Array) {
    let transfer = Array::new();
    let source = match &p.source {
        Source::File(bytes) => {
            transfer.push(&bytes.buffer());
            ("file", bytes.into())
        }
        Source::Stored(text) => ("stored", text.as_str().into()),
    };
    let v = obj(
        "prepare",
        &[
            ("id", p.id.into()),
            source,
            ("maxSide", p.max_side.into()),
            ("keep", p.keep.into()),
            ("decoder", p.decoder.as_str().into()),
        ],
    );
    (v, transfer)
}

pub fn decode_prepare(v: &JsValue) -> Option<Prepare> {
    if get(v, "kind").as_string()? != "prepare" {
        return None;
    }
    let file = get(v, "file");
    let source = match file.dyn_into::<Uint8Array>() {
        Ok(bytes) => Source::File(bytes),
        Err(_) => Source::Stored(get(v, "stored").as_string()?),
    };
    Some(Prepare {
        id: num(v, "id")?,
        source,
        max_side: num(v, "maxSide")?,
        keep: get(v, "keep").as_bool().unwrap_or(false),
        decoder: get(v, "decoder")
            .as_string()
            .unwrap_or_else(|| "auto".into()),
    })
}

/// The message, and the buffers to transfer rather than copy.
pub fn encode_reply(r: &Reply) -> (JsValue, Array) {
    let transfer = Array::new();
    let v = match r {
        Reply::Ready => obj("ready", &[]),
        Reply::StartFailed(why) => obj("start-failed", &[("why", why.as_str().into())]),
        Reply::Prepared {
            id,
            width,
            height,
            rgba,
        } => {
            transfer.push(&rgba.buffer());
            obj(
                "prepared",
                &[
                    ("id", (*id).into()),
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                    ("rgba", rgba.into()),
                ],
            )
        }
        Reply::Refused { id, problem } => {
            let (bytes, width, height, detail) = match problem {
                PhotoError::FileTooBig { bytes } => (*bytes, 0, 0, ""),
                PhotoError::TooManyPixels { width, height } => (0, *width, *height, ""),
                PhotoError::Corrupt(why) => (0, 0, 0, why.as_str()),
                PhotoError::Heic | PhotoError::NotAnImage => (0, 0, 0, ""),
            };
            obj(
                "refused",
                &[
                    ("id", (*id).into()),
                    ("problem", problem_name(problem).into()),
                    ("bytes", (bytes as f64).into()),
                    ("width", width.into()),
                    ("height", height.into()),
                    ("detail", detail.into()),
                ],
            )
        }
        Reply::Stored { id, text } => obj(
            "stored",
            &[("id", (*id).into()), ("text", text.as_str().into())],
        ),
    };
    (v, transfer)
}

pub fn decode_reply(v: &JsValue) -> Option<Reply> {
    let text = |k: &str| get(v, k).as_string();
    Some(match text("kind")?.as_str() {
        "ready" => Reply::Ready,
        "start-failed" => Reply::StartFailed(text("why")?),
        "prepared" => Reply::Prepared {
            id: num(v, "id")?,
            width: num(v, "width")?,
            height: num(v, "height")?,
            rgba: get(v, "rgba").dyn_into().ok()?,
        },
        "refused" => Reply::Refused {
            id: num(v, "id")?,
            problem: match text("problem")?.as_str() {
                "too-big" => PhotoError::FileTooBig {
                    bytes: get(v, "bytes").as_f64().unwrap_or(0.0) as usize,
                },
                "heic" => PhotoError::Heic,
                "not-an-image" => PhotoError::NotAnImage,
                "too-many-pixels" => PhotoError::TooManyPixels {
                    width: num(v, "width").unwrap_or(0),
                    height: num(v, "height").unwrap_or(0),
                },
                _ => PhotoError::Corrupt(text("detail").unwrap_or_default()),
            },
        },
        "stored" => Reply::Stored {
            id: num(v, "id")?,
            text: text("text")?,
        },
        _ => return None,
    })
}
