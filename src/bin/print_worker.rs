//! The print worker's entry point (built by Trunk as a Web Worker, loaded
//! only when a person asks for a blank board to print).

fn main() {
    #[cfg(target_arch = "wasm32")]
    pledge_board::worker::start_print();
}
