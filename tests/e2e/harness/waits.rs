//! Waiting as a person waits: looking again every 100 ms until the page
//! shows what is wanted, for a stated time, then failing with what it
//! showed last. The one loop the journeys share, so each says only what it
//! waits for and for how long.

use super::browser::Browser;
use std::time::{Duration, Instant};

/// How often a wait looks again.
const LOOK_EVERY: Duration = Duration::from_millis(100);

impl Browser {
    /// Looks with `look` until it answers `Ok`, for up to `within` (it
    /// always looks at least once, and once more after the time is up); fails
    /// naming the engine, `what` was waited for, and the last `Err` (what
    /// the page showed instead).
    pub async fn until<T>(
        &self,
        within: Duration,
        what: &str,
        mut look: impl AsyncFnMut() -> Result<T, String>,
    ) -> T {
        let deadline = Instant::now() + within;
        loop {
            match look().await {
                Ok(found) => return found,
                Err(shown) => assert!(
                    Instant::now() < deadline,
                    "{}: waited {} s for {what}: {shown}",
                    self.engine.name(),
                    within.as_secs()
                ),
            }
            tokio::time::sleep(LOOK_EVERY).await;
        }
    }

    /// What `look` sees once `done` holds for it, or, after `within`,
    /// what it saw last: for a wait whose caller then says what is wrong
    /// (an `assert_eq!` that shows both sides).
    pub async fn look_until<T>(
        &self,
        within: Duration,
        done: impl Fn(&T) -> bool,
        mut look: impl AsyncFnMut() -> T,
    ) -> T {
        let deadline = Instant::now() + within;
        loop {
            let seen = look().await;
            if done(&seen) || Instant::now() > deadline {
                return seen;
            }
            tokio::time::sleep(LOOK_EVERY).await;
        }
    }

    /// Waits until the top window shows `url` (left for it by `how`).
    pub async fn until_at(&self, url: &str, how: &str) {
        let what = format!("{how} to leave for {url}");
        self.until(Duration::from_secs(10), &what, async || {
            match self.client.current_url().await {
                Ok(now) if now.as_str() == url => Ok(()),
                now => Err(format!("the window shows {now:?}")),
            }
        })
        .await
    }

    /// The trimmed text of the first element `css` selects, "" if none.
    pub async fn text_of(&self, css: &str) -> String {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.textContent.trim() : ''",
            serde_json::to_string(css).unwrap()
        );
        self.js(&script)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of `css` once `done` holds for it (up to `within`;
    /// `what` names what was waited for, if it never comes).
    pub async fn text_until(
        &self,
        css: &str,
        within: Duration,
        what: &str,
        done: impl Fn(&str) -> bool,
    ) -> String {
        self.until(within, what, async || {
            let said = self.text_of(css).await;
            if done(&said) {
                Ok(said)
            } else {
                Err(format!("{css} says {said:?}"))
            }
        })
        .await
    }
}
