//! The release build's time for every input the fuzzer kept (or stopped
//! on), through the fuzz targets' own checks (`fuzz/src/lib.rs`): libFuzzer
//! times its instrumented builds, which run the decoders 45 to 125 times
//! slower, so "no input over one second" is measured here, as the app is
//! built.
//!
//! `cargo run --release --example fuzz_timing [--limit-ms N] [TARGET ...]`
//! prints, for each target, how many inputs, the median, p95 and slowest
//! time (the processor time each check took on its thread, which the
//! machine's load does not stretch; the clock where that cannot be read),
//! and the slowest files (from `fuzz/corpus/`, `fuzz/regressions/`
//! and `fuzz/artifacts/`); with `--limit-ms`, it exits with 1 if any input
//! took longer or failed its check (`scripts/fuzz.sh` uses 1000).
#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const TARGETS: [(&str, fn(&[u8])); 5] = [
    ("campaign_file", checks::campaign_file),
    ("photo_bytes", checks::photo_bytes),
    ("draft_restore", checks::draft_restore),
    ("render_pledge", checks::render_pledge),
    ("pledge_image", checks::pledge_image),
];

fn files(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions", "artifacts"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        out.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| dir != "artifacts" || !p.extension().is_some_and(|e| e == "log")),
        );
    }
    out.sort();
    out
}

/// The processor time this thread has had (Linux's `schedstat`), so an
/// input is judged by the work it makes, not by what else the machine is
/// doing: `scripts/fuzz.sh` runs niced, and beside a build a niced thread
/// gets a few percent of a core (on 2026-12-03 a 0.3 s input took 28.9 s
/// of the clock so). Elsewhere, `None`: the clock is used.
fn cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn main() {
    let mut asked: Vec<String> = std::env::args().skip(1).collect();
    let mut limit = None;
    if let Some(i) = asked.iter().position(|a| a == "--limit-ms") {
        let ms: u64 = asked
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .expect("--limit-ms takes a number of milliseconds");
        limit = Some(Duration::from_millis(ms));
        asked.drain(i..i + 2);
    }
    let mut failed = false;
    for (target, check) in TARGETS {
        if !asked.is_empty() && !asked.iter().any(|a| a == target) {
            continue;
        }
        let mut times: Vec<(Duration, PathBuf)> = Vec::new();
        for file in files(target) {
            let bytes = std::fs::read(&file).unwrap();
            let (t, cpu) = (Instant::now(), cpu_time());
            let ok = std::panic::catch_unwind(|| check(&bytes)).is_ok();
            let took = match (cpu, cpu_time()) {
                (Some(a), Some(b)) => b.saturating_sub(a),
                _ => t.elapsed(),
            };
            if !ok {
                println!("{target}: {} FAILS its check", file.display());
                failed = true;
            }
            times.push((took, file));
        }
        if times.is_empty() {
            continue;
        }
        times.sort();
        let n = times.len();
        let at = |q: f64| times[((n - 1) as f64 * q).round() as usize].0;
        println!(
            "{target}: {n} inputs, median {:.1} ms, p95 {:.1} ms, slowest {:.1} ms",
            at(0.5).as_secs_f64() * 1e3,
            at(0.95).as_secs_f64() * 1e3,
            times[n - 1].0.as_secs_f64() * 1e3
        );
        for (took, file) in times.iter().rev().take(3) {
            let name = file
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(file);
            println!("  {:>8.1} ms  {}", took.as_secs_f64() * 1e3, name.display());
        }
        if let Some(limit) = limit {
            let over = times.iter().filter(|(t, _)| *t > limit).count();
            if over > 0 {
                println!("{target}: {over} inputs over {} ms", limit.as_millis());
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
