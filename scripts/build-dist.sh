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

# The producers and target-features sections are for tools, not browsers. A fresh instance's
# memory is all zeros, and Rust puts its 1 MiB stack at the bottom of memory, growing down, so
# that only an overflow would reach the lowest KiB: telling wasm-opt both, and flattening and
# re-looping the control flow before running -Oz twice, saves 0.9 KiB gzip over a plain -Oz in
# the two files (wasm-opt 132). Last, the imports, exports and the import module get short
# names, written into the glue (scripts/rename-wasm-imports.mjs): optimise WASM OUT MAP GLUE.
optimise() {
  wasm-opt --zero-filled-memory --low-memory-unused --flatten --rereloop -Oz -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --strip-producers --strip-target-features --minify-imports-and-exports-and-modules "$1" -o "$2" > "$3"
  node scripts/rename-wasm-imports.mjs "$3" "$4"
}

# CARGO_TARGET_DIR and SAFE_EXIT_DIST choose other directories (the reproducibility test
# builds twice). Paths on the build machine are remapped, so that the wasm files (which name
# the source files of their dependencies in panic locations) are the same wherever they are
# built: `--config` adds to any rustflags of .cargo/config.toml instead of replacing them.
target="${CARGO_TARGET_DIR:-target}"
dist="${SAFE_EXIT_DIST:-dist}"

# A panic in the bundle stops the stage anyway (the loader then shows the fallback link in the
# interface's place, scripts/guard-wasm-traps.mjs), so its message and location are of no use
# on a survivor's phone: both stages are built with `-Cpanic=immediate-abort` and the standard
# library compiled from source with it, which leaves out the panic formatting and every panic
# message, location and `Debug` impl it reached (interface −14.1 KB gzip, first stage −2.3 KB,
# docs/performance.md). Both are unstable, hence RUSTC_BOOTSTRAP for this build only, on the
# 1.95 toolchain (docs/decisions/2026-12-02-unstable-build-flags.md); the library, its tests and a Yew app build on plain
# stable. The standard library's own `optimize_for_size` picks its smaller sort and formatting
# code (the widget sorts and formats a few dozen items at most): −1.9 KB gzip more.
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
# The glue's own default wasm URL is never used (the loader passes the wasm), but bundlers
# follow it: it must name the file the bundle ships.
sed -i "s|new URL('glue_bg.wasm', import.meta.url)|new URL('./safe-exit.wasm', import.meta.url)|" $target/bindgen/glue.js
sed -i "s|new URL('core_bg.wasm', import.meta.url)|new URL('./safe-exit-core.wasm', import.meta.url)|" $target/bindgen/core.js
grep -q "'./safe-exit.wasm'" $target/bindgen/glue.js && grep -q "'./safe-exit-core.wasm'" $target/bindgen/core.js
# The first stage's exit functions (static/exit-core.js: leave, hidePage, remember) are the
# loader's, which carries exit-core.js anyway: core.js gets them from the loader through
# `useExit` instead of importing a second copy from snippets/ (2.1 KiB gzip and one request
# less before the exit is armed). A Yew app, which uses the library without the loader, keeps
# the wasm-bindgen snippet.
sed -i -E "s#^import \{ ([A-Za-z, ]+) \} from '\./snippets/[^']+/static/exit-core\.js';\$#let \1;\nexport function useExit(exit) { ({ \1 } = exit); }#" $target/bindgen/core.js
if grep -q "snippets/" $target/bindgen/core.js || ! grep -q "^export function useExit" $target/bindgen/core.js; then
  echo "core.js still imports a snippet, or has no useExit: see scripts/build-dist.sh" >&2
  exit 1
fi
mkdir -p $dist/embed
cp $target/bindgen/glue.js $target/bindgen/core.js $dist/embed/
optimise $target/bindgen/glue_bg.wasm $dist/embed/safe-exit.wasm $target/bindgen/glue-names.txt $dist/embed/glue.js
node scripts/guard-wasm-traps.mjs $dist/embed/glue.js
optimise $target/bindgen/core_bg.wasm $dist/embed/safe-exit-core.wasm $target/bindgen/core-names.txt $dist/embed/core.js
# Only the interface's glue may still import snippets (it imports none today).
if grep -q "snippets/" $target/bindgen/glue.js; then cp -r $target/bindgen/snippets $dist/embed/snippets; fi
scripts/build-loader.sh $dist/embed/safe-exit.js
# Comments and long names are for readers of the source, not for a slow phone network: every
# script of the bundle is minified (about 7 KiB gzip less). The guard is a classic script.
for script in $dist/embed/*.js $(find $dist/embed -path "*/snippets/*.js"); do
  terser "$script" --module --compress --mangle -o "$script"
done
terser static/safe-exit-guard.js --compress --mangle -o $dist/embed/safe-exit-guard.js
# V8 compiles a function when it is first called, in the task that calls it: the exit's click
# or key press would wait for the loader's and the first stage's functions to compile (0.3 ms
# of the click task in a trace, docs/performance.md). This magic comment of V8's explicit
# compile hints (Chrome 136 and later; other engines ignore it) has every function of the file
# compiled with the script instead, while the page loads.
for script in $dist/embed/safe-exit.js $dist/embed/core.js; do
  sed -i '1i //# allFunctionsCalledOnLoad' "$script"
done
cp -r demo/. $dist/
# The built-in contacts as a file, for the configurator's editor to start from.
mkdir -p $dist/data && cp static/data/kz.json $dist/data/
