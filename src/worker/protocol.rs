//! The messages between the page and the render worker, and (in wasm) how
//! each travels as a plain JavaScript object through `postMessage`.
//!
//! Plain objects rather than a serialisation format keep both wasm files
//! small, and let the pixels and PNG bytes move to the page without a
//! copy. The campaign travels as a JavaScript object made by
//! serde-wasm-bindgen.
//!
//! A job's answer is its pixels ([`Response::Drawn`]), which the page puts
//! on its preview canvas as they are; the PNG of the same pixels, exactly
//! what a download saves, is made only when the page asks for it
//! ([`Request::Encode`]): when the person has stopped typing, or clicks
//! Download or Share. Each keystroke then costs a drawing, not a drawing,
//! an encoding and the browser's decoding of it.

use crate::campaign::Campaign;
use crate::render::photo::Photo;
use crate::render::Pledge;
use std::rc::Rc;

/// A pledge to draw on a board at a size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderJob {
    /// Numbers each job, so the page knows which one a reply answers.
    pub id: u32,
    pub board: String,
    pub size: String,
    pub pledge: Pledge,
}

/// Page → worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// The campaign, as the page read and validated it; sent once, before
    /// any job. (Sent parsed, so the worker's wasm needs no TOML parser.)
    Campaign(Rc<Campaign>),
    /// The person's photo (straight RGBA, upright, already shrunk), drawn
    /// in every later job's frame; `None` removes it.
    Photo(Option<Photo>),
    Render(RenderJob),
    /// The PNG of job `id`'s pixels, if it is still the last one drawn.
    Encode(u32),
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// The worker is listening (anything sent before this would be lost).
    Ready,
    /// The worker's wasm could not load (sent by its JavaScript loader).
    StartFailed(String),
    /// Job `id` waits for these fonts to arrive (not a final answer); each
    /// is named by its script key (`FontFile::script`), e.g. "urdu".
    FetchingFonts { id: u32, fonts: Vec<String> },
    /// Job `id` is drawn: its straight RGBA pixels travel beside this
    /// message (`codec::drawn_message`), to be shown as they are.
    Drawn { id: u32, width: u32, height: u32 },
    /// The PNG of job `id`'s pixels, exactly what a download saves (not
    /// a final answer: it follows [`Request::Encode`]).
    Encoded { id: u32, png: Vec<u8> },
    /// Job `id`'s pledge has `chars` characters; at most `limit` fit.
    TooLong { id: u32, chars: usize, limit: usize },
    /// Job `id` could not be drawn.
    Failed { id: u32, problem: Problem },
}

/// Why a job failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The campaign file the worker was given is not valid (the page checks
    /// it first, so this means the two disagree).
    Campaign(String),
    /// A font could not be fetched or read: its script key, and why.
    Font { font: String, detail: String },
    /// Anything else the engine refused, in its words.
    Other(String),
}

impl Response {
    /// The job a reply is about, if any.
    pub fn id(&self) -> Option<u32> {
        match self {
            Response::Ready | Response::StartFailed(_) => None,
            Response::FetchingFonts { id, .. }
            | Response::Drawn { id, .. }
            | Response::Encoded { id, .. }
            | Response::TooLong { id, .. }
            | Response::Failed { id, .. } => Some(*id),
        }
    }

    /// Whether this ends its job (the page may then send the next one).
    pub fn is_final(&self) -> bool {
        !matches!(
            self,
            Response::Ready
                | Response::StartFailed(_)
                | Response::FetchingFonts { .. }
                | Response::Encoded { .. }
        )
    }
}

#[cfg(target_arch = "wasm32")]
pub use codec::{
    decode_request, decode_response, drawn_message, drawn_pixels, encode_request, encode_response,
    photo_message,
};

#[cfg(target_arch = "wasm32")]
mod codec {
    //! Each message as `{ kind: "...", ...fields }`.
    use super::*;
    use crate::render::placement::Placement;
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};

    use crate::worker::js_object::{get, obj};

    fn text(v: &JsValue, k: &str) -> Option<String> {
        get(v, k).as_string()
    }
    fn num(v: &JsValue, k: &str) -> Option<f64> {
        get(v, k).as_f64()
    }

    pub fn encode_request(r: &Request) -> JsValue {
        match r {
            Request::Campaign(c) => obj(
                "campaign",
                &[(
                    "campaign",
                    serde_wasm_bindgen::to_value(&**c).unwrap_or(JsValue::NULL),
                )],
            ),
            Request::Photo(None) => photo_message(None),
            Request::Photo(Some(p)) => photo_message(Some((
                p.width,
                p.height,
                &Uint8Array::from(p.rgba.as_slice()),
            ))),
            Request::Render(j) => obj(
                "render",
                &[
                    ("id", j.id.into()),
                    ("board", j.board.as_str().into()),
                    ("size", j.size.as_str().into()),
                    ("text", j.pledge.text.as_str().into()),
                    ("name", j.pledge.name.as_str().into()),
                    ("date", j.pledge.date.as_str().into()),
                    (
                        "lang",
                        j.pledge.lang.as_deref().map_or(JsValue::NULL, Into::into),
                    ),
                    ("photoX", j.pledge.placement.x.into()),
                    ("photoY", j.pledge.placement.y.into()),
                    ("photoZoom", j.pledge.placement.zoom.into()),
                    (
                        "ink",
                        j.pledge
                            .writing
                            .as_ref()
                            .map_or(JsValue::NULL, |w| crate::ink::stored::encode(w).into()),
                    ),
                    ("paper", j.pledge.paper.into()),
                ],
            ),
            Request::Encode(id) => obj("encode", &[("id", (*id).into())]),
        }
    }

    /// The photo message from pixels the page holds as a JavaScript array
    /// (copied by `postMessage`, so the page keeps its own for a restart).
    pub fn photo_message(photo: Option<(u32, u32, &Uint8Array)>) -> JsValue {
        match photo {
            None => obj("photo", &[]),
            Some((width, height, rgba)) => obj(
                "photo",
                &[
                    ("width", width.into()),
                    ("height", height.into()),
                    ("rgba", rgba.into()),
                ],
            ),
        }
    }

    pub fn decode_request(v: &JsValue) -> Option<Request> {
        match text(v, "kind")?.as_str() {
            "photo" => Some(Request::Photo(
                get(v, "rgba")
                    .dyn_into::<Uint8Array>()
                    .ok()
                    .map(|rgba| -> Option<Photo> {
                        Some(Photo {
                            width: num(v, "width")? as u32,
                            height: num(v, "height")? as u32,
                            rgba: rgba.to_vec(),
                        })
                    })
                    .unwrap_or(None),
            )),
            "campaign" => Some(Request::Campaign(Rc::new(
                serde_wasm_bindgen::from_value(get(v, "campaign")).ok()?,
            ))),
            "render" => Some(Request::Render(RenderJob {
                id: num(v, "id")? as u32,
                board: text(v, "board")?,
                size: text(v, "size")?,
                pledge: Pledge {
                    text: text(v, "text")?,
                    name: text(v, "name")?,
                    date: text(v, "date")?,
                    lang: text(v, "lang"),
                    placement: Placement {
                        x: num(v, "photoX")? as i32,
                        y: num(v, "photoY")? as i32,
                        zoom: num(v, "photoZoom")? as u32,
                    },
                    // Writing in its stored form; damaged: none drawn.
                    writing: text(v, "ink")
                        .map(|w| crate::ink::stored::decode(&w).unwrap_or_default()),
                    paper: get(v, "paper").as_bool().unwrap_or(false),
                },
            })),
            "encode" => Some(Request::Encode(num(v, "id")? as u32)),
            _ => None,
        }
    }

    /// The "drawn" message with its pixels (copied once, out of the
    /// worker's memory; then moved to the page), and the buffer to move.
    pub fn drawn_message(id: u32, width: u32, height: u32, rgba: &[u8]) -> (JsValue, Array) {
        let (msg, transfer) = encode_response(&Response::Drawn { id, width, height });
        let pixels = Uint8Array::from(rgba);
        transfer.push(&pixels.buffer());
        js_sys::Reflect::set(&msg, &"rgba".into(), &pixels).ok();
        (msg, transfer)
    }

    /// The pixels of a "drawn" message, ready for the page's canvas
    /// (without a copy), if the message has as many as its size says.
    pub fn drawn_pixels(v: &JsValue) -> Option<web_sys::ImageData> {
        let (width, height) = (num(v, "width")? as u32, num(v, "height")? as u32);
        let rgba = get(v, "rgba").dyn_into::<Uint8Array>().ok()?;
        if width == 0 || rgba.length() as u64 != u64::from(width) * u64::from(height) * 4 {
            return None;
        }
        let clamped = js_sys::Uint8ClampedArray::new(&rgba.buffer());
        web_sys::ImageData::new_with_js_u8_clamped_array_and_sh(&clamped, width, height).ok()
    }

    /// The message, and the buffers to transfer rather than copy.
    pub fn encode_response(r: &Response) -> (JsValue, Array) {
        let transfer = Array::new();
        let v = match r {
            Response::Ready => obj("ready", &[]),
            Response::StartFailed(why) => obj("start-failed", &[("why", why.as_str().into())]),
            Response::FetchingFonts { id, fonts } => obj(
                "fetching-fonts",
                &[
                    ("id", (*id).into()),
                    (
                        "fonts",
                        fonts
                            .iter()
                            .map(|f| JsValue::from(f.as_str()))
                            .collect::<Array>()
                            .into(),
                    ),
                ],
            ),
            Response::Drawn { id, width, height } => obj(
                "drawn",
                &[
                    ("id", (*id).into()),
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                ],
            ),
            Response::Encoded { id, png } => {
                let bytes = Uint8Array::from(png.as_slice());
                transfer.push(&bytes.buffer());
                obj("encoded", &[("id", (*id).into()), ("png", bytes.into())])
            }
            Response::TooLong { id, chars, limit } => obj(
                "too-long",
                &[
                    ("id", (*id).into()),
                    ("chars", (*chars as u32).into()),
                    ("limit", (*limit as u32).into()),
                ],
            ),
            Response::Failed { id, problem } => {
                let (what, a, b) = match problem {
                    Problem::Campaign(d) => ("campaign", d.as_str(), ""),
                    Problem::Font { font, detail } => ("font", font.as_str(), detail.as_str()),
                    Problem::Other(d) => ("other", d.as_str(), ""),
                };
                obj(
                    "failed",
                    &[
                        ("id", (*id).into()),
                        ("problem", what.into()),
                        ("a", a.into()),
                        ("b", b.into()),
                    ],
                )
            }
        };
        (v, transfer)
    }

    pub fn decode_response(v: &JsValue) -> Option<Response> {
        let id = || num(v, "id").map(|n| n as u32);
        Some(match text(v, "kind")?.as_str() {
            "ready" => Response::Ready,
            "start-failed" => Response::StartFailed(text(v, "why")?),
            "fetching-fonts" => Response::FetchingFonts {
                id: id()?,
                fonts: get(v, "fonts")
                    .dyn_into::<Array>()
                    .ok()?
                    .iter()
                    .filter_map(|f| f.as_string())
                    .collect(),
            },
            "drawn" => Response::Drawn {
                id: id()?,
                width: num(v, "width")? as u32,
                height: num(v, "height")? as u32,
            },
            "encoded" => Response::Encoded {
                id: id()?,
                png: get(v, "png").dyn_into::<Uint8Array>().ok()?.to_vec(),
            },
            "too-long" => Response::TooLong {
                id: id()?,
                chars: num(v, "chars")? as usize,
                limit: num(v, "limit")? as usize,
            },
            "failed" => {
                let (a, b) = (text(v, "a")?, text(v, "b")?);
                Response::Failed {
                    id: id()?,
                    problem: match text(v, "problem")?.as_str() {
                        "campaign" => Problem::Campaign(a),
                        "font" => Problem::Font { font: a, detail: b },
                        _ => Problem::Other(a),
                    },
                }
            }
            _ => return None,
        })
    }
}
