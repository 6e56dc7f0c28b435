//! Sharing the image through the browser's share sheet (the Web Share API
//! with files), where the browser has one that takes images; elsewhere the
//! page offers the download and "Copy caption" instead.

use super::files::{blob_of, describe};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `navigator.canShare` / `navigator.share`, if the browser has them.
fn navigator_fn(name: &str) -> Option<(JsValue, Function)> {
    let nav: JsValue = gloo::utils::window().navigator().into();
    let f = Reflect::get(&nav, &name.into()).ok()?;
    f.dyn_into::<Function>().ok().map(|f| (nav, f))
}

/// `{ files: [file], text, title }`.
fn share_data(file: &web_sys::File, text: &str, title: &str) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(file));
    if !text.is_empty() {
        let _ = Reflect::set(&data, &"text".into(), &text.into());
    }
    if !title.is_empty() {
        let _ = Reflect::set(&data, &"title".into(), &title.into());
    }
    data
}

fn png_file(blob: &web_sys::Blob, name: &str) -> Result<web_sys::File, String> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    web_sys::File::new_with_blob_sequence_and_options(&Array::of1(blob), name, &options)
        .map_err(|e| describe(&e))
}

fn can_share(data: &Object) -> bool {
    let Some((nav, can)) = navigator_fn("canShare") else {
        return false;
    };
    navigator_fn("share").is_some()
        && can
            .call1(&nav, data)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
}

/// Whether this browser can share a PNG file (asked once, of a tiny one).
pub fn can_share_png() -> bool {
    let blob = match web_sys::Blob::new() {
        Ok(b) => b,
        Err(_) => return false,
    };
    png_file(&blob, "pledge.png")
        .map(|f| can_share(&share_data(&f, "", "")))
        .unwrap_or(false)
}

/// Opens the share sheet with the image at `url` (made by
/// `files::png_url`) as `file_name`, and the caption. Must run while the
/// click that asked for it still counts as the person's own action.
/// `Ok(true)`: shared; `Ok(false)`: the person closed the sheet; `Err`:
/// sharing failed, and why.
pub async fn share_png(
    url: &str,
    file_name: &str,
    caption: &str,
    title: &str,
) -> Result<bool, String> {
    let outcome = async {
        let blob = blob_of(url).ok_or("the image is gone")?;
        let file = png_file(&blob, file_name)?;
        let data = share_data(&file, caption, title);
        let (nav, share) = navigator_fn("share").ok_or("no navigator.share")?;
        let promise = share.call1(&nav, &data).map_err(|e| describe(&e))?;
        JsFuture::from(js_sys::Promise::from(promise))
            .await
            .map_err(|e| {
                let name = Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .unwrap_or_default();
                if name == "AbortError" {
                    "cancelled".to_owned()
                } else {
                    describe(&e)
                }
            })
    };
    match outcome.await {
        Ok(_) => Ok(true),
        Err(why) if why == "cancelled" => Ok(false),
        Err(why) => Err(why),
    }
}
