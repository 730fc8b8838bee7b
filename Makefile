# Safe Exit. On a new machine, `make demo` and `make test` are all you need: each installs
# what is missing first (scripts/install-tools.sh).
.PHONY: demo test test-trunk dist pkg release release-all test-release bench size-report screenshots tools lint test-native test-browser test-example test-e2e check-size clean wordpress wordpress-pot test-wordpress translations

PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

tools:
	@scripts/install-tools.sh

dist: tools
	scripts/build-dist.sh

## Builds the demo and serves it on http://127.0.0.1:$(PORT)
demo: dist
	node scripts/serve.mjs dist $(PORT)

## Every test: native unit tests, wasm tests in headless Chromium, Playwright end-to-end.
test: dist
	$(MAKE) --no-print-directory lint test-native test-browser test-example test-e2e test-trunk test-engines test-release test-wordpress check-size

# Formatting (rustfmt.toml) and clippy with warnings as errors, missing docs among them, for
# every crate and target: natively, and for wasm32 each package in its own invocation, since
# features are unified within one and the first stage must build without `ui`.
CLIPPY := cargo clippy --locked
# The first stage's size idioms (docs/size-idioms.md): crates/safe-exit-core/clippy.toml lists
# them, and they are off but where the first stage's crate and modules turn them on (src/lib.rs),
# so that build scripts linted in the same run keep std's formatting.
SIZE_IDIOMS_OFF := -A clippy::disallowed_macros -A clippy::disallowed_methods
CLIPPY_WASM := $(CLIPPY) --target wasm32-unknown-unknown
lint:
	cargo fmt --all --check
	cargo fmt --check --manifest-path examples/yew-app/Cargo.toml
	$(CLIPPY) --workspace --all-targets -- -D warnings
	$(CLIPPY_WASM) -p safe-exit --all-targets -- -D warnings
	$(CLIPPY_WASM) -p safe-exit --no-default-features -- -D warnings
	CLIPPY_CONF_DIR=$(CURDIR)/crates/safe-exit-core $(CLIPPY_WASM) -p safe-exit-core -- -D warnings $(SIZE_IDIOMS_OFF)
	$(CLIPPY_WASM) -p safe-exit-interface -- -D warnings
	$(CLIPPY_WASM) --manifest-path examples/yew-app/Cargo.toml --target-dir $(CURDIR)/target -- -D warnings

test-native:
	cargo test --locked --all-targets

# The element's two stages and the Yew component, in headless Chromium.
test-browser:
	CHROMEDRIVER="$$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test browser --test browser_core

# The Yew example app must keep compiling against the library's component API, and must not
# export the partner bundle's entry points (the library itself exports nothing to JavaScript).
test-example:
	cargo build --locked --manifest-path examples/yew-app/Cargo.toml --target-dir $(CURDIR)/target --target wasm32-unknown-unknown
	node scripts/no-bundle-exports.mjs target/wasm32-unknown-unknown/debug/safe-exit-yew-example.wasm


# The exit URL rule's JavaScript and PHP copies judge the URLs the property tests generate
# (tests/properties.rs writes them under target/tmp; a second, once the test is built).
GENERATED_URLS := cargo test --locked --test properties generated_urls_are_written_for_the_other_judges

test-e2e:
	$(GENERATED_URLS)
	node --test --test-concurrency=1 tests/e2e/

# The survivor's promises in Chromium, Firefox and WebKitGTK, through one driver layer
# (tests/engines/drivers/); the WebKit driver starts and stops its own Xvfb and WebKitWebDriver.
# SAFE_EXIT_ENGINES=firefox (a comma-separated list) runs fewer engines.
.PHONY: test-engines
test-engines:
	node --test --test-concurrency=1 tests/engines/

# The paint and history tests ENGINES_RUNS times in a row per engine (default 20), with the
# count of partner frames seen per engine and case, and the hidden-frame timing
# (scripts/engines-repeat.mjs). Measures; fails nothing by itself.
.PHONY: engines-repeat
engines-repeat:
	node scripts/engines-repeat.mjs

check-size:
	node scripts/check-size.mjs

# The Trunk development page (index.html, Trunk.toml) built from a clean output directory, and
# its widget armed, shown and leaving in Chromium. Its own target directory: the bundle is built
# with remapped paths (scripts/build-dist.sh), and sharing target/ would rebuild both each time.
.PHONY: test-trunk
test-trunk: tools
	rm -rf target/trunk-dist
	CARGO_TARGET_DIR=$(CURDIR)/target/trunk trunk build --release
	node --test --test-concurrency=1 tests/trunk/

# The release archives built twice (target/ and target/repro) must be byte-identical, and the
# documented public API (docs/api.md) must match the names in the code. The archive's
# configurator makes a contacts file the widget loads; the archive on Debian's Apache; the npm
# package and the crate as their registries' dry runs see them; the release workflow's dry run.
# Like test-e2e, it uses the dist/ already built.
test-release:
	node --test --test-concurrency=1 tests/release/

## The WordPress plugin, dist/wordpress/safe-exit.zip, with the bundle of dist/embed/.
## Needs msgfmt only: no WordPress or MariaDB (those are `make test-wordpress`'s).
wordpress: dist
	@scripts/install-tools.sh --wordpress-zip
	scripts/build-wordpress.sh

## Refreshes the plugin's translation template from its PHP sources.
wordpress-pot:
	scripts/wordpress-pot.sh

# The plugin in a real WordPress, set up and torn down by the suite itself (tests/wordpress/site.mjs:
# a private MariaDB, php -S, nothing written outside a scratch folder): Debian 12's 6.1, then sid's
# newest with Twenty Twenty-Five, fetched by apt into a cache folder on the first run
# (tests/wordpress/newest.sh). First the exit rule's PHP port against the shared corpus and the
# property tests' generated URLs, the review check (what WordPress.org's review would flag), the
# zip's reproducibility, and the lowest PHP the plugin declares (WordPress Playground's PHP as
# WebAssembly). Like test-e2e, it uses the dist/ already built (by `make test`).
test-wordpress:
	@scripts/install-tools.sh --wordpress
	scripts/build-wordpress.sh
	$(GENERATED_URLS)
	php tests/wordpress/exit-urls.php
	php tests/wordpress/review.php dist/wordpress/safe-exit
	node --test --test-concurrency=1 tests/wordpress/review.test.mjs tests/wordpress/zip.test.mjs tests/wordpress/php-lowest.test.mjs
	SAFE_EXIT_WORDPRESS=debian node --test --test-concurrency=1 tests/wordpress/plugin.test.mjs
	SAFE_EXIT_WORDPRESS=sid node --test --test-concurrency=1 tests/wordpress/plugin.test.mjs

## The npm package for bundlers, into pkg/: the bundle of dist/embed with types and package.json.
pkg: dist
	node scripts/build-pkg.mjs

## The release a partner downloads: dist/release/safe-exit-VERSION.zip and .tar.gz, reproducible
## (the only timestamp is the commit's). Layout and contents: release/INSTALL.md.
release: dist
	node scripts/build-release.mjs

## A release, in one command: `make test`, then every artefact (the archives, the npm package,
## the crate, the WordPress plugin) with SHA256SUMS beside them into dist/publish/, checked by
## their registries' dry runs, and the publishing steps with their credentials
## (dist/publish/PUBLISHING.md; docs/releasing.md). It publishes nothing.
release-all: tools
	@scripts/install-tools.sh --wordpress
	node scripts/release.mjs

## Exit latency (to the request and to a loopback server), armed time on Regular 3G for every form of
## the snippet at CPU 1× and 4×, bytes and memory, against GOV.UK's Exit this page (about 8 min).
bench: dist
	node scripts/bench.mjs

## What each crate costs in the two wasm files (twiggy).
size-report: dist
	@scripts/install-tools.sh --size
	node scripts/size-report.mjs

## Screenshots of the demo at 360x740 and 1280x800 in each language, into docs/screenshots/.
screenshots: dist
	node scripts/screenshots.mjs

## Extracts po/safe-exit.pot from the English messages and merges it into po/*.po (msgmerge-like).
translations:
	cargo run --locked --quiet --bin translations

clean:
	rm -rf dist pkg target/bindgen
