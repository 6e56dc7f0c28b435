// Reads target/lighthouse/<form>-<i>.report.json (scripts/lighthouse.sh)
// and prints, per form factor, the median of each score and metric over
// the runs, and the main thread's work in the median run by category.
const fs = require('fs');
const [dir, runs] = [process.argv[2], Number(process.argv[3])];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
const work = [];
for (const form of ['mobile', 'desktop']) {
  const reports = [];
  for (let i = 1; i <= runs; i++) {
    reports.push(JSON.parse(fs.readFileSync(`${dir}/${form}-${i}.report.json`, 'utf8')));
  }
  const score = (r, c) => Math.round(r.categories[c].score * 100);
  const num = (r, a) => r.audits[a].numericValue;
  const m = (f) => median(reports.map(f));
  const perf = reports.map((r) => score(r, 'performance'));
  rows.push(`| ${form} | ${m((r) => score(r, 'performance'))} (${Math.min(...perf)}–${Math.max(...perf)}) | ` +
    `${m((r) => score(r, 'accessibility'))} | ${m((r) => score(r, 'best-practices'))} | ${m((r) => score(r, 'seo'))} | ` +
    `${(m((r) => num(r, 'first-contentful-paint')) / 1000).toFixed(2)} s | ` +
    `${(m((r) => num(r, 'largest-contentful-paint')) / 1000).toFixed(2)} s | ` +
    `${Math.round(m((r) => num(r, 'total-blocking-time')))} ms | ` +
    `${m((r) => num(r, 'cumulative-layout-shift')).toFixed(3)} | ` +
    `${(m((r) => num(r, 'speed-index')) / 1000).toFixed(2)} s | ` +
    `${(m((r) => num(r, 'interactive')) / 1000).toFixed(2)} s |`);
  // The run whose performance score is the median: its main-thread work.
  const mid = reports.slice().sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor((runs - 1) / 2)];
  const items = mid.audits['mainthread-work-breakdown'].details.items;
  work.push(`${form}: ` + items.map((x) => `${x.groupLabel || x.group} ${Math.round(x.duration)} ms`).join(', '));
  const boot = mid.audits['bootup-time'].details.items;
  work.push(`${form} scripts: ` + boot.map((x) => `${x.url.replace(/^http:\/\/[^/]+\//, '')} ${Math.round(x.total)} ms (evaluate ${Math.round(x.scripting)}, compile ${Math.round(x.scriptParseCompile)})`).join('; '));
}
console.log(`Lighthouse ${JSON.parse(fs.readFileSync(`${dir}/mobile-1.report.json`, 'utf8')).lighthouseVersion}, median of ${runs} runs each`);
console.log('');
console.log('| form factor | performance (range) | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | Speed Index | TTI |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
rows.forEach((r) => console.log(r));
console.log('');
work.forEach((w) => console.log(w));
