// Starts the app: loads wasm-bindgen's glue and then the wasm, both named
// in this script's own address (start.js?js=…&wasm=…, written by Trunk, see
// Trunk.toml `pattern_script`). A file, not an inline script, so that the
// page runs under a Content-Security-Policy with no 'unsafe-inline' and no
// hashes (README: Hosting).
//
// First it runs check.js (a classic script, fetched alongside the glue):
// if the browser lacks something the app needs, check.js shows the plain
// page and marks <html data-unsupported>, and nothing starts. If the app
// cannot start for another reason (its files did not load, the wasm would
// not compile), the plain page is shown too. No top-level await, so that
// a browser without it still gets as far as saying so.
const here = new URL(import.meta.url);
const name = (key) => {
  const value = here.searchParams.get(key) || "";
  // Only a file next to this one.
  if (!/^[\w.-]+$/.test(value)) throw new Error("start.js: no " + key + " to load");
  return new URL(value, here);
};
const fallback = (cause) => {
  if (typeof window.pledgeBoardFallback === "function") window.pledgeBoardFallback(cause);
  else console.error("Pledge Board could not start:", cause);
};
// Inserted from here rather than written in the page before this module
// (DEVELOPERS.md: pages that never finished loading, the test server's fault).
const checked = new Promise((resolve) => {
  const script = document.createElement("script");
  script.src = new URL("check.js", here).href;
  script.onload = resolve;
  // Without check.js the app is still tried: most browsers can run it.
  script.onerror = () => {
    console.warn("Pledge Board: check.js did not load");
    resolve();
  };
  document.head.appendChild(script);
});
// The glue and the wasm are fetched at once, beside the check (the wasm by
// this fetch rather than a <link rel=preload>: see Trunk.toml).
const glue = import(name("js"));
const wasm =
  typeof WebAssembly === "object"
    ? fetch(name("wasm"))
    : Promise.reject(new Error("no WebAssembly")); // check.js will say so
glue.catch(() => {}); // seen below, once the check is done
wasm.catch(() => {});
// The campaign file and its prepared form (index.html names them), asked
// for now, beside the app's own files, rather than once the app has
// started: the app takes each answer (web::campaign_files), or fetches
// the file itself if it is not here.
const campaignMeta = document.querySelector('meta[name="pledge-board-campaign"]');
if (campaignMeta && !("pledgeBoardCampaign" in window)) {
  const early = {};
  for (const file of campaignMeta.content.split(" ")) {
    if (!/^[\w.-]+$/.test(file)) continue;
    early[file] = fetch(new URL(file, document.baseURI));
    early[file].catch(() => {}); // the app sees it
  }
  window.pledgeBoardCampaign = early;
}
// The editor's render worker (index.html names its loader), started as
// soon as the app's own wasm has arrived and started: the worker's wasm then
// loads while the app reads the campaign and lays out the form, instead of
// after. Not sooner: on a slow line it would share the bandwidth with the
// app's wasm. The app takes it over with what it has said meanwhile
// (web::render_client); if the app started its own first, none is started.
const startRenderWorker = () => {
  const meta = document.querySelector('meta[name="pledge-board-render-worker"]');
  if (!meta || !/^[\w.-]+$/.test(meta.content) || "pledgeBoardRenderWorker" in window) return;
  let worker;
  try {
    worker = new Worker(new URL(meta.content, here));
  } catch (e) {
    return; // the app then starts its own, and says what is wrong
  }
  const said = [];
  worker.onmessage = (e) => said.push(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    said.push({ kind: "start-failed", why: e.message || "the render worker stopped" });
  };
  window.pledgeBoardRenderWorker = { worker, said };
};
checked
  .then(() => {
    if (document.documentElement.hasAttribute("data-unsupported")) return undefined;
    return glue.then((g) => g.default({ module_or_path: wasm })).then(startRenderWorker);
  })
  .catch(fallback);
