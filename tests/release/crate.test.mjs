// The library as it would be published on crates.io: `cargo package` ships what a Yew developer
// builds from (the sources, what build.rs and wasm-bindgen read, the readme and the licences) and
// nothing of the repository's tests, demo, docs, screenshots or WordPress plugin; the manifest
// has its readme, keywords and categories and asks docs.rs for wasm32; `cargo publish
// --dry-run` builds the packed crate (scripts/release.mjs's checkCrate, which the release runs
// too); and an app that names `SafeExit` in a host build is told by rustc that it is for wasm32.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkCrate, packCrate } from '../../scripts/release.mjs';
import { version } from '../../scripts/build-pkg.mjs';

const cargo = (...args) => execFileSync('cargo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('cargo package ships the library, build inputs, readme and licences, and nothing else', () => {
  const listed = cargo('package', '--list', '-p', 'safe-exit', '--locked', '--allow-dirty').trim().split('\n');
  for (const path of ['src/lib.rs', 'src/bin/check_data.rs', 'build.rs', 'build/po.rs', 'static/exit-core.js', 'static/widget.css',
    'static/data/kz.json', 'po/kk.po', 'po/ru.po', 'po/safe-exit.pot', 'crate-README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'Cargo.toml']) {
    assert.ok(listed.includes(path), `${path} is packed`);
  }
  const allowed = /^(src\/.*\.rs|build\.rs|build\/po\.rs|static\/(exit-core\.js|widget\.css|data\/kz\.json)|po\/(kk|ru)\.po|po\/safe-exit\.pot|crate-README\.md|LICENSE-(MIT|APACHE)|Cargo\.toml(\.orig)?|Cargo\.lock|\.cargo_vcs_info\.json)$/;
  assert.deepEqual(listed.filter((path) => !allowed.test(path)), [], 'files a Yew developer does not build from');
});

test('the manifest has a readme, keywords and categories, and docs.rs builds it for wasm32', () => {
  const [manifest] = JSON.parse(cargo('metadata', '--no-deps', '--format-version', '1', '--locked')).packages.filter((p) => p.name === 'safe-exit');
  assert.equal(manifest.readme, 'crate-README.md');
  assert.ok(manifest.keywords.length >= 3 && manifest.keywords.length <= 5, 'crates.io takes at most five keywords');
  assert.ok(manifest.keywords.includes('yew'));
  assert.ok(manifest.categories.includes('wasm'));
  assert.deepEqual(manifest.metadata.docs.rs.targets, ['wasm32-unknown-unknown']);
});

test('cargo publish --dry-run packs and builds the crate, and the .crate is small', () => {
  const out = mkdtempSync(join(tmpdir(), 'safe-exit-crate-'));
  try {
    const crate = packCrate(out, { allowDirty: true, verify: false });
    const bytes = statSync(crate).size;
    console.log(`safe-exit-${version()}.crate: ${(bytes / 1024).toFixed(1)} KiB`);
    assert.ok(bytes < 512 * 1024, `${bytes} bytes: something large was packed`);
    checkCrate({ allowDirty: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("a host build that names SafeExit is told it is for wasm32, with the command to use", () => {
  // The library as the native tests build it (no rebuild when they have run), and a program
  // that names the component, compiled against it by rustc as cargo would.
  const built = cargo('build', '--lib', '-p', 'safe-exit', '--locked', '--message-format=json').trim().split('\n').map((line) => JSON.parse(line));
  const rlib = built.find((m) => m.reason === 'compiler-artifact' && m.target.name === 'safe_exit' && m.target.kind.includes('lib')).filenames.find((f) => f.endsWith('.rlib'));
  const app = mkdtempSync(join(tmpdir(), 'safe-exit-host-app-'));
  try {
    writeFileSync(join(app, 'main.rs'), 'use safe_exit::SafeExit;\n\nfn main() {\n    let _ = std::any::type_name::<SafeExit>();\n}\n');
    let stderr = '';
    try {
      execFileSync('rustc', ['--edition', '2021', '--crate-type', 'bin', '--emit', 'metadata', '-o', join(app, 'main.rmeta'), '--extern', `safe_exit=${rlib}`,
        '-L', `dependency=${join(resolve('target'), 'debug', 'deps')}`, join(app, 'main.rs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      stderr = error.stderr;
    }
    assert.match(stderr, /unresolved import `safe_exit::SafeExit`/, stderr);
    assert.match(stderr, /wasm32 only: cargo check --target wasm32-unknown-unknown/, stderr);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
