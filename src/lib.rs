//! Pledge Board: make a personal pledge image for a hate-crime awareness
//! campaign, entirely in the browser.
//!
//! The library holds all of the logic; the binaries in `src/bin/` are thin.
//! Layers, each depending only on those above it in this list:
//!
//! - [`campaign`]: the campaign file's model and its validation;
//! - [`fallback`]: the plain page, in the campaign's words, for a browser
//!   that cannot run the app;
//! - [`first_view`]: the editor's masthead as plain HTML in `index.html`,
//!   readable before the app has started;
//! - [`ink`]: handwriting: strokes as the pen gave them, and their
//!   outlines, pure Rust;
//! - [`render`]: board + pledge (+ photo, to come) to RGBA to PNG, pure Rust;
//! - [`artwork`]: the boards' artwork layer files (PNG, JPEG, WebP, SVG)
//!   checked and drawn at the size the engine asks for, pure Rust;
//! - [`contact_sheet`]: every board, size and language of a campaign on
//!   one picture for the campaign team to sign off, pure Rust;
//! - [`print`]: the blank board to print, as a PDF of vector outlines,
//!   pure Rust;
//! - [`montage`]: many approved pledge images on one picture (layouts),
//!   pure Rust;
//! - [`worker`]: the Web Worker that renders off the main thread (its
//!   protocol and engine are plain Rust; its message loop is wasm only);
//! - `web` (wasm only): browser glue: the worker client, storage, downloads;
//! - [`ui`]: Yew function components and their state (the state is plain
//!   Rust, the components wasm only).

pub mod artwork;
pub mod campaign;
pub mod check;
pub mod contact_sheet;
pub mod fallback;
pub mod first_view;
pub mod i18n;
pub mod ink;
pub mod montage;
pub mod print;
pub mod render;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod worker;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod serve;
#[cfg(not(target_arch = "wasm32"))]
pub mod size_report;
