#!/usr/bin/env bash
# Lighthouse (npm, pinned in package.json) on the release build served as a
# real host serves it (pledge-serve: brotli, the hosting policy), in
# Debian's Chromium: the mobile preset (simulated slow 4G, 4× CPU) and
# desktop, RUNS times each (default 5). Reports go to target/lighthouse/;
# the medians are printed as the Markdown table BENCHMARKS.md keeps.
#
#   scripts/lighthouse.sh [RUNS]        (make lighthouse)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
runs=${1:-5}
port=8093
out=target/lighthouse
rm -rf "$out" && mkdir -p "$out"
[ -f dist/index.html ] || { echo "lighthouse: no dist/; run make dist" >&2; exit 1; }
cargo build --quiet --release --bin pledge-serve
target/release/pledge-serve dist "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/" > /dev/null && break
  sleep 0.1
done
# Every file compressed once before measuring (as a host's cache would be).
for f in $(cd dist && find . -maxdepth 1 -type f -printf '%P\n'); do
  curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$port/$f" > /dev/null
done
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
for form in mobile desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for i in $(seq "$runs"); do
    profile=$(mktemp -d)
    CHROME_PATH=/usr/bin/chromium lighthouse "http://127.0.0.1:$port/" "${preset[@]}" \
      --output=json --output=html --output-path="$out/$form-$i" --quiet \
      --chrome-flags="$flags --user-data-dir=$profile"
    rm -rf "$profile"
  done
done
node scripts/lighthouse-summary.js "$out" "$runs"
