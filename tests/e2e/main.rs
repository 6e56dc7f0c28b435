//! End-to-end tests: the real release build (`dist/`, from `make dist`) in
//! headless Chromium, Firefox and WebKit, used as a person would use it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;
mod editor;
mod embed;
mod harness;
mod harness_self_test;
mod journeys;
mod languages;
mod lighthouse;
mod page;
mod photo;
