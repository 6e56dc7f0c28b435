// Starts the pen's module on the page (after its glue, pen-ink.js, which
// the page adds just before this script). The module announces itself with
// a "pledge-pen-ready" event on the window; if its wasm cannot load, this
// says so with "pledge-pen-failed", so the page never waits for ever.
wasm_bindgen({ module_or_path: "./pen-ink_bg.wasm" }).catch(function (e) {
  window.dispatchEvent(new CustomEvent("pledge-pen-failed", { detail: String(e) }));
});
