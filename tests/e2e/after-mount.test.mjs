// Every attribute the widget reads takes effect when a page changes it after the widget is
// armed and shown, as when a site's script or a framework sets it late. The attributes are
// read from src/config.rs, so an attribute added there without a case here fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startWithOtherOrigin, newContext, ready, exitButton, left, oneServiceDirectory, shownServices } from './helpers.mjs';

const ATTRIBUTES = [...readFileSync('src/config.rs', 'utf8').match(/ATTRIBUTES[^=]*=\s*\[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);

// A second origin for `src`: third-party-src is about fetching from another site.
let env;
before(async () => (env = await startWithOtherOrigin(oneServiceDirectory('other-origin-line'))));
after(() => env.close());

const set = (page, name, value) => page.evaluate(([name, value]) => document.querySelector('safe-exit').setAttribute(name, value), [name, value]);
const exits = (page) => page.evaluate(() => window.exits ?? 0);

async function pressShift3(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

// For each attribute: the query widget.html starts from (lang=en unless given), the state it is
// then in, the options of the context, and what changing the attribute must do.
const CASES = {
  'exit-url': {
    async check({ page, neutral }) {
      await set(page, 'exit-url', 'https://elsewhere.example/news');
      await pressShift3(page); // the first stage's exit, not only the interface's
      await left(page);
      assert.equal(neutral[0].url, 'https://elsewhere.example/news');
    },
  },
  lang: {
    async check({ page }) {
      await set(page, 'lang', 'ru');
      await page.locator('safe-exit [part="exit-button"]', { hasText: 'Покинуть страницу' }).waitFor({ timeout: 5000 });
      assert.equal(await page.locator('safe-exit .widget').getAttribute('lang'), 'ru');
    },
  },
  src: {
    async check({ page }) {
      await page.route('**/test/after-mount.json', (route) => route.fulfill({ contentType: 'application/json', body: oneServiceDirectory('late-src-line') }));
      await set(page, 'src', '/test/after-mount.json');
      assert.ok((await shownServices(page)).includes('late-src-line'));
    },
  },
  region: {
    async check({ page }) {
      await set(page, 'region', 'shymkent');
      await page.locator('safe-exit [part="help-button"]').click();
      const select = page.locator('safe-exit .area select');
      assert.equal(await select.inputValue(), 'shymkent');
      const ids = await page.locator('safe-exit article.service').evaluateAll((cards) => cards.map((c) => c.dataset.id));
      assert.ok(ids.includes('komek-shymkent') && !ids.includes('zhan-saya-almaty'), ids.join());
    },
  },
  shortcut: {
    async check({ page, neutral }) {
      await set(page, 'shortcut', 'escape2');
      await pressShift3(page);
      assert.equal(await exits(page), 0, 'Shift×3 after shortcut="escape2"');
      assert.equal(neutral.length, 0);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await left(page);
    },
  },
  position: {
    options: { viewport: { width: 360, height: 740 } },
    async check({ page }) {
      const top = () => exitButton(page).evaluate((button) => button.getBoundingClientRect().top);
      assert.ok((await top()) > 740 * 0.75, 'at the bottom on a phone at first');
      await set(page, 'position', 'top');
      await page.locator('safe-exit .widget[data-position="top"]').waitFor({ state: 'attached', timeout: 5000 });
      assert.ok((await top()) < 100, `not at the top: ${await top()}`);
    },
  },
  stealth: {
    async check({ page }) {
      const entries = await page.evaluate(() => history.length);
      await set(page, 'stealth', '');
      await Promise.all([page.waitForURL(/before\.html/), page.click('#same-site')]);
      assert.equal(await page.evaluate(() => history.length), entries, 'the same-site link replaced the entry');
    },
  },
  'clear-storage': {
    async check({ page, context }) {
      await page.evaluate(() => localStorage.setItem('partner', 'state'));
      await set(page, 'clear-storage', 'all');
      await exitButton(page).click();
      await left(page);
      const again = await context.newPage();
      await again.goto(`${env.base}/test/before.html`);
      assert.equal(await again.evaluate(() => localStorage.length), 0);
    },
  },
  'new-tab': {
    async check({ page, context, neutral }) {
      await set(page, 'new-tab', '');
      const [tab] = await Promise.all([context.waitForEvent('page'), exitButton(page).click()]);
      await left(page);
      await tab.waitForURL(/neutral\.example/);
      assert.equal(neutral.length, 2);
    },
  },
  'third-party-src': {
    query: () => `src=${encodeURIComponent(env.otherSrc)}`,
    state: 'degraded', // the src is refused, with a warning, until the partner consents
    async check({ page }) {
      await set(page, 'third-party-src', 'shares-visitor-ip');
      assert.ok((await shownServices(page)).includes('other-origin-line'));
    },
  },
  catalogue: {
    query: () => 'lang=kk',
    async check({ page }) {
      await set(page, 'catalogue', '/test/catalogue-kk.json');
      await page.locator('safe-exit [part="exit-button"]', { hasText: 'Осы беттен кету' }).waitFor({ timeout: 5000 });
    },
  },
};

test('every attribute of src/config.rs has a case here', () => {
  assert.ok(ATTRIBUTES.length > 0);
  assert.deepEqual(Object.keys(CASES).sort(), [...ATTRIBUTES].sort());
});

for (const name of ATTRIBUTES) {
  test(`${name} changed after the widget is shown takes effect`, async () => {
    const { query = () => 'lang=en', state = 'ready', options, check } = CASES[name] ?? {};
    assert.ok(check, `no case for ${name}`);
    const { context, neutral } = await newContext(env.browser, options);
    const page = await context.newPage();
    await page.addInitScript(() => document.addEventListener('safe-exit', () => (window.exits = (window.exits ?? 0) + 1), true));
    await page.goto(`${env.base}/test/widget.html?${query()}`);
    await ready(page, state, { shown: true });
    await check({ page, context, neutral });
    await context.close();
  });
}
