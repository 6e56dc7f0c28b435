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

const RUNS: usize = 7;

/// Records, in the page: each change of the photo input, each preview
/// image painted with the photo, and every long task.
const INSTRUMENT: &str = r#"
window.__p = { changes: [], paints: [], longtasks: [], log: [], kept: [] };
document.addEventListener('change', e => {
  if (e.target.id === 'photo-file') __p.changes.push(e.timeStamp);
}, true);
// The preview canvas says which picture it holds once its pixels are on it.
new MutationObserver(ms => ms.forEach(m => {
  const img = m.target;
  if (img.classList.contains('board-image') && (img.getAttribute('aria-label') || '').includes('with your photo')) {
    __p.log.push([performance.now(), 'preview loaded']);
    requestAnimationFrame(() => __p.paints.push(performance.now()));
  }
})).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture'] });
new PerformanceObserver(l => l.getEntries().forEach(t => __p.longtasks.push([t.startTime, t.duration])))
  .observe({ type: 'longtask', buffered: true });
// The stages between: each message to a worker (the render worker's
// "photo" and "render" among them) and each from a photo worker (started
// after this ran, so its constructor can be wrapped).
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (m, t) {
  __p.log.push([performance.now(), 'to worker: ' + (m && m.kind)]);
  // The render worker was started before this ran: its replies are
  // heard from the first message the page sends it.
  if (!this.__heard) {
    this.__heard = true;
    this.addEventListener('message', e => __p.log.push([performance.now(), 'worker says ' + (e.data && e.data.kind)]));
  }
  return post.call(this, m, t);
};
const Plain = window.Worker;
window.Worker = function (url, opts) {
  __p.log.push([performance.now(), 'new worker ' + url]);
  const w = new Plain(url, opts);
  w.__heard = true;
  w.addEventListener('message', e => __p.log.push([performance.now(), String(url).split('-')[0] + ' says ' + (e.data && e.data.kind)]));
  return w;
};
window.Worker.prototype = Plain.prototype;
// Keeping the photo for a reload (its JPEG as text in sessionStorage).
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (k, v) {
  const t = performance.now();
  const r = setItem.call(this, k, v);
  __p.kept.push([t, performance.now() - t, String(v).length]);
  return r;
};
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

/// One choice of a photo, as the page saw it (ms after the `change` event).
struct Choice {
    /// To the first frame after the preview with the photo loaded.
    total: f64,
    /// The longest main-thread task meanwhile (0: none of 50 ms or more),
    /// and when it started.
    longest_task: f64,
    longest_at: f64,
    /// Keeping the photo for a reload: when `sessionStorage.setItem` was
    /// called, how long it took and how many characters it stored.
    kept: (f64, f64, f64),
    /// Peak resident memory of the browser's processes meanwhile.
    peak: u64,
    /// Each stage's end: file read and photo worker created, the worker
    /// listening, its pixels back, the pixels to the render worker, the job
    /// sent, the PNG back from the render worker, the preview loaded.
    stages: Vec<(String, f64)>,
}

/// The stages timed, as the instrumentation names them.
const STAGES: [(&str, &str); 7] = [
    ("new worker photo-worker-loader.js", "file read"),
    ("photo says ready", "worker started"),
    ("photo says prepared", "decoded"),
    ("to worker: photo", "to render worker"),
    ("to worker: render", "job sent"),
    ("worker says drawn", "drawn"),
    ("preview loaded", "preview loaded"),
];

/// Chooses `path` and measures it.
async fn one(b: &Browser, path: &std::path::Path, label: &str) -> Choice {
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
             const long = __p.longtasks.filter(t => t[0] + t[1] >= c)
               .reduce((a, t) => t[1] > a[1] ? [t[0] - c, t[1]] : a, [0, 0]);
             const log = __p.log.filter(e => e[0] >= c && e[0] <= p).map(e => [e[1], e[0] - c]);
             const kept = __p.kept.filter(k => k[0] >= c)
               .reduce((a, k) => k[2] > a[2] ? [k[0] - c, k[1], k[2]] : a, [0, 0, 0]);
             return [p - c, long[1], log, long[0], kept];",
        )
        .await;
    // The first of each stage after the change (the job sent: the first
    // after the pixels went to the render worker).
    let log: Vec<(String, f64)> = data[2]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_str().unwrap().to_owned(), e[1].as_f64().unwrap()))
        .collect();
    let mut stages = Vec::new();
    let mut from = 0.0;
    for (name, what) in STAGES {
        if let Some((_, t)) = log.iter().find(|(n, t)| n == name && *t >= from) {
            stages.push((what.to_owned(), *t));
            from = *t;
        }
    }
    Choice {
        total: data[0].as_f64().unwrap(),
        longest_task: data[1].as_f64().unwrap(),
        longest_at: data[3].as_f64().unwrap(),
        kept: (
            data[4][0].as_f64().unwrap(),
            data[4][1].as_f64().unwrap(),
            data[4][2].as_f64().unwrap(),
        ),
        peak,
        stages,
    }
}

/// A phone-like photo to choose: its name, upright size, EXIF orientation
/// and film grain ([`photos::scene_with_grain`]: 8 smooth, 40 the finest).
struct Fixture {
    what: &'static str,
    file: &'static str,
    size: (u32, u32),
    orientation: u16,
    grain: u8,
}

const PHONE_PHOTOS: [Fixture; 6] = [
    Fixture {
        what: "12 MP, smooth",
        file: "bench-12mp.jpg",
        size: (4000, 3000),
        orientation: 1,
        grain: 8,
    },
    Fixture {
        what: "12 MP, smooth, EXIF 6",
        file: "bench-12mp-exif6.jpg",
        size: (3000, 4000),
        orientation: 6,
        grain: 8,
    },
    Fixture {
        what: "12 MP, detailed",
        file: "bench-12mp-g16.jpg",
        size: (4000, 3000),
        orientation: 1,
        grain: 16,
    },
    Fixture {
        what: "12 MP, detailed, EXIF 6",
        file: "bench-12mp-g24-exif6.jpg",
        size: (3000, 4000),
        orientation: 6,
        grain: 24,
    },
    Fixture {
        what: "12 MP, finest",
        file: "bench-12mp-g40.jpg",
        size: (4000, 3000),
        orientation: 1,
        grain: 40,
    },
    Fixture {
        what: "12 MP, finest, EXIF 6",
        file: "bench-12mp-g40-exif6.jpg",
        size: (3000, 4000),
        orientation: 6,
        grain: 40,
    },
];

#[tokio::test]
#[ignore = "a benchmark: run with `make bench-photo`"]
async fn photo_benchmarks() {
    let phones: Vec<(PathBuf, &Fixture)> = PHONE_PHOTOS
        .iter()
        .map(|f| {
            let path = fixture(f.file, || {
                photos::detailed_phone_jpeg(f.size.0, f.size.1, f.orientation, f.grain)
            });
            (path, f)
        })
        .collect();
    let huge = fixture("bench-48mp.jpg", || photos::phone_jpeg(8000, 6000, 1));
    for (p, what) in phones
        .iter()
        .map(|(p, f)| (p, f.what))
        .chain([(&huge, "48 MP")])
    {
        let mb = std::fs::metadata(p).unwrap().len() as f64 / 1_048_576.0;
        println!("BENCH photo file {what}: {mb:.1} MB");
    }

    let server = StaticServer::serve_dist();
    // Ours, then the browser's (the app's choice for a JPEG), each in a
    // browser session of its own, in one run: compare them as a ratio.
    // (PHOTO_BENCH_PAGES=shipped measures the page as shipped alone.)
    let only_shipped = std::env::var("PHOTO_BENCH_PAGES").as_deref() == Ok("shipped");
    let mut p95s = Vec::new();
    for (decoder, page) in [("ours", "/?decoder=ours"), ("the browser's", "/")] {
        if only_shipped && decoder == "ours" {
            continue;
        }
        println!("BENCH decoder: {decoder} ({page})");
        p95s.push(session(&server, page, &phones, &huge).await);
    }
    if let [ours, browsers] = p95s[..] {
        println!(
            "BENCH detailed phone photos, p95 the browser's ÷ ours: {:.2}",
            browsers / ours
        );
    }
}

/// One browser session on `page`: each phone photo chosen `RUNS` times,
/// then the 48-megapixel one once. Returns the detailed photos' p95.
async fn session(
    server: &StaticServer,
    page: &str,
    phones: &[(PathBuf, &Fixture)],
    huge: &std::path::Path,
) -> f64 {
    let b = Browser::start(1280, 900).await;
    b.goto(&server.url(page)).await;
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
    let mut detailed = Vec::new();
    for (path, f) in phones {
        let (mut times, mut longest, mut peak) = (Vec::new(), (0.0f64, 0.0f64), 0u64);
        let mut kept = (0.0f64, 0.0f64, 0.0f64);
        let mut stages: Vec<(String, Vec<f64>)> = Vec::new();
        for _ in 0..RUNS {
            let c = one(&b, path, label).await;
            label = "Choose a different photo";
            times.push(c.total);
            if c.kept.1 > kept.1 {
                kept = c.kept;
            }
            if c.longest_task > longest.0 {
                longest = (c.longest_task, c.longest_at);
            }
            peak = peak.max(c.peak);
            for (i, (name, t)) in c.stages.into_iter().enumerate() {
                match stages.get_mut(i) {
                    Some(s) if s.0 == name => s.1.push(t),
                    Some(_) => {}
                    None => stages.push((name, vec![t])),
                }
            }
        }
        if f.grain > 8 {
            detailed.extend(times.iter().copied());
        }
        let (median, p95) = summary(times.clone());
        println!(
            "BENCH choose {} → preview painted: median {median:.0} ms, p95 {p95:.0} ms \
             ({RUNS} runs: {times:.0?}); longest main-thread task meanwhile {:.0} ms \
             (0 = none ≥ 50 ms), from {:.0} ms; peak Chromium memory {:.0} MB (+{:.0} MB)",
            f.what,
            longest.0,
            longest.1,
            peak as f64 / 1_048_576.0,
            (peak.saturating_sub(baseline)) as f64 / 1_048_576.0
        );
        let ends: Vec<String> = stages
            .into_iter()
            .map(|(name, t)| format!("{name} {:.0}", summary(t).0))
            .collect();
        println!(
            "BENCH   {}: stages end at (median ms) {}; kept for a reload: setItem of {:.0} \
             characters at {:.0} ms took {:.0} ms (the slowest)",
            f.what,
            ends.join(", "),
            kept.2,
            kept.0,
            kept.1
        );
    }
    let (median, p95) = summary(detailed.clone());
    println!(
        "BENCH detailed phone photos (all {} choices): median {median:.0} ms, p95 {p95:.0} ms",
        detailed.len()
    );
    let c = one(&b, huge, label).await;
    println!(
        "BENCH choose 48 MP → preview painted: {:.0} ms; longest main-thread task {:.0} ms; \
         peak Chromium memory {:.0} MB (+{:.0} MB)",
        c.total,
        c.longest_task,
        c.peak as f64 / 1_048_576.0,
        (c.peak.saturating_sub(baseline)) as f64 / 1_048_576.0
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!(
        "BENCH Chromium memory after, photo worker stopped: {:.0} MB",
        resident_bytes(&b.processes()) as f64 / 1_048_576.0
    );
    b.close().await;
    p95
}
