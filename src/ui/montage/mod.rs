//! The montage page (`montage.html`, a staff tool in the same build): add
//! the images people sent in (read by a pool of workers, each shrunk to a
//! tile at once), review them, and build the montage (in a worker, with
//! the campaign's title band) and its text version. Nothing
//! leaves the machine. Its words are in `static/locales-montage/` (one
//! file a language, beside the editor's), through the same [`Texts`].
//!
//! - `state`: the page's reducer (plain Rust, tested natively);
//! - `add_images`: choosing files or a folder, dropping, progress;
//! - `arrivals`: the files read, handed to the state in batches;
//! - `review_grid`: the grid, its keys and filters; `review_item`: one
//!   image of it (drawn again only when it changes);
//! - `crop_panel`: the crop of the image on focus, for a photo of a paper
//!   board (an image with no pledge record);
//! - `build_panel`: layout, size, order, file type; the montage, its alt
//!   text and downloads (the picture, the text version as HTML and CSV);
//! - `build_job`: one build, from the approved tiles to the file, in a
//!   worker of its own;
//! - `clear_all`: "Clear everything", with a second step to confirm;
//! - `language`: the page's language, its picker and its words;
//! - `notes`: the page's note and the reasons files were left out, in
//!   the chosen language;
//! - `page`: the page, its worker pool, and the review kept between visits
//!   (`web::montage_store`).

pub mod state;

#[cfg(target_arch = "wasm32")]
mod add_images;
#[cfg(target_arch = "wasm32")]
mod arrivals;
#[cfg(target_arch = "wasm32")]
mod build_job;
#[cfg(target_arch = "wasm32")]
mod build_panel;
#[cfg(target_arch = "wasm32")]
mod clear_all;
#[cfg(target_arch = "wasm32")]
mod crop_panel;
#[cfg(target_arch = "wasm32")]
mod language;
#[cfg(target_arch = "wasm32")]
mod notes;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod review_grid;
#[cfg(target_arch = "wasm32")]
mod review_item;

/// The montage page's English messages, built in.
pub const MONTAGE_FTL: &str = include_str!("../../../static/locales-montage/en-GB.ftl");

#[cfg(target_arch = "wasm32")]
pub use page::MontageApp;
