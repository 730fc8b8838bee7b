#!/usr/bin/env bash
# Builds dist/: the demo partner page (index.html, configure.html) and the partner bundle in
# dist/embed/ with stable file names: safe-exit.js (the loader); the first stage, core.js and
# safe-exit-core.wasm (the crate without its `ui` feature: the exit and the shortcut); the
# interface, glue.js and safe-exit.wasm; snippets/ (from wasm-bindgen). Both wasm files are
# optimised with wasm-opt -Oz, and every script minified with terser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The producers and target-features sections are for tools, not browsers.
optimise() {
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --strip-producers --strip-target-features "$1" -o "$2"
}

cargo build --lib --release --locked --target wasm32-unknown-unknown
# The first stage has a target directory of its own, so neither build undoes the other.
CARGO_TARGET_DIR=target/core cargo build --lib --release --locked --target wasm32-unknown-unknown --no-default-features
rm -rf target/bindgen dist
wasm-bindgen --target web --no-typescript --out-dir target/bindgen --out-name glue \
  target/wasm32-unknown-unknown/release/safe_exit.wasm
wasm-bindgen --target web --no-typescript --out-dir target/bindgen --out-name core \
  target/core/wasm32-unknown-unknown/release/safe_exit.wasm
mkdir -p dist/embed
optimise target/bindgen/glue_bg.wasm dist/embed/safe-exit.wasm
optimise target/bindgen/core_bg.wasm dist/embed/safe-exit-core.wasm
cp target/bindgen/glue.js target/bindgen/core.js dist/embed/
cp -r target/bindgen/snippets dist/embed/snippets
# The loader is exit-core.js (its exports made local) followed by loader.js: one request.
{ sed 's/^export //' static/exit-core.js; echo; cat static/loader.js; } > dist/embed/safe-exit.js
# Comments and long names are for readers of the source, not for a slow phone network: every
# script of the bundle is minified (about 7 KiB gzip less).
for script in dist/embed/*.js dist/embed/snippets/*/static/*.js; do
  terser "$script" --module --compress --mangle -o "$script"
done
cp -r demo/. dist/
# The built-in contacts as a file, for the configurator's editor to start from.
mkdir -p dist/data && cp static/data/kz.json dist/data/
