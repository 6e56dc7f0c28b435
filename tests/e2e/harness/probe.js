// The end-to-end tests' probe: the test server puts it first in <head> of
// every HTML page it serves, as a same-origin file (so the hosting policy
// allows it), and it runs before the page's own scripts in every engine.
// It records, for the harness to read through WebDriver:
//   - uncaught exceptions, unhandled promise rejections, console.error calls
//     and elements that failed to load (window.__e2e.errors);
//   - console.warn calls (window.__e2e.warnings: the app's reasons for a
//     problem it shows, printed when a test cannot find what it waits for);
//   - Content-Security-Policy violations (window.__cspViolations);
//   - downloads started from a link with a `download` attribute, and the
//     Blob behind each object URL, so a test can read a download's bytes in
//     an engine whose downloads the driver cannot reach (window.__e2e).
// It changes nothing the app does: it only listens and keeps references.
(() => {
  "use strict";
  if (window.__e2e) return;
  const errors = [];
  const warnings = [];
  const downloads = [];
  const blobs = new Map();
  const text = (v) => {
    // String(error) is "Error: message" everywhere; the stack adds where
    // (WebKit's may be only "@").
    if (v instanceof Error) return String(v) + (v.stack ? " " + v.stack : "");
    try { return typeof v === "string" ? v : JSON.stringify(v) ?? String(v); }
    catch (e) { return String(v); }
  };
  window.__e2e = { errors, warnings, downloads, blob: (url) => blobs.get(url) || null };
  if (!window.__cspViolations) {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(e.effectiveDirective + " " + (e.blockedURI || "inline"));
    }, true);
  }
  window.addEventListener("error", (e) => {
    const el = e.target;
    if (el && el !== window && el.tagName) {
      errors.push("failed to load <" + el.tagName.toLowerCase() + "> " + (el.src || el.href || ""));
    } else {
      errors.push("uncaught " + (e.message || text(e.error)) + " at " + e.filename + ":" + e.lineno);
    }
  }, true);
  window.addEventListener("unhandledrejection", (e) => {
    errors.push("unhandled rejection: " + text(e.reason));
  });
  const consoleError = console.error;
  console.error = function (...args) {
    errors.push("console.error: " + args.map(text).join(" "));
    return consoleError.apply(this, args);
  };
  const consoleWarn = console.warn;
  console.warn = function (...args) {
    warnings.push(args.map(text).join(" "));
    return consoleWarn.apply(this, args);
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  document.addEventListener("click", (e) => {
    const a = e.target instanceof Element ? e.target.closest("a[download]") : null;
    if (a) downloads.push({ name: a.download, href: a.href });
  }, true);
})();
