#!/usr/bin/env bash
# Writes the loader, the one script a partner page includes, to the file given: exit-core.js
# (its exports made local) followed by loader.js, so that the page makes one request for both.
# The partner bundle (scripts/build-dist.sh) and the Trunk development page
# (scripts/trunk-post-build.sh) are given the same loader this way.
#   scripts/build-loader.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
{ sed 's/^export //' static/exit-core.js; echo; cat static/loader.js; } > "$1"
