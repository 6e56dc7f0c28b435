//! The campaign reader's entry point (built by Trunk as a Web Worker):
//! reads the campaign file for the editor when its prepared form is
//! missing or out of date.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pledge_board::worker::start_campaign_reader();
}
