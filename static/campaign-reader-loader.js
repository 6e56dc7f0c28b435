// Starts the campaign reader (started by the editor only when the campaign
// file's prepared form is missing or out of date): loads wasm-bindgen's
// glue, then the wasm. If the wasm cannot load, says so at once (the page
// would otherwise wait).
importScripts("./campaign-reader.js");
wasm_bindgen({ module_or_path: "./campaign-reader_bg.wasm" }).catch(function (e) {
  postMessage({ kind: "start-failed", why: String(e) });
});
