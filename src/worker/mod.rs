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
//! The photo worker is separate, so the render worker's download stays small
//! and a photo's decoding never holds up a preview:
//!
//! - [`photo_job`]: read a photo file (upright, shrunk), and the JPEG text
//!   kept in `sessionStorage` (pure Rust);
//! - `photo_protocol`, `photo_run` (wasm only): its messages and loop. The
//!   page starts one photo worker per photo and stops it when done, so the
//!   memory a 48-megapixel decode takes is given back at once.
//!
//! The print worker, started only when a person asks for a blank board to
//! print (so the PDF code never loads otherwise):
//!
//! - `print_run` (wasm only): a campaign and a [`crate::print::Sheet`] in,
//!   the PDF out, fetching the fonts and artwork layers it needs as the
//!   render worker does.
//!
//! The artwork worker, started by the render or print worker only when a
//! board has artwork layers not drawn ahead (so SVG and image decoding
//! never load otherwise):
//!
//! - `artwork_run` (wasm only): a layer file read (`crate::artwork`) and
//!   drawn at the size asked for; `artwork_client` (wasm only): the other
//!   workers' side of it; `layer_supply` (wasm only): the artwork drawn
//!   ahead, else the artwork worker, for the render and print workers.
//!
//! The editor's campaign reader, started only when the campaign file's
//! prepared form is missing or out of date:
//!
//! - `campaign_reader` (wasm only): the TOML read and validated, and
//!   given back in its prepared form (`crate::campaign::prepared`).
//!
//! The check page's worker:
//!
//! - `check_run` (wasm only): a campaign folder or the published campaign
//!   read, the campaign checked with its files (`crate::check`), and the
//!   contact sheet drawn (`crate::contact_sheet`), telling its progress.
//!
//! The montage page's gathering workers (a pool of them):
//!
//! - `montage_protocol`, `montage_run` (wasm only): a file's bytes in, its
//!   packed tile, pledge, digests and hash out (`montage::gather`);
//!   `browser_decode`: a JPEG decoded by the browser (the photo worker
//!   reads JPEGs with it too).
//!
//! The page sends a new render only after the worker has answered the last
//! one (see `web::render_client`), so the worker handles one job at a time.

#[cfg(target_arch = "wasm32")]
mod artwork_client;
#[cfg(target_arch = "wasm32")]
mod artwork_run;
#[cfg(target_arch = "wasm32")]
mod browser_decode;
#[cfg(target_arch = "wasm32")]
mod campaign_reader;
#[cfg(target_arch = "wasm32")]
mod check_run;
pub mod engine;
#[cfg(target_arch = "wasm32")]
mod js_object;
#[cfg(target_arch = "wasm32")]
mod layer_supply;
#[cfg(target_arch = "wasm32")]
mod montage_build;
#[cfg(target_arch = "wasm32")]
pub mod montage_protocol;
#[cfg(target_arch = "wasm32")]
mod montage_run;
pub mod photo_job;
#[cfg(target_arch = "wasm32")]
pub mod photo_protocol;
#[cfg(target_arch = "wasm32")]
mod photo_run;
#[cfg(target_arch = "wasm32")]
mod print_run;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
mod run;

#[cfg(target_arch = "wasm32")]
pub use artwork_run::start as start_artwork;
#[cfg(target_arch = "wasm32")]
pub use campaign_reader::start as start_campaign_reader;
#[cfg(target_arch = "wasm32")]
pub use check_run::start as start_check;
#[cfg(target_arch = "wasm32")]
pub use montage_run::start as start_montage;
#[cfg(target_arch = "wasm32")]
pub use photo_run::start as start_photo;
#[cfg(target_arch = "wasm32")]
pub use print_run::start as start_print;
#[cfg(target_arch = "wasm32")]
pub use run::start;
