//! Headless Chromium through Debian's chromedriver, one process pair per test.

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long to wait for an element to appear before failing.
const FIND_TIMEOUT: Duration = Duration::from_secs(10);

/// The flags every headless Chromium here starts with (DEVELOPERS.md).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    // Chromium's own background traffic (network time, autofill hints,
    // sign-in, updates), so that any request the trap sees is the page's.
    "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,AccountConsistency,SigninInterceptBubbleV2",
    "--disable-client-side-phishing-detection",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-extensions",
    "--no-pings",
    "--no-default-browser-check",
];

/// Hosts Chromium's own services contact in these tests whatever the flags
/// (updates, sign-in, component downloads), never the page. Only these exact
/// services: a page request to, say, fonts.googleapis.com still hits the trap.
const CHROMIUM_OWN_HOSTS: &[&str] = &[
    "update.googleapis.com",
    "accounts.google.com",
    "*.gvt1.com",
    "clients2.google.com",
    "clients2.googleusercontent.com",
    "content-autofill.googleapis.com",
    "optimizationguide-pa.googleapis.com",
    "safebrowsing.googleapis.com",
];

/// Records each Content-Security-Policy violation in `__cspViolations`.
const CSP_COUNTER: &str = "window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline'));
}, true);";

/// A browser session, and the chromedriver behind it (killed on drop).
pub struct Browser {
    pub client: Client,
    driver: Child,
    /// Where this browser saves downloads (emptied at start).
    pub downloads: PathBuf,
    /// Catches any request to another origin (see [`Trap`]).
    trap: Trap,
}

impl Browser {
    /// Starts chromedriver on a free loopback port and a new Chromium session
    /// whose viewport is `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, false, "en-GB").await
    }

    /// As [`Browser::start`], with the browser's preferred languages set
    /// (`navigator.languages`), e.g. "gu-IN,en".
    pub async fn start_in_language(width: u32, height: u32, languages: &str) -> Browser {
        Browser::start_with(width, height, false, languages).await
    }

    /// As [`Browser::start`], but as a phone: a touch screen (so CSS's
    /// `pointer: coarse` matches) at device pixel ratio 2.
    pub async fn start_touch(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, true, "en-GB").await
    }

    async fn start_with(width: u32, height: u32, touch: bool, languages: &str) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {driver_path}: {e}; install it with `scripts/setup.sh test`")
            });

        let downloads = std::env::temp_dir().join(format!("pledge-e2e-downloads-{port}"));
        let _ = std::fs::remove_dir_all(&downloads);
        std::fs::create_dir_all(&downloads).expect("create the downloads folder");
        let trap = Trap::start();

        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        let first = languages.split(',').next().unwrap_or("en-GB");
        args.push(format!("--lang={first}"));
        args.push(format!("--accept-lang={languages}"));

        // Every request not to loopback goes to the trap (Chromium never
        // proxies loopback), so a request to any other origin is seen.
        args.push(format!("--proxy-server=http://127.0.0.1:{}", trap.port));
        // Two hosts Chromium itself calls whatever the flags (its updater and
        // sign-in): sent nowhere (port 9 on loopback) instead of to the trap.
        args.push(format!(
            "--proxy-bypass-list={}",
            CHROMIUM_OWN_HOSTS.join(";")
        ));
        args.push(format!(
            "--host-resolver-rules={}",
            CHROMIUM_OWN_HOSTS
                .iter()
                .map(|h| format!("MAP {h} 127.0.0.1:9"))
                .collect::<Vec<_>>()
                .join(",")
        ));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        let mut options = json!({
            "binary": chromium_binary(),
            "args": args,
            "prefs": {
                "download.default_directory": downloads,
                "download.prompt_for_download": false,
                "intl.accept_languages": languages,
            },
        });
        if touch {
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true },
            });
        }
        caps.insert("goog:chromeOptions".into(), options);
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));

        let url = format!("http://127.0.0.1:{port}/");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let builder =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(caps.clone())
                    .connect(&url)
                    .await;
            match builder {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => panic!("no WebDriver session: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let browser = Browser {
            client,
            driver,
            downloads,
            trap,
        };
        // Count Content-Security-Policy violations in every document and
        // frame (the script runs before the page's own, outside its policy).
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": CSP_COUNTER }),
            )
            .await;
        // A phone's viewport is its emulated screen; otherwise size the window.
        if !touch {
            browser.set_viewport(width, height).await;
        }
        browser
    }

    /// Runs a Chrome DevTools Protocol command and returns its result.
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// The Content-Security-Policy violations in the current document and
    /// its frames so far ("directive blocked-URL" each).
    pub async fn csp_violations(&self) -> Vec<String> {
        let found = self
            .js("const all = [...(window.__cspViolations || [])];
                 for (const f of document.querySelectorAll('iframe')) {
                   try { all.push(...(f.contentWindow.__cspViolations || [])); } catch (e) {}
                 }
                 return all;")
            .await;
        serde_json::from_value(found).unwrap_or_default()
    }

    /// Makes the page's viewport exactly `width` × `height` CSS pixels.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        // The window includes no chrome in headless mode, but be exact anyway.
        self.client
            .set_window_size(width, height)
            .await
            .expect("set window size");
        let inner = self
            .js("return [window.innerWidth, window.innerHeight]")
            .await;
        let (iw, ih) = (
            inner[0].as_u64().unwrap() as u32,
            inner[1].as_u64().unwrap() as u32,
        );
        if (iw, ih) != (width, height) {
            let (w, h) = (2 * width - iw, 2 * height - ih);
            self.client
                .set_window_size(w, h)
                .await
                .expect("set window size");
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Runs `script` (a function body) in the page and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// The element with this ARIA role and accessible name, as the browser's
    /// accessibility tree computes them; waits for it to appear.
    pub async fn by_role(&self, role: &str, name: &str) -> Element {
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            let found = self.all_by_role(role).await;
            let mut seen = Vec::new();
            for (el, label) in found {
                if label == name {
                    return el;
                }
                seen.push(label);
            }
            if Instant::now() > deadline {
                panic!("no {role} named {name:?}; the {role}s here are named {seen:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element with this role and accessible name.
    pub async fn click(&self, role: &str, name: &str) {
        self.by_role(role, name)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click the {role} {name:?}: {e}"));
    }

    /// Types into the text box with this accessible name.
    pub async fn type_into(&self, name: &str, text: &str) {
        self.by_role("textbox", name)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {name:?}: {e}"));
    }

    /// Every element whose computed role is `role`, with its accessible name.
    pub async fn all_by_role(&self, role: &str) -> Vec<(Element, String)> {
        let candidates = self
            .client
            .find_all(Locator::Css(&candidate_selector(role)))
            .await
            .unwrap_or_default();
        let mut out = Vec::new();
        for el in candidates {
            if same_role(&self.computed(&el, "computedrole").await, role) {
                let label = spoken(&self.computed(&el, "computedlabel").await);
                out.push((el, label));
            }
        }
        out
    }

    /// The element's computed role or label (WebDriver's `computedrole` and
    /// `computedlabel` commands), or "" if it went away.
    pub async fn computed(&self, el: &Element, what: &'static str) -> String {
        let cmd = ElementQuery {
            element: el.element_id().to_string(),
            what,
        };
        match self.client.issue_cmd(cmd).await {
            Ok(Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(_) => String::new(),
        }
    }

    /// Everything the page logged at error level since the last call: console
    /// errors, uncaught exceptions and failed requests.
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("read the browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Fails the test if the page logged any error.
    pub async fn assert_no_console_errors(&self) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "the page logged errors: {errors:#?}");
    }

    /// Saves a PNG screenshot of the viewport to `tests/output/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        let path = super::output_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
    }

    /// Saves a PNG screenshot of the whole page, however long.
    pub async fn full_page_screenshot(&self, name: &str) {
        let (w, h) = {
            let v = self
                .js("return [window.innerWidth, document.documentElement.scrollHeight]")
                .await;
            (v[0].as_u64().unwrap() as u32, v[1].as_u64().unwrap() as u32)
        };
        let before = self
            .js("return [window.innerWidth, window.innerHeight]")
            .await;
        self.set_viewport(w, h).await;
        self.screenshot(name).await;
        self.set_viewport(
            before[0].as_u64().unwrap() as u32,
            before[1].as_u64().unwrap() as u32,
        )
        .await;
    }

    /// The bytes of the download called `name`, once it has finished.
    pub async fn downloaded(&self, name: &str) -> Vec<u8> {
        let path = self.downloads.join(name);
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            let partial = std::fs::read_dir(&self.downloads)
                .unwrap()
                .flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"));
            if path.is_file() && !partial {
                return std::fs::read(&path).unwrap();
            }
            if Instant::now() > deadline {
                let seen: Vec<_> = std::fs::read_dir(&self.downloads)
                    .unwrap()
                    .flatten()
                    .map(|e| e.file_name())
                    .collect();
                panic!("no download called {name}; the downloads folder has {seen:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every request the browser tried to make to an origin other than
    /// loopback, as its first line (e.g. `CONNECT example.org:443 HTTP/1.1`).
    pub fn foreign_requests(&self) -> Vec<String> {
        self.trap.seen.lock().unwrap().clone()
    }

    /// Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the page
    /// and returns each violation as "rule: summary (elements)".
    pub async fn axe_violations(&self) -> Vec<String> {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("node_modules/axe-core/axe.min.js"),
        )
        .expect("node_modules/axe-core: run `scripts/setup.sh test`");
        self.client
            .execute(&source, vec![])
            .await
            .expect("load axe-core");
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' +
                      v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))
                  .catch(e => done(['axe failed: ' + e]));"#,
                vec![],
            )
            .await
            .expect("run axe-core");
        result
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Fails the test, naming each problem, if axe-core finds any.
    pub async fn assert_accessible(&self, state: &str) {
        let v = self.axe_violations().await;
        assert!(v.is_empty(), "axe-core, {state}: {v:#?}");
    }

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Chromium outlives a killed chromedriver (even after a test panics
        // before `close`): stop its processes first, found while they are
        // still chromedriver's descendants.
        let chromium = self.processes();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if !chromium.is_empty() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .args(chromium.iter().map(u32::to_string))
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Browser {
    /// The ids of this browser's processes: chromedriver's descendants
    /// (Chromium, its zygotes, renderers, workers' hosts, GPU and utilities).
    pub fn processes(&self) -> Vec<u32> {
        let mut parent_of: Vec<(u32, u32)> = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            // /proc/PID/stat: "pid (name) state ppid ...": the name may hold spaces.
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            if let Some(ppid) = after_name
                .split_whitespace()
                .nth(1)
                .and_then(|p| p.parse().ok())
            {
                parent_of.push((pid, ppid));
            }
        }
        let mut found = vec![self.driver.id()];
        let mut i = 0;
        while i < found.len() {
            let parent = found[i];
            found.extend(
                parent_of
                    .iter()
                    .filter(|(_, pp)| *pp == parent)
                    .map(|(p, _)| *p),
            );
            i += 1;
        }
        found.remove(0);
        found
    }
}

/// A loopback listener posing as the browser's proxy: it records the first
/// line of every request sent to it and refuses them all.
struct Trap {
    port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Trap {
    fn start() -> Trap {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the trap");
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        // Lives as long as the test process; it only ever answers 403.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut stream = stream;
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                let mut buf = [0u8; 2048];
                let n = stream.read(&mut buf).unwrap_or(0);
                let text = String::from_utf8_lossy(&buf[..n]);
                if let Some(line) = text.lines().next().filter(|l| !l.is_empty()) {
                    log.lock().unwrap().push(line.to_owned());
                }
                let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            }
        });
        Trap { port, seen }
    }
}

fn chromium_binary() -> String {
    std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// Whether a computed role is the role asked for. ARIA 1.3 names `img`
/// `image` too, and Chromium reports the new name.
fn same_role(computed: &str, wanted: &str) -> bool {
    let canonical = |r: &str| {
        if r == "img" {
            "image".to_owned()
        } else {
            r.to_owned()
        }
    };
    canonical(computed) == canonical(wanted)
}

/// Elements that may carry `role`, natively or explicitly; the browser's
/// computed role then decides.
fn candidate_selector(role: &str) -> String {
    let native = match role {
        "heading" => "h1,h2,h3,h4,h5,h6",
        "textbox" => {
            "textarea,input:not([type]),input[type=text],input[type=email],[contenteditable]"
        }
        "button" => "button,input[type=button],input[type=submit],input[type=reset]",
        "link" => "a[href]",
        "img" => "img,svg",
        "checkbox" => "input[type=checkbox]",
        "radio" => "input[type=radio]",
        "combobox" => "select,input[list]",
        "region" => "section,[aria-label],[aria-labelledby]",
        "main" => "main",
        "banner" => "header",
        "contentinfo" => "footer",
        "status" => "output",
        "progressbar" => "progress",
        _ => "",
    };
    if native.is_empty() {
        format!("[role={role}]")
    } else {
        format!("{native},[role={role}]")
    }
}

/// GET /session/{id}/element/{element}/{what}.
#[derive(Debug)]
struct ElementQuery {
    element: String,
    what: &'static str,
}

impl WebDriverCompatibleCommand for ElementQuery {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/element/{}/{}",
            session.unwrap_or(""),
            self.element,
            self.what
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::GET, None)
    }
}

/// A Chrome DevTools Protocol command through chromedriver:
/// POST /session/{id}/goog/cdp/execute {"cmd": …, "params": …}.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or("")
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// chromedriver's log endpoint: POST /session/{id}/se/log {"type": "browser"}.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// A name as a screen reader says it: without the invisible marks that keep
/// right-to-left and left-to-right text apart (isolates, direction marks).
pub fn spoken(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}
