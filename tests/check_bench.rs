//! The check page's benchmarks in a browser on the release build
//! (`dist/check/`): how long its worker takes to check the published
//! campaign the first time (the worker's start, its fonts and the
//! campaign's files fetched, the file and its artwork checked), to check
//! it again after an edit, and to draw the default campaign's contact
//! sheet (every board, size and language: 108 pictures); and the worker's
//! largest WebAssembly heap. Timed between the page posting to the worker
//! and the worker's answer arriving. Not part of `make test`: run
//! `make bench-check-page` (`ENGINE=firefox` or `webkit` for another
//! engine; `RUNS`, 3 by default, sheets drawn).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "e2e/harness/mod.rs"]
#[allow(dead_code)]
mod harness;

use harness::{Browser, Engine, StaticServer};
use std::time::{Duration, Instant};

/// Run before the page: the time each message to the worker is posted,
/// and each answer's arrival and heap.
const WRAP: &str = r#"
(() => {
  const Original = window.Worker;
  window.__c = { posted: [], answers: [], heap: 0, start: performance.now() };
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data || {};
        if (typeof d.heap === 'number') __c.heap = Math.max(__c.heap, d.heap);
        if (d.kind !== 'drawing') __c.answers.push({ kind: d.kind, seq: d.seq, at: performance.now() });
      });
    }
    postMessage(message, transfer) {
      __c.posted.push({ kind: message.kind, seq: message.seq, at: performance.now() });
      return transfer === undefined ? super.postMessage(message) : super.postMessage(message, transfer);
    }
  };
})();
"#;

fn engine() -> Engine {
    match std::env::var("ENGINE").as_deref() {
        Ok("firefox") => Engine::Firefox,
        Ok("webkit") => Engine::WebKit,
        _ => Engine::Chromium,
    }
}

fn median_p95(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let pick = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (pick(0.5), pick(0.95))
}

/// The time from posting the message `kind` numbered `seq` to the answer
/// `answer` with that number, once it has come.
async fn answered(b: &Browser, kind: &str, seq: u64, answer: &str, within: Duration) -> f64 {
    let deadline = Instant::now() + within;
    loop {
        let v = b
            .js(&format!(
                "const p = __c.posted.filter(m => m.kind === '{kind}' && m.seq === {seq}).pop();
                 const a = __c.answers.filter(m => m.kind === '{answer}' && m.seq === {seq}).pop();
                 return p && a ? a.at - p.at : null"
            ))
            .await;
        if let Some(ms) = v.as_f64() {
            return ms;
        }
        assert!(Instant::now() < deadline, "no {answer} for {kind} {seq}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
#[ignore = "a benchmark: run with `make bench-check-page`"]
async fn the_check_pages_check_and_contact_sheet() {
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let server = StaticServer::serve_dist();
    server.set_script_before_page(WRAP.into());
    let b = Browser::launch(engine(), 1280, 900).await;
    let mut first = Vec::new();
    let mut opened = Vec::new();
    let mut again = Vec::new();
    for _ in 0..5 {
        b.goto(&server.url("/check/")).await;
        // The first check: fonts and files fetched, the whole campaign.
        first.push(answered(&b, "check", 1, "checked", Duration::from_secs(120)).await);
        // From the page's first script to that answer (the worker's start,
        // the campaign fetched, the pause after opening, the check).
        let since = b
            .js("return __c.answers.find(a => a.kind === 'checked').at - __c.start")
            .await;
        opened.push(since.as_f64().unwrap());
        // Edits: a space typed at the end, each checked again.
        let area = b.by_role("textbox", "Campaign file (campaign.toml)").await;
        for seq in 2..=4 {
            area.send_keys(" ").await.unwrap();
            again.push(answered(&b, "check", seq, "checked", Duration::from_secs(60)).await);
        }
    }
    let (f50, f95) = median_p95(first);
    let (a50, a95) = median_p95(again);
    let (o50, o95) = median_p95(opened);
    let name = engine().name();
    println!(
        "BENCH {name}: first check of the published campaign median {f50:.0} ms, p95 {f95:.0}"
    );
    println!(
        "BENCH {name}: page opened to the first check's answer median {o50:.0} ms, p95 {o95:.0}"
    );
    println!("BENCH {name}: check after an edit median {a50:.0} ms, p95 {a95:.0}");
    let mut sheets = Vec::new();
    for _ in 0..runs {
        b.goto(&server.url("/check/")).await;
        answered(&b, "check", 1, "checked", Duration::from_secs(120)).await;
        b.click_in_view("button", "Draw the contact sheet").await;
        sheets.push(answered(&b, "sheet", 1, "sheet", Duration::from_secs(600)).await);
    }
    let heap = b.js("return __c.heap").await.as_f64().unwrap_or(0.0) / 1_048_576.0;
    let (s50, s95) = median_p95(sheets);
    println!(
        "BENCH {name}: contact sheet of the default campaign (108 pictures) median {:.2} s, p95 {:.2} s over {runs}; worker heap {heap:.0} MiB",
        s50 / 1000.0,
        s95 / 1000.0
    );
    b.close().await;
}
