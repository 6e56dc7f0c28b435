#!/usr/bin/env bash
# The editor's wasm as Trunk ships it (cargo release → wasm-bindgen →
# wasm-opt -Oz), built on its own in target/ui-size/, and its raw and
# brotli sizes: for measuring one change to the first screen at a time
# without a whole `make dist`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/ui-size
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown --bin pledge-board
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/pledge-board.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/pledge-board_bg.wasm" -o "$out/ui.wasm"
cargo run --quiet --release --bin size-report -- "$out" | grep -E 'ui.wasm|pledge-board.js'
