//! The montage page's review kept on the team's own machine, in the
//! browser's IndexedDB for this site: the review (as JSON, without the
//! tiles' URLs) and each tile's packed PNG (its bytes), by image number. Nothing else
//! is kept; "Clear everything" deletes the whole database.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, IdbDatabase, IdbRequest, IdbTransactionMode};

/// The database's name (one per site, so one per force's deployment).
pub const DATABASE: &str = "pledge-board-montage";
const REVIEW: &str = "review";
const TILES: &str = "tiles";
const REVIEW_KEY: &str = "review";

fn describe(e: JsValue) -> String {
    crate::web::files::describe(&e)
}

/// Waits for a request's answer.
async fn answer(req: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = req.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = req.clone();
        let on_error = Closure::once_into_js(move || {
            let why = failed
                .error()
                .ok()
                .flatten()
                .map(|e| format!("the browser's storage refused: {}", e.message()))
                .unwrap_or_else(|| "the browser's storage refused".into());
            let _ = reject.call1(&JsValue::NULL, &why.into());
        });
        req.set_onsuccess(Some(on_success.unchecked_ref()));
        req.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(describe)
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(describe)?
        .ok_or("this browser keeps no IndexedDB here")?;
    let req = factory.open_with_u32(DATABASE, 1).map_err(describe)?;
    let upgrading = req.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            let _ = db.create_object_store(REVIEW);
            let _ = db.create_object_store(TILES);
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(answer(&req).await?.unchecked_into())
}

/// Keeps the review's JSON and the tiles from `first` on (`tiles[k]` is
/// image `first + k`).
pub async fn save(json: &str, first: u32, tiles: &[Blob]) -> Result<(), String> {
    // Kept as bytes, not Blobs: WebKit refuses Blobs in IndexedDB in a
    // private (ephemeral) session. Read before the transaction starts,
    // which would end while waiting on anything but itself.
    let mut buffers = Vec::with_capacity(tiles.len());
    for blob in tiles {
        buffers.push(
            JsFuture::from(blob.array_buffer())
                .await
                .map_err(describe)?,
        );
    }
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction_with_str_sequence_and_mode(
                &js_sys::Array::of2(&REVIEW.into(), &TILES.into()),
                IdbTransactionMode::Readwrite,
            )
            .map_err(describe)?;
        let tile_store = tx.object_store(TILES).map_err(describe)?;
        for (k, bytes) in buffers.iter().enumerate() {
            tile_store
                .put_with_key(bytes, &(first + k as u32).into())
                .map_err(describe)?;
        }
        let req = tx
            .object_store(REVIEW)
            .map_err(describe)?
            .put_with_key(&json.into(), &REVIEW_KEY.into())
            .map_err(describe)?;
        answer(&req).await.map(|_| ())
    }
    .await;
    db.close();
    result
}

/// What was kept: the review's JSON and its tiles, in order; `None` when
/// nothing was.
pub async fn load() -> Result<Option<(String, Vec<Blob>)>, String> {
    let db = open().await?;
    let result = async {
        let tx = db
            .transaction_with_str_sequence(&js_sys::Array::of2(&REVIEW.into(), &TILES.into()))
            .map_err(describe)?;
        let json = answer(
            &tx.object_store(REVIEW)
                .map_err(describe)?
                .get(&REVIEW_KEY.into())
                .map_err(describe)?,
        )
        .await?;
        let Some(json) = json.as_string() else {
            return Ok(None);
        };
        let all = answer(
            &tx.object_store(TILES)
                .map_err(describe)?
                .get_all()
                .map_err(describe)?,
        )
        .await?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/png");
        let tiles: Vec<Blob> = js_sys::Array::from(&all)
            .iter()
            .filter_map(|bytes| {
                Blob::new_with_buffer_source_sequence_and_options(
                    &js_sys::Array::of1(&bytes),
                    &options,
                )
                .ok()
            })
            .collect();
        Ok(Some((json, tiles)))
    }
    .await;
    db.close();
    result
}

/// Deletes everything kept.
pub async fn clear() -> Result<(), String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(describe)?
        .ok_or("this browser keeps no IndexedDB here")?;
    let req = factory.delete_database(DATABASE).map_err(describe)?;
    answer(&req).await.map(|_| ())
}
