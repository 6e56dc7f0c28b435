# Pledge Board. The two commands in the README:
#   make run    build the app (and the staff pages: montage, check) and serve it on http://127.0.0.1:8080
#   make test   run every test: native, wasm in headless Chromium, end-to-end
# Each installs what it lacks first (scripts/setup.sh), and skips what is there.

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
WASM := --target wasm32-unknown-unknown

.PHONY: fuzz lighthouse bench-pen bench-ink bench-layers bench-wasm-resize bench-montage bench-montage-page bench-check-page bench-montage-resize run serve-dev test setup setup-test dist size-report twiggy twiggy-opt bench bench-wasm bench-editor bench-photo clean

# The release bundle, all its pages, served as built (python3's static server:
# the editor at /, the montage page at /montage/, the check page at /check/). `make serve-dev`
# rebuilds the editor alone on every change (Trunk's server).
run: dist
	@echo "Pledge Board on http://127.0.0.1:8080/ (staff pages: the montage http://127.0.0.1:8080/montage/, the campaign check http://127.0.0.1:8080/check/)"
	python3 -m http.server --bind 127.0.0.1 --directory dist 8080

serve-dev: setup
	trunk serve --release --offline

test: setup-test dist
	cargo test
	cargo test $(WASM) --test web --test web_render --test web_montage --test web_check
	@echo "make test: native, wasm (headless Chromium) and end-to-end tests all passed"

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

# The release bundle: wasm-opt -Oz, hashed file names. The staff pages
# (montage, check) are each built on their own into dist/montage/ and dist/check/, after the editor
# (whose build empties dist/), so they add nothing to the editor's pages.
dist: setup
	trunk build --release --offline
	trunk build montage.html --release --offline --dist dist/montage
	trunk build check.html --release --offline --dist dist/check

# Coverage-guided fuzzing (scripts/fuzz.sh): each target for FUZZ_SECONDS
# (default 600), the corpora grown and minimised in fuzz/corpus/, each run
# logged in fuzz/runs.tsv. `make test` replays the corpora (fast).
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Lighthouse, mobile and desktop, on the release build served with brotli
# (scripts/lighthouse.sh): reports in target/lighthouse/, the medians
# printed for BENCHMARKS.md. LIGHTHOUSE_RUNS each (default 5).
LIGHTHOUSE_RUNS ?= 5
lighthouse: setup-test dist
	scripts/lighthouse.sh $(LIGHTHOUSE_RUNS)

size-report: dist
	cargo run --quiet --release --bin size-report -- dist

clean:
	rm -rf dist target/wasm32-unknown-unknown

# What takes the space in the app's wasm, by function (needs names, so it
# reads cargo's release output before wasm-bindgen and wasm-opt).
twiggy: dist
	command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	twiggy top -n 25 target/wasm32-unknown-unknown/release/pledge-board.wasm

# The same, after wasm-bindgen and wasm-opt -Oz as in dist/ (names kept
# with -g, which changes no code): what the shipped UI wasm is made of.
twiggy-opt: dist
	command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	rm -rf target/twiggy-opt && mkdir -p target/twiggy-opt
	wasm-bindgen --target web --no-typescript --keep-debug --out-dir target/twiggy-opt \
		target/wasm32-unknown-unknown/release/pledge-board.wasm
	wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
		--enable-mutable-globals --enable-reference-types --enable-multivalue \
		target/twiggy-opt/pledge-board_bg.wasm -o target/twiggy-opt/named.wasm
	twiggy top -n 25 target/twiggy-opt/named.wasm

# Benchmarks (not run by `make test`): native criterion, then the same
# render in wasm in headless Chromium (release build) against canvas.toBlob.
bench: setup-test
	cargo bench --bench render
	scripts/criterion-summary.py 'portrait 1080x1350'
	$(MAKE) bench-wasm

bench-wasm: setup-test
	cargo test --release $(WASM) --test web_bench -- --nocapture 2>&1 | grep -E 'BENCH|test result'

# Shrinking an image to a montage tile in wasm in headless Chromium:
# image's thumbnail against fast_image_resize, with its SIMD and without.
bench-wasm-resize: setup-test
	cargo test --release $(WASM) --test web_resize_bench -- --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# The editor in headless Chromium on the release build: keystroke-to-preview
# latency, long tasks while typing, redraw per size, first preview, download.
# The pen on the release build: pointer to wet ink, stroke end to the
# export preview with 200 strokes (BENCH_ENGINES=chromium,firefox,webkit).
bench-pen: setup-test dist
	cargo test --test pen_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result'

bench-editor: setup-test dist
	cargo test --test editor_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result'

# Photos in headless Chromium on the release build: choosing a 12 or 48
# megapixel phone photo to the preview showing it, long tasks, peak memory.
bench-photo: setup-test dist
	cargo test --test photo_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result'

# The montage page in headless Chromium on the release build: reading by
# the pool, one worker and the browser's decoder; building an A1 grid and a
# 4K heart; memory for COUNTS="100 500 2000"; pledge-montage and
# ImageMagick on the same files (tests/montage_bench.rs).
bench-montage-page: setup-test dist
	scripts/setup.sh bench
	cargo build --release --bin pledge-montage
	cargo test --release --test montage_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# The check page in headless Chromium on the release build (ENGINE=firefox
# or webkit for another engine): the first check, a check after an edit,
# the default campaign's contact sheet (RUNS=3 sheets).
bench-check-page: setup-test dist
	cargo test --release --test check_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# Where the time goes when an image becomes a tile, natively: decoding,
# shrinking (thumbnail against resize and fast_image_resize), packing
# (tests/montage_resize_bench.rs).
bench-montage-resize:
	cargo test --release --test montage_resize_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# Handwriting natively: outlines and a board with 9 and with 200 strokes
# (tests/ink_bench.rs).
bench-ink:
	cargo test --release --test ink_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# Artwork layers natively: the example campaign with and without them.
bench-layers:
	cargo test --release --test layers_bench -- --ignored --nocapture 2>&1 | grep -E 'BENCH|test result|panicked'

# pledge-montage natively: one core against all, time and peak memory
# (scripts/montage-bench.sh; COUNTS="100 300" RUNS=3 by default).
bench-montage:
	scripts/setup.sh bench
	scripts/montage-bench.sh
