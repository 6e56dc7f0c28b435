// Starts the check page's worker: loads wasm-bindgen's glue, then the
// wasm. If the wasm cannot load, tells the page at once.
importScripts("./check-worker.js");
wasm_bindgen({ module_or_path: "./check-worker_bg.wasm" }).catch(function (e) {
  postMessage({ kind: "start-failed", why: String(e) });
});
