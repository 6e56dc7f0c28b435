//! Fuzz target: see `pledge_board_fuzz::render_pledge` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pledge_board_fuzz::render_pledge(data));
