//! Where a preview's time goes, stage by stage, so that engines can be
//! compared by stage rather than guessed at: the page's own work (from the
//! `input` event to the job posted to the render worker), the worker (from
//! the job posted to its picture arriving back, for jobs posted while the
//! worker was idle, so no queueing is counted), then the page again (from
//! the picture's arrival to the preview shown: Yew's update and
//! `putImageData` on the canvas; before 2026-12-03 a PNG's object URL,
//! Yew's update and the image decode) and the paint (from then to the
//! next animation frame).
//!
//! The first preview after navigation is split the same way: the app's
//! wasm downloaded (Resource Timing), the render worker created (the app
//! compiled and started), the worker ready (its own wasm compiled and
//! started), the first picture back (the Latin font fetched, the first
//! render), the first preview shown.
//!
//! The app is not changed for this: [`WRAP_WORKER`], run before the page's
//! own scripts, wraps `Worker` to note when the render worker is created
//! and ready, each render job posted and each picture received, with their job
//! numbers, and the first preview image's load.

use serde_json::Value;

/// Run first in every page (`StaticServer::set_script_before_page`):
/// `window.__w.posts` and `window.__w.replies`, `[time, job id]` each.
pub const WRAP_WORKER: &str = r#"
(() => {
  const Original = window.Worker;
  window.__w = { posts: [], replies: [], puts: [] };
  // How long the preview canvas's putImageData takes (builds since 2026-12-03).
  const put = CanvasRenderingContext2D.prototype.putImageData;
  CanvasRenderingContext2D.prototype.putImageData = function (...a) {
    const start = performance.now();
    put.apply(this, a);
    if (this.canvas.classList.contains('board-image')) __w.puts.push([start, performance.now() - start]);
  };
  // The first preview shown: its canvas marked as holding a picture (or,
  // in builds from before 2026-12-03, its <img> loaded).
  document.addEventListener('load', (e) => {
    const t = e.target;
    if (!__w.firstLoad && t.classList && t.classList.contains('board-image')) __w.firstLoad = performance.now();
  }, true);
  new MutationObserver((ms) => ms.forEach((m) => {
    if (!__w.firstLoad && m.target.classList.contains('board-image')) __w.firstLoad = performance.now();
  })).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-picture'] });
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      const render = String(args[0]).includes('render-worker');
      if (render) __w.created = performance.now();
      // Registered before the app's own handler, so it runs first.
      this.addEventListener('message', (e) => {
        const d = e.data;
        // 'drawn' (pixels) since 2026-12-03; 'rendered' (a PNG) before.
        if (d && (d.kind === 'drawn' || d.kind === 'rendered')) __w.replies.push([performance.now(), d.id]);
        if (render && d && d.kind === 'ready' && !__w.ready) __w.ready = performance.now();
      });
    }
    postMessage(message, transfer) {
      if (message && message.kind === 'render') __w.posts.push([performance.now(), message.id]);
      return transfer === undefined ? super.postMessage(message) : super.postMessage(message, transfer);
    }
  };
})();
"#;

/// Each stage's samples, in ms.
#[derive(Default)]
pub struct Stages {
    /// The first preview: navigation → the app's wasm downloaded.
    pub app_fetched: Vec<f64>,
    /// → the render worker created (the app compiled and started).
    pub app_started: Vec<f64>,
    /// → the worker ready (its wasm fetched, compiled and started).
    pub worker_ready: Vec<f64>,
    /// → the first picture back (the Latin font fetched, the first render).
    pub first_png: Vec<f64>,
    /// → the first preview shown.
    pub first_loaded: Vec<f64>,
    /// Navigation → the first render job posted (whether or not the
    /// worker was ready by then).
    pub first_job: Vec<f64>,
    /// The first job posted → its picture back.
    pub first_job_done: Vec<f64>,
    /// `input` event → render job posted.
    pub to_post: Vec<f64>,
    /// Job posted to an idle worker → its picture received.
    pub worker: Vec<f64>,
    /// Picture received → preview shown.
    pub to_load: Vec<f64>,
    /// Preview shown → next animation frame.
    pub to_paint: Vec<f64>,
    /// The preview canvas's `putImageData`, each time (part of `to_load`).
    pub put: Vec<f64>,
}

/// `[[time, x], …]` as pairs, `x` read by `second`.
fn times_and<T>(v: &Value, second: fn(&Value) -> Option<T>) -> Vec<(f64, T)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p[0].as_f64()?, second(&p[1])?)))
                .collect()
        })
        .unwrap_or_default()
}

/// `[[time, job id], …]`.
fn times_and_ids(v: &Value) -> Vec<(f64, u64)> {
    times_and(v, Value::as_u64)
}

/// Rows for the benchmark's table: what, and its samples.
pub type Row = (&'static str, fn(&Stages) -> Vec<f64>);

pub const FIRST_PREVIEW_ROWS: [Row; 7] = [
    ("first: navigation → app wasm downloaded", |s| {
        s.app_fetched.clone()
    }),
    (
        "first: → render worker created (app compiled, started)",
        |s| s.app_started.clone(),
    ),
    (
        "first: → worker ready (its wasm compiled, started)",
        |s| s.worker_ready.clone(),
    ),
    ("first: → first picture back (Latin font, render)", |s| {
        s.first_png.clone()
    }),
    ("first: → first preview shown", |s| s.first_loaded.clone()),
    ("first: navigation → first job posted (the app)", |s| {
        s.first_job.clone()
    }),
    (
        "first: first job posted → picture back (the worker)",
        |s| s.first_job_done.clone(),
    ),
];

pub const TYPING_ROWS: [Row; 5] = [
    ("typing: input → job posted", |s| s.to_post.clone()),
    ("typing: job → picture back (idle worker)", |s| {
        s.worker.clone()
    }),
    ("typing: picture back → preview shown", |s| {
        s.to_load.clone()
    }),
    ("typing: of which putImageData", |s| s.put.clone()),
    ("typing: preview shown → frame", |s| s.to_paint.clone()),
];

impl Stages {
    /// Adds the first preview's stages from the page's `__w` and the app
    /// wasm's `responseEnd` (ms after navigation).
    pub fn add_first(&mut self, w: &Value, wasm_fetched: f64) {
        let at = |k: &str| w[k].as_f64().unwrap_or(f64::NAN);
        let first_reply = times_and_ids(&w["replies"])
            .first()
            .map_or(f64::NAN, |r| r.0);
        let marks = [
            wasm_fetched,
            at("created"),
            at("ready"),
            first_reply,
            at("firstLoad"),
        ];
        self.app_fetched.push(marks[0]);
        let first_post = times_and_ids(&w["posts"]).first().map_or(f64::NAN, |p| p.0);
        self.first_job.push(first_post);
        self.first_job_done.push(first_reply - first_post);
        for (into, pair) in [
            &mut self.app_started,
            &mut self.worker_ready,
            &mut self.first_png,
            &mut self.first_loaded,
        ]
        .into_iter()
        .zip(marks.windows(2))
        {
            into.push(pair[1] - pair[0]);
        }
    }

    /// Adds the stages of everything from `from` (a page time) on.
    /// `inputs`: `input` event times; `w`: the page's `__w`; `paints`:
    /// `[(painted, loaded)]` of each preview image.
    pub fn add(&mut self, from: f64, inputs: &[f64], w: &Value, paints: &[(f64, f64)]) {
        let posts: Vec<(f64, u64)> = times_and_ids(&w["posts"])
            .into_iter()
            .filter(|(t, _)| *t >= from)
            .collect();
        let replies = times_and_ids(&w["replies"]);
        for (at, took) in times_and(&w["puts"], Value::as_f64) {
            if at >= from {
                self.put.push(took);
            }
        }
        for &t in inputs.iter().filter(|t| **t >= from) {
            if let Some((p, _)) = posts.iter().find(|(p, _)| *p >= t) {
                self.to_post.push(p - t);
            }
        }
        let reply_to = |id: u64| replies.iter().find(|(_, r)| *r == id).map(|(t, _)| *t);
        for (i, &(posted, id)) in posts.iter().enumerate() {
            // Idle: every earlier job answered before this one was posted.
            let idle = posts[..i]
                .iter()
                .all(|&(_, earlier)| reply_to(earlier).is_some_and(|r| r <= posted));
            if let (true, Some(back)) = (idle, reply_to(id)) {
                self.worker.push(back - posted);
            }
        }
        for (k, &(back, _)) in replies.iter().enumerate() {
            if back < from {
                continue;
            }
            let next_reply = replies.get(k + 1).map_or(f64::INFINITY, |r| r.0);
            // The first showing after this picture, if no newer one came first.
            if let Some(&(painted, loaded)) = paints
                .iter()
                .filter(|(_, l)| *l >= back)
                .min_by(|a, b| a.1.partial_cmp(&b.1).unwrap())
            {
                if loaded < next_reply {
                    self.to_load.push(loaded - back);
                    self.to_paint.push(painted - loaded);
                }
            }
        }
    }
}
