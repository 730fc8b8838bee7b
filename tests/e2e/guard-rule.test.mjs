// The guard (static/safe-exit-guard.js, a classic script that hides a page before its first
// paint) and the loader (static/exit-core.js, which then leaves) decide alike whether a page is
// one an exit left behind: the guard carries the loader's function letter for letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const rule = (file) => {
  const found = readFileSync(file, 'utf8').match(/function shownAgain\([^)]*\) \{[^}]*\}/g);
  assert.equal(found?.length, 1, `${file}: one function shownAgain`);
  return found[0].replace(/\s+/g, ' ');
};

test('the guard and the loader tell a page shown again by the same rule', () => {
  assert.equal(rule('static/safe-exit-guard.js'), rule('static/exit-core.js'));
});
