//! The browser's window: its viewport's size, made exact where the engine
//! allows, and screenshots of the viewport and of the whole page.

use super::browser::Browser;
use std::time::{Duration, Instant};

impl Browser {
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
}
