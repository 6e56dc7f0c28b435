//! Fuzz target: see `pledge_board_fuzz::pledge_image` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pledge_board_fuzz::pledge_image(data));
