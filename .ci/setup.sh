#!/usr/bin/env bash
# Installs everything Conway needs to build and test, idempotently: each step is
# skipped when the right version is already present, so a second run takes seconds.
#
# Only package registries are reachable (crates.io, npm, Debian, PyPI): nothing here
# downloads a prebuilt binary or a browser.
#   - Rust: wasm32 target, rustfmt, clippy (rustup), trunk and wasm-bindgen-cli (cargo install)
#   - Debian: chromium + chromium-driver (browser tests)
#   - npm (.ci/node, from the committed package-lock.json): binaryen (wasm-opt 132 as a
#     node script, used by trunk) and playwright-core (drives Debian's chromium)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=.ci/env.sh
source "$ROOT/.ci/env.sh"

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130" # must equal the `wasm-bindgen = "=..."` pin in Cargo.toml

log() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# --- Rust target and components -------------------------------------------------
installed_targets="$(rustup target list --installed)"
if grep -qx 'wasm32-unknown-unknown' <<<"$installed_targets"; then
  log "rust target wasm32-unknown-unknown: present"
else
  log "rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

installed_components="$(rustup component list --installed)"
for comp in rustfmt clippy; do
  if grep -q "^${comp}" <<<"$installed_components"; then
    log "rust component $comp: present"
  else
    log "rust component $comp: installing"
    rustup component add "$comp"
  fi
done

# --- trunk ----------------------------------------------------------------------
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  log "trunk $TRUNK_VERSION: present"
else
  log "trunk $TRUNK_VERSION: installing (found '${have_trunk:-none}'; takes ~7 min)"
  # Trunk 0.22 needs a newer rustc than this machine's; --locked keeps 0.21.14's deps.
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen-cli ---------------------------------------------------------------
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wbg" = "$WASM_BINDGEN_VERSION" ]; then
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (found '${have_wbg:-none}'; takes ~2 min)"
  # No --locked: its lock file names a webpki-roots version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- Chromium (Debian) ----------------------------------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  log "chromium + chromium-driver: present"
else
  log "chromium + chromium-driver: installing from Debian"
  apt_install chromium chromium-driver
fi

# --- Node tools (.ci/node) ------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node/npm: installing from Debian"
  apt_install nodejs npm
fi

NODE_DIR="$ROOT/.ci/node"
STAMP="$NODE_DIR/node_modules/.conway-lock-stamp"
want_stamp="$( (cat "$NODE_DIR/package-lock.json"; node --version) | sha256sum | awk '{print $1}')"
have_stamp="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$have_stamp" = "$want_stamp" ] && [ -x "$NODE_DIR/node_modules/.bin/wasm-opt" ]; then
  log "node tools (.ci/node): up to date with package-lock.json"
else
  log "node tools (.ci/node): npm ci"
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund)
  printf '%s\n' "$want_stamp" >"$STAMP"
fi

# --- Final check: the versions trunk will insist on ----------------------------------
wasm_opt_version="$(wasm-opt --version)"
case "$wasm_opt_version" in
  *"version 132"*) ;;
  *) echo "[setup] unexpected wasm-opt on PATH: $(command -v wasm-opt): $wasm_opt_version" >&2; exit 1 ;;
esac
log "ready: $(trunk --version), $(wasm-bindgen --version), $wasm_opt_version, $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?'), node $(node --version)"
