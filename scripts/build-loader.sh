#!/usr/bin/env bash
# Writes the loader, the one script a partner page includes, to the file given: exit-core.js
# (its exports made local) followed by loader.js, so that the page makes one request for both.
# The SHA-256 of the two wasm files beside OUT (safe-exit-core.wasm, safe-exit.wasm, already
# built) is written into it: the loader runs no wasm that does not match (static/loader.js,
# WASM_SHA256). The partner bundle (scripts/build-dist.sh) and the Trunk development page
# (scripts/trunk-post-build.sh) are given the same loader this way.
#   scripts/build-loader.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(dirname "$1")"
core="$(sha256sum "$dir/safe-exit-core.wasm" | cut -d' ' -f1)"
ui="$(sha256sum "$dir/safe-exit.wasm" | cut -d' ' -f1)"
{ sed 's/^export //' static/exit-core.js; echo; sed -e "s/'SAFE_EXIT_CORE_WASM_SHA256'/'$core'/" -e "s/'SAFE_EXIT_UI_WASM_SHA256'/'$ui'/" static/loader.js; } > "$1"
if grep -q "_WASM_SHA256'" "$1"; then
  echo "scripts/build-loader.sh: the wasm hashes were not written into $1 (see static/loader.js, WASM_SHA256)" >&2
  exit 1
fi
