//! One build of the montage, as the page asks for it: the approved
//! images in the chosen order, their tiles read from their Blobs, sent to
//! a worker of its own (`worker::montage_build`), the file gathered from
//! its pieces; with the alt text and the text version (HTML, CSV).

use super::build_panel::{Built, Choice};
use crate::campaign::Campaign;
use crate::montage::order::{arrange, Order};
use crate::montage::review::{Review, TileRef};
use crate::montage::text_version::{self, Entry};
use crate::web::files;
use crate::worker::montage_protocol::{decode_built, encode_build, Build, Built as Piece};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

pub(super) fn url_of(blob: &Blob) -> String {
    web_sys::Url::create_object_url_with_blob(blob).unwrap_or_default()
}

/// A Blob of text (the text version's files).
pub(super) fn text_url(text: &str, kind: &str) -> String {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options)
        .map(|b| url_of(&b))
        .unwrap_or_default()
}

/// Runs one build in a worker of its own: waits until it is listening,
/// sends the job, gathers the file's pieces. The file as a Blob.
async fn run_build(job: Build, kind: &str) -> Result<Blob, String> {
    let worker = web_sys::Worker::new(crate::web::montage_pool::WORKER_SCRIPT)
        .map_err(|e| files::describe(&e))?;
    let parts = js_sys::Array::new();
    let mut job = Some(job);
    let done = {
        let (worker, parts) = (worker.clone(), parts.clone());
        js_sys::Promise::new(&mut |resolve, reject| {
            let (target, parts) = (worker.clone(), parts.clone());
            let reject_on_error = reject.clone();
            let mut job = job.take();
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |e: web_sys::MessageEvent| {
                    let data = e.data();
                    let kind = js_sys::Reflect::get(&data, &"kind".into())
                        .ok()
                        .and_then(|k| k.as_string());
                    match kind.as_deref() {
                        Some("ready") => {
                            if let Some(job) = job.take() {
                                let (msg, transfer) = encode_build(&job);
                                let _ = target.post_message_with_transfer(&msg, &transfer);
                            }
                        }
                        Some("start-failed") => {
                            let _ = reject.call1(
                                &JsValue::NULL,
                                &"the montage worker could not start".into(),
                            );
                        }
                        _ => match decode_built(&data) {
                            Some(Piece::Part { bytes, .. }) => {
                                parts.push(&bytes);
                            }
                            Some(Piece::Done { .. }) => {
                                let _ = resolve.call0(&JsValue::NULL);
                            }
                            Some(Piece::Failed { why, .. }) => {
                                let _ = reject.call1(&JsValue::NULL, &why.into());
                            }
                            None => {}
                        },
                    }
                },
            );
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            // A worker that stops (its wasm cannot load, or the browser
            // ends it) says so, instead of "Building…" for ever.
            let on_error =
                Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                    e.prevent_default();
                    let why = match e.message() {
                        m if m.is_empty() => "the montage worker stopped".to_string(),
                        m => m,
                    };
                    gloo::console::warn!(format!("Pledge Board montage: {why}"));
                    let _ = reject_on_error.call1(&JsValue::NULL, &why.into());
                });
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            on_error.forget();
        })
    };
    let result = JsFuture::from(done).await.map_err(|e| files::describe(&e));
    worker.terminate();
    result?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| files::describe(&e))
}

/// Builds the montage of the approved images as chosen.
pub(super) async fn build_montage(
    review: Review<TileRef>,
    blobs: HashMap<String, Blob>,
    choice: Choice,
    seed: u64,
    title: String,
) -> Result<Built, String> {
    let approved = review.approved();
    let entries: Vec<Entry> = review.approved_entries();
    let languages: Vec<Option<&str>> = entries
        .iter()
        .map(|e| Some(e.lang.as_str()).filter(|l| !l.is_empty()))
        .collect();
    let order = match choice.order.as_str() {
        "shuffled" => Order::Shuffled { seed },
        "language" => Order::ByLanguage,
        _ => Order::AsAdded,
    };
    let positions = arrange(&languages, order);
    let entries: Vec<Entry> = positions.iter().map(|&p| entries[p].clone()).collect();
    // Every tile's bytes asked for at once: one at a time, each read waits
    // its turn through the browser's blob store (seconds for hundreds).
    let reads = js_sys::Array::new();
    for &p in &positions {
        let tile = &review.images()[approved[p]].tile;
        let blob = blobs.get(&tile.url).ok_or("an image's tile is missing")?;
        reads.push(&blob.array_buffer());
    }
    let buffers: js_sys::Array = JsFuture::from(js_sys::Promise::all(&reads))
        .await
        .map_err(|e| files::describe(&e))?
        .unchecked_into();
    let tiles: Vec<(u32, u32, js_sys::Uint8Array)> = positions
        .iter()
        .zip(buffers.iter())
        .map(|(&p, bytes)| {
            let tile = &review.images()[approved[p]].tile;
            (tile.width, tile.height, js_sys::Uint8Array::new(&bytes))
        })
        .collect();
    let crops = positions
        .iter()
        .map(|&p| review.crop(approved[p]))
        .collect();
    let campaign_text = files::fetch_text("../campaign.toml").await?;
    let campaign =
        Campaign::from_toml(&campaign_text).map_err(|e| format!("campaign.toml: {e}"))?;
    let place = campaign.montage.place.en.clone();
    let (width, height, dpi) = choice.pixels()?;
    let (ext, kind) = match choice.format.as_str() {
        "jpeg" => ("jpg", "image/jpeg"),
        "pdf" => ("pdf", "application/pdf"),
        _ => ("png", "image/png"),
    };
    let alt = text_version::alt_text(&entries, &place);
    let job = Build {
        id: 1,
        layout: choice.layout.clone(),
        width,
        height,
        dpi,
        gutter: (width.min(height) / 135).max(8),
        format: choice.format.clone(),
        title: true,
        about: alt.clone(),
        campaign: campaign_text,
        tiles,
        crops,
    };
    let file = run_build(job, kind).await?;
    let dpi_part = if dpi == 150 {
        String::new()
    } else {
        format!("-{dpi}dpi")
    };
    Ok(Built {
        url: url_of(&file),
        file_name: format!(
            "montage-{}-{}{dpi_part}.{ext}",
            choice.layout,
            choice.size.split('@').next().unwrap_or_default()
        ),
        width,
        height,
        format: choice.format.clone(),
        alt,
        html_url: text_url(&text_version::html(&title, &entries, &place), "text/html"),
        csv_url: text_url(&text_version::csv(&entries), "text/csv"),
    })
}
