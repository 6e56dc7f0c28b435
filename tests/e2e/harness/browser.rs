//! A browser session for one test, in any of the three engines
//! ([`Engine`]): starting it, going to pages, running script, and finding
//! things by role and accessible name. What it checks in every page is in
//! `checks.rs`, its window and screenshots in `window.rs`, downloads in
//! `downloads.rs`.

use super::commands::{Cdp, ElementQuery};
use super::engines::{self, Engine, Options};
use super::processes::Driver;
use super::trap::Trap;
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::Value;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long to wait for an element to appear before failing. The first
/// preview in WebKit, with two browsers at work on two cores and a build
/// besides, has taken over 10 s.
pub(super) const FIND_TIMEOUT: Duration = Duration::from_secs(20);

/// A browser session, and the WebDriver behind it (killed on drop).
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    /// The WebDriver, what it started and WebKit's display (killed on drop).
    driver: Driver,
    /// Where this browser saves downloads (new at start, removed at the end).
    pub downloads: PathBuf,
    /// Catches any request to another origin (see [`Trap`]).
    pub(super) trap: Trap,
    /// What the probe recorded in documents since left (see [`Browser::reload`]).
    pub(super) earlier_errors: Mutex<Vec<String>>,
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
        super::say_failures_last();
        // Now and then (about one start in three, seen under load) WebKit's
        // MiniBrowser never connects to its driver, which then never answers
        // the new session: such a start is abandoned (its processes killed)
        // and another made. Only starting is tried again, never a test.
        // Three WebKit tries in a row have failed so (a fresh-clone run on
        // 2026-12-01, the machine busy): WebKit gets five.
        let (limit, tries) = match engine {
            Engine::WebKit => (Duration::from_secs(20), 5),
            _ => (Duration::from_secs(60), 3),
        };
        for attempt in 1..=tries {
            let port = free_port();
            match tokio::time::timeout(limit, Browser::try_start(engine, port, &options)).await {
                Ok(browser) => {
                    let _ = std::fs::remove_file(engines::driver_log(port));
                    return browser;
                }
                Err(_) => {
                    let log =
                        std::fs::read_to_string(engines::driver_log(port)).unwrap_or_default();
                    let lines: Vec<&str> = log.lines().collect();
                    eprintln!(
                        "{}: no session within {} s (start {attempt} of {tries}); the driver's last words:\n{}",
                        engine.name(),
                        limit.as_secs(),
                        lines[lines.len().saturating_sub(15)..].join("\n")
                    );
                }
            }
        }
        panic!(
            "{}: the browser did not start in {tries} tries",
            engine.name()
        );
    }

    async fn try_start(engine: Engine, port: u16, options: &Options) -> Browser {
        let scratch = engines::scratch(port);
        let _ = std::fs::remove_dir_all(&scratch);
        let downloads = scratch.join("downloads");
        std::fs::create_dir_all(&downloads).expect("create the downloads folder");
        std::fs::create_dir_all(scratch.join("tmp")).expect("create the driver's folder");
        let trap = Trap::start();
        let started = engines::start(engine, port, &downloads, trap.port, options);
        // Dropped (so killed) if this start is abandoned.
        let driver = Driver::new(started.driver, started.display, scratch);
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
    pub(super) async fn probe_errors(&self) -> Vec<String> {
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
            if let Some(el) = self.likely_by_role(role, name).await {
                return el;
            }
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
                         (document.body ? document.body.innerText.slice(0, 1500) : 'no body') + \
                         ' errors: ' + (window.__e2e ? window.__e2e.errors.join(' | ') : 'no probe') + ' warnings: ' + (window.__e2e ? window.__e2e.warnings.join(' | ') : '') + ' alerts: ' + Array.from(document.querySelectorAll('[role=alert],[role=status]')).map(e => e.textContent.trim()).filter(t => t).join(' | ') + ' ' + document.documentElement.outerHTML.slice(0, 2000)",
                        vec![],
                    )
                    .await
                    .unwrap_or_else(|e| Value::String(format!("(no script ran: {e})")));
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

    /// Scrolls the element with this role and name to the middle of the
    /// view, as a person would, then clicks it: WebKit's driver does not
    /// bring an element below the fold into view before clicking it
    /// ("element not interactable").
    pub async fn click_in_view(&self, role: &str, name: &str) {
        let el = self.by_role(role, name).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' }); return null",
                vec![serde_json::to_value(&el).unwrap()],
            )
            .await
            .unwrap();
        el.click()
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
            if let Some(label) = self.role_and_name(&el, role).await {
                out.push((el, label));
            }
        }
        out
    }

    /// The element's accessible name if the browser computes its role as
    /// `role`.
    async fn role_and_name(&self, el: &Element, role: &str) -> Option<String> {
        let computed = self.computed(el, "computedrole").await;
        // WebKit computes a drop-down <select> as a (pop-up) button, as
        // Safari exposes it; it is the combobox ARIA maps it to.
        let webkit_select = self.engine == Engine::WebKit
            && role == "combobox"
            && computed == "button"
            && el
                .tag_name()
                .await
                .is_ok_and(|t| t.eq_ignore_ascii_case("select"));
        if !(same_role(&computed, role) || webkit_select) {
            return None;
        }
        Some(spoken(&self.computed(el, "computedlabel").await))
    }

    /// The element with this role and name among the few whose text, label
    /// or alternative is the name (or else holds it), the browser computing role and name
    /// of those alone (two WebDriver round trips each): with hundreds of
    /// candidates (a review grid's buttons) asking of each took seconds a
    /// lookup. `None` sends [`Browser::by_role`] on to ask of every one.
    async fn likely_by_role(&self, role: &str, name: &str) -> Option<Element> {
        let css = candidate_selector(role);
        let likely = self
            .client
            .execute(
                r#"const norm = (s) => (s || '').replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, '')
                     .replace(/\s+/g, ' ').trim();
                 const want = norm(arguments[1]);
                 const texts = (e) => [e.textContent, e.getAttribute('aria-label'), e.getAttribute('alt'),
                     e.getAttribute('title'), e.value, ...(e.labels ? [...e.labels].map((l) => l.textContent) : []),
                     ...(e.getAttribute('aria-labelledby') || '').split(/\s+/)
                         .map((id) => (id && document.getElementById(id) ? document.getElementById(id).textContent : ''))];
                 const all = [...document.querySelectorAll(arguments[0])].map((e, i) => [e, i]);
                 const which = (test) => all.filter(([e]) => want && texts(e).some((t) => test(norm(t)))).map(([, i]) => i);
                 const exact = which((t) => t === want);
                 return exact.length ? exact : which((t) => t.includes(want));"#,
                vec![css.clone().into(), name.into()],
            )
            .await
            .ok()?;
        let likely: Vec<usize> = likely
            .as_array()?
            .iter()
            .filter_map(|i| i.as_u64().map(|i| i as usize))
            .collect();
        if likely.is_empty() || likely.len() > 20 {
            return None;
        }
        let all = self.client.find_all(Locator::Css(&css)).await.ok()?;
        for i in likely {
            let el = all.get(i)?;
            if self.role_and_name(el, role).await.as_deref() == Some(name) {
                return Some(el.clone());
            }
        }
        None
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
