//! The montage page's benchmarks in headless Chromium on the release build
//! (`dist/`), beside `pledge-montage` and ImageMagick on the same files.
//! Not part of `make test` (speed is measured, not asserted): run
//! `make bench-montage-page`; the figures go in BENCHMARKS.md.
//!
//! - Reading: images read and tiled per second, by the pool (one worker
//!   per core, at most 4) and by one worker (the page told the machine has
//!   one core), for 1080 × 1350 pledge PNGs and 12-megapixel phone JPEGs,
//!   each with our decoder (`?decoder=ours`: `image` in wasm) and with the
//!   browser's (`?decoder=browser`: `createImageBitmap`, resized as it
//!   decodes). As shipped, JPEGs go to the browser's and the rest to ours.
//! - Building: N pledges to an A1 grid at 150 dpi and to a 3840 × 2160
//!   heart, in the page and natively, and the A1 grid by ImageMagick.
//! - Memory: the largest WebAssembly heap of any reading worker and of the
//!   build worker (each worker's messages carry its heap's size, which only
//!   grows), and the peak resident memory of all of Chromium's processes,
//!   for each N (`COUNTS`, "100 500 2000" by default).
//!
//! In Chromium unless `ENGINE=firefox` or `ENGINE=webkit` (the peak
//! memory is then that engine's processes'); `READING=0` leaves out the
//! reading comparisons; `RUNS` (3) runs each reading comparison.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "e2e/harness/mod.rs"]
#[allow(dead_code)]
mod harness;

use harness::{Browser, Engine, PeakMemory, StaticServer};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// Run before the page: notes each worker's largest heap and whether it
/// built a montage; with `?readers=1`, tells the page the machine has one
/// core (so the pool starts one worker).
const WRAP: &str = r#"
(() => {
  if (location.search.includes('readers=1'))
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 1 });
  const Original = window.Worker;
  window.__m = { workers: [] };
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button');
    if (b && b.textContent.trim() === 'Build the montage') __m.clickAt = performance.now();
  }, true);
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      const me = { heap: 0, built: false };
      __m.workers.push(me);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (d && typeof d.heap === 'number') me.heap = Math.max(me.heap, d.heap);
        if (d && d.kind === 'built') { me.built = true; __m.builtAt = performance.now(); }
      });
    }
    postMessage(message, transfer) {
      if (message && message.kind === 'build') __m.postedAt = performance.now();
      return transfer === undefined ? super.postMessage(message) : super.postMessage(message, transfer);
    }
  };
})();
"#;

const MIB: f64 = 1_048_576.0;

fn bench_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/montage-page-bench");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `n` portrait pledge PNGs (1080 × 1350), each with its own words, the
/// two boards in turn; made once (on every core) and kept.
fn pledges(n: usize) -> Vec<PathBuf> {
    use rayon::prelude::*;
    let dir = bench_dir().join("pledges");
    std::fs::create_dir_all(&dir).unwrap();
    let path = |i: usize| dir.join(format!("pledge-{i:04}.png"));
    let c = common::default_campaign();
    (0..n)
        .into_par_iter()
        .for_each_init(common::renderer, |r, i| {
            if path(i).is_file() {
                return;
            }
            let board = ["purple-dawn", "many-voices"][i % 2];
            let text = format!(
                "Pledge {i}: we stand together, whoever we are ({}).",
                i * 7919 % 1000
            );
            let image = r
                .render(
                    &c,
                    board,
                    "portrait",
                    &pledge_board::render::Pledge::new(&text),
                )
                .unwrap();
            std::fs::write(path(i), image.to_png()).unwrap();
        });
    (0..n).map(path).collect()
}

/// 20 twelve-megapixel phone photos (4000 × 3000 JPEG), each file its own
/// (a comment of its own after the start marker).
fn photos() -> Vec<PathBuf> {
    let dir = bench_dir().join("photos");
    std::fs::create_dir_all(&dir).unwrap();
    let jpeg = common::photos::phone_jpeg(4000, 3000, 1);
    (0..20)
        .map(|i| {
            let path = dir.join(format!("photo-{i:02}.jpg"));
            if !path.is_file() {
                let bytes = common::photos::with_comment(&jpeg, &format!("photo {i}"));
                std::fs::write(&path, bytes).unwrap();
            }
            path
        })
        .collect()
}

/// What one page session measured.
#[derive(Default)]
struct Session {
    read_s: f64,
    reader_heap: u64,
    /// Per build: its name, seconds, its worker's heap, and the seconds
    /// from the build's job posted to the worker's last piece.
    builds: Vec<(String, f64, u64, f64)>,
    rss_peak: u64,
}

/// Waits until `script` (returning a string) says `want`.
async fn wait_text(b: &Browser, script: &str, want: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        let said = b.js(script).await;
        if said.as_str().is_some_and(|s| s.contains(want)) {
            return;
        }
        assert!(Instant::now() < deadline, "waited for {want:?}: {said}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// One fresh page: reads `files`, then (if any) approves them all and
/// builds each of `builds` (layout, size, the download link's name).
/// The engine to measure in: `ENGINE=firefox` or `ENGINE=webkit`, else
/// Chromium.
fn engine() -> Engine {
    match std::env::var("ENGINE").as_deref() {
        Ok("firefox") => Engine::Firefox,
        Ok("webkit") => Engine::WebKit,
        _ => Engine::Chromium,
    }
}

async fn session(files: &[PathBuf], query: &str, builds: &[(&str, &str, &str)]) -> Session {
    let server = StaticServer::serve_dist();
    server.set_script_before_page(WRAP.into());
    let b = Browser::launch(engine(), 1280, 900).await;
    b.goto(&server.url(&format!("/montage/{query}"))).await;
    b.by_role("heading", "Build the montage").await;
    let memory = PeakMemory::start(b.processes(), Duration::from_millis(50));
    let input = b
        .client
        .find(fantoccini::Locator::Id("montage-files"))
        .await
        .unwrap();
    let progress =
        "const s = document.querySelector('.montage-progress'); return s ? s.textContent : ''";
    let start = Instant::now();
    for batch in files.chunks(250) {
        let paths: Vec<String> = batch.iter().map(|p| p.display().to_string()).collect();
        input.send_keys(&paths.join("\n")).await.unwrap();
    }
    let n = files.len();
    wait_text(&b, progress, &format!("{n} of {n} images read"), 1800).await;
    let mut s = Session {
        read_s: start.elapsed().as_secs_f64(),
        ..Session::default()
    };
    let heaps = "return __m.workers.map(w => [w.heap, w.built])";
    let of_readers = |v: serde_json::Value| {
        v.as_array()
            .unwrap()
            .iter()
            .map(|w| w[0].as_u64().unwrap())
            .max()
            .unwrap_or(0)
    };
    s.reader_heap = of_readers(b.js(heaps).await);
    if !builds.is_empty() {
        b.click_in_view("button", "Approve image 1").await;
        b.click_in_view("button", &format!("Approve the {} not yet reviewed", n - 1))
            .await;
    }
    for (layout, size, link) in builds {
        let before = b.js("return __m.workers.length").await.as_u64().unwrap() as usize;
        b.by_role("combobox", "Layout")
            .await
            .select_by_label(layout)
            .await
            .unwrap();
        b.by_role("combobox", "Size")
            .await
            .select_by_label(size)
            .await
            .unwrap();
        let start = Instant::now();
        b.click_in_view("button", "Build the montage").await;
        let links = "return [...document.querySelectorAll('a')].map(a => a.textContent).join('|')";
        wait_text(&b, links, link, 1800).await;
        let waited = start.elapsed().as_secs_f64();
        // In the page: from the click to the worker's last piece.
        let secs = b
            .js("return (__m.builtAt - __m.clickAt) / 1000")
            .await
            .as_f64()
            .unwrap_or(waited);
        let in_worker = b
            .js("return (__m.builtAt - __m.postedAt) / 1000")
            .await
            .as_f64()
            .unwrap_or(0.0);
        let workers = b.js(heaps).await;
        let heap = workers.as_array().unwrap()[before..]
            .iter()
            .filter(|w| w[1].as_bool() == Some(true))
            .map(|w| w[0].as_u64().unwrap())
            .max()
            .unwrap_or(0);
        s.builds
            .push((format!("{layout}, {size}"), secs, heap, in_worker));
    }
    s.rss_peak = memory.stop();
    b.close().await;
    s
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// Runs a command under /usr/bin/time: (seconds, peak resident MiB), or
/// `None` if it failed.
fn timed(cmd: &mut Command) -> Option<(f64, f64)> {
    let log = bench_dir().join("time.txt");
    let status = Command::new("/usr/bin/time")
        .arg("-o")
        .arg(&log)
        .args(["-f", "%e %M"])
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    let text = std::fs::read_to_string(&log).ok()?;
    let mut it = text.lines().last()?.split_whitespace();
    let secs: f64 = it.next()?.parse().ok()?;
    let kb: f64 = it.next()?.parse().ok()?;
    status.success().then_some((secs, kb / 1024.0))
}

/// `pledge-montage` on the first `n` pledges (an approvals list naming
/// them), and ImageMagick's `montage` on the same files for the A1 grid.
fn native(files: &[PathBuf]) {
    let list = bench_dir().join(format!("approved-{}.txt", files.len()));
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    std::fs::write(&list, names.join("\n")).unwrap();
    let exe = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/pledge-montage");
    let dir = files[0].parent().unwrap();
    let out = bench_dir().join("native.png");
    for (layout, size) in [("grid", "a1"), ("heart", "4k")] {
        let r = timed(
            Command::new(&exe)
                .arg(dir)
                .args(["--approved", list.to_str().unwrap(), "--layout", layout])
                .args(["--size", size, "-o", out.to_str().unwrap()]),
        );
        match r {
            Some((s, mib)) => println!(
                "BENCH native pledge-montage {} {layout} {size}: {s:.2} s, peak {mib:.0} MiB",
                files.len()
            ),
            None => println!("BENCH native pledge-montage {layout} {size}: failed"),
        }
    }
    // ImageMagick: the same grid of square cells as scripts/montage-bench.sh.
    let (w, h, g, n) = (3508i64, 4967i64, 8i64, files.len() as i64);
    let (mut best, mut cols, mut rows) = (0, 1, 1);
    for c in 1..=n {
        let r = (n + c - 1) / c;
        let side = (w / c - 2 * g).min(h / r - 2 * g);
        if side > best {
            (best, cols, rows) = (side, c, r);
        }
    }
    let mut im = Command::new("/usr/bin/montage");
    im.args(files)
        .args(["-tile", &format!("{cols}x{rows}")])
        .args(["-geometry", &format!("{best}x{best}+8+8")])
        .args(["-background", "#2f1a4d"])
        .arg(bench_dir().join("imagemagick.png"));
    match timed(&mut im) {
        Some((s, mib)) => {
            println!("BENCH native imagemagick {n} grid a1: {s:.2} s, peak {mib:.0} MiB")
        }
        None => println!(
            "BENCH native imagemagick {n} grid a1: failed (Debian's policy caps its cache)"
        ),
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: run with `make bench-montage-page`"]
async fn montage_page_benchmarks() {
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let counts: Vec<usize> = std::env::var("COUNTS")
        .unwrap_or_else(|_| "100 500 2000".into())
        .split_whitespace()
        .filter_map(|c| c.parse().ok())
        .collect();
    let most = counts.iter().copied().max().unwrap_or(100).max(100);
    let all = pledges(most);
    let shots = photos();
    println!(
        "BENCH engine {}, cores: {}",
        engine().name(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // Reading: 100 pledges and 20 photos; the pool and one worker, with
    // each decoder (READING=0 leaves this out).
    let reading = std::env::var("READING").map_or(true, |r| r != "0");
    let sets: &[(&str, &[PathBuf])] = if reading {
        &[("pledge PNGs", &all[..100]), ("12 MP JPEGs", &shots[..])]
    } else {
        &[]
    };
    for &(what, files) in sets {
        for (how, query) in [
            ("pool, our decoder", "?decoder=ours"),
            ("1 worker, our decoder", "?readers=1&decoder=ours"),
            ("pool, the browser's decoder", "?decoder=browser"),
            (
                "1 worker, the browser's decoder",
                "?readers=1&decoder=browser",
            ),
        ] {
            let mut secs = Vec::new();
            let mut heap = 0;
            for _ in 0..runs {
                let s = session(files, query, &[]).await;
                secs.push(s.read_s);
                heap = heap.max(s.reader_heap);
            }
            let m = median(secs);
            println!(
                "BENCH read {} {what}, {how}: median {m:.2} s, {:.1} images/s, reader heap {:.0} MiB",
                files.len(),
                files.len() as f64 / m,
                heap as f64 / MIB
            );
        }
    }

    // Building, and memory as the count grows.
    for &n in &counts {
        let files = &all[..n];
        let mut builds = vec![(
            "Grid",
            "A1 poster, 150 dpi (3508 × 4967)",
            "Download the montage (PNG, 3508 × 4967)",
        )];
        if n == 500 {
            builds.push((
                "Heart",
                "Screen 4K, 3840 × 2160",
                "Download the montage (PNG, 3840 × 2160)",
            ));
        }
        let s = session(files, "", &builds).await;
        println!(
            "BENCH page {n}: read {:.1} s ({:.1}/s), reader heap {:.0} MiB, browser peak {:.0} MiB",
            s.read_s,
            n as f64 / s.read_s,
            s.reader_heap as f64 / MIB,
            s.rss_peak as f64 / MIB
        );
        for (what, secs, heap, in_worker) in &s.builds {
            println!(
                "BENCH page {n} build {what}: {secs:.2} s ({in_worker:.2} s from the job \
                 posted to the file done), build worker heap {:.0} MiB",
                *heap as f64 / MIB
            );
        }
        // Natively once, beside Chromium's run.
        if n == 500 && engine() == Engine::Chromium {
            native(files);
        }
    }
}
