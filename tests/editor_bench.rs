//! Editor benchmarks on the release build (`dist/`), in each engine
//! (Chromium, Firefox, WebKitGTK; `BENCH_ENGINES=firefox,webkit` for some):
//! keystroke-to-preview latency, the longest main-thread task while typing
//! (Chromium only: the others have no Long Tasks API), the time to redraw
//! for each export size (the render worker's render and PNG in that
//! engine's wasm, plus the transfer and the image decode), the time to the
//! first preview, and Download. Not part of `make test` (speed is measured,
//! not asserted): run `make bench-editor`; the figures go in BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/harness/mod.rs"]
#[allow(dead_code)]
mod harness;
#[path = "bench/stages.rs"]
mod stages;

use harness::{Browser, Engine, StaticServer};
use serde_json::Value;
use stages::Stages;
use std::time::{Duration, Instant};

/// Typing speed: a keystroke every 120 ms (a quick typist on a phone).
const KEY_INTERVAL: Duration = Duration::from_millis(120);
const PLEDGE: &str = "I will speak up when I see hate, and I will stand with my neighbours.";
const RUNS: usize = 3;

/// Records, in the page: each input event's time and value, each preview
/// image's first painted frame and its alt text, every long task, and each
/// size change.
const INSTRUMENT: &str = r#"
window.__b = { inputs: [], paints: [], longtasks: [], changes: [] };
document.addEventListener('input', e => __b.inputs.push([e.timeStamp, e.target.value]), true);
document.addEventListener('change', e => __b.changes.push([e.timeStamp, e.target.value]), true);
// The preview canvas says which picture it holds once its pixels are on it.
new MutationObserver(ms => ms.forEach(m => {
  const img = m.target;
  if (img.classList.contains('board-image')) {
    const loaded = performance.now();
    requestAnimationFrame(() => __b.paints.push([performance.now(), img.getAttribute('aria-label'), img.height, loaded]));
  }
})).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture'] });
// Builds from before 2026-12-03 showed a PNG in an <img>: painted once loaded
// (so an older dist/ can be measured beside this one).
document.addEventListener('load', e => {
  const img = e.target;
  if (img.classList && img.classList.contains('board-image')) {
    const loaded = performance.now();
    requestAnimationFrame(() => __b.paints.push([performance.now(), img.alt, img.naturalHeight, loaded]));
  }
}, true);
if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
  new PerformanceObserver(l => l.getEntries().forEach(t => __b.longtasks.push([t.startTime, t.duration])))
    .observe({ type: 'longtask', buffered: true });
  __b.hasLongTasks = true;
}
return null;
"#;

fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i]
}

fn summary(mut v: Vec<f64>) -> (f64, f64, usize) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (quantile(&v, 0.5), quantile(&v, 0.95), v.len())
}

fn pairs(v: &Value) -> Vec<(f64, String, f64)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_f64().unwrap(),
                p[1].as_str().map(str::to_owned).unwrap_or_default(),
                p.get(2).and_then(Value::as_f64).unwrap_or(0.0),
            )
        })
        // The alt text's pledge is isolated (U+2068 … U+2069), as Fluent
        // puts a variable; compared without the marks.
        .map(|(t, alt, h)| (t, alt.replace(['\u{2068}', '\u{2069}'], ""), h))
        .collect()
}

/// Scrolls the element with this role and name into view, then clicks it (as a
/// person would; WebKit's driver does not scroll to it first).
async fn click_in_view(b: &Browser, role: &str, name: &str) {
    let radio = b.by_role(role, name).await;
    b.client
        .execute(
            "arguments[0].scrollIntoView({ block: 'center' }); return null",
            vec![serde_json::to_value(&radio).unwrap()],
        )
        .await
        .unwrap();
    radio.click().await.unwrap();
}

async fn wait_for(b: &Browser, script: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = b.js(script).await;
        if !v.is_null() && v != false {
            return v;
        }
        if Instant::now() > deadline {
            let seen = b
                .js("return window.__b ? [__b.paints.slice(-3), __b.inputs.slice(-2)] : 'no __b'")
                .await;
            panic!("timed out: {script}; seen {seen}");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// One engine's figures from one run, for the side-by-side table.
#[derive(Default)]
struct Figures {
    first: Vec<f64>,
    keystrokes: Vec<f64>,
    redraw: Vec<(&'static str, f64)>,
    download: Vec<f64>,
    /// While typing, stage by stage.
    stages: Stages,
}

async fn one_run(engine: Engine, run: usize, all: &mut Figures) {
    let server = StaticServer::serve_dist();
    server.set_script_before_page(stages::WRAP_WORKER.to_owned());
    let b = Browser::launch(engine, 1280, 900).await;
    let run = format!("{} {run}", engine.name());
    b.goto(&server.url("/")).await;
    // Time to the first (empty) preview, polled every ~10 ms.
    let first = wait_for(
        &b,
        "const i = document.querySelector('.board-image'); \
         return i && (i.dataset.picture || i.complete) ? performance.now() : null",
    )
    .await
    .as_f64()
    .unwrap();
    b.js(INSTRUMENT).await;
    let w = b.js("return window.__w || null").await;
    assert!(!w.is_null(), "{run}: the worker wrapper did not run");
    let wasm = b
        .js("const r = performance.getEntriesByType('resource') \
             .find(e => /pledge-board-[0-9a-f]+_bg\\.wasm$/.test(e.name)); \
             return r ? r.responseEnd : null")
        .await;
    all.stages.add_first(
        &w,
        wasm.as_f64().expect("the app's wasm in Resource Timing"),
    );

    // Typing.
    let area = b.by_role("textbox", "Your pledge").await;
    for ch in PLEDGE.chars() {
        area.send_keys(&ch.to_string()).await.unwrap();
        tokio::time::sleep(KEY_INTERVAL).await;
    }
    let want = format!("Pledge board: {}", PLEDGE.trim());
    wait_for(
        &b,
        &format!(
            "return __b.paints.some(p => p[1].replace(/[\\u2068\\u2069]/g, '') === {}) || null",
            serde_json::to_string(&want).unwrap()
        ),
    )
    .await;
    let data = b.js("return __b").await;
    let inputs = pairs(&data["inputs"]);
    let paints = pairs(&data["paints"]);
    // Each keystroke's latency: until the first painted preview that shows
    // at least the text typed so far.
    let mut latencies = Vec::new();
    for (t, value, _) in &inputs {
        let shown = format!("Pledge board: {}", value.trim());
        if let Some((p, _, _)) = paints
            .iter()
            .find(|(p, alt, _)| p >= t && alt.starts_with(&shown))
        {
            latencies.push(p - t);
        }
    }
    let last_latency = *latencies.last().unwrap();
    let painted: Vec<(f64, f64)> = data["paints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_f64().unwrap(), p[3].as_f64().unwrap()))
        .collect();
    let input_times: Vec<f64> = inputs.iter().map(|i| i.0).collect();
    let w = b.js("return window.__w || null").await;
    all.stages.add(inputs[0].0, &input_times, &w, &painted);
    all.keystrokes.extend(&latencies);
    all.first.push(first);
    let (med, p95, n) = summary(latencies);
    // Long tasks from when typing began (earlier ones are the page starting).
    let typing_from = inputs[0].0;
    let all_long: Vec<(f64, f64)> = data["longtasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t[0].as_f64().unwrap(), t[1].as_f64().unwrap()))
        .collect();
    let long: Vec<f64> = all_long
        .iter()
        .filter(|(s, _)| *s >= typing_from)
        .map(|t| t.1)
        .collect();
    let startup: Vec<f64> = all_long
        .iter()
        .filter(|(s, _)| *s < typing_from)
        .map(|t| t.1)
        .collect();
    let longest = long.iter().cloned().fold(0.0, f64::max);
    if std::env::var_os("BENCH_DETAIL").is_some() {
        for t in data["longtasks"].as_array().unwrap() {
            let start = t[0].as_f64().unwrap();
            let before = inputs.iter().filter(|(i, _, _)| *i <= start).count();
            println!("DETAIL long task at {start:.0} ms for {:.0} ms, after keystroke {before}; first input at {:.0}", t[1], inputs[0].0);
        }
    }

    // Redraw per size: from choosing the size to the new preview painted.
    let mut redraw = Vec::new();
    for (label, height) in [
        ("Portrait (1080 × 1350)", 1350.0),
        ("Story (1080 × 1920)", 1920.0),
        ("Square (1080 × 1080)", 1080.0),
    ] {
        for _ in 0..3 {
            // Start from another size, so the click changes something.
            let other = if height == 1080.0 {
                "Portrait (1080 × 1350)"
            } else {
                "Square (1080 × 1080)"
            };
            click_in_view(&b, "radio", other).await;
            tokio::time::sleep(Duration::from_millis(400)).await;
            b.js("__b.changes = []; __b.paints = []; return null").await;
            click_in_view(&b, "radio", label).await;
            let v = wait_for(
                &b,
                &format!(
                    "const p = __b.paints.find(p => p[2] === {height}); \
                     return p && __b.changes.length ? p[0] - __b.changes[0][0] : null"
                ),
            )
            .await;
            redraw.push((label, v.as_f64().unwrap()));
        }
    }
    click_in_view(&b, "radio", "Square (1080 × 1080)").await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // Download: click to the file saved (includes WebDriver's round trip).
    let start = Instant::now();
    click_in_view(&b, "button", "Download image").await;
    b.downloaded("pledge-nhcaw-square.png").await;
    let download = start.elapsed().as_secs_f64() * 1000.0;
    all.download.push(download);
    all.redraw.extend(redraw.iter().cloned());
    let has_long_tasks = b.js("return !!__b.hasLongTasks").await == true;

    println!("BENCH run {run}: first preview after navigation: {first:.0} ms");
    println!(
        "BENCH run {run}: keystroke → preview painted: median {med:.1} ms, p95 {p95:.1} ms \
         over {n} keystrokes ({} ms apart); after the last keystroke {last_latency:.1} ms",
        KEY_INTERVAL.as_millis()
    );
    if has_long_tasks {
        println!(
            "BENCH run {run}: long tasks (≥ 50 ms) on the main thread while typing: {} (longest {longest:.0} ms); \
             while the page started: {} (longest {:.0} ms)",
            long.len(),
            startup.len(),
            startup.iter().cloned().fold(0.0, f64::max)
        );
    } else {
        println!("BENCH run {run}: long tasks: not measured (no Long Tasks API in this engine)");
    }
    for label in [
        "Square (1080 × 1080)",
        "Portrait (1080 × 1350)",
        "Story (1080 × 1920)",
    ] {
        let (m, p, _) = summary(
            redraw
                .iter()
                .filter(|(l, _)| *l == label)
                .map(|(_, v)| *v)
                .collect(),
        );
        println!("BENCH run {run}: choose {label} → preview painted: median {m:.1} ms, max {p:.1} ms (3 tries)");
    }
    let (sq, _, _) = summary(
        redraw
            .iter()
            .filter(|(l, _)| l.starts_with("Square"))
            .map(|(_, v)| *v)
            .collect(),
    );
    println!(
        "BENCH run {run}: ratio keystroke median / square redraw median: {:.2}",
        med / sq
    );
    println!("BENCH run {run}: Download click → PNG saved: {download:.0} ms");
    b.close().await;
}

/// The engines asked for in `BENCH_ENGINES` (all three by default).
fn engines() -> Vec<Engine> {
    let asked = std::env::var("BENCH_ENGINES").unwrap_or_default();
    [Engine::Chromium, Engine::Firefox, Engine::WebKit]
        .into_iter()
        .filter(|e| asked.is_empty() || asked.split(',').any(|a| a.trim() == e.name()))
        .collect()
}

#[tokio::test]
#[ignore = "a benchmark: run with `make bench-editor`"]
async fn editor_benchmarks() {
    let mut table = Vec::new();
    for engine in engines() {
        let mut all = Figures::default();
        for run in 1..=RUNS {
            one_run(engine, run, &mut all).await;
        }
        table.push((engine, all));
    }
    // Side by side: every run's samples of an engine pooled; ratios to the
    // first engine measured (Chromium unless left out).
    let row = |what: &str, of: &dyn Fn(&Figures) -> Vec<f64>, q: f64| {
        let values: Vec<f64> = table
            .iter()
            .map(|(_, f)| {
                let mut v = of(f);
                v.sort_by(|a, b| a.partial_cmp(b).unwrap());
                quantile(&v, q)
            })
            .collect();
        let cells: Vec<String> = values.iter().map(|v| format!("{v:.1} ms")).collect();
        let ratios: Vec<String> = values[1..]
            .iter()
            .map(|v| format!("{:.2}", v / values[0]))
            .collect();
        println!(
            "BENCH | {what} | {} | {} |",
            cells.join(" | "),
            ratios.join(" | ")
        );
    };
    let names: Vec<&str> = table.iter().map(|(e, _)| e.name()).collect();
    println!("BENCH | ms | {} | ÷ {} |", names.join(" | "), names[0]);
    row(
        "keystroke → preview, median",
        &|f| f.keystrokes.clone(),
        0.5,
    );
    row("keystroke → preview, p95", &|f| f.keystrokes.clone(), 0.95);
    for size in [
        "Square (1080 × 1080)",
        "Portrait (1080 × 1350)",
        "Story (1080 × 1920)",
    ] {
        let of = move |f: &Figures| -> Vec<f64> {
            f.redraw
                .iter()
                .filter(|(l, _)| *l == size)
                .map(|(_, v)| *v)
                .collect()
        };
        row(&format!("choose {size} → preview, median"), &of, 0.5);
        row(&format!("choose {size} → preview, p95"), &of, 0.95);
    }
    for (what, of) in stages::TYPING_ROWS
        .iter()
        .chain(stages::FIRST_PREVIEW_ROWS.iter())
    {
        let n: Vec<String> = table
            .iter()
            .map(|(_, f)| of(&f.stages).len().to_string())
            .collect();
        let of = |f: &Figures| of(&f.stages);
        row(&format!("{what}, median (n = {})", n.join("/")), &of, 0.5);
        row(&format!("{what}, p95"), &of, 0.95);
    }
    row("first preview, median", &|f| f.first.clone(), 0.5);
    row("first preview, p95", &|f| f.first.clone(), 0.95);
    row("Download, median", &|f| f.download.clone(), 0.5);
    row("Download, p95", &|f| f.download.clone(), 0.95);
}
