//! The messages between the montage page and its gathering workers (wasm
//! only), as plain JavaScript objects: a file's bytes in, its packed tile,
//! pledge, digests and hash out (64-bit numbers as hex text, which
//! JavaScript numbers cannot hold). Bytes travel as transferred buffers.

use super::js_object::{get, obj};
use crate::montage::compose::PackedTile;
use crate::montage::crop::Focus;
use crate::montage::gather::{Gathered, Prepared};
use crate::montage::left_out::Reason;
use crate::montage::likeness::pixel_digest;
use crate::montage::review::{self, TileRef};
use crate::render::record::PledgeRecord;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// Page → worker: gather this file.
pub struct Gather {
    pub id: u32,
    pub name: String,
    pub bytes: Uint8Array,
    /// The longest side to keep.
    pub max_side: u32,
    /// Whose decoder reads it: "ours" (`image`, in wasm), "browser"
    /// (`createImageBitmap`) or "auto" (the browser's for JPEG, ours for
    /// the rest: the faster of each, BENCHMARKS.md).
    pub decoder: String,
}

fn num(v: &JsValue, k: &str) -> Option<u32> {
    get(v, k).as_f64().map(|n| n as u32)
}

fn hex(n: u64) -> JsValue {
    review::hex(n).into()
}

fn unhex(v: &JsValue) -> Option<u64> {
    review::unhex(&v.as_string()?)
}

pub fn encode_gather(g: &Gather) -> (JsValue, Array) {
    let transfer = Array::of1(&g.bytes.buffer());
    let v = obj(
        "gather",
        &[
            ("id", g.id.into()),
            ("name", g.name.as_str().into()),
            ("bytes", g.bytes.clone().into()),
            ("maxSide", g.max_side.into()),
            ("decoder", g.decoder.as_str().into()),
        ],
    );
    (v, transfer)
}

pub fn decode_gather(v: &JsValue) -> Option<Gather> {
    if get(v, "kind").as_string()? != "gather" {
        return None;
    }
    Some(Gather {
        id: num(v, "id")?,
        name: get(v, "name").as_string()?,
        bytes: get(v, "bytes").dyn_into().ok()?,
        max_side: num(v, "maxSide")?,
        decoder: get(v, "decoder").as_string().unwrap_or_default(),
    })
}

/// Worker → page: the file `id` prepared (its tile packed as a PNG).
pub fn encode_prepared(id: u32, p: &Prepared<PackedTile>) -> (JsValue, Array) {
    match p.result() {
        Err(why) => {
            let v = obj(
                "left-out",
                &[
                    ("id", id.into()),
                    ("name", p.name().into()),
                    ("why", why.code().into()),
                ],
            );
            (v, Array::new())
        }
        Ok(g) => {
            let png = Uint8Array::from(g.tile.png.as_slice());
            let transfer = Array::of1(&png.buffer());
            let record = g.record.clone().unwrap_or_default();
            let hash: Array = g.hash.iter().map(|h| hex(*h)).collect();
            let v = obj(
                "gathered",
                &[
                    ("id", id.into()),
                    ("name", g.name.as_str().into()),
                    ("width", g.tile.width.into()),
                    ("height", g.tile.height.into()),
                    ("png", png.into()),
                    ("digest", hex(g.digest)),
                    ("packed", hex(pixel_digest(0, 0, &g.tile.png))),
                    ("hash", hash.into()),
                    ("text", record.text.as_str().into()),
                    ("lang", record.lang.as_str().into()),
                ],
            );
            (v, transfer)
        }
    }
}

/// What the page receives for a file: its id, the packed PNG's bytes (for
/// the page to keep as a blob) and what was found, or why it was left out.
pub struct Received {
    pub id: u32,
    pub name: String,
    pub png: Option<Uint8Array>,
    /// With a [`TileRef`] whose `url` the page fills in.
    pub prepared: Prepared<TileRef>,
}

/// `None` for a message that is not a reply about a file.
pub fn decode_prepared(v: &JsValue) -> Option<Received> {
    let text = |k: &str| get(v, k).as_string();
    let id = num(v, "id")?;
    match text("kind")?.as_str() {
        "left-out" => {
            let name = text("name").unwrap_or_default();
            Some(Received {
                id,
                prepared: Prepared::unreadable(&name, Reason::from_code(&text("why")?)),
                name,
                png: None,
            })
        }
        "gathered" => {
            let png: Uint8Array = get(v, "png").dyn_into().ok()?;
            let hash_list: Array = get(v, "hash").dyn_into().ok()?;
            let mut hash = [0u64; 4];
            for (i, h) in hash.iter_mut().enumerate() {
                *h = unhex(&hash_list.get(i as u32))?;
            }
            let record_text = text("text").unwrap_or_default();
            let name = text("name")?;
            let image = Gathered {
                name: name.clone(),
                tile: TileRef {
                    width: num(v, "width")?,
                    height: num(v, "height")?,
                    packed_digest: unhex(&get(v, "packed"))?,
                    url: String::new(),
                },
                record: (!record_text.is_empty()).then(|| PledgeRecord {
                    text: record_text,
                    lang: text("lang").unwrap_or_default(),
                    ..PledgeRecord::default()
                }),
                digest: unhex(&get(v, "digest"))?,
                hash,
            };
            Some(Received {
                id,
                name,
                png: Some(png),
                prepared: Prepared::found(image),
            })
        }
        _ => None,
    }
}

/// Page → worker: build the montage of these tiles (in montage order).
pub struct Build {
    pub id: u32,
    pub layout: String,
    pub width: u32,
    pub height: u32,
    /// Pixels per inch: a PDF's page size.
    pub dpi: u32,
    pub gutter: u32,
    /// "png", "jpeg" or "pdf".
    pub format: String,
    pub title: bool,
    /// The montage's alt text (a PDF's title).
    pub about: String,
    /// The campaign file's text (its colours, name and place for the title).
    pub campaign: String,
    /// Each tile's size and packed PNG bytes.
    pub tiles: Vec<(u32, u32, Uint8Array)>,
    /// The tiles the reviewer asked to crop, and where (`crops[i]` for
    /// `tiles[i]`).
    pub crops: Vec<Option<Focus>>,
}

pub fn encode_build(b: &Build) -> (JsValue, Array) {
    let transfer = Array::new();
    let tiles = Array::new();
    for (i, (w, h, png)) in b.tiles.iter().enumerate() {
        transfer.push(&png.buffer());
        let crop = b.crops.get(i).copied().flatten();
        let (x, y) = crop.map_or((JsValue::NULL, JsValue::NULL), |f| (f.x.into(), f.y.into()));
        tiles.push(&obj(
            "tile",
            &[
                ("width", (*w).into()),
                ("height", (*h).into()),
                ("png", png.into()),
                ("cropX", x),
                ("cropY", y),
            ],
        ));
    }
    let v = obj(
        "build",
        &[
            ("id", b.id.into()),
            ("layout", b.layout.as_str().into()),
            ("width", b.width.into()),
            ("height", b.height.into()),
            ("dpi", b.dpi.into()),
            ("gutter", b.gutter.into()),
            ("format", b.format.as_str().into()),
            ("title", b.title.into()),
            ("about", b.about.as_str().into()),
            ("campaign", b.campaign.as_str().into()),
            ("tiles", tiles.into()),
        ],
    );
    (v, transfer)
}

pub fn decode_build(v: &JsValue) -> Option<Build> {
    if get(v, "kind").as_string()? != "build" {
        return None;
    }
    let text = |k: &str| get(v, k).as_string();
    let list: Array = get(v, "tiles").dyn_into().ok()?;
    let mut tiles = Vec::new();
    let mut crops = Vec::new();
    for t in list.iter() {
        tiles.push((
            num(&t, "width")?,
            num(&t, "height")?,
            get(&t, "png").dyn_into().ok()?,
        ));
        let at = |k: &str| get(&t, k).as_f64().map(|v| v.clamp(0.0, 100.0) as u8);
        crops.push(at("cropX").zip(at("cropY")).map(|(x, y)| Focus { x, y }));
    }
    Some(Build {
        id: num(v, "id")?,
        layout: text("layout")?,
        width: num(v, "width")?,
        height: num(v, "height")?,
        dpi: num(v, "dpi")?,
        gutter: num(v, "gutter")?,
        format: text("format")?,
        title: get(v, "title").as_bool().unwrap_or(true),
        about: text("about").unwrap_or_default(),
        campaign: text("campaign")?,
        tiles,
        crops,
    })
}

/// Worker → page, while building: a piece of the file, then the end.
pub enum Built {
    Part { id: u32, bytes: Uint8Array },
    Done { id: u32 },
    Failed { id: u32, why: String },
}

pub fn encode_built(b: &Built) -> (JsValue, Array) {
    match b {
        Built::Part { id, bytes } => (
            obj("part", &[("id", (*id).into()), ("bytes", bytes.into())]),
            Array::of1(&bytes.buffer()),
        ),
        Built::Done { id } => (obj("built", &[("id", (*id).into())]), Array::new()),
        Built::Failed { id, why } => (
            obj(
                "build-failed",
                &[("id", (*id).into()), ("why", why.as_str().into())],
            ),
            Array::new(),
        ),
    }
}

pub fn decode_built(v: &JsValue) -> Option<Built> {
    let id = num(v, "id")?;
    Some(match get(v, "kind").as_string()?.as_str() {
        "part" => Built::Part {
            id,
            bytes: get(v, "bytes").dyn_into().ok()?,
        },
        "built" => Built::Done { id },
        "build-failed" => Built::Failed {
            id,
            why: get(v, "why").as_string().unwrap_or_default(),
        },
        _ => return None,
    })
}
