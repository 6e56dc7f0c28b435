//! Plain JavaScript objects for the workers' messages (wasm only): each
//! message is `{ kind: "...", ...fields }`.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `{ kind, ...fields, heap }`: `heap` is the size in bytes of the
/// sender's WebAssembly memory, which only grows, so the last one a worker
/// sends is its peak (benchmarks read it; the page does not need it).
pub fn obj(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"kind".into(), &kind.into());
    let heap = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length()
        })
        .unwrap_or(0);
    let _ = Reflect::set(&o, &"heap".into(), &heap.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// Field `k` of `v` (undefined if missing).
pub fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &k.into()).unwrap_or(JsValue::UNDEFINED)
}
