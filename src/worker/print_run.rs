//! The print worker (wasm only): started when a person asks for a blank
//! board to print, so the PDF code and its fonts never load otherwise.
//! It takes one sheet, fetches the fonts and artwork layers the sheet needs
//! (the layers as the render worker gets them: drawn ahead, else from the
//! artwork worker, which it starts), answers with the PDF's bytes
//! (transferred, not copied), and is stopped by the page.
//!
//! Messages, as plain objects: page → worker `{kind: "print", campaign,
//! sheet}` (both made by serde-wasm-bindgen); worker → page `ready`,
//! `start-failed {why}` (from its loader), `printed {pdf}` or `failed {why}`.

use super::js_object::{get, obj};
use super::layer_supply;
use super::run::fetch_font;
use crate::campaign::Campaign;
use crate::print::{blank_board, Sheet};
use crate::render::{drawn, fonts, RenderError, Renderer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Where the fonts are, relative to the worker's own script.
const FONT_DIR: &str = "fonts/";

/// Starts listening, then tells the page it is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            if get(&data, "kind").as_string().as_deref() != Some("print") {
                return;
            }
            let scope = scope.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let reply = match decode(&data) {
                    Some((campaign, sheet)) => match print(&scope, &campaign, &sheet).await {
                        Ok(pdf) => {
                            let bytes = js_sys::Uint8Array::from(pdf.as_slice());
                            let msg = obj("printed", &[("pdf", bytes.clone().into())]);
                            let transfer = js_sys::Array::of1(&bytes.buffer());
                            let _ = scope.post_message_with_transfer(&msg, &transfer);
                            return;
                        }
                        Err(why) => why,
                    },
                    None => "the print worker could not read the request".into(),
                };
                let _ = scope.post_message(&obj("failed", &[("why", reply.into())]));
            });
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&obj("ready", &[]));
}

fn decode(v: &JsValue) -> Option<(Campaign, Sheet)> {
    let campaign = serde_wasm_bindgen::from_value(get(v, "campaign")).ok()?;
    let sheet = serde_wasm_bindgen::from_value(get(v, "sheet")).ok()?;
    Some((campaign, sheet))
}

/// The PDF, fetching fonts and artwork as often as the renderer asks.
async fn print(
    scope: &DedicatedWorkerGlobalScope,
    campaign: &Campaign,
    sheet: &Sheet,
) -> Result<Vec<u8>, String> {
    let mut renderer = Renderer::new();
    // The campaign's own typeface, beside the campaign file, if it has one.
    if let Some(file) = renderer.brand_font_needed(campaign).map(str::to_owned) {
        let why = |why: String| format!("the brand font {file}: {why}");
        let bytes = super::run::fetch_bytes(scope, &file).await.map_err(why)?;
        renderer.set_brand_font(&file, bytes).map_err(why)?;
    }
    let mut drawn_tried = false;
    let mut layer_rounds = 0;
    // Each round adds at least one font or layer, so this ends.
    for _ in 0..=fonts::ALL.len() + 3 {
        match blank_board(&mut renderer, campaign, sheet) {
            Ok(pdf) => return Ok(pdf),
            Err(RenderError::MissingFonts(files)) => {
                for file in files {
                    let Some(f) = fonts::ALL.iter().copied().find(|k| k.file == file) else {
                        return Err(format!("no font called {file}"));
                    };
                    let bytes = fetch_font(scope, FONT_DIR, f).await?;
                    renderer.add_font(f, bytes);
                }
            }
            Err(RenderError::MissingLayers(needs)) => {
                // First the artwork drawn ahead, if the campaign has it.
                if !std::mem::replace(&mut drawn_tried, true) {
                    if let Some(file) = &campaign.drawn_artwork {
                        if let Some((files, crcs)) = layer_supply::drawn_ahead(scope, file).await {
                            drawn::give(&mut renderer, &files, |n| layer_supply::crc_in(&crcs, n));
                        }
                        continue;
                    }
                }
                // Shapes, then pixels: a third round means they were refused.
                layer_rounds += 1;
                if layer_rounds > 2 {
                    return Err("a board's artwork: its pixels were refused".into());
                }
                layer_supply::from_artwork_worker(needs, |given| {
                    given.to(&mut renderer);
                })
                .await
                .map_err(|why| format!("a board's artwork: {why}"))?;
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    Err("the fonts and artwork the board needs could not be added".into())
}
