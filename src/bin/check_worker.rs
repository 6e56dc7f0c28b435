//! The check page's worker's entry point (built by Trunk as a Web Worker).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pledge_board::worker::start_check();
}
