// The plugin's zip is reproducible: built twice from the same commit (the second time from a
// copy of the plugin's sources with other file times), the bytes are the same, every entry's
// time is the commit's, and it holds one folder safe-exit/ with the catalogues WordPress looks
// for (named by WordPress locale) compiled. Needs dist/embed (make dist), msgfmt and unzip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let work;
const SOURCE_DATE_EPOCH = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
const build = (name, source = 'wordpress') => {
  const out = join(work, name);
  const env = { ...process.env, SOURCE_DATE_EPOCH, SAFE_EXIT_WP_OUT: out, SAFE_EXIT_WP_SOURCE: source };
  execFileSync('scripts/build-wordpress.sh', { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync(join(out, 'safe-exit.zip'));
};
const touchAll = (dir, when) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) touchAll(path, when);
    utimesSync(path, when, when);
  }
};

before(() => (work = mkdtempSync(join(tmpdir(), 'safe-exit-wp-zip-'))));
after(() => rmSync(work, { recursive: true, force: true }));

test('two builds of the same commit give the same bytes, whatever the files’ own times', () => {
  const first = build('a');
  // Other file times in the sources (as a fresh clone has): nothing of them may reach the zip.
  const copy = join(work, 'source');
  cpSync('wordpress', copy, { recursive: true });
  touchAll(copy, new Date('2001-02-03T04:05:06Z'));
  const second = build('b', copy);
  assert.ok(first.equals(second), 'the two zips differ');
});

test('one folder safe-exit/, every entry dated at the commit, the catalogues named by WordPress locale', () => {
  const listing = execFileSync('unzip', ['-Z', '-T', join(work, 'a', 'safe-exit.zip')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
    .split('\n')
    .filter((line) => /^[-d]/.test(line));
  const commit = new Date(Number(SOURCE_DATE_EPOCH) * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  // DOS times count in 2-second steps.
  const stamp = `${commit.getUTCFullYear()}${pad(commit.getUTCMonth() + 1)}${pad(commit.getUTCDate())}.${pad(commit.getUTCHours())}${pad(commit.getUTCMinutes())}${pad(commit.getUTCSeconds() & ~1)}`;
  const paths = listing.map((line) => line.split(/\s+/).pop());
  for (const line of listing) assert.ok(line.includes(stamp), `${line} is not dated ${stamp}`);
  assert.ok(paths.every((path) => path.startsWith('safe-exit/')), 'one top folder');
  for (const file of ['safe-exit/safe-exit.php', 'safe-exit/readme.txt', 'safe-exit/embed/safe-exit.js', 'safe-exit/languages/safe-exit-ru_RU.mo', 'safe-exit/languages/safe-exit-kk.mo', 'safe-exit/contacts-editor.js', 'safe-exit/contacts-form.js', 'safe-exit/contacts-check-worker.js', 'safe-exit/contacts-locate.js', 'safe-exit/configure-language.js', 'safe-exit/configure-texts.js', 'safe-exit/data/kz.json']) {
    assert.ok(paths.includes(file), `${file} is in the zip`);
  }
});
