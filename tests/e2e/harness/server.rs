//! A static file server for `dist/` on 127.0.0.1, on a free port, that
//! records every request and the status it answered. Every answer carries
//! the Content-Security-Policy the README gives for hosting
//! (`hosting/content-security-policy.txt`), so every test runs the app
//! under it; the app may be served from a sub-path.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// One request the server answered.
#[derive(Clone, Debug)]
pub struct Served {
    pub path: String,
    pub status: u16,
}

pub struct StaticServer {
    port: u16,
    log: Arc<Mutex<Vec<Served>>>,
    /// Dropped (or sent) to stop the server's runtime and its connections.
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
    /// Where the files are served from, e.g. `/` or `/campaigns/pledge/`.
    prefix: String,
    /// The policy sent with every answer.
    policy: Arc<Mutex<String>>,
    /// A script run first in every page, after the probe ("" for none).
    before: Arc<Mutex<String>>,
}

/// What every connection's answers are made from.
struct Site {
    root: PathBuf,
    prefix: String,
    slow_path: &'static str,
    delay: Duration,
    policy: Arc<Mutex<String>>,
    before: Arc<Mutex<String>>,
    log: Arc<Mutex<Vec<Served>>>,
}

/// The hosting policy from the README, letting these origins (space
/// separated) show the app in a frame.
pub fn hosting_policy(force_origins: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("hosting/content-security-policy.txt");
    std::fs::read_to_string(path)
        .expect("read hosting/content-security-policy.txt")
        .trim()
        .replace("{force-origins}", force_origins)
}

impl StaticServer {
    /// Serves the release build. Panics, saying how to make it, if there is none.
    pub fn serve_dist() -> Self {
        Self::serve(dist())
    }

    /// Serves the files below `root`.
    pub fn serve(root: PathBuf) -> Self {
        Self::serve_slowly(root, "", Duration::ZERO)
    }

    /// Serves `dist/`, answering `slow_path` only after `delay` (a slow
    /// network, for the states a person sees while waiting).
    pub fn serve_dist_slowly(slow_path: &'static str, delay: Duration) -> Self {
        Self::serve_slowly(dist(), slow_path, delay)
    }

    /// Serves the files below `root`, answering `slow_path` only after `delay`.
    pub fn serve_slowly(root: PathBuf, slow_path: &'static str, delay: Duration) -> Self {
        Self::serve_with(root, "/", slow_path, delay)
    }

    /// Serves the files below `root` at `prefix` (e.g. `/campaigns/pledge/`),
    /// as a force's site would from a sub-path; nothing outside it.
    pub fn serve_under(root: PathBuf, prefix: &str) -> Self {
        Self::serve_with(root, prefix, "", Duration::ZERO)
    }

    fn serve_with(root: PathBuf, prefix: &str, slow_path: &'static str, delay: Duration) -> Self {
        assert!(prefix.starts_with('/') && prefix.ends_with('/'));
        let policy = Arc::new(Mutex::new(hosting_policy("https://www.example.police.uk")));
        let log = Arc::new(Mutex::new(Vec::new()));
        let before = Arc::new(Mutex::new(String::new()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let port = listener.local_addr().expect("an address").port();
        let site = Arc::new(Site {
            root,
            prefix: prefix.to_owned(),
            slow_path,
            delay,
            policy: policy.clone(),
            before: before.clone(),
            log: log.clone(),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        // A runtime of its own, whatever the test's: every connection is a
        // task of its own, so a connection kept open by the browser holds
        // up no other (tiny_http's pool of threads, used before, could
        // leave a new connection waiting until another one closed, and a
        // page then never finished loading).
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the test server");
            runtime.block_on(async move {
                let listener =
                    tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
                tokio::pin!(stopped);
                loop {
                    tokio::select! {
                        _ = &mut stopped => break,
                        accepted = listener.accept() => {
                            let Ok((stream, _)) = accepted else { continue };
                            let site = site.clone();
                            tokio::spawn(async move {
                                let service = hyper::service::service_fn(move |request| {
                                    let site = site.clone();
                                    async move { Ok::<_, std::convert::Infallible>(answer(&site, request).await) }
                                });
                                let _ = hyper::server::conn::http1::Builder::new()
                                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                                    .await;
                            });
                        }
                    }
                }
            });
            // Dropping the runtime ends every connection's task, closing
            // its socket: a browser asking again gets a refusal, not a
            // request left unanswered.
        });
        StaticServer {
            port,
            log,
            stop: Some(stop),
            thread: Some(thread),
            prefix: prefix.to_owned(),
            policy,
            before,
        }
    }

    /// From now on, every page runs `script` first (after the probe), as a
    /// same-origin file: the same in every engine, where Chromium's
    /// DevTools would add a script to each new document.
    pub fn set_script_before_page(&self, script: String) {
        *self.before.lock().unwrap() = script;
    }

    /// The address of `path` (starting with `/`) in what this server serves.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin(), self.prefix) + path.trim_start_matches('/')
    }

    /// `http://127.0.0.1:<port>`.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// From now on, answers carry this Content-Security-Policy instead.
    pub fn set_policy(&self, policy: String) {
        *self.policy.lock().unwrap() = policy;
    }

    /// Every request answered so far.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().unwrap().clone()
    }

    /// The requests answered with an error status.
    pub fn failed_requests(&self) -> Vec<Served> {
        self.requests()
            .into_iter()
            .filter(|r| r.status >= 400)
            .collect()
    }
}

/// What every page is served with: the policy, and the script to run first.
struct Page {
    policy: String,
    before: String,
}

/// Where the script set by [`StaticServer::set_script_before_page`] is.
const BEFORE_PATH: &str = "/__e2e/before.js";

type Answer = hyper::Response<http_body_util::Full<hyper::body::Bytes>>;

/// Answers one request and logs it.
async fn answer(site: &Site, request: hyper::Request<hyper::body::Incoming>) -> Answer {
    let path = request.uri().path().to_owned();
    // (Named with or without its leading slash: the photo test's name
    // had none, and was never slowed.)
    if !site.slow_path.is_empty()
        && path.trim_start_matches('/') == site.slow_path.trim_start_matches('/')
    {
        tokio::time::sleep(site.delay).await;
    }
    let page = Page {
        policy: site.policy.lock().unwrap().clone(),
        before: site.before.lock().unwrap().clone(),
    };
    let policy = &page.policy;
    let (status, response) = if path == PROBE_PATH {
        (200, respond_with(PROBE.as_bytes().to_vec(), "js", policy))
    } else if path == FAULT_PATH {
        (200, respond_with(FAULT.as_bytes().to_vec(), "js", policy))
    } else if path == BEFORE_PATH {
        (
            200,
            respond_with(page.before.as_bytes().to_vec(), "js", policy),
        )
    } else {
        match path.strip_prefix(&site.prefix) {
            Some(rest) => respond(&site.root, &format!("/{rest}"), &page),
            None => (404, plain(404, "not found")),
        }
    };
    // The probe is the harness's, not the app's: not logged.
    if path != PROBE_PATH && path != FAULT_PATH && path != BEFORE_PATH {
        site.log.lock().unwrap().push(Served { path, status });
    }
    response
}

fn plain(status: u16, text: &str) -> Answer {
    let mut response = hyper::Response::new(http_body_util::Full::new(hyper::body::Bytes::from(
        text.to_owned(),
    )));
    *response.status_mut() = hyper::StatusCode::from_u16(status).expect("a status");
    response
}

/// The release build's folder; panics, saying how to make it, if there is none.
fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the release bundle first with `make dist` \
         (`make test` does this)",
        dist.display()
    );
    dist
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn respond(root: &Path, path: &str, page: &Page) -> (u16, Answer) {
    let Some(file) = resolve(root, path) else {
        return (404, plain(404, "not found"));
    };
    let Ok(body) = std::fs::read(&file) else {
        return (500, plain(500, "unreadable"));
    };
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let body = if ext == "html" {
        with_probe(body, !page.before.is_empty())
    } else {
        body
    };
    (200, respond_with(body, ext, &page.policy))
}

/// Where every server answers with the probe ([`PROBE`]), whatever its prefix.
pub const PROBE_PATH: &str = "/__e2e/probe.js";

/// The harness's probe (`probe.js`): errors, policy violations and downloads,
/// recorded in the page the same way in every engine.
const PROBE: &str = include_str!("probe.js");

/// A script of the page's origin that raises faults, for the harness's
/// self-test (`fault.js`).
pub const FAULT_PATH: &str = "/__e2e/fault.js";
const FAULT: &str = include_str!("fault.js");

/// The HTML with the probe as the first script in its `<head>`, so it runs
/// before anything of the page's.
fn with_probe(html: Vec<u8>, before: bool) -> Vec<u8> {
    let Ok(text) = String::from_utf8(html.clone()) else {
        return html;
    };
    // After `<head>`, or else after the `<html …>` tag (a page may leave out
    // its head's tags), or else after the doctype.
    let after = |tag: &str| {
        let at = text.to_ascii_lowercase().find(tag)?;
        Some(at + text[at..].find('>')? + 1)
    };
    let end = after("<head>")
        .or_else(|| after("<html"))
        .or_else(|| after("<!doctype"))
        .unwrap_or(0);
    let before = if before {
        format!("<script src=\"{BEFORE_PATH}\"></script>")
    } else {
        String::new()
    };
    format!(
        "{}<script src=\"{PROBE_PATH}\"></script>{before}{}",
        &text[..end],
        &text[end..]
    )
    .into_bytes()
}

fn respond_with(body: Vec<u8>, ext: &str, policy: &str) -> Answer {
    let mut response = hyper::Response::builder()
        .header("Content-Type", content_type(ext))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
    if !policy.is_empty() {
        response = response.header("Content-Security-Policy", policy);
    }
    response
        .body(http_body_util::Full::new(hyper::body::Bytes::from(body)))
        .expect("a valid response")
}

/// The file for a URL path, never outside `root`; `/` is `index.html`.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let rel = Path::new(path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let file = if path.ends_with('/') {
        root.join(rel).join("index.html")
    } else {
        root.join(rel)
    };
    file.is_file().then_some(file)
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "toml" => "text/plain; charset=utf-8",
        "ttf" | "otf" => "font/ttf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}
