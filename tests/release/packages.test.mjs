// The npm package as it would be published: packed by npm from the bundle (scripts/build-pkg.mjs),
// `npm publish --dry-run` without a warning, publint without a message of any level and
// arethetypeswrong without a problem for ESM importers (scripts/release.mjs's checkNpm, which the
// release runs too). And webpack's size warning: webpack 5 warns about the interface's wasm in a
// production build with no configuration, and the one-line setting pkg-README.md gives silences it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkNpm, packNpm } from '../../scripts/release.mjs';

let work;
let tarball;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'safe-exit-packages-'));
  tarball = packNpm(join(process.env.SAFE_EXIT_DIST || 'dist', 'embed'), work);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('npm publish --dry-run, publint and arethetypeswrong find nothing to say of the package', async () => {
  const said = await checkNpm(tarball);
  assert.match(said.publish, /safe-exit@\d/, 'npm publish --dry-run packed the package');
  // attw exits non-zero on a problem its ESM-only profile does not ignore; it shows the rest.
  assert.match(said.attw, /node16 \(from ESM\): 🟢/, said.attw);
  assert.match(said.attw, /bundler: 🟢/, said.attw);
});

/** webpack 5's production build of an app that imports the package; its printed output. */
function webpack(app) {
  const cli = resolve('node_modules/webpack-cli/bin/cli.js');
  return execFileSync('node', [cli, '--mode', 'production', '--stats', 'errors-warnings'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test("webpack's size warning for the wasm, and the documented setting that silences it", () => {
  const app = join(work, 'webpack-app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'src', 'index.js'), "import 'safe-exit';\n");
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: app, stdio: 'ignore' });

  const warned = webpack(app);
  assert.match(warned, /WARNING in asset size limit/, warned);
  assert.match(warned, /\.wasm/, 'the asset warned about is a wasm file');

  // The config of pkg-README.md, as it is written there.
  const readme = readFileSync('pkg-README.md', 'utf8');
  const config = readme.match(/```js\n(\/\/ webpack\.config\.js[\s\S]*?)```/)?.[1];
  assert.ok(config, 'pkg-README.md gives a webpack.config.js');
  assert.equal(config.trim().split('\n').filter((line) => !line.startsWith('//')).length, 1, 'the setting is one line');
  writeFileSync(join(app, 'webpack.config.js'), config);
  const silent = webpack(app);
  assert.doesNotMatch(silent, /WARNING/, silent);
});
