// The release archives are reproducible: built twice from the same commit, into two target
// directories (target/, as `make dist` left it, and target/repro, which a fresh clone builds
// from scratch), they are byte-identical. And they hold what INSTALL.md promises: the bundle
// under safe-exit/VERSION/, sums and integrity values that match, and no path of the machine
// that built them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../scripts/build-pkg.mjs';

const VERSION = version();
const ARCHIVES = [`safe-exit-${VERSION}.zip`, `safe-exit-${VERSION}.tar.gz`];
// The folders of dist/ that other targets write (make release, make release-all, make wordpress).
const OTHER_OUTPUTS = ['release', 'publish', 'wordpress'];

let work;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'safe-exit-release-'));
  // Read once: a commit made while the test runs must not give the two builds two times.
  const SOURCE_DATE_EPOCH = process.env.SOURCE_DATE_EPOCH || execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  for (const [name, target] of [['a', 'target'], ['b', 'target/repro']]) {
    const env = { ...process.env, SOURCE_DATE_EPOCH, CARGO_TARGET_DIR: target, SAFE_EXIT_DIST: join(work, name) };
    // What `make wordpress` and `make release` wrote before: a build of dist/ keeps it.
    for (const output of OTHER_OUTPUTS) {
      mkdirSync(join(work, name, output), { recursive: true });
      writeFileSync(join(work, name, output, 'earlier'), output);
    }
    execFileSync('scripts/build-dist.sh', { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('node', ['scripts/build-release.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

const files = (dir, prefix = '') =>
  readdirSync(join(dir, prefix)).sort().flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? files(dir, path) : [path];
  });

test("a build of dist/ keeps the other targets' outputs (make pkg after make release or make wordpress)", () => {
  for (const output of OTHER_OUTPUTS) assert.equal(readFileSync(join(work, 'a', output, 'earlier'), 'utf8'), output, `dist/${output} was kept`);
});

test('two builds in two target directories give byte-identical archives', () => {
  const differing = files(join(work, 'a', 'embed')).filter(
    (path) => !readFileSync(join(work, 'a', 'embed', path)).equals(readFileSync(join(work, 'b', 'embed', path))),
  );
  assert.deepEqual(differing, [], 'bundle files that differ between the two builds');
  for (const archive of ARCHIVES) {
    const [a, b] = ['a', 'b'].map((name) => readFileSync(join(work, name, 'release', archive)));
    assert.ok(a.equals(b), `${archive} differs between the two builds`);
  }
});

test('both archives hold the same files: the bundle under safe-exit/VERSION/, INSTALL.md, the snippet, licences, sums, integrity', () => {
  const unpacked = { zip: join(work, 'zip'), tar: join(work, 'tar') };
  execFileSync('unzip', ['-q', join(work, 'a', 'release', ARCHIVES[0]), '-d', unpacked.zip]);
  execFileSync('mkdir', ['-p', unpacked.tar]);
  execFileSync('tar', ['-xzf', join(work, 'a', 'release', ARCHIVES[1]), '-C', unpacked.tar]);
  const root = `safe-exit-${VERSION}`;
  const listed = files(join(unpacked.zip, root));
  assert.deepEqual(files(join(unpacked.tar, root)), listed);
  const bundle = files(join(work, 'a', 'embed')).map((path) => `safe-exit/${VERSION}/${path}`);
  const configurator = listed.filter((path) => path.startsWith('configurator/'));
  assert.ok(listed.includes('apache/safe-exit.conf'), 'the Apache settings are in the archive');
  assert.ok(configurator.includes('configurator/index.html'), 'the configurator is in the archive');
  assert.deepEqual(listed, [...bundle, ...configurator, 'INSTALL.md', 'apache/safe-exit.conf', 'LICENSE-APACHE', 'LICENSE-MIT', 'SHA256SUMS', 'integrity.json', 'snippet.html'].sort());

  const dir = join(unpacked.zip, root);
  const read = (path) => readFileSync(join(dir, path));
  const sums = read('SHA256SUMS').toString().trim().split('\n');
  assert.deepEqual(sums.map((line) => line.slice(66)), listed.filter((path) => path !== 'SHA256SUMS'));
  for (const line of sums) assert.equal(createHash('sha256').update(read(line.slice(66))).digest('hex'), line.slice(0, 64), line);

  const integrity = JSON.parse(read('integrity.json'));
  assert.deepEqual(Object.keys(integrity), bundle.filter((path) => path.endsWith('.js')));
  for (const [path, value] of Object.entries(integrity)) {
    assert.equal(value, `sha384-${createHash('sha384').update(read(path)).digest('base64')}`, path);
  }
  const install = read('INSTALL.md').toString();
  assert.doesNotMatch(install, /\{\{/, 'a placeholder of release/INSTALL.md was left unfilled');
  assert.ok(install.includes(integrity[`safe-exit/${VERSION}/safe-exit.js`]), 'INSTALL.md gives the loader integrity value');
  assert.match(read('snippet.html').toString(), new RegExp(`src="/safe-exit/${VERSION.replaceAll('.', '\\.')}/safe-exit\\.js"`));
});

test('no file of the release names a path of the machine that built it', () => {
  const machine = [resolve('.'), homedir(), process.env.CARGO_HOME].filter(Boolean);
  for (const path of files(join(work, 'a', 'embed'))) {
    const text = readFileSync(join(work, 'a', 'embed', path)).toString('latin1');
    for (const prefix of machine) assert.ok(!text.includes(prefix), `${path} names ${prefix}`);
  }
});
