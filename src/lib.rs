//! Pledge Board: make a personal pledge image for a hate-crime awareness
//! campaign, entirely in the browser.
//!
//! The library holds all of the logic; the binaries in `src/bin/` are thin.
//! Layers, each depending only on those above it in this list:
//!
//! - [`campaign`]: the campaign file's model and its validation;
//! - [`render`]: board + pledge (+ photo, to come) to RGBA to PNG, pure Rust;
//! - `worker`: the Web Worker that renders off the main thread (to come);
//! - [`ui`]: Yew function components and their state;
//! - `web`: browser glue such as downloads and storage (to come).

pub mod campaign;
pub mod render;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod size_report;
