// The first preview's path through the page and its render worker, run by
// run: when each worker was made, every message to and from it (its kind,
// and a job's number), the app's marks (`pledge-board:campaign`,
// `:editor`) and when the preview was first shown. Debian's Chromium
// (puppeteer-core, from Lighthouse's own dependencies), a fresh profile
// and a phone's viewport each run, the CPU at full speed unless asked.
//
//   node scripts/worker-trace.js URL [RUNS] [SLOWDOWN]
//
// A message the worker sends with an `at` field (the worker's
// `performance.timeOrigin + performance.now()`) is placed at that moment
// rather than when the page heard it: a build with such marks added shows
// the worker's own steps (BENCHMARKS.md, "The first preview, step by
// step"). Serve the release build first, e.g.
// `target/release/pledge-serve dist 8093`; the first run after a server
// starts includes its compressing the files.
"use strict";
const { openPhonePage } = require("./phone-page");

const url = process.argv[2];
const runs = Number(process.argv[3] || 5);
const slowdown = Number(process.argv[4] || 1);
if (!url) {
  console.error("usage: node scripts/worker-trace.js URL [RUNS] [SLOWDOWN]");
  process.exit(2);
}

// Wraps the page's Worker before any script runs.
const WATCH = `
window.__trace = [];
const PageWorker = window.Worker;
const note = (at, what) => __trace.push([at, what]);
const kind = (m) => (m && m.kind ? m.kind + (m.id != null ? " " + m.id : "") : "?");
window.Worker = function (address, options) {
  const worker = new PageWorker(address, options);
  const name = String(address).split("/").pop().replace(/(-loader)?\\.js.*$/, "");
  note(performance.now(), "made " + name);
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (m, transfer) => {
    note(performance.now(), name + " ← " + kind(m));
    return post(m, transfer);
  };
  worker.addEventListener("message", (e) => {
    const at = e.data && typeof e.data.at === "number" ? e.data.at - performance.timeOrigin : performance.now();
    note(at, name + " → " + kind(e.data));
  });
  return worker;
};
window.Worker.prototype = PageWorker.prototype;
new MutationObserver((ms) => ms.forEach((m) => {
  if (m.target.classList && m.target.classList.contains("board-image") && !__trace.some((t) => t[1] === "preview shown"))
    note(performance.now(), "preview shown");
})).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-picture"] });
`;

(async () => {
  for (let i = 0; i < runs; i++) {
    const { page, close } = await openPhonePage(slowdown, WATCH);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction("window.__trace.some((t) => t[1] === 'preview shown')", { timeout: 60000 });
    const got = await page.evaluate(() => {
      for (const name of ["pledge-board:campaign", "pledge-board:editor"]) {
        const m = performance.getEntriesByName(name, "mark")[0];
        if (m) __trace.push([m.startTime, name.replace("pledge-board:", "mark ")]);
      }
      return __trace;
    });
    await close();
    got.sort((a, b) => a[0] - b[0]);
    console.log(`run ${i + 1}: ` + got.filter(([, w]) => !/fetching-fonts/.test(w)).map(([t, w]) => `${t.toFixed(0)} ${w}`).join(" | "));
  }
})();
