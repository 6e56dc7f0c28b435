//! The draft in `sessionStorage`: it survives a reload in the same tab and
//! is gone when the tab closes, so a shared computer keeps nothing. Stored
//! as URL-encoded pairs (no JSON library needed in the wasm).

use web_sys::{Storage, UrlSearchParams};

thread_local! {
    /// Set by "Exit this page": from then on nothing is stored.
    static FORGOTTEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn session() -> Option<Storage> {
    if FORGOTTEN.with(|f| f.get()) {
        return None;
    }
    gloo::utils::window().session_storage().ok().flatten()
}

/// Clears everything this app keeps in the tab (the draft, the photo) and
/// refuses to store anything more while the page lasts.
pub fn forget_everything() {
    if let Some(s) = session() {
        let _ = s.clear();
    }
    FORGOTTEN.with(|f| f.set(true));
}

/// The pairs stored under `key`, if any (storage may be off: then none).
pub fn load(key: &str) -> Option<Vec<(String, String)>> {
    let raw = session()?.get_item(key).ok().flatten()?;
    let params = UrlSearchParams::new_with_str(&raw).ok()?;
    let mut out = Vec::new();
    for entry in js_sys::try_iter(&params.entries()).ok()??.flatten() {
        let pair: js_sys::Array = entry.into();
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    Some(out)
}

/// Stores the pairs under `key`; false if the browser refused (storage off
/// or full): the draft then lives only in the page.
pub fn save(key: &str, pairs: &[(String, String)]) -> bool {
    let Some(storage) = session() else {
        return false;
    };
    let Ok(params) = UrlSearchParams::new() else {
        return false;
    };
    for (k, v) in pairs {
        params.append(k, v);
    }
    storage
        .set_item(key, &String::from(params.to_string()))
        .is_ok()
}

pub fn clear(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// The text under `key`, if any.
pub fn load_text(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Stores text under `key`; false if the browser refused (storage off, or
/// full: a photo may not fit). Nothing is left half-written.
pub fn save_text(key: &str, text: &str) -> bool {
    let Some(s) = session() else { return false };
    let ok = s.set_item(key, text).is_ok();
    if !ok {
        let _ = s.remove_item(key);
    }
    ok
}
