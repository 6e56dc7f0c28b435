//! One build of the montage, as the page asks for it: the approved
//! images in the chosen order, their tiles read from their Blobs, built in
//! a worker of its own (`web::build_worker`, once more in a fresh worker
//! if the first stops); with the alt text and the text version (HTML,
//! CSV).

use super::build_panel::{Built, Choice};
use crate::campaign::Campaign;
use crate::montage::crop::Focus;
use crate::montage::order::{arrange, Order};
use crate::montage::review::{Review, TileRef};
use crate::montage::text_version::{self, Entry};
use crate::web::build_worker::run_with_one_retry;
use crate::web::files;
use crate::web::montage_pool::WORKER_SCRIPT;
use crate::worker::montage_protocol::Build;
use std::collections::HashMap;
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
    let tiles: Vec<(u32, u32, Blob)> = positions
        .iter()
        .map(|&p| {
            let tile = &review.images()[approved[p]].tile;
            let blob = blobs.get(&tile.url).ok_or("an image's tile is missing")?;
            Ok((tile.width, tile.height, blob.clone()))
        })
        .collect::<Result<_, String>>()?;
    let crops: Vec<Option<Focus>> = positions
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
    let make_job = || {
        let (tiles, crops) = (&tiles, crops.clone());
        let (layout, format) = (choice.layout.clone(), choice.format.clone());
        let (about, campaign) = (alt.clone(), campaign_text.clone());
        async move {
            Ok(Build {
                id: 1,
                layout,
                width,
                height,
                dpi,
                gutter: (width.min(height) / 135).max(8),
                format,
                title: true,
                about,
                campaign,
                tiles: read(tiles).await?,
                crops,
            })
        }
    };
    let file = run_with_one_retry(|_| WORKER_SCRIPT.to_string(), make_job, kind)
        .await
        .map_err(|e| e.to_string())?;
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

/// Every tile's bytes, asked for at once: one at a time, each read waits
/// its turn through the browser's blob store (seconds for hundreds). Read
/// afresh for each attempt: a build hands its tiles over to its worker.
async fn read(tiles: &[(u32, u32, Blob)]) -> Result<Vec<(u32, u32, js_sys::Uint8Array)>, String> {
    let reads: js_sys::Array = tiles.iter().map(|(_, _, b)| b.array_buffer()).collect();
    let buffers: js_sys::Array = JsFuture::from(js_sys::Promise::all(&reads))
        .await
        .map_err(|e| files::describe(&e))?
        .unchecked_into();
    Ok(tiles
        .iter()
        .zip(buffers.iter())
        .map(|((w, h, _), bytes)| (*w, *h, js_sys::Uint8Array::new(&bytes)))
        .collect())
}
