//! The artwork worker's entry point (built by Trunk as a Web Worker,
//! started by the render worker only for boards with artwork layers).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pledge_board::worker::start_artwork();
}
