#!/usr/bin/env bash
# Installs what building and testing Safe Exit needs, from registries only (crates.io, npm,
# Debian), skipping whatever is already there: a second run takes seconds.
#   scripts/install-tools.sh          the build and test tools
#   scripts/install-tools.sh --size   also twiggy, for `make size-report`
#   scripts/install-tools.sh --wordpress-zip   also what `make wordpress` needs (msgfmt)
#   scripts/install-tools.sh --wordpress   also what `make test-wordpress` needs: Debian's
#     WordPress 6.1 with a block theme, MariaDB's binaries, PHP, unzip (sid's newest WordPress is
#     fetched by the suite itself, tests/wordpress/newest.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '== %s\n' "$*"; }
wasm_bindgen_version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
twiggy_version=0.8.0
export PATH="$HOME/.cargo/bin:$PATH"

# The compiler rust-toolchain.toml pins, with the components and target it lists: rustup (1.28
# or later) reads the file. A machine's one toolchain is often `stable` at the pinned version
# already: it gets the pinned name too (rustup names toolchains by version), so nothing is
# downloaded; only a machine with another compiler installs the pinned one.
rust_channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$rust_channel-"; then
  host=$(rustup run stable rustc -vV 2>/dev/null | sed -n 's/^host: //p' || true)
  if [ -n "$host" ] && rustup run stable rustc --version | grep -q "^rustc $rust_channel "; then
    step "naming the installed stable toolchain $rust_channel (rust-toolchain.toml)"
    ln -s "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/stable-$host" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$rust_channel-$host"
  else
    step "installing Rust $rust_channel (rust-toolchain.toml)"
    rustup toolchain install --no-self-update
  fi
fi
scripts/check-rustc.sh

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# `make lint`; rustup's minimal profile leaves them out. rust-src: the partner bundle's wasm is
# built with the standard library compiled from source (scripts/build-dist.sh).
for component in rustfmt clippy rust-src; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding the $component component"
    rustup component add "$component"
  fi
done


# The CLI must equal the crate version pinned in Cargo.toml, or it refuses the module.
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wasm_bindgen_version"; then
  step "installing wasm-bindgen-cli $wasm_bindgen_version (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

# Trunk, for the development page (index.html, Trunk.toml; `trunk serve`).
if ! trunk --version 2>/dev/null | grep -qx "trunk 0.21.14"; then
  step "installing trunk 0.21.14 (about 10 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

if [ "${1:-}" = "--size" ] && ! twiggy --version 2>/dev/null | grep -q " $twiggy_version$"; then
  step "installing twiggy $twiggy_version"
  cargo install twiggy --version "$twiggy_version" --locked
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "installing Debian's chromium and chromium-driver"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Debian's nginx, which tests/e2e/cache-rules.test.mjs runs with release/INSTALL.md's block in
# a configuration of its own (the test starts and stops its own nginx; the package's service is
# not needed).
if ! [ -x /usr/sbin/nginx ]; then
  step "installing Debian's nginx"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi

# The plugin's build (msgfmt; the zip is written by node) and a real WordPress to test it in.
case "${1:-}" in
  --wordpress-zip) wordpress_packages="gettext" ;;
  --wordpress) wordpress_packages="gettext unzip wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql" ;;
  *) wordpress_packages="" ;;
esac
if [ -n "$wordpress_packages" ]; then
  missing=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $wordpress_packages 2>/dev/null | awk '$1 == "ii" { print $2 }' | sort | comm -13 - <(tr ' ' '\n' <<< "$wordpress_packages" | sort) || true)
  if [ -n "$missing" ]; then
    step "installing Debian's" $missing
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

# The lowest PHP the plugin declares, which Debian does not have: WordPress Playground's CLI
# (PHP as WebAssembly, every version from npm, about 600 MB) in a cache folder of its own, so
# that the project's package.json stays as it is (tests/wordpress/php-lowest.test.mjs).
if [ "${1:-}" = "--wordpress" ]; then
  playground=${XDG_CACHE_HOME:-$HOME/.cache}/safe-exit/playground
  if [ ! -e "$playground/node_modules/.bin/wp-playground-cli" ]; then
    step "installing WordPress Playground's CLI into $playground"
    mkdir -p "$playground"
    npm install --prefix "$playground" --no-audit --no-fund --loglevel=error @wp-playground/cli@3.1.56 >/dev/null
  fi
fi

# The cross-engine tests (tests/engines/): Firefox, and WebKitGTK's driver with its MiniBrowser,
# which needs an X display (Xvfb).
if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null || ! command -v xwd >/dev/null || ! command -v xwininfo >/dev/null; then
  step "installing Debian's firefox-esr, webkit2gtk-driver, xvfb and the X tools the WebKit driver reads the screen with"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb x11-apps x11-utils >/dev/null
fi

# The release archive on a real web server (tests/release/apache.test.mjs): Debian's Apache,
# which the test runs on a loopback port with a copy of its configuration, never as the service.
if [ ! -x /usr/sbin/apache2 ]; then
  step "installing Debian's apache2"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends apache2 >/dev/null
fi

# npm ci only when package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm dev dependencies from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

cargo fetch --locked -q
