#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): gives the development page the partner bundle's file
# names, so that it is the unchanged loader (static/loader.js) that loads the two stages, as on a
# partner's page. Trunk names each crate's wasm-bindgen output after its package; the loader
# imports ./core.js and ./safe-exit-core.wasm (the first stage), ./glue.js and ./safe-exit.wasm
# (the interface), beside itself. Trunk sets TRUNK_STAGING_DIR, the directory it is about to
# publish.
set -euo pipefail
cd "$(dirname "$0")/.."
stage="${TRUNK_STAGING_DIR:?run by Trunk (trunk build, trunk serve)}"
mv "$stage/safe-exit-core.js" "$stage/core.js"
mv "$stage/safe-exit-core_bg.wasm" "$stage/safe-exit-core.wasm"
mv "$stage/safe-exit-interface.js" "$stage/glue.js"
node scripts/rewrite-glue.mjs "development interface" "$stage/glue.js" "$stage/glue.js"
mv "$stage/safe-exit-interface_bg.wasm" "$stage/safe-exit.wasm"
scripts/build-loader.sh "$stage/safe-exit.js"
cp static/safe-exit-guard.js "$stage/safe-exit-guard.js"
