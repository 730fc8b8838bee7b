// The texts of Kazakh and Russian are files of their own (dist/embed/i18n/), so that a visitor
// downloads one language, not three: the one the page opens in is there at the first render,
// another comes when it is picked (the picker says it is loading), and a language file that
// fails or is slow never touches the exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const LANGUAGE_FILE = /\/embed\/i18n\/[a-z]+\.json$/;

/** Every request for a language file, from now on. */
function languageRequests(page) {
  const requests = [];
  page.on('request', (request) => LANGUAGE_FILE.test(request.url()) && requests.push(new URL(request.url()).pathname));
  return requests;
}

/** A route that keeps the requests for `file` waiting until released. */
async function holdFile(context, file) {
  let release;
  const held = new Promise((done) => (release = done));
  await context.route(`**/embed/i18n/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Records every text the widget's shadow root ever held, including texts that were replaced
// or removed before the observer ran, from the moment the root is attached.
function recordShadowTexts() {
  window.shadowTexts = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'safe-exit') {
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.oldValue) window.shadowTexts.push(record.oldValue);
          for (const node of [...record.addedNodes, ...record.removedNodes]) window.shadowTexts.push(node.textContent);
        }
      }).observe(root, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
    }
    return root;
  };
}

test('a Kazakh page shows Kazakh at the first render, never English first, and fetches only Kazakh', async () => {
  const { context } = await newContext(env.browser);
  await context.addInitScript(recordShadowTexts);
  const page = await context.newPage();
  const requests = languageRequests(page);
  await page.goto(`${env.base}/test/widget.html?lang=kk`);
  await ready(page);
  assert.equal(await exitButton(page).textContent(), 'Беттен шығу');
  const texts = await page.evaluate(() => window.shadowTexts);
  assert.ok(texts.some((text) => text.includes('Беттен шығу')), 'the recorder saw the render');
  for (const english of ['Exit this page', 'Get help']) {
    assert.ok(!texts.some((text) => text.includes(english)), `"${english}" was never in the widget: ${texts.join(' | ')}`);
  }
  assert.deepEqual(requests, ['/embed/i18n/kk.json']);
  await context.close();
});

test('an English page fetches no language file', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const requests = languageRequests(page);
  await page.goto(`${env.base}/test/widget.html?lang=en`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"]').waitFor();
  assert.equal(await exitButton(page).textContent(), 'Exit this page');
  assert.deepEqual(requests, []);
  await context.close();
});

test('picking another language shows that it is loading, then its texts', async () => {
  const { context } = await newContext(env.browser);
  const release = await holdFile(context, 'kk.json');
  const page = await context.newPage();
  const requests = languageRequests(page);
  await page.goto(`${env.base}/test/widget.html?lang=ru`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit .languages button[lang="kk"]').click();
  await page.locator('safe-exit .languages button[lang="kk"][aria-busy="true"]').waitFor();
  assert.equal(await page.locator('safe-exit .language-status').textContent(), 'Язык загружается…');
  assert.equal(await page.locator('safe-exit .widget').getAttribute('lang'), 'ru', 'Russian stays until Kazakh is here');
  assert.equal(await exitButton(page).textContent(), 'Покинуть страницу');
  release();
  await page.locator('safe-exit .widget[lang="kk"]').waitFor({ state: 'attached' });
  assert.equal(await exitButton(page).textContent(), 'Беттен шығу');
  assert.equal(await page.locator('safe-exit h2').textContent(), 'Көмек және қауіпсіздік');
  assert.equal(await page.locator('safe-exit .languages [aria-busy]').count(), 0);
  assert.equal(await page.locator('safe-exit .language-status').textContent(), '');
  assert.deepEqual(requests, ['/embed/i18n/ru.json', '/embed/i18n/kk.json']);
  await context.close();
});

test('a blocked language file leaves the widget in English, says so, and the exit works', async () => {
  const { context, neutral } = await newContext(env.browser);
  await context.route('**/embed/i18n/kk.json', (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('kk') });
  await page.goto(`${env.base}/test/widget.html?lang=kk`);
  await ready(page);
  await warned;
  assert.equal(await exitButton(page).textContent(), 'Exit this page');
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit .language-status', { hasText: 'The language could not be loaded' }).waitFor();
  assert.equal(await page.locator('safe-exit .widget').getAttribute('lang'), 'en');
  await Promise.all([left(page), exitButton(page).click()]);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('while a language file is on its way, the exit leaves at once', async () => {
  // The opening language held: the interface waits for it, the armed fallback link does not.
  {
    const { context } = await newContext(env.browser);
    const release = await holdFile(context, 'kk.json');
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html?lang=kk`);
    await ready(page, 'ready', { shown: false });
    await Promise.all([left(page), page.locator('safe-exit > a').click()]);
    release();
    await context.close();
  }
  // A picked language held: the interface's exit button leaves.
  {
    const { context } = await newContext(env.browser);
    const release = await holdFile(context, 'kk.json');
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html?lang=ru`);
    await ready(page);
    await page.locator('safe-exit [part="help-button"]').click();
    await page.locator('safe-exit .languages button[lang="kk"]').click();
    await page.locator('safe-exit .languages button[lang="kk"][aria-busy="true"]').waitFor();
    await Promise.all([left(page), exitButton(page).click()]);
    release();
    await context.close();
  }
});
