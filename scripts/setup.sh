#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) Pledge Board needs, and
# skips whatever is already there at the right version. Safe to run again.
#
#   scripts/setup.sh build   # wasm target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    # all of the above, plus Chromium and ChromeDriver
#
# Versions are pinned: Trunk in this file, wasm-bindgen by Cargo.lock (and
# Trunk.toml), wasm-opt by package.json (and Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
what=${1:-build}
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, at the version that builds with this machine's rustc.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli, exactly the wasm-bindgen version in Cargo.lock.
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if ! grep -q "^wasm_bindgen = \"$wb\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$wb\", as in Cargo.lock" >&2; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wb" ]; then
  say "installing wasm-bindgen-cli $wb (about 2 minutes)"
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

# 4. From npm (package-lock.json): wasm-opt from binaryen (Debian's is too
#    old for this rustc), and axe-core, which the end-to-end tests run.
wo=$(node -p "require('./package.json').devDependencies.binaryen.split('.')[0]")
axe=$(node -p "require('./package.json').devDependencies['axe-core']")
have_axe=$(node -p "try { require('./node_modules/axe-core/package.json').version } catch (e) { '' }")
if [ "$(wasm-opt --version 2>/dev/null | cut -d' ' -f3)" != "$wo" ] || [ "$have_axe" != "$axe" ]; then
  say "installing binaryen $wo and axe-core $axe from npm into node_modules/"
  npm ci --no-audit --no-fund
fi

# 5. For the tests: Debian's Chromium and its WebDriver.
if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from Debian"
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
  fi
fi
say "ready ($what)"
