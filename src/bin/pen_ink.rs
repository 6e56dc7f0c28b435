//! The pen's module (built by Trunk with wasm-bindgen's no-modules glue,
//! loaded on the page's main thread only when a person chooses to write by
//! hand; see `web::pen_canvas`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pledge_board::web::pen_canvas::start();
}
