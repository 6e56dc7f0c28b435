// Starts the artwork worker (started by the render worker when a board has
// artwork layers): loads wasm-bindgen's glue, then the wasm. If the wasm
// cannot load, says so at once (the render worker would otherwise wait).
importScripts("./artwork-worker.js");
wasm_bindgen({ module_or_path: "./artwork-worker_bg.wasm" }).catch(function (e) {
  postMessage({ kind: "start-failed", why: String(e) });
});
