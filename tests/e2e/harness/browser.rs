//! A browser session for one test, in any of the three engines
//! ([`Engine`]), with what every test needs: finding things by role and
//! accessible name, running script, screenshots, axe-core, downloads, and
//! what went wrong (console errors, policy violations, foreign requests).

use super::commands::{BrowserLog, Cdp, ElementQuery};
use super::engines::{self, Engine, Options};
use super::processes::Driver;
use super::trap::Trap;
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long to wait for an element to appear before failing. The first
/// preview in WebKit, with two browsers at work on two cores and a build
/// besides, has taken over 10 s.
const FIND_TIMEOUT: Duration = Duration::from_secs(20);

/// A browser session, and the WebDriver behind it (killed on drop).
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    /// The WebDriver, what it started and WebKit's display (killed on drop).
    driver: Driver,
    /// Where this browser saves downloads (emptied at start).
    pub downloads: PathBuf,
    /// Catches any request to another origin (see [`Trap`]).
    trap: Trap,
    /// What the probe recorded in documents since left (see [`Browser::reload`]).
    earlier_errors: Mutex<Vec<String>>,
}

/// A free port on loopback.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// Starts chromedriver on a free loopback port and a new Chromium session
    /// whose viewport is `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::launch(Engine::Chromium, width, height).await
    }

    /// As [`Browser::start`], in the given engine.
    pub async fn launch(engine: Engine, width: u32, height: u32) -> Browser {
        Browser::start_with(engine, options(width, height, false, "en-GB")).await
    }

    /// As [`Browser::start`], with the browser's preferred languages set
    /// (`navigator.languages`), e.g. "gu-IN,en".
    pub async fn start_in_language(width: u32, height: u32, languages: &str) -> Browser {
        Browser::start_with(Engine::Chromium, options(width, height, false, languages)).await
    }

    /// As [`Browser::start`], but as a phone: a touch screen (so CSS's
    /// `pointer: coarse` matches) at device pixel ratio 2.
    pub async fn start_touch(width: u32, height: u32) -> Browser {
        Browser::start_with(Engine::Chromium, options(width, height, true, "en-GB")).await
    }

    /// A browser of this engine with JavaScript turned off in its settings.
    pub async fn launch_without_javascript(engine: Engine, width: u32, height: u32) -> Browser {
        let mut o = options(width, height, false, "en-GB");
        o.javascript = false;
        Browser::start_with(engine, o).await
    }

    pub async fn start_with(engine: Engine, options: Options) -> Browser {
        // Now and then (about one start in three, seen under load) WebKit's
        // MiniBrowser never connects to its driver, which then never answers
        // the new session: such a start is abandoned (its processes killed)
        // and another made. Only starting is tried again, never a test.
        let limit = Duration::from_secs(match engine {
            Engine::WebKit => 20,
            _ => 60,
        });
        for attempt in 1..=3 {
            match tokio::time::timeout(limit, Browser::try_start(engine, &options)).await {
                Ok(browser) => return browser,
                Err(_) => eprintln!(
                    "{}: no session within {} s (start {attempt} of 3)",
                    engine.name(),
                    limit.as_secs()
                ),
            }
        }
        panic!(
            "{}: the browser did not start in three tries",
            engine.name()
        );
    }

    async fn try_start(engine: Engine, options: &Options) -> Browser {
        let port = free_port();
        let downloads = std::env::temp_dir().join(format!("pledge-e2e-downloads-{port}"));
        let _ = std::fs::remove_dir_all(&downloads);
        std::fs::create_dir_all(&downloads).expect("create the downloads folder");
        let trap = Trap::start();
        let started = engines::start(engine, port, &downloads, trap.port, options);
        // Dropped (so killed) if this start is abandoned.
        let driver = Driver::new(started.driver, started.display);
        let url = format!("http://127.0.0.1:{port}/");
        let deadline = Instant::now() + Duration::from_secs(60);
        let client = loop {
            let builder =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                    .capabilities(started.capabilities.clone())
                    .connect(&url)
                    .await;
            match builder {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => {
                    panic!("no WebDriver session in {}: {e}", engine.name())
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        let browser = Browser {
            client,
            engine,
            driver,
            downloads,
            trap,
            earlier_errors: Mutex::new(Vec::new()),
        };
        if engine == Engine::Firefox {
            browser.into_firefox_popup().await;
        }
        // A phone's viewport is its emulated screen; otherwise size the window.
        if !options.touch {
            browser.set_viewport(options.width, options.height).await;
        }
        browser
    }

    /// Firefox's main window is never narrower than 500 CSS pixels; a popup
    /// window (no toolbars) can be as narrow as a phone. So in Firefox every
    /// test runs in a popup opened with `noopener` (the page sees no opener,
    /// as in a tab of its own), and the first window is closed.
    async fn into_firefox_popup(&self) {
        let first = self.client.window().await.expect("the first window");
        self.js("window.open('about:blank', 'pledge-e2e', 'popup,width=800,height=600,noopener'); return null")
            .await;
        let deadline = Instant::now() + Duration::from_secs(10);
        let popup = loop {
            let handles = self.client.windows().await.expect("the windows");
            if let Some(h) = handles.into_iter().find(|h| *h != first) {
                break h;
            }
            assert!(Instant::now() < deadline, "Firefox opened no popup window");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        self.client
            .clone()
            .close_window()
            .await
            .expect("close the first window");
        self.client
            .switch_to_window(popup)
            .await
            .expect("to the popup");
    }

    /// Runs a Chrome DevTools Protocol command and returns its result
    /// (Chromium only: the other engines have no such door).
    pub async fn cdp(&self, cmd: &'static str, params: Value) -> Value {
        assert_eq!(self.engine, Engine::Chromium, "CDP {cmd} needs Chromium");
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// The Content-Security-Policy violations in the current document and
    /// its frames so far ("directive blocked-URL" each).
    /// (The harness's probe counts them in every engine: `probe.js`.)
    pub async fn csp_violations(&self) -> Vec<String> {
        self.in_every_frame(
            "return window.__cspViolations ? [...window.__cspViolations]
               : location.protocol.startsWith('http') ? ['no probe in ' + location.href] : []",
        )
        .await
    }

    /// Runs `script`, which returns a list of strings, in the current
    /// document and in each of its frames (entered through WebDriver, so
    /// frames at other origins too), and joins the lists.
    async fn in_every_frame(&self, script: &str) -> Vec<String> {
        let mut all: Vec<String> =
            serde_json::from_value(self.js(script).await).unwrap_or_default();
        let frames = self
            .client
            .find_all(Locator::Css("iframe"))
            .await
            .unwrap_or_default();
        for i in 0..frames.len() {
            if self.client.clone().enter_frame(i as u16).await.is_err() {
                continue;
            }
            // A frame still loading, or navigated away, may answer nothing.
            if let Ok(found) = self.client.execute(script, vec![]).await {
                all.extend(serde_json::from_value::<Vec<String>>(found).unwrap_or_default());
            }
            self.client
                .clone()
                .enter_parent_frame()
                .await
                .expect("back to the page from its frame");
        }
        all
    }

    /// Makes the page's viewport `width` × `height` CSS pixels, as near as
    /// the engine allows (WebKitGTK's window is never narrower than 334 px,
    /// nor taller than its X screen).
    ///
    /// The window's size includes whatever chrome the engine draws, so the
    /// window is first set to the size asked, then corrected by the
    /// difference between the viewport asked and the one found, from the
    /// window's own size: never by arithmetic that assumes the first try
    /// took.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        let client = &self.client;
        client
            .set_window_size(width, height)
            .await
            .expect("set window size");
        for _ in 0..2 {
            let (iw, ih) = self.settled_viewport(width, height).await;
            if (iw, ih) == (width as i64, height as i64) {
                return;
            }
            let (_, _, ww, wh) = client.get_window_rect().await.expect("window rect");
            let w = (ww as i64 + width as i64 - iw).max(100) as u32;
            let h = (wh as i64 + height as i64 - ih).max(100) as u32;
            client.set_window_size(w, h).await.expect("set window size");
        }
    }

    /// The viewport once a resize has taken effect: the engines answer
    /// Set Window Rect before the page sees the new size (WebKitGTK most
    /// often), so read until it is the size wanted or has stayed the same
    /// for 200 ms (at most 3 s).
    async fn settled_viewport(&self, width: u32, height: u32) -> (i64, i64) {
        let read = || async {
            let v = self
                .js("return [window.innerWidth, window.innerHeight]")
                .await;
            (v[0].as_i64().unwrap(), v[1].as_i64().unwrap())
        };
        let mut last = read().await;
        let mut same_since = Instant::now();
        let start = Instant::now();
        while last != (width as i64, height as i64)
            && same_since.elapsed() < Duration::from_millis(200)
            && start.elapsed() < Duration::from_secs(3)
        {
            tokio::time::sleep(Duration::from_millis(50)).await;
            let now = read().await;
            if now != last {
                last = now;
                same_since = Instant::now();
            }
        }
        last
    }

    /// Opens `url` in the current tab (what the probe saw in the page
    /// before is kept for [`Browser::console_errors`]).
    pub async fn goto(&self, url: &str) {
        self.keep_errors_of_this_page().await;
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Reloads the page, as a person pressing the browser's reload does.
    pub async fn reload(&self) {
        self.keep_errors_of_this_page().await;
        self.client.refresh().await.expect("reload");
    }

    /// Keeps what the probe recorded in this page, before it is left.
    async fn keep_errors_of_this_page(&self) {
        let url = self.client.current_url().await.map(|u| u.to_string());
        if url.is_ok_and(|u| u.starts_with("http")) {
            let found = self.probe_errors().await;
            self.earlier_errors.lock().unwrap().extend(found);
        }
    }

    /// What the probe recorded (and forgets) in this page and its frames.
    async fn probe_errors(&self) -> Vec<String> {
        self.in_every_frame("return window.__e2e ? window.__e2e.errors.splice(0) : []")
            .await
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
                let page = self
                    .client
                    .execute(
                        "return location.href + ' ' + document.readyState + ': ' + \
                         (document.body ? document.body.innerText.slice(0, 300) : 'no body') + \
                         ' errors: ' + (window.__e2e ? window.__e2e.errors.join(' | ') : 'no probe') + document.documentElement.outerHTML.slice(0, 3000)",
                        vec![],
                    )
                    .await
                    .unwrap_or_default();
                panic!(
                    "{}: no {role} named {name:?}; the {role}s here are named {seen:?}; the page: {page}",
                    self.engine.name()
                );
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
            let computed = self.computed(&el, "computedrole").await;
            // WebKit computes a drop-down <select> as a (pop-up) button, as
            // Safari exposes it; it is the combobox ARIA maps it to.
            let webkit_select = self.engine == Engine::WebKit
                && role == "combobox"
                && computed == "button"
                && el
                    .tag_name()
                    .await
                    .is_ok_and(|t| t.eq_ignore_ascii_case("select"));
            if same_role(&computed, role) || webkit_select {
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
    ///
    /// In every engine, from the harness's probe (`probe.js`): console.error,
    /// uncaught exceptions and unhandled rejections in the page and its
    /// frames, and elements that failed to load. Chromium adds its own log
    /// (through chromedriver), which also holds what workers log and failed
    /// fetches; the other engines' drivers have no log, so there a failed
    /// fetch is seen by the test server instead (`StaticServer::failed_requests`).
    pub async fn console_errors(&self) -> Vec<String> {
        let mut errors = std::mem::take(&mut *self.earlier_errors.lock().unwrap());
        errors.extend(self.probe_errors().await);
        if self.engine == Engine::Chromium {
            let log = self
                .client
                .issue_cmd(BrowserLog)
                .await
                .expect("read the browser log");
            errors.extend(
                log.as_array()
                    .into_iter()
                    .flatten()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or_default().to_owned()),
            );
        }
        errors
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
        // From the top, once the page has been laid out and painted at the
        // new size (WebKitGTK otherwise shows the old frame, black below).
        self.client
            .execute_async(
                "const done = arguments[0]; window.scrollTo(0, 0);
                 requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));",
                vec![],
            )
            .await
            .expect("wait for a painted frame");
        self.screenshot(name).await;
        self.set_viewport(
            before[0].as_u64().unwrap() as u32,
            before[1].as_u64().unwrap() as u32,
        )
        .await;
    }

    /// The bytes of the download called `name`, once it has finished.
    ///
    /// Chromium and Firefox save it in the test's downloads folder, read
    /// here. WebKitGTK's MiniBrowser under automation saves nothing a test
    /// can reach, so there the download is read in the page: the probe saw
    /// the click on the link with `download="name"`, and the Blob behind
    /// its address; its bytes are read with a FileReader.
    pub async fn downloaded(&self, name: &str) -> Vec<u8> {
        if self.engine == Engine::WebKit {
            return self.downloaded_in_page(name).await;
        }
        let path = self.downloads.join(name);
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            let partial = std::fs::read_dir(&self.downloads)
                .unwrap()
                .flatten()
                .any(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.ends_with(".crdownload") || n.ends_with(".part")
                });
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

    /// The bytes of the Blob behind the newest link clicked to download `name`.
    async fn downloaded_in_page(&self, name: &str) -> Vec<u8> {
        let deadline = Instant::now() + FIND_TIMEOUT;
        loop {
            let found = self
                .client
                .execute_async(
                    "const [name, done] = arguments;
                     const d = (window.__e2e ? window.__e2e.downloads : []).filter(d => d.name === name).pop();
                     const blob = d && window.__e2e.blob(d.href);
                     if (!blob) { done(null); return; }
                     const r = new FileReader();
                     r.onload = () => done(r.result.split(',')[1] || '');
                     r.onerror = () => done(null);
                     r.readAsDataURL(blob);",
                    vec![json!(name)],
                )
                .await
                .expect("read a download in the page");
            if let Some(b64) = found.as_str() {
                use base64::Engine as _;
                return base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .expect("base64");
            }
            if Instant::now() > deadline {
                let seen = self
                    .js("return window.__e2e ? window.__e2e.downloads : []")
                    .await;
                panic!("no download called {name}; links clicked to download: {seen}");
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

    /// Ends the session and its WebDriver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        // Drop stops the driver, what it started, and the display.
    }
}

impl Browser {
    /// The ids of this browser's processes (see [`Driver::processes`]):
    /// the photo benchmark measures their memory.
    #[allow(dead_code)]
    pub fn processes(&self) -> Vec<u32> {
        self.driver.processes()
    }
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

/// A name as a screen reader says it: without the invisible marks that keep
/// right-to-left and left-to-right text apart (isolates, direction marks).
pub fn spoken(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}

fn options(width: u32, height: u32, touch: bool, languages: &str) -> Options {
    Options {
        width,
        height,
        touch,
        languages: languages.into(),
        javascript: true,
    }
}
