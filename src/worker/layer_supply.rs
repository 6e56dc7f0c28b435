//! Artwork layers for a worker's renderer (wasm only), shared by the
//! render worker and the print worker: first the campaign's artwork
//! drawn ahead (one file, fetched once), then whatever that could not
//! give from the artwork worker, each file's shape, then its pixels.
//! Nothing here holds the renderer across a wait: what comes is handed
//! to the caller's `give` as it comes.

use super::artwork_client::ArtworkClient;
use super::js_object::{get, obj};
use super::run::fetch_bytes;
use crate::render::drawn::{self, DrawnFile};
use crate::render::layers::Need;
use crate::render::Renderer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

/// One answer of the artwork worker.
pub enum Given {
    /// A file's own size (pixels, or an SVG's units).
    Shape(String, (f32, f32)),
    /// A file's pixels at the size asked for (straight RGBA).
    Pixels(Need, Vec<u8>),
}

impl Given {
    /// Gives it to `renderer`; false if the pixels were refused.
    pub fn to(self, renderer: &mut Renderer) -> bool {
        match self {
            Given::Shape(file, size) => {
                renderer.set_layer_shape(&file, size);
                true
            }
            Given::Pixels(need, rgba) => renderer.add_layer(need, &rgba),
        }
    }
}

/// The artwork drawn ahead (`file`, beside the campaign file) and the CRC
/// of each of its sources as they are now; `None` if it cannot be had
/// (the artwork worker then draws it all).
pub async fn drawn_ahead(
    scope: &DedicatedWorkerGlobalScope,
    file: &str,
) -> Option<(Vec<DrawnFile>, Vec<(String, u32)>)> {
    let files = fetch_bytes(scope, file)
        .await
        .and_then(|b| drawn::decode(&b))
        .ok()?;
    // The sources all asked for at once, then read in turn.
    for f in &files {
        super::run::prefetch(scope, &f.file);
    }
    let mut crcs = Vec::new();
    for f in &files {
        if let Ok(bytes) = fetch_bytes(scope, &f.file).await {
            crcs.push((f.file.clone(), drawn::source_crc(&bytes)));
        }
    }
    Some((files, crcs))
}

/// The CRC `crcs` has for `name`.
pub fn crc_in(crcs: &[(String, u32)], name: &str) -> Option<u32> {
    crcs.iter().find(|(n, _)| n == name).map(|(_, c)| *c)
}

/// Asks the artwork worker for each need (a shape when its size is 0,
/// else pixels), handing each answer to `give`.
pub async fn from_artwork_worker(
    needs: Vec<Need>,
    mut give: impl FnMut(Given),
) -> Result<(), String> {
    let client = ArtworkClient::get().await?;
    for need in needs {
        let file = need.file.clone();
        let num = |v: &JsValue, k| get(v, k).as_f64().unwrap_or(0.0);
        if need.width == 0 {
            let reply = client
                .ask(&obj("shape", &[("file", file.as_str().into())]))
                .await
                .map_err(|why| format!("{file}: {why}"))?;
            let size = (num(&reply, "width") as f32, num(&reply, "height") as f32);
            give(Given::Shape(file, size));
        } else {
            let ask = obj(
                "pixels",
                &[
                    ("file", file.as_str().into()),
                    ("width", need.width.into()),
                    ("height", need.height.into()),
                ],
            );
            let reply = client
                .ask(&ask)
                .await
                .map_err(|why| format!("{file}: {why}"))?;
            let rgba = get(&reply, "rgba")
                .dyn_into::<js_sys::Uint8Array>()
                .map_err(|_| format!("{file}: no pixels came back"))?
                .to_vec();
            give(Given::Pixels(need, rgba));
        }
    }
    Ok(())
}
