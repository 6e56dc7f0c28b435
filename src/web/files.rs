//! Fetching the campaign file, turning PNG bytes into something an `<img>`
//! can show, saving a download and copying to the clipboard.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub(crate) fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The text at `url` (relative to the page), or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    response_text(gloo::utils::window().fetch_with_str(url)).await
}

/// The text of a fetch's answer (a promise of a `Response`, however it was
/// asked for), or why it could not be had.
pub async fn response_text(fetched: js_sys::Promise) -> Result<String, String> {
    let response: web_sys::Response = JsFuture::from(fetched)
        .await
        .map_err(|e| describe(&e))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    JsFuture::from(response.text().map_err(|e| describe(&e))?)
        .await
        .map_err(|e| describe(&e))?
        .as_string()
        .ok_or_else(|| "the file is not text".into())
}

thread_local! {
    /// The blob behind each object URL made here, so that sharing can hand
    /// the image over without fetching its URL (which the hosting policy's
    /// `connect-src 'self'` forbids).
    static BLOBS: std::cell::RefCell<Vec<(String, web_sys::Blob)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// An object URL for PNG bytes (revoke it with [`revoke`] when replaced).
pub fn png_url(png: &[u8]) -> Result<String, String> {
    blob_url(&js_sys::Uint8Array::from(png), "image/png")
}

/// An object URL for bytes of type `mime` (revoke it with [`revoke`]).
pub fn blob_url(bytes: &js_sys::Uint8Array, mime: &str) -> Result<String, String> {
    let parts = js_sys::Array::of1(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| describe(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    BLOBS.with(|b| b.borrow_mut().push((url.clone(), blob)));
    Ok(url)
}

/// Waits until the browser has decoded the image at `url` (made by
/// [`png_url`]), so an `<img>` shows it at once, at its size. Never fails:
/// an image that cannot be decoded is left for the `<img>` to report. Never
/// waits longer than [`DECODE_LIMIT_MS`]: an engine whose `decode()` does
/// not settle (or a machine far too busy) still gets its preview shown.
pub async fn decode_image(url: &str) {
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    img.set_src(url);
    let limit = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, DECODE_LIMIT_MS);
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&img.decode(), &limit));
    let _ = JsFuture::from(first).await;
}

/// The longest the preview waits for the browser to decode it (ms).
pub const DECODE_LIMIT_MS: i32 = 3_000;

/// The blob behind an object URL made by [`png_url`].
pub fn blob_of(url: &str) -> Option<web_sys::Blob> {
    BLOBS.with(|b| {
        b.borrow()
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, b)| b.clone())
    })
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
    BLOBS.with(|b| b.borrow_mut().retain(|(u, _)| u != url));
}

/// The files of a file input or a drop, in order (none if there is no list).
pub fn files_in(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Saves the resource at `url` as `filename` (the browser's download).
pub fn download(url: &str, filename: &str) -> Result<(), String> {
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| describe(&e))?
        .unchecked_into();
    a.set_href(url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&a).map_err(|e| describe(&e))?;
    a.click();
    let _ = body.remove_child(&a);
    Ok(())
}

/// Saves `bytes` as a file named `filename` of type `mime` (a download),
/// letting go of them once the browser has surely saved them.
pub fn save(bytes: &js_sys::Uint8Array, mime: &str, filename: &str) -> Result<(), String> {
    let url = blob_url(bytes, mime)?;
    let done = download(&url, filename);
    gloo::timers::callback::Timeout::new(60_000, move || revoke(&url)).forget();
    done
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| describe(&e))
}

/// Moves keyboard focus to the element with this id, if it is there.
pub fn focus(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The bytes of a file the person chose, as a JavaScript array (they go
/// straight to the photo worker, never through the page's wasm memory).
pub async fn read_file(file: &web_sys::File) -> Result<js_sys::Uint8Array, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// Whose decoder a worker reads a photo with: "auto" (the browser's for
/// JPEG, ours for the rest), unless the page was opened with
/// `?decoder=ours` or `?decoder=browser` (for measuring them side by side:
/// BENCHMARKS.md). The editor's photo worker and the montage page's
/// gathering workers ask it.
pub fn decoder_asked() -> String {
    let query = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    ["ours", "browser"]
        .into_iter()
        .find(|d| query.contains(&format!("decoder={d}")))
        .unwrap_or("auto")
        .into()
}
