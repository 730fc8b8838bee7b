// The Trunk development page (index.html, Trunk.toml), as built by `trunk build --release` into
// target/trunk-dist: it has the bundle's files, and under the strict CSP its widget is armed,
// shows its interface, and its exit leaves for the neutral site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { start, newContext, ready, exitButton, left } from '../e2e/helpers.mjs';

const DIST = 'target/trunk-dist';
let env;
before(async () => (env = await start({ root: DIST })));
after(() => env.close());

test('the build has the loader and both stages under the names the loader asks for', () => {
  for (const file of ['index.html', 'safe-exit-guard.js', 'safe-exit.js', 'core.js', 'safe-exit-core.wasm', 'glue.js', 'safe-exit.wasm']) {
    assert.ok(existsSync(`${DIST}/${file}`), `${file} is missing`);
  }
});

test('the page arms the widget, shows its interface, and the exit leaves', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral[0].url, 'https://www.bbc.com/weather');
  await context.close();
});
