//! The check page (`check.html`, a staff tool in the same build, not
//! linked from the editor): the communications team opens a campaign
//! folder (or checks the published campaign), edits the file in a text
//! area with line numbers, sees every problem by field and line with a
//! link to it, draws the contact sheet with the real engine, and
//! downloads the corrected file. The checking and drawing run in the
//! page's worker (`worker::check_run`); nothing leaves the machine.
//!
//! - `state`: the page's reducer (plain Rust, tested natively);
//! - `open`: choosing a folder or files, dropping them, the published
//!   campaign;
//! - `editor`: the text area with its line numbers, and the download;
//! - `problems`: the problems, each with a link to its line;
//! - `sheet`: the contact sheet, its progress and its download;
//! - `page`: the page and its worker.

pub mod state;

#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod open;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
pub mod problems;
#[cfg(target_arch = "wasm32")]
mod sheet;

/// The check page's messages (English).
pub const CHECK_FTL: &str = include_str!("../../../static/locales-check/en-GB.ftl");

/// The id of the text area holding the campaign file.
pub const TEXT_ID: &str = "campaign-text";

#[cfg(target_arch = "wasm32")]
pub use page::CheckApp;
