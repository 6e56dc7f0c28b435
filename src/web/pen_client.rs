//! The page's side of the pen's module ([`super::pen_canvas`], a wasm of
//! its own): loads it the first time a person chooses to write by hand
//! (its glue `pen-ink.js`, then `static/pen-loader.js`, which starts it),
//! and calls what it puts on the window. The pointer handling and the wet
//! ink are in that module, so the first screen carries only this.

use js_sys::{Function, Promise, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The module's glue, and the script that starts it.
pub const PEN_GLUE: &str = "pen-ink.js";
pub const PEN_LOADER: &str = "pen-loader.js";

thread_local! {
    /// The load under way, if one is.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
    /// Whether the glue has run (it may run only once: it declares
    /// `wasm_bindgen`).
    static GLUE_RAN: Cell<bool> = const { Cell::new(false) };
}

/// What the module put on the window, once it has started.
fn api() -> Option<JsValue> {
    let api = Reflect::get(&gloo::utils::window(), &"pledgePen".into()).ok()?;
    api.is_object().then_some(api)
}

/// Adds a classic script in order after the ones added before it.
fn add_script(src: &str) -> Result<web_sys::HtmlScriptElement, JsValue> {
    let doc = gloo::utils::document();
    let script: web_sys::HtmlScriptElement = doc.create_element("script")?.unchecked_into();
    script.set_src(src);
    script.set_async(false);
    gloo::utils::head().append_child(&script)?;
    Ok(script)
}

/// Starts loading the module: a promise kept until it is ready or failed.
fn begin() -> Promise {
    Promise::new(&mut |resolve, reject| {
        let window = gloo::utils::window();
        let ready = gloo::events::EventListener::once(&window, "pledge-pen-ready", move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = {
            let reject = reject.clone();
            gloo::events::EventListener::once(&window, "pledge-pen-failed", move |e| {
                let why = Reflect::get(e, &"detail".into()).unwrap_or_default();
                let _ = reject.call1(&JsValue::NULL, &why);
            })
        };
        // Kept until the page goes: at most one of each per try.
        ready.forget();
        failed.forget();
        let glue = if GLUE_RAN.get() {
            None
        } else {
            add_script(PEN_GLUE).ok()
        };
        if let Some(glue) = glue {
            gloo::events::EventListener::once(&glue, "load", |_| GLUE_RAN.set(true)).forget();
            let reject = reject.clone();
            gloo::events::EventListener::once(&glue, "error", move |_| {
                let _ = reject.call1(&JsValue::NULL, &"the pen's script did not load".into());
            })
            .forget();
        }
        if add_script(PEN_LOADER).is_err() {
            let _ = reject.call1(
                &JsValue::NULL,
                &"the pen's loader could not be added".into(),
            );
        }
    })
}

/// Loads the module if it is not already there; why not, if it fails.
pub async fn load() -> Result<(), String> {
    if api().is_some() {
        return Ok(());
    }
    let promise = LOADING.with(|l| l.borrow_mut().get_or_insert_with(begin).clone());
    let done = JsFuture::from(promise).await;
    LOADING.with(|l| l.borrow_mut().take());
    match done {
        Ok(_) if api().is_some() => Ok(()),
        Ok(_) => Err("the pen did not start".into()),
        Err(why) => Err(why.as_string().unwrap_or_else(|| format!("{why:?}"))),
    }
}

/// Calls the module's function `name` (nothing if it is not loaded).
fn call(name: &str, args: &[&JsValue]) {
    let Some(api) = api() else {
        return;
    };
    let Some(f) = Reflect::get(&api, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let list: js_sys::Array = args.iter().copied().collect();
    let _ = f.apply(&api, &list);
}

/// The pen on `canvas`; each finished stroke to `on_stroke`, as the
/// draft's stored text of one stroke.
pub fn attach(canvas: &web_sys::HtmlCanvasElement, on_stroke: &Function) {
    call("attach", &[canvas, on_stroke]);
}

/// The strokes not yet in the preview (stored text), the board's ink
/// colours (RGB, three bytes each), the chosen colour and width (0–2).
pub fn set(pending: &str, colours: &[u8], colour: usize, width: u8) {
    let colours = js_sys::Uint8Array::from(colours);
    call(
        "set",
        &[
            &pending.into(),
            &colours,
            &(colour as f64).into(),
            &f64::from(width).into(),
        ],
    );
}

/// The pen off its canvas.
pub fn detach() {
    call("detach", &[]);
}
