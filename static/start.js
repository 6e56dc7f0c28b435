// Starts the app: loads wasm-bindgen's glue and then the wasm, both named
// in this script's own address (start.js?js=…&wasm=…, written by Trunk, see
// Trunk.toml `pattern_script`). A file, not an inline script, so that the
// page runs under a Content-Security-Policy with no 'unsafe-inline' and no
// hashes (README: Hosting).
const here = new URL(import.meta.url);
const name = (key) => {
  const value = here.searchParams.get(key) || "";
  // Only a file next to this one.
  if (!/^[\w.-]+$/.test(value)) throw new Error("start.js: no " + key + " to load");
  return new URL(value, here);
};
const glue = await import(name("js"));
await glue.default({ module_or_path: name("wasm") });
