#!/usr/bin/env bash
# One of the app's wasm binaries as Trunk ships it (cargo release →
# wasm-bindgen → wasm-opt -Oz), built on its own in target/wasm-size/BIN/,
# and its raw, gzip and brotli sizes: for measuring one change at a time
# without a whole `make dist`.
#
#   scripts/wasm-size.sh [BIN] [cargo options ...]   # BIN: pledge-board (the editor), render-worker, ...
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
bin=${1:-pledge-board}
shift || true
out=target/wasm-size/$bin
# Trunk builds the editor for `--target web` and its workers as classic
# worker scripts (`--target no-modules`).
target=no-modules
[ "$bin" = pledge-board ] && target=web
mkdir -p "$out"
cargo build --quiet --offline --release --target wasm32-unknown-unknown --bin "$bin" "$@"
wasm-bindgen --target "$target" --no-typescript --out-dir "$out" \
  "target/wasm32-unknown-unknown/release/$bin.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/${bin}_bg.wasm" -o "$out/$bin.wasm"
rm "$out/${bin}_bg.wasm"
cargo run --quiet --release --bin size-report -- "$out" | grep -E "$bin\.(wasm|js)"
