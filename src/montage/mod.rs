//! The force's montage (issue 15): many approved pledge images on one
//! picture. Pure Rust, like [`crate::render`], so the page's worker and the
//! native `pledge-montage` command share it.
//!
//! - [`layout`]: where each image goes, as whole-pixel rectangles: a grid
//!   and justified rows. Geometry only, no pixels; every image placed once,
//!   whole (never cropped), its shape kept.
//! - [`crop`]: a photo of a paper board cut to fill its place, only
//!   where the reviewer asks, around the point they chose.
//! - [`gather`]: each file's bytes to a tile, its pledge, duplicates found,
//!   a reason for each file left out.
//! - [`left_out`]: why a file was left out, as a code each page puts
//!   in its own words.
//! - [`likeness`]: exact duplicates (same pixels) and near-duplicates
//!   (the same pledge re-saved: a difference hash).
//! - [`shape`]: the shape mosaic: the images fill a heart or a mask.
//! - [`review`]: the reviewer's verdicts, filters and counts (only
//!   approved images go into a montage).
//! - [`order`]: as added, shuffled with a seed, or grouped by language.
//! - [`compose`]: the picture drawn band by band and encoded as it goes,
//!   so memory is bounded by a band, not the poster.
//! - [`pdf`]: the montage as a PDF for print, tile by tile, its page the
//!   poster's size at the chosen dpi.
//! - [`text_version`]: the montage's alt text, and its pledges' words as
//!   an HTML list and a CSV.
//! - [`approvals`]: the approvals list the page writes and
//!   `pledge-montage --approved` reads (names, and crops).
//! - [`build`]: tiles in order to a finished montage (title band, layout,
//!   PNG, JPEG or PDF): the one way the page and the command build it.
//! - [`tile_size`]: how large each image is kept, for the montages it
//!   will go into.
//! - [`title`]: the title band in the campaign's style (name, count and
//!   place, hashtags), drawn by the render engine.
//! - `command` (native only): `pledge-montage`, a folder to a montage.

pub mod approvals;
pub mod build;
#[cfg(not(target_arch = "wasm32"))]
pub mod command;
pub mod compose;
pub mod crop;
pub mod gather;
pub mod layout;
pub mod left_out;
pub mod likeness;
pub mod order;
pub mod pdf;
pub mod review;
pub mod shape;
pub mod text_version;
pub mod tile_size;
pub mod title;
