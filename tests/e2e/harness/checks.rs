//! What every test checks in the page, the same way in every engine:
//! errors and Content-Security-Policy violations (recorded by the probe,
//! in every frame), requests to other origins (the trap), and axe-core.

use super::browser::Browser;
use super::commands::BrowserLog;
use super::engines::Engine;
use fantoccini::Locator;

impl Browser {
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
    pub(super) async fn in_every_frame(&self, script: &str) -> Vec<String> {
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
}
