// Runs before the app, in every browser that runs JavaScript at all: a
// classic script in old syntax (ES5), so that a browser too old for the app
// still runs it (start.js runs it first; where modules do not run, the page
// runs it with `nomodule`). It checks for what the app needs (README: "Which browsers")
// and, when something is missing, shows the plain page that is also the
// page's <noscript> (src/fallback.rs), saying what is missing. start.js then
// does not start the app; if the app cannot start for another reason,
// start.js shows the same page through window.pledgeBoardFallback.
(function () {
  "use strict";

  // Tiny WebAssembly modules, each using one feature the app's wasm uses
  // (tests/browser_support.rs checks each needs exactly its feature, and
  // that the release build uses no feature not listed here).
  var wasmFeatures = [
    ["WebAssembly sign extension",
      [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 7, 1, 5, 0, 65, 0, 192, 11]],
    ["WebAssembly non-trapping float-to-int",
      [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 10, 11, 1, 9, 0, 67, 0, 0, 0, 0, 252, 0, 11]],
    ["WebAssembly bulk memory",
      [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11]],
    ["WebAssembly multi-value",
      [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 65, 0, 11]],
    ["WebAssembly reference types",
      [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 111, 0, 3, 2, 1, 0, 4, 4, 1, 111, 0, 1, 10, 10, 1, 8, 0, 65, 0, 32, 0, 38, 0, 11]]
  ];

  // What the app and wasm-bindgen's glue call, by the name a person
  // could look up.
  function missingFeatures() {
    var missing = [];
    var w = window;
    function need(name, ok) {
      if (!ok) missing.push(name);
    }
    need("JavaScript modules", "noModule" in document.createElement("script"));
    need("Promise", "Promise" in w);
    need("fetch", "fetch" in w);
    need("BigInt", "BigInt" in w);
    need("queueMicrotask", "queueMicrotask" in w);
    need("TextEncoder and TextDecoder", "TextEncoder" in w && "TextDecoder" in w);
    need("Web Workers", "Worker" in w);
    need("Blob URLs", "Blob" in w && "URL" in w && typeof URL.createObjectURL === "function");
    need("ResizeObserver", "ResizeObserver" in w);
    var wasm = typeof WebAssembly === "object" && WebAssembly !== null &&
      typeof WebAssembly.validate === "function";
    need("WebAssembly", wasm);
    if (wasm) {
      for (var i = 0; i < wasmFeatures.length; i++) {
        var ok = false;
        try {
          ok = WebAssembly.validate(new Uint8Array(wasmFeatures[i][1]));
        } catch (e) {
          ok = false;
        }
        need(wasmFeatures[i][0], ok);
      }
    }
    return missing;
  }

  // Shows the plain page, with `why` in place of its first paragraph.
  function show(why) {
    if (document.getElementById("fallback-page")) return;
    var source = document.querySelector("noscript[data-fallback]");
    var page = document.createElement("div");
    page.id = "fallback-page";
    page.innerHTML = source ? source.textContent : "";
    var reason = page.querySelector("#fallback-why");
    if (reason) reason.textContent = why;
    // The editor's first view (src/first_view.rs) gives way to this page.
    var first = document.querySelector("[data-first-view]");
    if (first) first.parentNode.removeChild(first);
    document.body.appendChild(page);
    // Escape leaves, as in the app.
    var exit = page.querySelector(".fallback-exit-link");
    document.addEventListener("keydown", function (e) {
      if (exit && (e.key === "Escape" || e.key === "Esc" || e.keyCode === 27)) exit.click();
    });
  }

  window.pledgeBoardFallback = function (cause) {
    if (window.console) console.error("Pledge Board could not start:", cause);
    show("The pledge board could not start on this page. Reloading the page may help; " +
      "if it does not, you can still make your pledge as described below.");
  };

  var missing = missingFeatures();
  if (missing.length) {
    document.documentElement.setAttribute("data-unsupported", missing.join(", "));
    show("This browser cannot make the pledge image: it lacks " + missing.join(", ") +
      ". An up-to-date Chrome, Edge, Firefox or Safari can. You can still make your pledge:");
  }
})();
