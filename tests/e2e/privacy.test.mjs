// Privacy audit: through a visit that loads the widget, opens help, switches every tab and
// language and presses Shift once, no request leaves the partner's origin, no cookie is set,
// nothing is stored, and the console stays silent. On exit, the only request elsewhere is the
// exit destination, and the only thing left behind is the tab's `safe-exit:left` marker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** Every request the context makes, console message and page error, from now on. */
function record(context, page) {
  const requests = [];
  const messages = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return { requests, messages };
}

const elsewhere = (requests) => requests.filter((url) => new URL(url).origin !== env.base);

/** Uses every part of the widget a visitor can reach without leaving. */
async function useWidget(page) {
  const widget = page.locator('safe-exit').first();
  await widget.locator('[part="help-button"]').click();
  await widget.locator('[part="panel"]').waitFor();
  const languages = widget.locator('.languages button');
  for (let l = 0; l < (await languages.count()); l++) {
    await languages.nth(l).click();
    const tabs = widget.locator('[role="tab"]');
    for (let t = 0; t < (await tabs.count()); t++) {
      await tabs.nth(t).click();
      await widget.locator('[role="tab"][aria-selected="true"]').nth(0).waitFor();
    }
  }
  assert.ok((await languages.count()) >= 3 && (await widget.locator('[role="tab"]').count()) >= 3, 'the panel lost its tabs or languages');
  await page.keyboard.press('Shift');
  // Lets anything the widget might send or store in the background do so before we look.
  await page.waitForLoadState('networkidle');
}

async function storage(page) {
  return page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
}

/**
 * What the partner's origin holds for this tab after the exit. sessionStorage belongs to one
 * tab and one origin, so it can only be read from a partner page in the same tab: we come
 * back by a fresh navigation to a partner page that does not load the widget (before.html has
 * no script at all), since the widget's guard would forget the marker on a fresh visit.
 */
async function storageLeftInTab(page) {
  await page.goto(`${env.base}/test/before.html`);
  return storage(page);
}

for (const [name, path, destination] of [
  ['the demo', '/index.html', 'https://www.bbc.com/weather'],
  ['a stealth page', '/test/stealth-1.html', 'https://neutral.example/weather'],
]) {
  test(`${name}: nothing leaves the origin or is kept until the exit, and then only the marker`, async () => {
    const { context } = await newContext(env.browser);
    const page = await context.newPage();
    const { requests, messages } = record(context, page);
    await page.goto(`${env.base}${path}`);
    await ready(page);
    await useWidget(page);

    assert.ok(requests.some((url) => url.endsWith('/embed/safe-exit.wasm')), 'the recording missed the widget loading');
    assert.deepEqual(elsewhere(requests), [], 'requests to third parties before any exit');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await storage(page), { local: {}, session: {} });
    assert.deepEqual(messages, [], 'console messages in normal use');

    await exitButton(page).click();
    await left(page);
    assert.deepEqual(elsewhere(requests), [destination], 'the exit went somewhere else as well');
    assert.deepEqual(await context.cookies(), []);
    // The marker: where the visitor left to, and how long the tab's history was then.
    assert.deepEqual(await storageLeftInTab(page), { local: {}, session: { 'safe-exit:left': `${destination} 2` } });
    await context.close();
  });
}

test('a stealth visit over two pages sends nothing elsewhere and stores nothing', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const { requests, messages } = record(context, page);
  await page.goto(`${env.base}/test/stealth-1.html`);
  await ready(page);
  await Promise.all([page.waitForURL(/stealth-2/), page.click('#next')]);
  await ready(page);
  await useWidget(page);
  assert.deepEqual(elsewhere(requests), []);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await storage(page), { local: {}, session: {} });
  assert.deepEqual(messages, []);
  await context.close();
});
