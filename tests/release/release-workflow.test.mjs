// The release workflow's dry run (scripts/release.mjs --dry-run), from the dist/ that `make test`
// built: every artefact of the release in its output folder, named with the version, with
// SHA256SUMS beside them that `sha256sum -c` accepts, and PUBLISHING.md naming each publishing
// step (npm, crates.io, WordPress.org's Subversion, the archive) with the credentials it needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../scripts/build-pkg.mjs';

const VERSION = version();
const dist = process.env.SAFE_EXIT_DIST || 'dist';
let work;
let out;
let printed;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'safe-exit-release-all-'));
  const copy = join(work, 'dist');
  for (const name of readdirSync(dist).filter((name) => !['release', 'publish', 'wordpress'].includes(name))) {
    cpSync(join(dist, name), join(copy, name), { recursive: true });
  }
  out = join(work, 'publish');
  const started = Date.now();
  printed = execFileSync('node', ['scripts/release.mjs', '--dry-run', '--out', out], {
    env: { ...process.env, SAFE_EXIT_DIST: copy },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(`release dry run: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('the dry run writes every artefact, SHA256SUMS beside them and PUBLISHING.md', () => {
  assert.deepEqual(readdirSync(out).sort(), [
    'PUBLISHING.md', 'SHA256SUMS',
    `safe-exit-${VERSION}.crate`, `safe-exit-${VERSION}.tar.gz`, `safe-exit-${VERSION}.tgz`, `safe-exit-${VERSION}.zip`,
    `safe-exit-wordpress-${VERSION}.zip`,
  ].sort());
  const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
  assert.equal(checked.trim().split('\n').length, readdirSync(out).length - 1, 'every other file is summed');
  assert.doesNotMatch(checked, /FAILED/);
});

test('the publishing steps name each registry, its command and the credentials it needs', () => {
  const steps = readFileSync(join(out, 'PUBLISHING.md'), 'utf8');
  assert.ok(printed.includes(steps), 'the steps are printed as written');
  for (const [where, needs] of [
    ['## 1. The archive', /write access/],
    ['## 2. npm', /npm publish safe-exit-[\d.]+\.tgz[\s\S]*two-factor/],
    ['## 3. crates.io', /cargo publish -p safe-exit[\s\S]*API token/],
    ['## 4. WordPress.org', /svn ci[\s\S]*SVN password/],
  ]) {
    const section = steps.split(/^## /m).find((part) => `## ${part}`.startsWith(where));
    assert.ok(section, `${where} is a step`);
    assert.match(section, needs, where);
  }
  assert.match(printed, /dry run/);
});
