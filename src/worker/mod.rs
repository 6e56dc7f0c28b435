//! The render worker: runs the render engine off the main thread, so typing
//! stays smooth while each preview is drawn.
//!
//! - [`protocol`]: the messages between the page and the worker;
//! - [`engine`]: what the worker does with each message (pure Rust, so it is
//!   tested natively): parse the campaign, render, say which fonts a pledge
//!   needs before it can be drawn;
//! - `run` (wasm only): the worker's message loop, which fetches fonts from
//!   the app's own origin when the engine asks for them.
//!
//! The page sends a new render only after the worker has answered the last
//! one (see `web::render_client`), so the worker handles one job at a time.

pub mod engine;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
mod run;

#[cfg(target_arch = "wasm32")]
pub use run::start;
