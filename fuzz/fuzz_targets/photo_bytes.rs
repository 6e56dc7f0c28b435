//! Fuzz target: see `pledge_board_fuzz::photo_bytes` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pledge_board_fuzz::photo_bytes(data));
