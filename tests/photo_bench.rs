//! Photo benchmarks in headless Chromium on the release build (`dist/`):
//! the time from choosing a phone photo (12 and 48 megapixels, upright and
//! stored sideways with EXIF orientation 6) to the preview showing it, the
//! main thread's long tasks meanwhile, and the memory all of Chromium's
//! processes take at the peak. Not part of `make test` (speed is measured,
//! not asserted): run `make bench-photo`; the figures go in BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/harness/mod.rs"]
#[allow(dead_code)]
mod harness;
#[path = "common/photos.rs"]
mod photos;

use harness::{output_dir, resident_bytes, Browser, PeakMemory, StaticServer};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const RUNS: usize = 5;

/// Records, in the page: each change of the photo input, each preview
/// image painted with the photo, and every long task.
const INSTRUMENT: &str = r#"
window.__p = { changes: [], paints: [], longtasks: [] };
document.addEventListener('change', e => {
  if (e.target.id === 'photo-file') __p.changes.push(e.timeStamp);
}, true);
document.addEventListener('load', e => {
  const img = e.target;
  if (img.classList && img.classList.contains('board-image') && img.alt.includes('with your photo')) {
    requestAnimationFrame(() => __p.paints.push(performance.now()));
  }
}, true);
new PerformanceObserver(l => l.getEntries().forEach(t => __p.longtasks.push([t.startTime, t.duration])))
  .observe({ type: 'longtask', buffered: true });
return null;
"#;

fn fixture(name: &str, make: impl FnOnce() -> Vec<u8>) -> PathBuf {
    let dir = output_dir().join("photos");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    if !path.is_file() {
        std::fs::write(&path, make()).unwrap();
    }
    path
}

/// Resident memory of these processes (a browser's), in bytes.
fn summary(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let q = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (q(0.5), q(0.95))
}

/// Chooses `path` and returns (ms to the painted preview, longest main-thread
/// task meanwhile, peak Chromium memory meanwhile).
async fn one(b: &Browser, path: &std::path::Path, label: &str) -> (f64, f64, u64) {
    let before = b.js("return __p.paints.length").await.as_u64().unwrap();
    // Workers run in the page's renderer process: the same processes throughout.
    let memory = PeakMemory::start(b.processes(), Duration::from_millis(20));
    let input = b
        .client
        .find(fantoccini::Locator::Id("photo-file"))
        .await
        .unwrap();
    assert_eq!(b.computed(&input, "computedlabel").await, label);
    input.send_keys(&path.display().to_string()).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let n = b.js("return __p.paints.length").await.as_u64().unwrap();
        if n > before {
            break;
        }
        assert!(Instant::now() < deadline, "the photo never showed");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Let the worker finish keeping the photo (after the preview) too.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let peak = memory.stop();
    let data = b
        .js(
            "const c = __p.changes[__p.changes.length - 1], p = __p.paints[__p.paints.length - 1];
             const long = __p.longtasks.filter(t => t[0] + t[1] >= c).map(t => t[1]);
             return [p - c, Math.max(0, ...long)];",
        )
        .await;
    (data[0].as_f64().unwrap(), data[1].as_f64().unwrap(), peak)
}

#[tokio::test]
#[ignore = "a benchmark: run with `make bench-photo`"]
async fn photo_benchmarks() {
    let upright = fixture("bench-12mp.jpg", || photos::phone_jpeg(4000, 3000, 1));
    let sideways = fixture("bench-12mp-exif6.jpg", || photos::phone_jpeg(3000, 4000, 6));
    let huge = fixture("bench-48mp.jpg", || photos::phone_jpeg(8000, 6000, 1));
    for (p, what) in [
        (&upright, "12 MP"),
        (&sideways, "12 MP, EXIF 6"),
        (&huge, "48 MP"),
    ] {
        let mb = std::fs::metadata(p).unwrap().len() as f64 / 1_048_576.0;
        println!("BENCH photo file {what}: {mb:.1} MB");
    }

    let server = StaticServer::serve_dist();
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url("/")).await;
    b.type_into("Your pledge", "We stand together").await;
    b.click("radio", "Many voices, with photo").await;
    b.by_role("img", "Pledge board: We stand together").await;
    b.js(INSTRUMENT).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let baseline = resident_bytes(&b.processes());
    println!(
        "BENCH Chromium memory before any photo: {:.0} MB",
        baseline as f64 / 1_048_576.0
    );

    let mut label = "Choose a photo";
    for (path, what) in [(&upright, "12 MP"), (&sideways, "12 MP, EXIF 6")] {
        let (mut times, mut longest, mut peak) = (Vec::new(), 0.0f64, 0u64);
        for _ in 0..RUNS {
            let (ms, long, mem) = one(&b, path, label).await;
            label = "Choose a different photo";
            times.push(ms);
            longest = longest.max(long);
            peak = peak.max(mem);
        }
        let (median, p95) = summary(times.clone());
        println!(
            "BENCH choose {what} → preview painted: median {median:.0} ms, p95 {p95:.0} ms \
             ({RUNS} runs: {times:.0?}); longest main-thread task meanwhile {longest:.0} ms \
             (0 = none ≥ 50 ms); peak Chromium memory {:.0} MB (+{:.0} MB)",
            peak as f64 / 1_048_576.0,
            (peak.saturating_sub(baseline)) as f64 / 1_048_576.0
        );
    }
    let (ms, long, mem) = one(&b, &huge, label).await;
    println!(
        "BENCH choose 48 MP → preview painted: {ms:.0} ms; longest main-thread task {long:.0} ms; \
         peak Chromium memory {:.0} MB (+{:.0} MB)",
        mem as f64 / 1_048_576.0,
        (mem.saturating_sub(baseline)) as f64 / 1_048_576.0
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!(
        "BENCH Chromium memory after, photo worker stopped: {:.0} MB",
        resident_bytes(&b.processes()) as f64 / 1_048_576.0
    );
    b.close().await;
}
