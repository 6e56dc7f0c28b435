//! Pen benchmarks on the release build (`dist/`), in each engine
//! (`BENCH_ENGINES=firefox,webkit` for some): with 199 strokes already on
//! the board (restored from the draft), strokes drawn with the mouse
//! through WebDriver, timing
//! - pointer to wet ink: each pointermove's event time to the end of the
//!   first frame after the canvas was next painted (`putImageData`);
//! - stroke end to export preview: pointerup's event time to the first
//!   frame showing the worker's new board image;
//! - the longest main-thread task while drawing (Chromium: Long Tasks).
//!
//! Not part of `make test` (speed is measured, not asserted): run
//! `make bench-pen`; the figures go in BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/handwriting.rs"]
mod handwriting;
#[path = "e2e/harness/mod.rs"]
#[allow(dead_code)]
mod harness;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::Locator;
use harness::{Browser, Engine, StaticServer};
use std::time::{Duration, Instant};

const STROKES: usize = 20;

/// Records in the page: moves, pointerups, canvas paints (each with the
/// frame after it), board images painted, long tasks.
const INSTRUMENT: &str = r#"
window.__p = { moves: [], ups: [], inked: [], boards: [], longtasks: [] };
document.addEventListener('pointermove', e => __p.moves.push(e.timeStamp), true);
document.addEventListener('pointerup', e => __p.ups.push(e.timeStamp), true);
const put = CanvasRenderingContext2D.prototype.putImageData;
CanvasRenderingContext2D.prototype.putImageData = function (...a) {
  put.apply(this, a);
  if (this.canvas.classList.contains('board-image')) return; // the preview itself
  const at = performance.now();
  requestAnimationFrame(() => __p.inked.push([at, performance.now()]));
};
// The preview canvas says which picture it holds once its pixels are on it.
new MutationObserver(ms => ms.forEach(m => {
  if (m.target.classList.contains('board-image'))
    requestAnimationFrame(() => __p.boards.push(performance.now()));
})).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture'] });
if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask'))
  new PerformanceObserver(l => l.getEntries().forEach(t => __p.longtasks.push(t.duration)))
    .observe({ type: 'longtask' });
return null;
"#;

fn quantiles(mut v: Vec<f64>) -> (f64, f64, usize) {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return (f64::NAN, f64::NAN, 0);
    }
    let pick = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (pick(0.5), pick(0.95), v.len())
}

fn floats(v: &serde_json::Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_f64()).collect())
        .unwrap_or_default()
}

async fn one_engine(engine: Engine) {
    let server = StaticServer::serve_dist();
    let b = Browser::launch(engine, 1280, 900).await;
    b.goto(&server.url("/")).await;
    // 199 strokes of 60 points already written (room left for the 20
    // drawn here under the 20,000-point limit).
    let mut written = handwriting::rows(199);
    for s in &mut written.strokes {
        s.points.truncate(60);
    }
    let ink = pledge_board::ink::stored::encode(&written);
    b.client
        .execute(
            "sessionStorage.setItem('pledge-board:nhcaw:draft', \
             new URLSearchParams({ mode: 'write', lang: 'en-GB', ink: arguments[0] }).toString()); \
             return null",
            vec![ink.into()],
        )
        .await
        .unwrap();
    b.reload().await;
    b.by_role("img", "Pledge board: a pledge written by hand")
        .await;
    // The writing area appears once the pen's module has loaded.
    b.by_role(
        "img",
        "Writing area on the pledge board: write your pledge here with a finger, a stylus or the mouse",
    )
    .await;
    b.js(INSTRUMENT).await;
    b.js("document.querySelector('.pen-area').scrollIntoView({ block: 'center' }); return 0")
        .await;
    let area = b.client.find(Locator::Css(".pen-area")).await.unwrap();
    let mut ink_ms = Vec::new();
    let mut preview_ms = Vec::new();
    for i in 0..STROKES {
        let y = -100.0 + (i % 10) as f64 * 20.0;
        let mut a = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: area.clone(),
                duration: None,
                x: -150.0,
                y,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for _ in 0..15 {
            a = a.then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(20)),
                x: 20.0,
                y: 3.0,
            });
        }
        a = a.then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
        let boards_before = b.js("return __p.boards.length").await.as_u64().unwrap_or(0);
        b.client.perform_actions(a).await.unwrap();
        b.client.release_actions().await.unwrap();
        // Wait for the board with this stroke.
        let deadline = Instant::now() + Duration::from_secs(20);
        while b.js("return __p.boards.length").await.as_u64().unwrap_or(0) <= boards_before {
            if Instant::now() > deadline {
                let seen = b
                    .js("return [__p.moves.length, __p.ups.length, __p.inked.length, __p.boards.length,                          document.querySelector('canvas.board-image').getAttribute('aria-label'), document.body.innerText.slice(0, 600)]")
                    .await;
                panic!("{}: no new board after stroke {i}: {seen}", engine.name());
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let got = b
            .js(
                "const p = window.__p; const r = [p.moves, p.ups, p.inked, p.boards]; \
                 p.moves = []; p.ups = []; p.inked = []; return r",
            )
            .await;
        let (moves, ups, inked, boards) = (
            floats(&got[0]),
            floats(&got[1]),
            got[2].as_array().cloned().unwrap_or_default(),
            floats(&got[3]),
        );
        let inked: Vec<(f64, f64)> = inked
            .iter()
            .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
            .collect();
        let up = ups.last().copied().unwrap_or(f64::NAN);
        for m in moves.iter().filter(|m| **m < up) {
            if let Some((_, frame)) = inked.iter().find(|(at, _)| at >= m) {
                ink_ms.push(frame - m);
            }
        }
        if let Some(shown) = boards.iter().rev().find(|t| **t >= up) {
            preview_ms.push(shown - up);
        }
    }
    let long = floats(&b.js("return __p.longtasks").await);
    let (m, p95, n) = quantiles(ink_ms);
    println!(
        "BENCH {} pointer to wet ink: median {m:.1} ms, p95 {p95:.1} ms ({n} moves)",
        engine.name()
    );
    let (m, p95, n) = quantiles(preview_ms);
    println!(
        "BENCH {} stroke end to export preview, 200 strokes: median {m:.0} ms, p95 {p95:.0} ms ({n} strokes)",
        engine.name()
    );
    if engine == Engine::Chromium {
        println!(
            "BENCH {} longest main-thread task while drawing: {:.0} ms ({} over 50 ms)",
            engine.name(),
            long.iter().copied().fold(0.0, f64::max),
            long.len()
        );
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "a benchmark: run with `make bench-pen`"]
async fn pen_benchmarks() {
    let wanted = std::env::var("BENCH_ENGINES").unwrap_or_else(|_| "chromium".into());
    for engine in [Engine::Chromium, Engine::Firefox, Engine::WebKit] {
        if wanted.split(',').any(|w| w.trim() == engine.name()) {
            one_engine(engine).await;
        }
    }
}
