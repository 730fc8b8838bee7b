// The configurator (configure.html, beside the demo): the snippet follows every choice, the live
// preview is the real widget with those attributes, and the copied snippet, pasted into a page
// served with the strict CSP, gives a working widget. All without a CSP violation or error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, ENGLISH } from './helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

// Tall enough that nothing scrolls under the floating exit bar while the controls are used.
const VIEWPORT = { width: 1280, height: 2200 };

/** Page errors, console errors and CSP violations on `page`, from now on. */
function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The test server has no favicon; that 404 is not the page's doing.
    if (message.type() === 'error' && !/favicon\.ico$/.test(message.location().url)) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return problems;
}

async function openConfigurator(context) {
  const page = await context.newPage();
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const problems = watchProblems(page);
  await page.goto(`${env.base}/configure.html`);
  await page.waitForSelector('#sample safe-exit', { state: 'attached' });
  await ready(page);
  return { page, problems };
}

/** Sets the configurator's controls; `bundle` is where the test server has the loader. */
async function choose(page, { lang, exitUrls, shortcut, position, stealth, newTab, clearStorage, region }) {
  await page.selectOption('#lang', lang);
  await page.fill('#exit-url', exitUrls.join('\n'));
  await page.check(`#shortcut-${shortcut}`);
  await page.check(`#position-${position}`);
  await page.setChecked('#stealth', stealth);
  await page.setChecked('#new-tab', newTab);
  await page.selectOption('#clear-storage', clearStorage);
  await page.fill('#region', region);
  await page.fill('#bundle', '/embed/');
}

/** The live preview's attributes, once they are `expected` and the widget is armed again. */
async function previewAttributes(page, expected) {
  await page.waitForFunction(
    (expected) => {
      const element = document.querySelector('#sample safe-exit');
      return element && Object.entries(expected).every(([name, value]) => element.getAttribute(name) === value);
    },
    expected,
    { timeout: 10000 },
  );
  await ready(page);
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelector('#sample safe-exit').attributes].map((a) => [a.name, a.value]).filter(([name]) => name !== 'data-state')),
  );
}

test('the snippet and the live preview follow every choice, with no CSP violation or error', async () => {
  const { context } = await newContext(env.browser, { viewport: VIEWPORT, locale: ENGLISH });
  const { page, problems } = await openConfigurator(context);
  const first = await page.textContent('#snippet');
  assert.match(first, /<script src="\/safe-exit\/safe-exit-guard\.js"><\/script>\n<script type="module" src="\/safe-exit\/safe-exit\.js" blocking="render"><\/script>/);
  assert.match(first, /<safe-exit exit-url="https:\/\/www\.bbc\.com\/weather" lang="ru">/);

  await choose(page, {
    lang: 'kk',
    exitUrls: ['https://neutral.example/weather', 'https://neutral.example/news'],
    shortcut: 'escape2',
    position: 'bottom',
    stealth: true,
    newTab: true,
    clearStorage: 'session',
    region: 'almaty',
  });
  const chosen = {
    'exit-url': 'https://neutral.example/weather https://neutral.example/news',
    lang: 'kk',
    region: 'almaty',
    shortcut: 'escape2',
    position: 'bottom',
    stealth: '',
    'clear-storage': 'session',
    'new-tab': '',
  };
  const snippet = await page.textContent('#snippet');
  assert.notEqual(snippet, first);
  assert.equal(
    snippet,
    [
      '<!-- In <head>: -->',
      '<script src="/embed/safe-exit-guard.js"></script>',
      '<script type="module" src="/embed/safe-exit.js" blocking="render"></script>',
      '<link rel="modulepreload" href="/embed/core.js">',
      '<link rel="preload" href="/embed/safe-exit-core.wasm" as="fetch" crossorigin>',
      '',
      '<!-- First thing in <body>: -->',
      '<safe-exit exit-url="https://neutral.example/weather https://neutral.example/news" lang="kk" region="almaty" shortcut="escape2" position="bottom" stealth clear-storage="session" new-tab>',
      '  <a href="https://neutral.example/weather" rel="noreferrer">Беттен шығу</a>',
      '</safe-exit>',
    ].join('\n'),
  );
  assert.deepEqual(await previewAttributes(page, chosen), chosen);
  assert.match(await page.textContent('#state'), /^ready/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an exit URL the widget would refuse is flagged next to its field, and the fix clears it', async () => {
  const { context } = await newContext(env.browser, { viewport: VIEWPORT, locale: ENGLISH });
  const { page } = await openConfigurator(context);
  await page.fill('#exit-url', 'http://example.org/weather');
  assert.equal(await page.getAttribute('#exit-url', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#exit-url-problem'), /only https/);
  assert.match(await page.textContent('#snippet-problems'), /problem/);
  // The fallback link never carries a refused address.
  assert.match(await page.textContent('#snippet'), /<a href="https:\/\/www\.bbc\.com\/weather"/);
  await page.fill('#exit-url', 'https://neutral.example/weather');
  assert.equal(await page.getAttribute('#exit-url', 'aria-invalid'), null);
  assert.equal(await page.textContent('#exit-url-problem'), '');
  await previewAttributes(page, { 'exit-url': 'https://neutral.example/weather' });
  await context.close();
});

test('the copied snippet, pasted into a page served with the strict CSP, gives a working widget', async () => {
  const { context, neutral } = await newContext(env.browser, { viewport: VIEWPORT, locale: ENGLISH });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  const { page } = await openConfigurator(context);
  await choose(page, {
    lang: 'en',
    exitUrls: ['https://neutral.example/weather'],
    shortcut: 'none',
    position: 'top',
    stealth: true,
    newTab: false,
    clearStorage: 'all',
    region: 'shymkent',
  });
  const chosen = {
    'exit-url': 'https://neutral.example/weather',
    lang: 'en',
    region: 'shymkent',
    shortcut: 'none',
    position: 'top',
    stealth: '',
    'clear-storage': 'all',
  };
  await previewAttributes(page, chosen);
  await page.click('#copy');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent.startsWith('Copied'));
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await page.textContent('#snippet'));

  // The snippet's first part goes in <head>, the part after the blank line first in <body>.
  const [head, body] = snippet.split('\n\n');
  const html = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>A partner page made from the snippet</title>
${head}
</head>
<body>
${body}
<main><h1>Partner page</h1><p><a id="inside" href="/test/before.html">A page of the site</a></p></main>
</body>
</html>`;
  await context.route(`${env.base}/test/generated.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' }, body: html }),
  );
  const partner = await context.newPage();
  await partner.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const problems = watchProblems(partner);
  await partner.goto(`${env.base}/test/before.html`);
  await partner.goto(`${env.base}/test/generated.html`);
  await ready(partner);
  const attributes = await partner.evaluate(() =>
    Object.fromEntries([...document.querySelector('safe-exit').attributes].map((a) => [a.name, a.value]).filter(([name]) => name !== 'data-state')),
  );
  assert.deepEqual(attributes, chosen);
  assert.equal(await partner.evaluate(() => document.querySelector('safe-exit').shadowRoot.querySelector('.widget').lang), 'en');
  await exitButton(partner).click();
  await left(partner);
  assert.deepEqual(neutral.map((r) => r.url), ['https://neutral.example/weather']);
  assert.equal(neutral[0].headers.referer, undefined);
  await partner.goBack();
  assert.equal(partner.url(), `${env.base}/test/before.html`);
  assert.deepEqual(problems, []);
  await context.close();
});

// A link to the configurator can carry any choice, the bundle folder among them: the snippet
// must never load the widget from another site (or a data: URL) because a link said so. Typed
// in, an https host (a static host of the partner's own) is written with a loud warning in
// the snippet itself, and anything else that is not a folder of the site gets no <script>.
test('the snippet only loads the widget from the partner’s own site, or says loudly that it does not', async () => {
  const { context } = await newContext(env.browser, { viewport: VIEWPORT, locale: ENGLISH });
  for (const bundle of ['https://cdn.evil.example/safe-exit/', 'data:text/javascript,alert(1)//', '//evil.example/x/', '/\\evil.example/']) {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${env.base}/configure.html?${new URLSearchParams({ bundle, lang: 'en' })}`);
    await page.locator('#options[data-checks="ready"]').waitFor({ state: 'attached' });
    const snippet = await page.textContent('#snippet');
    assert.match(snippet, /<script type="module" src="\/safe-exit\/safe-exit\.js"/, `${bundle}: the default folder is kept`);
    assert.ok(!snippet.includes('evil') && !snippet.includes('data:'), `${bundle} is not in the snippet:\n${snippet}`);
    assert.match(await page.textContent('#snippet-problems'), /asked for the widget’s files from .* not a folder of your site: it was not used/);
    assert.equal(await page.inputValue('#bundle'), '/safe-exit/');

    await page.fill('#bundle', bundle);
    if (bundle.startsWith('https:')) {
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('cdn.evil.example'));
      const typed = await page.textContent('#snippet');
      assert.match(typed, /^<!-- NOT ON YOUR SITE: the widget would load from cdn\.evil\.example, /, typed);
      assert.match(await page.textContent('#bundle-problem'), /^NOT ON YOUR SITE/);
    } else {
      await page.waitForFunction(() => !document.querySelector('#snippet').textContent.includes('<script'));
      assert.ok(!(await page.textContent('#snippet')).includes('evil'), `${bundle} typed in is not written into the snippet`);
      assert.match(await page.textContent('#bundle-problem'), /not a folder of your site|backslashes/);
      assert.equal(await page.getAttribute('#bundle', 'aria-invalid'), 'true');
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
  await context.close();
});
