# Source this (bash) to get Conway's build tools on PATH:
#   source .ci/env.sh
# - ~/.cargo/bin: trunk, wasm-bindgen, cargo
# - .ci/node/node_modules/.bin: wasm-opt (npm binaryen 132), which trunk looks up on PATH
# - NODE_PATH: lets CommonJS `require('playwright-core')` resolve from .ci/node
#   (ES modules ignore NODE_PATH; see the Makefile for how e2e tests import it).
_conway_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
case ":$PATH:" in
  *":$_conway_root/.ci/node/node_modules/.bin:"*) ;;
  *) PATH="$_conway_root/.ci/node/node_modules/.bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$CARGO_HOME/bin:"*) ;;
  *) PATH="$CARGO_HOME/bin:$PATH" ;;
esac
export PATH
export NODE_PATH="$_conway_root/.ci/node/node_modules${NODE_PATH:+:$NODE_PATH}"
unset _conway_root
