#!/usr/bin/env bash
# Coverage-guided fuzzing of what Pledge Board reads from strangers
# (cargo fuzz, libFuzzer; fuzz/src/lib.rs says what each target checks).
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]   # default: 600 s each, all targets
#
# Each run: no panic, no input taking over 1 s in the release build (after
# each run, examples/fuzz_timing.rs times every kept input as the app is
# built; libFuzzer's own -timeout, wall-clock time, is 60 s, see
# timeout_for), and at most 2 GB in all
# (-rss_limit_mb). The targets that decode images (photo_bytes,
# pledge_image) are built with AddressSanitizer, whose allocator lets
# libFuzzer also refuse any single allocation over 512 MB (-malloc_limit_mb;
# the photo decoder's own limit is 320 MB); the others (pure safe Rust) are
# built without a sanitizer, about four times faster (render_pledge: 29
# inputs a second against 7), in their own target folder. The corpora grow in
# fuzz/corpus/<target>/ and are minimised afterwards (cargo fuzz cmin); a
# crash is left in fuzz/artifacts/<target>/ (the other targets still run). Every run
# is added to fuzz/runs.tsv (date, target, seconds, executions, corpus
# files, result; the seconds it really ran, which a finding cuts short):
# the hours each target has had.
#
# This machine has one Rust toolchain (stable): cargo fuzz's nightly flags
# are allowed on it with RUSTC_BOOTSTRAP=1 (DEVELOPERS.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
CARGO_FUZZ_VERSION=0.13.2

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(campaign_file photo_bytes draft_restore render_pledge pledge_image)

if [ "$(cargo fuzz --version 2>/dev/null | cut -d' ' -f2)" != "$CARGO_FUZZ_VERSION" ]; then
  echo "fuzz: installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi
cd fuzz
# The fuzz crate's own lock file follows the app's (the same versions).
cp ../Cargo.lock Cargo.lock
[ -d corpus/campaign_file ] || cargo run --quiet --release --example seeds
asan=(photo_bytes pledge_image)
# libFuzzer's limit on one input. The decoders' instrumented builds run
# zune-jpeg 45 to 125 times slower than the release build (a 1 KB
# progressive JPEG of 16129 × 576: 50 ms in release, 2.3 s instrumented,
# 6.3 s with ASan; fuzz/regressions/photo_bytes/), and an 831-byte JPEG of
# 11568 × 1312 takes 300-360 ms in the release build's pledge_image check,
# so over 10 s with ASan (two runs stopped so on 2026-12-03): they get 60 s,
# and the one-second limit is judged on the release build afterwards
# (fuzz_timing). draft_restore decodes the draft's stored photo (a JPEG)
# too: a 1 KB one took over 1 s in its instrumented build, 0.1-0.4 s in
# release. The others get 60 s too: libFuzzer's limit is wall-clock time, and on this
# two-core machine a build or a browser benchmark on both cores starves a
# niced fuzzer; two render_pledge runs stopped on 1 s so, and one on 10 s
# (a 28-byte input of 72 ms in release, fuzz/regressions/render_pledge/;
# 2026-12-03). The one-second limit is judged afterwards by fuzz_timing,
# in processor time.
timeout_for() { echo 60; }
flags_for() {
  case " ${asan[*]} " in
    *" $1 "*) echo "-O" ;;
    *) echo "-O -s none --target-dir target/plain" ;;
  esac
}

failed=()
[ -f runs.tsv ] || printf 'date\ttarget\tseconds\texecutions\tcorpus files\tresult\n' > runs.tsv
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  dict=()
  [ -f "dict/$t.dict" ] && dict=(-dict="dict/$t.dict")
  log="artifacts/$t/last-run.log"
  echo "fuzz: $t for ${seconds} s"
  set +e
  # shellcheck disable=SC2046
  cargo fuzz build $(flags_for "$t") "$t"
  started=$(date +%s)
  cargo fuzz run $(flags_for "$t") "$t" "corpus/$t" -- -max_total_time="$seconds" -timeout="$(timeout_for "$t")" \
    -rss_limit_mb=2048 -malloc_limit_mb=512 -max_len=65536 -print_final_stats=1 \
    "${dict[@]}" > "$log" 2>&1
  rc=$?
  ran=$(( $(date +%s) - started ))
  set -e
  execs=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -1)
  result=pass
  [ $rc -eq 0 ] || result="FAILED (rc $rc, see fuzz/$log and fuzz/artifacts/$t/)"
  if [ $rc -eq 0 ]; then
    # Keep only what adds coverage.
    # shellcheck disable=SC2046
    cargo fuzz cmin $(flags_for "$t") "$t" "corpus/$t" -- -timeout="$(timeout_for "$t")" -rss_limit_mb=2048 \
      > "artifacts/$t/cmin.log" 2>&1 || true
  fi
  # The release build's time for every input kept: none may take 1 s.
  # (Without RUSTC_BOOTSTRAP, which would make cargo rebuild the app's
  # whole release build under another fingerprint.)
  if ! (cd .. && env -u RUSTC_BOOTSTRAP cargo run --quiet --release --example fuzz_timing -- --limit-ms 1000 "$t") \
      > "artifacts/$t/timing.log" 2>&1; then
    rc=1
    result="FAILED (an input over 1 s in the release build, see fuzz/artifacts/$t/timing.log)"
  fi
  cat "artifacts/$t/timing.log"
  files=$(find "corpus/$t" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$t" "$ran" "${execs:-?}" "$files" "$result" >> runs.tsv
  echo "fuzz: $t: ${execs:-?} executions, $files corpus files, $result"
  [ $rc -eq 0 ] || { tail -40 "$log"; failed+=("$t"); }
done
# A finding in one target does not stop the others.
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: findings in ${failed[*]}" >&2; exit 1; }
