// The review check (tests/wordpress/review.php) passes the plugin, and flags each thing
// WordPress.org's review would in a plugin made of them (tests/wordpress/review-fixture/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const review = (dir) => spawnSync('php', ['tests/wordpress/review.php', dir], { encoding: 'utf8' });

test('the plugin passes the review check', () => {
  const { status, stdout, stderr } = review('wordpress');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /nothing WordPress\.org's review would flag/);
});

test('the review check flags each problem of the fixture, at its line', () => {
  const { status, stderr } = review('tests/wordpress/review-fixture');
  assert.equal(status, 1);
  const expected = [
    'bad.php:1: direct-access',
    'bad.php:4: prefix: global name `helper`',
    'bad.php:6: prefix: global variable `$site`',
    'bad.php:9: escape-output: printed without escaping: $value',
    'bad.php:10: escape-output',
    'bad.php:11: escape-output: _e()',
    'bad.php:12: text-domain',
    'bad.php:13: translators-comment',
    'bad.php:17: sanitize-input: $_POST',
    'bad.php:17: nonce: $_POST',
    'bad.php:18: sanitize-input: $_FILES',
    'bad.php:18: nonce: $_FILES',
    'bad.php:19: forbidden-function: file_get_contents()',
    'bad.php:20: forbidden-function: wp_remote_get()',
    "bad.php:21: prefix: option 'bare_option'",
    'bad.php:22: enqueued-resources',
    'bad.php:23: wp-version: wp_enqueue_script_module()',
    'bad.php:24: php-version: array_is_list()',
    'bad.php:27: capability: add_options_page()',
    'readme.txt:1: readme: the first line',
    'readme.txt:3: readme: more than 5 tags',
    'readme.txt:3: readme: "Tested up to" must be a major version',
    'readme.txt:3: readme: "Requires PHP" differs',
    'readme.txt:3: readme: "Stable tag" differs',
    'readme.txt:10: readme: the short description has 154 characters',
    'readme.txt:1: readme: no "== Installation ==" section',
    'readme.txt:1: readme: no "== Changelog ==" section',
    'safe-exit.php:1: header: the Text Domain must be the slug',
    'safe-exit.php:1: header: the code needs PHP 8.0',
  ];
  const lines = stderr.split('\n');
  for (const problem of expected) assert.ok(lines.some((line) => line.includes(problem)), `not flagged: ${problem}\n${stderr}`);
});
