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
// Until the app takes the first view's place, the first view's "Exit this
// page" leaves as the app's does (src/web/exit.rs), by its link or by the
// Escape key: the tab's storage forgotten (a draft from earlier in the
// session), the page hidden, and the whole window replaced, so that Back
// does not return here. Once the app has removed the first view, the app
// alone answers.
const firstViewExit = () => document.querySelector("[data-first-view] .quick-exit-button");
const leaveEarly = (link) => {
  try {
    sessionStorage.clear();
  } catch (e) {
    // storage off: nothing kept to forget
  }
  document.body.hidden = true;
  try {
    window.top.location.replace(link.href);
  } catch (e) {
    // a top window that refuses: this frame goes, below
  }
  window.location.replace(link.href);
};
document.addEventListener("click", (e) => {
  const link = firstViewExit();
  if (link && e.target instanceof Node && link.contains(e.target)) {
    e.preventDefault();
    leaveEarly(link);
  }
});
document.addEventListener("keydown", (e) => {
  const link = firstViewExit();
  if (link && e.key === "Escape" && !e.isComposing) {
    e.preventDefault();
    leaveEarly(link);
  }
});
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
// The page's first view (index.html, src/first_view.rs) is painted before
// the app's files are asked for: on a slow line they would otherwise share
// the bandwidth with the stylesheet the paint waits for. A frame callback
// waits for the first rendering, and the timeout after it runs once that
// frame is painted. A hidden page paints no frames, so it starts at once;
// and, as a browser may paint nothing in a frame out of sight (an iframe
// far down a force's page), after a second in any case.
const firstPaint = new Promise((resolve) => {
  if (document.visibilityState === "hidden" || typeof requestAnimationFrame !== "function") {
    resolve();
    return;
  }
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 1000);
});
const files = firstPaint.then(() => {
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
  return { glue, wasm };
});
// The editor's render worker (index.html names its loader), started as
// soon as the app's own wasm has arrived: the worker's wasm then loads and
// compiles while the app's compiles, reads the campaign and lays out the
// form, instead of after. Not sooner: on a slow line it would share the
// bandwidth with the app's wasm. The app takes it over with what it has said meanwhile
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
Promise.all([checked, files])
  .then(([, { glue, wasm }]) => {
    if (document.documentElement.hasAttribute("data-unsupported")) return undefined;
    // The worker once the app's wasm has all arrived (a copy of the answer
    // read to its end), while the app's wasm still compiles and starts;
    // else once the app has started.
    wasm.then((r) => r.clone().arrayBuffer()).then(startRenderWorker, () => {});
    return glue.then((g) => g.default({ module_or_path: wasm })).then(startRenderWorker);
  })
  .catch(fallback);
