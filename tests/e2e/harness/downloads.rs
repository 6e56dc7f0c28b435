//! Downloads: the bytes of a file the page downloaded, read where each
//! engine leaves them.

use super::browser::{Browser, FIND_TIMEOUT};
use super::engines::Engine;
use serde_json::json;
use std::time::{Duration, Instant};

impl Browser {
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
        // Chromium may put the file's final name in place before the
        // `.crdownload` holding its bytes shows in a listing: a file is
        // taken only once it has the same, non-zero size on two looks in a
        // row with no partial download beside it. (Once, under a full
        // run's load, a PDF read too early drew as another picture.)
        let mut last_size = None;
        loop {
            let partial = std::fs::read_dir(&self.downloads)
                .unwrap()
                .flatten()
                .any(|e| {
                    let n = e.file_name().to_string_lossy().into_owned();
                    n.ends_with(".crdownload") || n.ends_with(".part")
                });
            let size = std::fs::metadata(&path)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            if !partial && size.is_some_and(|n| n > 0) && size == last_size {
                return std::fs::read(&path).unwrap();
            }
            last_size = if partial { None } else { size };
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
}
