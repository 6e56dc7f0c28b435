#!/usr/bin/env bash
# pledge-montage, natively: N pledge PNGs (made once by pledge-render, each
# with its own words, boards alternating), then a montage of them on one
# core and on every core, with the wall time and peak memory (maximum
# resident set, from /usr/bin/time). Prints a Markdown table for
# BENCHMARKS.md. COUNTS="100 300" and RUNS=3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin pledge-render --bin pledge-montage
dir=target/montage-bench
mkdir -p "$dir"
runs=${RUNS:-3}
echo "| images | output | cores | median s | peak MiB |"
echo "|---:|---|---:|---:|---:|"
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
  for output in "a1 grid" "4k heart"; do
    set -- $output
    for cores in 1 all; do
      threads=0; [ "$cores" = 1 ] && threads=1
      times=(); peak=0
      for _ in $(seq 1 "$runs"); do
        out=$( { RAYON_NUM_THREADS=$threads /usr/bin/time -f "%e %M" \
          target/release/pledge-montage "$src" -o "$dir/montage.png" \
          --size "$1" --layout "$2" >/dev/null; } 2>&1 | tail -1)
        times+=("${out% *}")
        kb=${out#* }; [ "$kb" -gt "$peak" ] && peak=$kb
      done
      median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
      echo "| $n | $1 $2 | $cores | $median | $((peak / 1024)) |"
    done
  done
done
