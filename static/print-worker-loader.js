// Starts the print worker: loads wasm-bindgen's glue, then the wasm. If the
// wasm cannot load, tells the page at once (it would otherwise wait).
importScripts("./print-worker.js");
wasm_bindgen({ module_or_path: "./print-worker_bg.wasm" }).catch(function (e) {
  postMessage({ kind: "start-failed", why: String(e) });
});
