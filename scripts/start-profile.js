// What the editor's start does on the main thread, on a slow phone's CPU:
// Debian's Chromium (puppeteer-core, from Lighthouse's own dependencies)
// with the CPU slowed 4× as Lighthouse's mobile preset assumes, no network
// throttling, a fresh profile each run. For each run: when the app's wasm
// arrived, the app's marks (`pledge-board:campaign`, `:texts`, `:editor`,
// web::page::mark), the first preview, and every long task (over 50 ms)
// with the total blocking time they make after the first paint, and the
// largest-contentful-paint candidates (time, area, element). Medians
// are printed as a Markdown table.
//
//   node scripts/start-profile.js URL [RUNS] [SLOWDOWN]
//     (RUNS default 7; SLOWDOWN the CPU's, default 4, 1 for full speed)
//
// Serve the release build first, e.g. `target/release/pledge-serve dist 8093`.
"use strict";
const { openPhonePage } = require("./phone-page");

const url = process.argv[2];
const runs = Number(process.argv[3] || 7);
const slowdown = Number(process.argv[4] || 4);
if (!url) {
  console.error("usage: node scripts/start-profile.js URL [RUNS]");
  process.exit(2);
}

const WATCH = `
window.__p = { longtasks: [], preview: null, lcp: [] };
new PerformanceObserver((l) => l.getEntries().forEach((e) => __p.lcp.push([e.startTime, e.size,
  e.element ? e.element.tagName.toLowerCase() + (e.element.className ? "." + String(e.element.className).split(" ").join(".") : "") : "?"])))
  .observe({ type: "largest-contentful-paint", buffered: true });
new PerformanceObserver((l) => l.getEntries().forEach((t) => __p.longtasks.push([t.startTime, t.duration])))
  .observe({ type: "longtask", buffered: true });
new MutationObserver((ms) => ms.forEach((m) => {
  if (!__p.preview && m.target.classList && m.target.classList.contains("board-image")) __p.preview = performance.now();
})).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-picture"] });
`;

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

(async () => {
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await openPhonePage(slowdown, WATCH);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction("window.__p && window.__p.preview", { timeout: 60000 });
    await new Promise((r) => setTimeout(r, 500));
    const got = await page.evaluate(() => {
      const mark = (n) => {
        const m = performance.getEntriesByName(n, "mark")[0];
        return m ? m.startTime : null;
      };
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const wasm = performance
        .getEntriesByType("resource")
        .find((r) => /pledge-board-[0-9a-f]+_bg\.wasm$/.test(r.name));
      return {
        fcp: fcp ? fcp.startTime : null,
        wasm: wasm ? wasm.responseEnd : null,
        campaign: mark("pledge-board:campaign"),
        texts: mark("pledge-board:texts"),
        editor: mark("pledge-board:editor"),
        preview: window.__p.preview,
        longtasks: window.__p.longtasks,
        lcp: window.__p.lcp,
      };
    });
    await close();
    const after = got.longtasks.filter(([start]) => got.fcp == null || start >= got.fcp);
    got.tbt = after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    got.longest = Math.max(0, ...got.longtasks.map(([, d]) => d));
    const last = got.lcp[got.lcp.length - 1];
    got.lcpTime = last ? last[0] : null;
    rows.push(got);
    console.error(
      `run ${i + 1}: long tasks ${got.longtasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(", ")}; ` +
        `LCP candidates ${got.lcp.map(([t, size, el]) => `${el} ${size} px² at ${t.toFixed(0)}`).join(", ")}`
    );
  }
  const line = (label, key) => {
    const m = median(rows.map((r) => r[key]));
    return `| ${label} | ${m == null ? "–" : m.toFixed(0) + " ms"} |`;
  };
  console.log(`Start on a ${slowdown}× slowed CPU, median of ${runs} runs (${url})\n`);
  console.log("| moment (since navigation) | median |\n|---|---:|");
  console.log(line("first contentful paint", "fcp"));
  console.log(line("the app's wasm downloaded", "wasm"));
  console.log(line("campaign read (`pledge-board:campaign`)", "campaign"));
  console.log(line("words ready (`pledge-board:texts`)", "texts"));
  console.log(line("editor rendered (`pledge-board:editor`)", "editor"));
  console.log(line("first preview shown", "preview"));
  console.log(line("largest contentful paint (its last candidate)", "lcpTime"));
  console.log(line("longest task", "longest"));
  console.log(line("blocking time after first paint (sum of each long task over 50 ms)", "tbt"));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
