//! Browser glue (wasm only): everything the app does through browser APIs,
//! kept out of the components so they only describe the page.
//!
//! - [`render_client`]: starts the render worker and talks to it;
//! - [`photo_client`]: a photo worker for each photo the person adds;
//! - [`print_client`]: a print worker for each blank board asked for;
//! - [`pen_client`]: the pen's module, loaded when a person writes by hand;
//! - [`pen_canvas`]: that module itself (its own wasm, never the app's):
//!   pointer input and wet ink on the writing area;
//! - [`storage`]: the draft in `sessionStorage` (gone when the tab closes);
//! - [`campaign_files`]: the editor's campaign, from its prepared form or
//!   the campaign reader;
//! - [`files`]: fetching text, PNG blobs, downloads, the clipboard;
//! - [`page`]: the document's title and the campaign's colours;
//! - [`share`]: the browser's share sheet, where it takes images;
//! - [`exit`]: "Exit this page";
//! - [`embed`]: telling an embedding page the editor's height;
//! - [`visible_part`]: "Exit this page" kept in view over an on-screen keyboard;
//! - [`montage_pool`]: the montage page's pool of gathering workers;
//! - [`build_worker`]: one montage build in a worker of its own;
//! - [`montage_store`]: the montage page's review kept in IndexedDB;
//! - [`check_client`]: the check page's worker, and reading the files opened;
//! - [`text_area`]: the check page's cursor put on a problem's line.

pub mod build_worker;
pub mod campaign_files;
pub mod check_client;
pub mod embed;
pub mod exit;
pub mod files;
pub mod montage_pool;
pub mod montage_store;
pub mod page;
pub mod pen_canvas;
pub mod pen_client;
pub mod photo_client;
pub mod print_client;
pub mod render_client;
pub mod share;
pub mod storage;
pub mod text_area;
pub mod visible_part;
