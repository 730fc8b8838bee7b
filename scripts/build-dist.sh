#!/usr/bin/env bash
# Builds dist/: the demo partner page (index.html, configure.html) and the partner bundle in
# dist/embed/ with stable file names: safe-exit.js (the loader); the first stage, core.js and
# safe-exit-core.wasm (the crate without its `ui` feature: the exit and the shortcut); the
# interface, glue.js and safe-exit.wasm. The two wasm files
# are the workspace's two entry crates, each built on its own so that features are not
# unified between them (the first stage must not get the library's `ui`). Both wasm files are
# optimised with wasm-opt -Oz, and every script minified with terser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/check-rustc.sh

# The producers and target-features sections are for tools, not browsers. A fresh instance's
# memory is all zeros, and Rust puts its 1 MiB stack at the bottom of memory, growing down, so
# that only an overflow would reach the lowest KiB: telling wasm-opt both, and flattening and
# re-looping the control flow before running -Oz twice, saves 0.9 KiB gzip over a plain -Oz in
# the two files (wasm-opt 132). Last, the imports, exports and the import module get short
# names, printed to a map the glue is rewritten from (scripts/rewrite-glue.mjs):
#   optimise WASM OUT MAP
optimise() {
  wasm-opt --zero-filled-memory --low-memory-unused --flatten --rereloop -Oz -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --strip-producers --strip-target-features --minify-imports-and-exports-and-modules "$1" -o "$2" > "$3"
}

# CARGO_TARGET_DIR and SAFE_EXIT_DIST choose other directories (the reproducibility test
# builds twice). Paths on the build machine are remapped, so that the wasm files (which name
# the source files of their dependencies in panic locations) are the same wherever they are
# built: `--config` adds to any rustflags of .cargo/config.toml instead of replacing them.
target="${CARGO_TARGET_DIR:-target}"
dist="${SAFE_EXIT_DIST:-dist}"

# A panic in the bundle stops the stage anyway (the loader then shows the fallback link in the
# interface's place: scripts/rewrite-glue.mjs, trapGuard), so its message and location are of
# no use on a survivor's phone: both stages are built with `-Cpanic=immediate-abort` and the
# standard library compiled from source with it, which leaves out the panic formatting and
# every panic message, location and `Debug` impl it reached (interface −14.1 KB gzip, first
# stage −2.3 KB, docs/performance.md). Both are unstable, hence RUSTC_BOOTSTRAP for this build
# only, on the compiler rust-toolchain.toml pins (checked above;
# docs/decisions/2026-12-02-unstable-build-flags.md); the library, its tests and a
# Yew app need no unstable feature. The standard library's own `optimize_for_size` picks its
# smaller sort and formatting code (the widget sorts and formats a few dozen items at most):
# −1.9 KB gzip more.
sysroot="$(rustc --print sysroot)"
remap="target.wasm32-unknown-unknown.rustflags=['--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo', '--remap-path-prefix=$PWD=/safe-exit', '--remap-path-prefix=$sysroot=/rust', '-Zunstable-options', '-Cpanic=immediate-abort']"
for entry in safe-exit-interface safe-exit-core; do
  CARGO_TARGET_DIR="$target" RUSTC_BOOTSTRAP=1 cargo build --config "$remap" -Zbuild-std=std,panic_abort \
    -Zbuild-std-features=optimize_for_size \
    -p $entry --release --locked --target wasm32-unknown-unknown
done
# Everything of dist/ but the other targets' outputs, which `make release` (dist/release,
# dist/publish) and `make wordpress` (dist/wordpress) write from this build: a `make pkg` or
# `make dist` after them must not delete them.
rm -rf "$target/bindgen"
mkdir -p "$dist"
find "$dist" -mindepth 1 -maxdepth 1 ! -name release ! -name publish ! -name wordpress -exec rm -rf {} +
wasm-bindgen --target web --no-typescript --out-dir $target/bindgen --out-name glue \
  $target/wasm32-unknown-unknown/release/safe_exit_interface.wasm
wasm-bindgen --target web --no-typescript --out-dir $target/bindgen --out-name core \
  $target/wasm32-unknown-unknown/release/safe_exit_core.wasm
mkdir -p $dist/embed
optimise $target/bindgen/glue_bg.wasm $dist/embed/safe-exit.wasm $target/bindgen/glue-names.txt
optimise $target/bindgen/core_bg.wasm $dist/embed/safe-exit-core.wasm $target/bindgen/core-names.txt
# Every change to the generated glue, and the minifying of every script, is one named step of
# scripts/rewrite-glue.mjs.
node scripts/rewrite-glue.mjs interface $target/bindgen/glue.js $dist/embed/glue.js $target/bindgen/glue-names.txt
node scripts/rewrite-glue.mjs core $target/bindgen/core.js $dist/embed/core.js $target/bindgen/core-names.txt
# The loader holds the hashes of the wasm files beside it (scripts/build-loader.sh).
scripts/build-loader.sh $dist/embed/safe-exit.js
node scripts/rewrite-glue.mjs loader $dist/embed/safe-exit.js $dist/embed/safe-exit.js
# Only the interface's glue may still import snippets (it imports none today).
if grep -q "snippets/" $target/bindgen/glue.js; then
  cp -r $target/bindgen/snippets $dist/embed/snippets
  for script in $(find $dist/embed/snippets -name "*.js"); do terser "$script" --module --compress --mangle -o "$script"; done
fi
# The guard is a classic script.
terser static/safe-exit-guard.js --compress --mangle -o $dist/embed/safe-exit-guard.js
cp -r demo/. $dist/
# The built-in contacts as a file, for the configurator's editor to start from.
mkdir -p $dist/data && cp static/data/kz.json $dist/data/
