// When `src` changes while a file is still loading, the last `src` set wins: a slower answer to
// an earlier `src`, arriving last, must not replace the newer file's contacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, oneServiceDirectory, shownServices, until } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

test('an older, slower src load does not replace the newer one', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  let releaseOld;
  const oldHeld = new Promise((release) => (releaseOld = release));
  let oldAsked;
  const oldRequested = new Promise((asked) => (oldAsked = asked));
  // The older file has a field the format does not know: the widget says so in the console
  // once it has read it, which is when it would show it.
  const older = JSON.parse(oneServiceDirectory('older-file'));
  older.services[0].phone = '150';
  await page.route('**/test/older.json', async (route) => {
    oldAsked();
    await oldHeld;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(older) });
  });
  await page.route('**/test/newer.json', (route) => route.fulfill({ contentType: 'application/json', body: oneServiceDirectory('newer-file') }));
  await page.goto(`${env.base}/test/widget.html?lang=en`);
  await ready(page);

  await page.evaluate(() => document.querySelector('safe-exit').setAttribute('src', '/test/older.json'));
  await oldRequested;
  await page.evaluate(() => document.querySelector('safe-exit').setAttribute('src', '/test/newer.json'));
  await shownServices(page);
  await page.waitForFunction(() => document.querySelector('safe-exit').shadowRoot.querySelector('article.service[data-id="newer-file"]'));

  releaseOld();
  await until(() => warnings.some((w) => w.includes('/test/older.json')));
  assert.ok(warnings.some((w) => w.includes('/test/older.json')), 'the older file was read');
  // What the widget does with the older file follows in the task that read it; two frames
  // later it is on screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const ids = await page.locator('safe-exit article.service').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  assert.deepEqual(ids, ['newer-file']);
  await context.close();
});
