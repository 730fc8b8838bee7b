#!/usr/bin/env bash
# Builds dist/wordpress/safe-exit.zip, the WordPress plugin: one folder safe-exit/ holding the
# plugin's source (wordpress/), its compiled translations, the partner bundle in embed/ and the
# configurator's contacts editor (demo/contacts-*.js) for the settings page.
# The bundle is copied here and only here, from SAFE_EXIT_BUNDLE (default dist/embed, which
# `make dist` writes), so that the plugin can ship another build of it (a release) unchanged.
# The zip is reproducible (scripts/zip-folder.mjs): its only timestamp is the commit's.
# SAFE_EXIT_WP_OUT (default dist/wordpress) chooses where it is written, SAFE_EXIT_WP_SOURCE
# (default wordpress) the plugin's sources. Needs msgfmt and node.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${SAFE_EXIT_BUNDLE:-dist/embed}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=${SAFE_EXIT_WP_OUT:-dist/wordpress}
stage=$out/safe-exit

[ -f "$bundle/safe-exit.js" ] || { echo "no bundle in $bundle: run make dist first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$stage"
cp -r "${SAFE_EXIT_WP_SOURCE:-wordpress}/." "$stage/"
cp -r "$bundle" "$stage/embed"
# The configurator's contacts editor, for the settings page: its scripts beside embed/ as in
# dist/ (the checker's worker loads embed/glue.js), and the built-in contacts to start from.
cp demo/contacts-editor.js demo/contacts-form.js demo/contacts-check-worker.js demo/contacts-locate.js demo/configure-language.js demo/configure-texts.js "$stage/"
mkdir -p "$stage/data" && cp static/data/kz.json "$stage/data/"
for licence in LICENSE*; do
  [ -f "$licence" ] && cp "$licence" "$stage/"
done
# One version, the crate's: in the plugin header, the constant the asset URLs carry, the readme.
sed -i -e "s/^\( \* Version: *\).*/\1$version/" -e "s/^const SAFE_EXIT_VERSION = '.*';/const SAFE_EXIT_VERSION = '$version';/" "$stage/safe-exit.php"
sed -i -e "s/^Stable tag: .*/Stable tag: $version/" "$stage/readme.txt"
# WordPress reads compiled catalogues only.
for po in "$stage"/languages/*.po; do
  msgfmt --check --output-file="${po%.po}.mo" "$po"
done
node scripts/zip-folder.mjs "$out" safe-exit "$out/safe-exit.zip"
echo "wrote $out/safe-exit.zip ($(wc -c < "$out/safe-exit.zip") bytes)"
