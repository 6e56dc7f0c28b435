//! Lighthouse's accessibility and best-practices audits on the release
//! build (`dist/`), mobile and desktop, in Debian's Chromium: both must
//! score 100. They are deterministic (unlike performance, which is a
//! benchmark: `make lighthouse`, BENCHMARKS.md). Lighthouse is npm's,
//! pinned in package.json (12.2.3, for Node 20).

use crate::harness::StaticServer;
use std::path::Path;
use std::process::Command;

/// Runs Lighthouse on `url` with these extra arguments; its JSON report.
fn lighthouse(url: &str, extra: &[&str]) -> serde_json::Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = root.join("node_modules/.bin/lighthouse");
    assert!(
        bin.exists(),
        "no {}: run scripts/setup.sh test",
        bin.display()
    );
    let profile = tempdir();
    let output = Command::new(bin)
        .arg(url)
        .args([
            "--only-categories=accessibility,best-practices,seo",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--max-wait-for-load=60000",
        ])
        .arg(format!(
            "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking \
             --disable-component-update --disable-sync --no-first-run --disable-quic \
             --user-data-dir={}",
            profile.display()
        ))
        .args(extra)
        .env("CHROME_PATH", "/usr/bin/chromium")
        .output()
        .expect("run lighthouse");
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        output.status.success(),
        "lighthouse failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("lighthouse's JSON report")
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "pledge-lighthouse-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Each category's score, and every audit in it that did not pass.
fn failing(report: &serde_json::Value, category: &str) -> (f64, Vec<String>) {
    let cat = &report["categories"][category];
    let score = cat["score"].as_f64().unwrap_or(0.0);
    let mut failed = Vec::new();
    for r in cat["auditRefs"].as_array().into_iter().flatten() {
        if r["weight"].as_f64().unwrap_or(0.0) == 0.0 {
            continue;
        }
        let id = r["id"].as_str().unwrap_or("");
        let audit = &report["audits"][id];
        if audit["score"].as_f64().is_some_and(|s| s < 1.0) {
            failed.push(format!(
                "{id}: {} ({})",
                audit["title"].as_str().unwrap_or(""),
                audit["details"]["items"]
                    .as_array()
                    .map(|items| items.len())
                    .unwrap_or(0)
            ));
        }
    }
    (score, failed)
}

fn assert_top_marks(report: &serde_json::Value, form: &str) {
    assert!(
        report["runtimeError"].is_null(),
        "{form}: {}",
        report["runtimeError"]
    );
    for category in ["accessibility", "best-practices", "seo"] {
        let (score, failed) = failing(report, category);
        assert!(
            score >= 1.0,
            "{form} {category}: {:.0} — {}",
            score * 100.0,
            failed.join("; ")
        );
    }
}

#[test]
fn the_editor_scores_100_for_accessibility_best_practices_and_seo_on_mobile_and_desktop() {
    let server = StaticServer::serve_dist();
    let url = server.url("/");
    let mobile = lighthouse(&url, &[]);
    assert_eq!(mobile["configSettings"]["formFactor"], "mobile");
    assert_top_marks(&mobile, "mobile");
    let desktop = lighthouse(&url, &["--preset=desktop"]);
    assert_eq!(desktop["configSettings"]["formFactor"], "desktop");
    assert_top_marks(&desktop, "desktop");
}
