//! The editor's campaign (wasm only): `campaign.toml` and its prepared form
//! (`campaign::prepared`), each taken from `start.js`, which asks for both
//! beside the app's own files (index.html names them), else fetched now.
//!
//! When the prepared form fits the TOML, the browser's `JSON.parse` reads
//! it and the campaign is ready; otherwise the TOML goes to the campaign
//! reader, a worker of its own (`worker::campaign_reader`), which reads
//! and validates it and answers with the prepared form, or the problems.

use super::files::{describe, fetch_text, response_text};
use crate::campaign::{prepared, Campaign};
use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The campaign file, next to the page.
pub const CAMPAIGN_FILE: &str = "campaign.toml";

/// The campaign reader's loader, next to the page.
const READER: &str = "campaign-reader-loader.js";

/// Where `start.js` leaves the fetches it began, by file name.
const EARLY: &str = "pledgeBoardCampaign";

/// The campaign, or what the organisers need to be told.
pub async fn load() -> Result<Campaign, String> {
    let toml = early_fetch(CAMPAIGN_FILE);
    let ready = early_fetch(prepared::FILE);
    let toml = text(toml, CAMPAIGN_FILE)
        .await
        .map_err(|e| format!("{CAMPAIGN_FILE} could not be loaded: {e}"))?;
    if let Ok(json) = text(ready, prepared::FILE).await {
        match from_prepared(&json, &toml) {
            Ok(campaign) => return Ok(campaign),
            Err(why) => gloo::console::warn!(format!(
                "Pledge Board: {} not used ({why}); reading {CAMPAIGN_FILE} instead, \
                 which is slower (README: after editing the campaign file)",
                prepared::FILE
            )),
        }
    }
    let json = read_in_worker(&toml)
        .await
        .map_err(|e| format!("{CAMPAIGN_FILE}: {e}"))?;
    from_prepared(&json, &toml).map_err(|e| format!("{CAMPAIGN_FILE}: {e}"))
}

/// The fetch `start.js` began for `file`, taken (once), if there is one.
fn early_fetch(file: &str) -> Option<Promise> {
    let window = gloo::utils::window();
    let early = Reflect::get(&window, &EARLY.into()).ok()?;
    let fetched = Reflect::get(&early, &file.into()).ok()?;
    let _ = Reflect::delete_property(early.unchecked_ref::<js_sys::Object>(), &file.into());
    fetched.dyn_into::<Promise>().ok()
}

async fn text(early: Option<Promise>, file: &str) -> Result<String, String> {
    match early {
        Some(fetched) => response_text(fetched).await,
        None => fetch_text(file).await,
    }
}

/// The campaign in a prepared form, if it was made from `toml` by this
/// version of the app.
pub fn from_prepared(json: &str, toml: &str) -> Result<Campaign, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| describe(&e))?;
    let field = |k: &str| Reflect::get(&value, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let header = prepared::Header {
        format: field("format").as_f64().unwrap_or(0.0) as u32,
        toml: field("toml").as_string().unwrap_or_default(),
    };
    if header.format != prepared::FORMAT {
        return Err(format!(
            "it is of format {}, this version of the app reads {}",
            header.format,
            prepared::FORMAT
        ));
    }
    if !header.fits(toml) {
        return Err(format!(
            "it was made from another version of {CAMPAIGN_FILE}"
        ));
    }
    serde_wasm_bindgen::from_value(field("campaign")).map_err(|e| e.to_string())
}

/// The prepared form of `toml`, from the campaign reader, or the problems
/// it found (or why it could not start).
pub async fn read_in_worker(toml: &str) -> Result<String, String> {
    let worker = web_sys::Worker::new(READER)
        .map_err(|e| format!("the campaign reader could not start: {}", describe(&e)))?;
    let toml = toml.to_string();
    let answered = Promise::new(&mut |resolve, reject| {
        let target = worker.clone();
        let toml = toml.clone();
        let failed = reject.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let field = |k: &str| Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
                match field("kind").as_string().as_deref() {
                    Some("ready") => {
                        let job = js_sys::Object::new();
                        let _ = Reflect::set(&job, &"kind".into(), &"read".into());
                        let _ = Reflect::set(&job, &"toml".into(), &toml.as_str().into());
                        let _ = target.post_message(&job);
                    }
                    Some("read") => {
                        let _ = resolve.call1(&JsValue::NULL, &field("json"));
                    }
                    Some("failed") => {
                        let _ = failed.call1(&JsValue::NULL, &field("why"));
                    }
                    Some("start-failed") => {
                        let why = format!(
                            "the campaign reader could not start: {}",
                            field("why").as_string().unwrap_or_default()
                        );
                        let _ = failed.call1(&JsValue::NULL, &why.into());
                    }
                    _ => {}
                }
            });
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                let why = format!("the campaign reader stopped: {}", e.message());
                let _ = reject.call1(&JsValue::NULL, &why.into());
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_message.forget();
        on_error.forget();
    });
    let answer = JsFuture::from(answered).await;
    worker.terminate();
    answer
        .map(|json| json.as_string().unwrap_or_default())
        .map_err(|why| why.as_string().unwrap_or_else(|| describe(&why)))
}
