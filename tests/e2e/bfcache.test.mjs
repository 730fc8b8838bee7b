// Back after an exit when the earlier page was kept in the back/forward cache. The exit
// evicts such pages (a BroadcastChannel message), so Back loads them anew and the guard stops
// them unpainted; where a browser restores one anyway, it was hidden as it entered the cache
// and leaves again on pageshow. Without an exit, the cache works as usual.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, recordFrames } from './helpers.mjs';

let env;
before(async () => (env = await start({ bfcache: true })));
after(() => env.close());

test('after an exit, a page that was in the back/forward cache is never shown again', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await page.evaluate(() => addEventListener('pageshow', (e) => e.persisted && (document.body.dataset.restored = 'yes')));
  await Promise.all([page.waitForURL(`${env.base}/about.html`), page.locator('nav a[href="about.html"]').click()]);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  const recording = await recordFrames(context, page);
  const restored = page.waitForEvent('framenavigated');
  await page.goBack();
  await restored;
  await left(page);
  await recording.settled();
  assert.equal(neutral.length, 2, 'the restored page left again');
  const purple = await recording.colourCounts([0x5b, 0x2a, 0x86]);
  assert.ok(purple.every((n) => n === 0), `the restored page was painted: ${purple}`);
  await context.close();
});

test('without an exit, Back restores the page from the cache and shows it', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await page.evaluate(() => addEventListener('pageshow', (e) => (document.body.dataset.restored = String(e.persisted))));
  await Promise.all([page.waitForURL(`${env.base}/about.html`), page.locator('nav a[href="about.html"]').click()]);
  await ready(page);
  await page.goBack({ waitUntil: 'commit' }); // a restore fires no load event
  await page.waitForFunction(() => document.body.dataset.restored === 'true');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).display), 'none');
  assert.equal(await page.locator('h1').isVisible(), true);
  await context.close();
});
