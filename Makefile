# Conway's two commands: `make run` and `make test`. Every tool is installed
# by .ci/setup.sh on first use and skipped after.

SHELL := /bin/bash
export PATH := $(CURDIR)/.ci/node/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Browser tests import playwright-core from the project-local node folder.
export NODE_PATH := $(CURDIR)/.ci/node/node_modules

.PHONY: run test setup build check e2e bench clean

setup:
	@bash .ci/setup.sh

## Builds the release build and serves it at http://127.0.0.1:8080.
run: build
	@echo "Conway is at http://127.0.0.1:8080"
	trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port 8080

build: setup
	trunk build --release --offline

## Everything CI runs: format, Rust tests, clippy (native and wasm32), release build, browser tests.
test: setup check build e2e

check:
	cargo fmt --check
	cargo test --all-targets
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

e2e:
	node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist
