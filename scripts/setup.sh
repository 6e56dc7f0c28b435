#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) Pledge Board needs, and
# skips whatever is already there at the right version. Safe to run again.
#
#   scripts/setup.sh build   # wasm target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    # all of the above, plus Chromium, Firefox ESR and
#                            # WebKitGTK with their WebDrivers, Xvfb, and
#                            # Poppler (reads the montage's PDFs back)
#   scripts/setup.sh bench   # all of the above, plus ImageMagick (the
#                            # montage benchmark's reference)
#
# Versions are pinned: Trunk in this file, wasm-bindgen by Cargo.lock (and
# Trunk.toml), wasm-opt by package.json (and Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
what=${1:-build}
case "$what" in build | test | bench) ;; *) echo "setup: build, test or bench, not $what" >&2; exit 2 ;; esac
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. Every crate in Cargo.lock, downloaded now: Trunk builds with
#     --offline, and a brand-new machine has none in its cache (quick when
#     they are there).
cargo fetch --locked --quiet

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
#    old for this rustc), axe-core, which the end-to-end tests run, and
#    Lighthouse (12.2.3, the last for Node 20), whose accessibility,
#    best-practices and SEO audits the end-to-end tests assert.
wo=$(node -p "require('./package.json').devDependencies.binaryen.split('.')[0]")
axe=$(node -p "require('./package.json').devDependencies['axe-core']")
have_axe=$(node -p "try { require('./node_modules/axe-core/package.json').version } catch (e) { '' }")
lh=$(node -p "require('./package.json').devDependencies.lighthouse")
have_lh=$(node -p "try { require('./node_modules/lighthouse/package.json').version } catch (e) { '' }")
if [ "$(wasm-opt --version 2>/dev/null | cut -d' ' -f3)" != "$wo" ] || [ "$have_axe" != "$axe" ] || [ "$have_lh" != "$lh" ]; then
  say "installing binaryen $wo, axe-core $axe and lighthouse $lh from npm into node_modules/"
  npm ci --no-audit --no-fund
fi

# 5. For the tests, the three browser engines and their WebDrivers:
#    Chromium (chromium, chromium-driver), Firefox ESR (firefox-esr, and
#    geckodriver from crates.io), WebKitGTK, Safari's engine (its MiniBrowser
#    in libwebkit2gtk-4.1-0, WebKitWebDriver in webkit2gtk-driver, and Xvfb
#    for the display it needs); Poppler's pdftocairo, pdfinfo and pdfimages
#    (poppler-utils) to read the montage's PDFs back.
GECKODRIVER_VERSION=0.37.1
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
if [ "$what" = test ] || [ "$what" = bench ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
     || ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
     || ! command -v Xvfb >/dev/null || [ ! -x "$MINIBROWSER" ] \
     || ! command -v pdftocairo >/dev/null; then
    say "installing chromium, firefox-esr, WebKitGTK's MiniBrowser and WebDriver, xvfb and poppler-utils from Debian"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y \
      chromium chromium-driver firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb poppler-utils
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
# 6. For the montage benchmark, ImageMagick (its `montage` command).
if [ "$what" = bench ] && [ ! -x /usr/bin/montage ]; then
  say "installing imagemagick from Debian"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y imagemagick
fi
say "ready ($what)"
