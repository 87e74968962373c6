# Conway's two commands: `make run` and `make test`. Every tool is installed
# by .ci/setup.sh on first use and skipped after (a second run takes ~1 s).

SHELL := /bin/bash
# trunk finds wasm-opt (npm binaryen 132, a node script) on PATH; trunk and
# wasm-bindgen live in ~/.cargo/bin. Same as `source .ci/env.sh` in a shell.
export PATH := $(CURDIR)/.ci/node/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Browser tests (tests/e2e/*.test.mjs, run by `node --test`) get playwright-core
# from the project-local node folder .ci/node/node_modules. ES `import` ignores
# NODE_PATH, so a test module imports it one of these two ways (both verified):
#   import { chromium } from "../../.ci/node/node_modules/playwright-core/index.mjs";
# or, relying on the NODE_PATH exported here (CommonJS resolution honours it):
#   import { createRequire } from "node:module";
#   const { chromium } = createRequire(import.meta.url)("playwright-core");
# Launch Debian's browser, never a downloaded one:
#   chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox",
#     "--disable-gpu", "--disable-background-networking", "--disable-component-update",
#     "--disable-sync", "--no-first-run"] })
# `node --test tests/e2e/` runs files named *.test.mjs / *.test.js (and test-*.mjs,
# *_test.mjs, *-test.mjs); helpers such as harness.mjs are not run as tests.
export NODE_PATH := $(CURDIR)/.ci/node/node_modules

.PHONY: run test setup build check e2e clean bench

setup:
	@bash .ci/setup.sh

## Builds the release build and serves it at http://127.0.0.1:8080.
run: build
	@echo "Conway is at http://127.0.0.1:8080"
	trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port 8080

## Release build into dist/ (wasm-opt -Oz; the post_build hook fills dist/sw.js).
build: setup
	cargo fetch
	trunk build --release --offline

## Everything CI runs, in order: format, Rust tests, clippy (native and wasm32),
## release build, browser tests.
test: setup check build e2e

check:
	cargo fmt --all --check
	cargo test --workspace --all-targets
	cargo test --workspace --doc
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p conway --target wasm32-unknown-unknown --lib --bins -- -D warnings

e2e:
	node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist

## Measures load, drag frame times at 1,000 and 5,000 elements, import of 10,000 and autosave of 1,000,
## and auto-layout, in headless Chromium; writes docs/benchmarks.md.
bench: build
	node tests/bench/run.mjs
