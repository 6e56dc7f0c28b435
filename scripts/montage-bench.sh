#!/usr/bin/env bash
# pledge-montage, natively: N pledge PNGs (made once by pledge-render, each
# with its own words, boards alternating), then a montage of them on one
# core and on every core, with the wall time and peak memory (maximum
# resident set, from /usr/bin/time); the A1 grid also as a 300 dpi PDF;
# and the same A1 grid by ImageMagick's `montage` (the tool a team would
# otherwise reach for; scripts/setup.sh bench installs it), with each
# time and peak as a ratio to pledge-montage's on every core in the same
# run. Prints a Markdown table for BENCHMARKS.md. COUNTS="100 300" and
# RUNS=3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin pledge-render --bin pledge-montage
dir=target/montage-bench
mkdir -p "$dir"
runs=${RUNS:-3}
echo "| images | output | tool, cores | median s | peak MiB | time ÷ ours | peak ÷ ours |"
echo "|---:|---|---|---:|---:|---:|---:|"
# Runs "$@" RUNS times: the median wall time and the largest peak (KiB).
measure() {
  local times=() peak=0 out kb
  for _ in $(seq 1 "$runs"); do
    out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -1)
    times+=("${out% *}")
    kb=${out#* }; [ "$kb" -gt "$peak" ] && peak=$kb
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  peak_kb=$peak
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
for n in ${COUNTS:-100 300}; do
  src="$dir/pledges-$n"
  if [ ! -f "$src/done" ]; then
    rm -rf "$src" && mkdir -p "$src"
    for i in $(seq 1 "$n"); do
      board=purple-dawn; [ $((i % 2)) = 0 ] && board=many-voices
      target/release/pledge-render --board "$board" --size square \
        --text "Pledge $i: we stand together, whoever we are ($((i * 7919 % 1000)))." \
        -o "$src/pledge-$i.png" >/dev/null
    done
    touch "$src/done"
  fi
  for output in "a1 grid png 150" "a1 grid pdf 300" "4k heart png 150"; do
    set -- $output
    for cores in 1 all; do
      threads=0; [ "$cores" = 1 ] && threads=1
      measure env RAYON_NUM_THREADS=$threads target/release/pledge-montage "$src" \
        -o "$dir/montage.$3" --size "$1" --layout "$2" --dpi "$4"
      echo "| $n | $1 $2, $3 at $4 dpi | pledge-montage, $cores | $median | $((peak_kb / 1024)) | | |"
      if [ "$output" = "a1 grid png 150" ] && [ "$cores" = all ]; then
        ours_time=$median ours_peak=$peak_kb
      fi
    done
  done
  # ImageMagick: the same images, whole, in a grid of square cells with the
  # same gutter, on the same A1 (3508 × 4967) in the campaign's colour.
  if [ -x /usr/bin/montage ]; then
    read -r cols rows cell < <(awk -v n="$n" 'BEGIN {
      w = 3508; h = 4967; g = 8; best = 0
      for (c = 1; c <= n; c++) { r = int((n + c - 1) / c)
        s = int(w / c) - 2 * g; t = int(h / r) - 2 * g; if (t < s) s = t
        if (s > best) { best = s; bc = c; br = r } }
      print bc, br, best }')
    # Debian's ImageMagick policy caps its pixel cache (memory 256 MiB,
    # disk 1 GiB; -limit cannot raise a policy's cap, and a team without
    # admin rights cannot change the policy): past a couple of hundred
    # pledges it stops with "cache resources exhausted". Then the row says
    # so, with how long it took to fail.
    im=(/usr/bin/montage "$src"/*.png -tile "${cols}x${rows}"
      -geometry "${cell}x${cell}+8+8" -background '#2f1a4d' "$dir/imagemagick.png")
    if "${im[@]}" >/dev/null 2>"$dir/imagemagick.err"; then
      measure "${im[@]}"
      echo "| $n | a1 grid, png at 150 dpi | ImageMagick montage | $median | $((peak_kb / 1024)) | $(ratio "$median" "$ours_time") | $(ratio "$peak_kb" "$ours_peak") |"
    else
      /usr/bin/time -o "$dir/imagemagick.time" -f "%e %M" "${im[@]}" >/dev/null 2>&1 || true
      out=$(tail -1 "$dir/imagemagick.time")
      why=$(grep -o 'cache resources exhausted' "$dir/imagemagick.err" | head -1)
      echo "| $n | a1 grid, png at 150 dpi | ImageMagick montage: fails (${why:-see $dir/imagemagick.err}) after | ${out% *} | $(( ${out#* } / 1024 )) | | |"
    fi
  fi
done
