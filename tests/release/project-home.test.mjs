// The project's public home (repository, homepage, issue tracker) is written once, in
// project-home.json, and every place that names it agrees with that file: the npm package
// (written by scripts/build-pkg.mjs), Cargo.toml and the plugin header (compared here, since no
// build writes them), INSTALL.md (written by scripts/build-release.mjs). While the home is not
// decided (null), none of them names an address, and no document names a code forge's page of
// the project: an address nobody decided is a dead link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOME_FIELDS, projectHome, sourceSentence } from '../../scripts/project-home.mjs';
import { buildPackage } from '../../scripts/build-pkg.mjs';

const home = projectHome();

/** The value of `key = "…"` in Cargo.toml's [package] table, or null. */
function cargoField(key) {
  const table = readFileSync('Cargo.toml', 'utf8').split(/^\[/m).find((part) => part.startsWith('package]'));
  return table.match(new RegExp(`^${key} = "([^"]*)"$`, 'm'))?.[1] ?? null;
}

test('project-home.json has the three fields, each an https:// address or null', () => {
  assert.deepEqual(Object.keys(home).sort(), [...HOME_FIELDS].sort());
});

test("Cargo.toml's repository and homepage are project-home.json's", () => {
  assert.equal(cargoField('repository'), home.repository);
  assert.equal(cargoField('homepage'), home.homepage);
  assert.doesNotMatch(readFileSync('Cargo.toml', 'utf8'), /^(repository|homepage)\.workspace/m, 'set in [package], from project-home.json');
});

test("the npm package's repository, homepage and bugs are project-home.json's", () => {
  const work = mkdtempSync(join(tmpdir(), 'safe-exit-home-'));
  try {
    const manifest = JSON.parse(readFileSync(join(buildPackage(join(work, 'pkg'), join(process.env.SAFE_EXIT_DIST || 'dist', 'embed')), 'package.json'), 'utf8'));
    assert.equal(manifest.repository?.url ?? null, home.repository && `git+${home.repository}`);
    assert.equal(manifest.homepage ?? null, home.homepage);
    assert.equal(manifest.bugs?.url ?? null, home.issues);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("the plugin header's Plugin URI is project-home.json's homepage", () => {
  const header = readFileSync('wordpress/safe-exit.php', 'utf8').match(/\/\*\*[\s\S]*?\*\//)[0];
  assert.equal(header.match(/^ \* Plugin URI:\s*(\S+)$/m)?.[1] ?? null, home.homepage);
});

test("INSTALL.md names the source repository as project-home.json says", () => {
  assert.ok(readFileSync('release/INSTALL.md', 'utf8').includes('{{SOURCE}}'), 'INSTALL.md takes the sentence from the build');
  assert.ok(sourceSentence(home).includes(home.repository ?? 'not decided'));
});

// Every document a partner, a translator or a developer reads.
const DOCUMENTS = ['README.md', 'crate-README.md', 'pkg-README.md', 'release/INSTALL.md', 'wordpress/readme.txt', 'CHANGELOG.md',
  ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const FORGE = /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|git\.sr\.ht|sr\.ht)\/[^\s)>"'`]*/gi;

test("no document names a code forge's address of the project other than its home", () => {
  const decided = HOME_FIELDS.map((field) => home[field]).filter(Boolean);
  for (const path of DOCUMENTS) {
    const named = (readFileSync(path, 'utf8').match(FORGE) || [])
      .filter((url) => /safe[-_]?exit/i.test(url) && !decided.some((address) => url.startsWith(address)));
    assert.deepEqual(named, [], `${path} names a forge address that project-home.json does not`);
  }
  if (home.repository) assert.ok(readFileSync('README.md', 'utf8').includes(home.repository), 'README.md names the repository');
});
