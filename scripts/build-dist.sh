#!/usr/bin/env bash
# Builds dist/: the demo partner page (index.html, configure.html) and the partner bundle in
# dist/embed/ with stable file names: safe-exit.js (the loader), glue.js and snippets/ (from
# wasm-bindgen), safe-exit.wasm (optimised with wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

cargo build --lib --release --locked --target wasm32-unknown-unknown
rm -rf target/bindgen dist
wasm-bindgen --target web --no-typescript --out-dir target/bindgen --out-name glue \
  target/wasm32-unknown-unknown/release/safe_exit.wasm
mkdir -p dist/embed
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/bindgen/glue_bg.wasm -o dist/embed/safe-exit.wasm
cp target/bindgen/glue.js dist/embed/glue.js
cp -r target/bindgen/snippets dist/embed/snippets
# The loader is exit-core.js (its exports made local) followed by loader.js: one request.
{ sed 's/^export //' static/exit-core.js; echo; cat static/loader.js; } > dist/embed/safe-exit.js
cp -r demo/. dist/
