//! Which browsers can run the app is decided by what its release build
//! uses: these tests tie `static/check.js`, which refuses a browser that
//! lacks a WebAssembly feature and shows the plain page instead, to the
//! wasm files the build really makes (README: "Which browsers").
//!
//! - Each probe in check.js needs exactly the feature it is named for.
//! - The release build's wasm needs no feature that check.js does not
//!   probe (so a browser that passes the check can compile it), and every
//!   feature it probes is one the build needs (so no browser is refused
//!   for nothing).
//!
//! Needs the release build (`make dist`; `make test` makes it first).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use wasmparser::{Validator, WasmFeatures};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The WebAssembly of browsers before any of the features probed for.
const BASE: WasmFeatures = WasmFeatures::WASM1;

/// check.js's name for a feature, and wasmparser's flags for it.
fn flags(name: &str) -> WasmFeatures {
    match name {
        "WebAssembly sign extension" => WasmFeatures::SIGN_EXTENSION,
        "WebAssembly non-trapping float-to-int" => WasmFeatures::SATURATING_FLOAT_TO_INT,
        "WebAssembly bulk memory" => WasmFeatures::BULK_MEMORY | WasmFeatures::BULK_MEMORY_OPT,
        "WebAssembly multi-value" => WasmFeatures::MULTI_VALUE,
        "WebAssembly reference types" => {
            WasmFeatures::REFERENCE_TYPES | WasmFeatures::CALL_INDIRECT_OVERLONG
        }
        other => panic!("check.js probes for {other:?}, which this test does not know"),
    }
}

/// The probes written in check.js: `["name", [bytes…]]`.
fn probes() -> Vec<(String, Vec<u8>)> {
    let js = std::fs::read_to_string(root().join("static/check.js")).unwrap();
    let list = &js[js
        .find("var wasmFeatures = [")
        .expect("check.js lists its probes")..];
    let list = &list[..list.find("];").unwrap()];
    let mut out = Vec::new();
    for entry in list.split("[\"").skip(1) {
        let name = entry[..entry.find('"').unwrap()].to_owned();
        let bytes = &entry[entry.find('[').unwrap() + 1..entry.find(']').unwrap()];
        let bytes = bytes
            .split(',')
            .map(|b| b.trim().parse::<u8>().unwrap())
            .collect();
        out.push((name, bytes));
    }
    assert!(!out.is_empty(), "check.js lists no probes");
    out
}

fn valid(bytes: &[u8], features: WasmFeatures) -> Result<(), String> {
    Validator::new_with_features(features)
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Every feature check.js probes for.
fn all_probed() -> WasmFeatures {
    probes()
        .iter()
        .fold(BASE, |all, (name, _)| all | flags(name))
}

#[test]
fn each_probe_needs_exactly_its_own_feature() {
    let all = all_probed();
    for (name, bytes) in probes() {
        valid(&bytes, BASE | flags(&name))
            .unwrap_or_else(|e| panic!("{name}: not valid with its feature: {e}"));
        let without = all.difference(flags(&name));
        assert!(
            valid(&bytes, without).is_err(),
            "{name}: valid without its feature, so it tests nothing"
        );
    }
}

/// The release build's wasm files.
fn built() -> Vec<(String, Vec<u8>)> {
    let dist = root().join("dist");
    let files: Vec<_> = std::fs::read_dir(&dist)
        .unwrap_or_else(|e| panic!("{}: {e}; build it with `make dist`", dist.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    assert!(
        files.len() >= 3,
        "the app's and the two workers' wasm: {files:?}",
        files = files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    files
}

#[test]
fn the_build_needs_no_feature_the_check_does_not_probe() {
    let all = all_probed();
    for (name, bytes) in built() {
        valid(&bytes, all).unwrap_or_else(|e| {
            panic!("{name} uses a WebAssembly feature check.js does not probe for: {e}")
        });
    }
}

#[test]
fn every_feature_probed_is_one_the_app_needs() {
    let all = all_probed();
    let app: Vec<_> = built()
        .into_iter()
        .filter(|(name, _)| name.starts_with("pledge-board-"))
        .collect();
    assert_eq!(app.len(), 1, "one app wasm");
    for (name, _) in probes() {
        assert!(
            valid(&app[0].1, all.difference(flags(&name))).is_err(),
            "the app's wasm does not need {name}: check.js refuses browsers for nothing"
        );
    }
}
