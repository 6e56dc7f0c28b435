//! Headless Chromium through Debian's chromedriver, one process pair per test.

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
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
    "--lang=en-GB",
];

/// A browser session, and the chromedriver behind it (killed on drop).
pub struct Browser {
    pub client: Client,
    driver: Child,
}

impl Browser {
    /// Starts chromedriver on a free loopback port and a new Chromium session
    /// whose viewport is `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
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

        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium_binary(), "args": args }),
        );
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
        let browser = Browser { client, driver };
        browser.set_viewport(width, height).await;
        browser
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
                let label = self.computed(&el, "computedlabel").await;
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

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
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
