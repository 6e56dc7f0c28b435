//! Plain JavaScript objects for the workers' messages (wasm only): each
//! message is `{ kind: "...", ...fields }`.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

/// `{ kind, ...fields }`.
pub fn obj(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"kind".into(), &kind.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Field `k` of `v` (undefined if missing).
pub fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &k.into()).unwrap_or(JsValue::UNDEFINED)
}
