#!/usr/bin/env bash
# Fails, saying what to do in one sentence, when `rustc` is not the compiler rust-toolchain.toml
# pins: the bundle's unstable flags and the reproducible release depend on that exact version.
#   scripts/check-rustc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pinned=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
found=$(rustc --version 2>/dev/null || echo "no rustc")
case "$found" in
  "rustc $pinned "*) ;;
  *)
    echo "This build needs rustc $pinned (rust-toolchain.toml) but found \"$found\": run scripts/install-tools.sh, with rustup on PATH and RUSTUP_TOOLCHAIN unset." >&2
    exit 1
    ;;
esac
