// Drop-in embedding: attributes read and re-read live, bad values warned about once with a
// safe default, several instances sharing one listener and one exit, removal and re-adding,
// the JS API, isolation from hostile host CSS, and the strict CSP every test page is served
// with (scripts/serve.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, pageReports } from './helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

async function open(path, options) {
  const setup = await newContext(env.browser, options);
  const page = await setup.context.newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`));
  // The exit dispatches `safe-exit` in the handler of the key or click that triggers it, so
  // once `keyboard.press` has returned, this count says whether that key exited.
  await page.addInitScript(() => document.addEventListener('safe-exit', () => (window.exits = (window.exits ?? 0) + 1), true));
  await page.goto(`${env.base}${path}`);
  return { ...setup, page, console };
}

const pressShift3 = async (page) => {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
};

test('the strict CSP page runs the widget with no violation and no console output', async () => {
  const { context, page, console } = await open('/index.html');
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"]').waitFor();
  const response = await page.request.get(`${env.base}/index.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'$/);
  assert.deepEqual(console, []);
  await context.close();
});

test('a bad attribute value gives one warning naming it, the safe default, and degraded', async () => {
  const { context, page, console } = await open('/test/widget.html?shortcut=ctrl-x&lang=en');
  await ready(page, 'degraded');
  assert.deepEqual(console, ['warning: <safe-exit> attribute `shortcut`: "ctrl-x" is not one of shift3, escape2, none; using shift3.']);
  await pressShift3(page);
  await left(page);
  await context.close();
});

test('two instances share one keyboard listener and leave once', async () => {
  const { context, neutral, page, holdNeutral } = await open('/test/widget.html?count=2');
  // Every safe-exit event is reported, and so is the end of the task that dispatched the
  // first: both exits would run in the third press's handler, one task.
  const { reported, taskOver } = await pageReports(page);
  await page.evaluate(() =>
    document.addEventListener('safe-exit', () => {
      window.report('exit');
      setTimeout(() => window.report('task over'));
    }, true),
  );
  await ready(page);
  assert.equal(await page.locator('safe-exit').count(), 2);
  await page.keyboard.press('Shift');
  assert.equal(await page.locator('safe-exit .dot.on').count(), 2, 'both indicators follow the count');
  await page.keyboard.press('Shift');
  // The page stays until the neutral page answers, so no report is lost.
  const release = holdNeutral();
  await page.keyboard.press('Shift', { noWaitAfter: true });
  await taskOver();
  assert.deepEqual(reported, ['exit', 'task over'], 'one safe-exit event');
  release();
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('removing the element removes its listeners; adding it back arms it again', async () => {
  const { context, neutral, page } = await open('/test/widget.html');
  await ready(page);
  await page.evaluate(() => {
    window.removed = document.querySelector('safe-exit');
    window.removed.remove();
  });
  await pressShift3(page);
  assert.equal(await page.evaluate(() => window.exits ?? 0), 0, 'the removed element did not exit');
  assert.equal(neutral.length, 0);
  await page.evaluate(() => document.body.prepend(window.removed));
  await ready(page);
  await pressShift3(page);
  await left(page);
  await context.close();
});

test('element.exit() and the exported exit() leave like the button', async () => {
  for (const call of [
    () => document.querySelector('safe-exit').exit(),
    async () => (await import('/embed/safe-exit.js')).exit(),
  ]) {
    const { context, neutral, page } = await open('/test/widget.html');
    await ready(page);
    // The page may be gone before the call's result comes back; leaving is what counts.
    page.evaluate(call).catch(() => {});
    await left(page);
    assert.equal(neutral.length, 1);
    await context.close();
  }
});

test('hostile host CSS cannot hide, shrink or cover the exit', async () => {
  const { context, page } = await open('/test/hostile.html');
  await ready(page);
  const style = await exitButton(page).evaluate((button) => {
    const s = getComputedStyle(button);
    const box = button.getBoundingClientRect();
    const hit = button.getRootNode().elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return { fontSize: s.fontSize, color: s.color, visibility: s.visibility, width: box.width, height: box.height, onTop: hit === button };
  });
  assert.equal(style.fontSize, '18px');
  assert.equal(style.color, 'rgb(255, 255, 255)');
  assert.equal(style.visibility, 'visible');
  assert.ok(style.width >= 48 && style.height >= 48);
  assert.ok(style.onTop, 'covered by the page');
  await exitButton(page).click();
  await left(page);
  await context.close();
});

test('the widget adds no style to the host page', async () => {
  const { context, page } = await open('/index.html');
  const before = await page.evaluate(() => getComputedStyle(document.querySelector('.contact-form button')).cssText || JSON.stringify(getComputedStyle(document.querySelector('.contact-form button'))));
  await ready(page);
  const after = await page.evaluate(() => ({
    button: getComputedStyle(document.querySelector('.contact-form button')).cssText || JSON.stringify(getComputedStyle(document.querySelector('.contact-form button'))),
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
  }));
  assert.equal(after.button, before);
  assert.deepEqual([after.sheets, after.adopted], [1, 0], 'only the page\'s own demo.css');
  await context.close();
});

test('the widget follows a dark colour scheme and forced colours', async () => {
  const dark = await open('/test/widget.html?lang=en', { colorScheme: 'dark' });
  await ready(dark.page);
  await dark.page.locator('safe-exit [part="help-button"]').click();
  const panel = dark.page.locator('safe-exit [part="panel"]');
  assert.equal(await panel.evaluate((p) => getComputedStyle(p).backgroundColor), 'rgb(28, 28, 31)');
  await dark.context.close();

  const forced = await open('/test/widget.html?lang=en', { forcedColors: 'active' });
  await ready(forced.page);
  await forced.page.locator('safe-exit [part="help-button"]').click();
  await forced.page.locator('safe-exit [role="tab"]').nth(1).click();
  const border = await forced.page.locator('safe-exit .status').first().evaluate((s) => getComputedStyle(s).borderTopWidth);
  assert.equal(border, '2px', 'status tags, marked by colour alone, get a border when colours are forced');
  await forced.context.close();
});

test('partners theme through --safe-exit-* custom properties and ::part()', async () => {
  const { context, page } = await open('/test/widget.html?lang=en');
  await ready(page);
  // The page's strict CSP refuses inline <style>; a constructed stylesheet stands in for the
  // partner's own stylesheet.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('safe-exit { --safe-exit-accent: rgb(0, 80, 0); } safe-exit::part(help-button) { text-decoration-line: underline; }');
    document.adoptedStyleSheets = [sheet];
  });
  assert.equal(await exitButton(page).evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 80, 0)');
  assert.equal(await page.locator('safe-exit [part="help-button"]').evaluate((b) => getComputedStyle(b).textDecorationLine), 'underline');
  await context.close();
});

test('the optional wasm preload of the docs is used, not fetched twice', async () => {
  const { context, page, console } = await open('/test/preload.html');
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await page.reload();
  await ready(page);
  assert.equal(wasm.filter((url) => url.endsWith('/safe-exit-core.wasm')).length, 1, wasm.join());
  assert.ok(!console.some((m) => /preload/i.test(m)), `unused preload warning: ${console}`);
  await context.close();
});

test("the widget fetches the bundle's five files and the guard, nothing else: the first stage leaves through the loader's exit, with no module of its own", async () => {
  const setup = await newContext(env.browser);
  const page = await setup.context.newPage();
  const fetched = [];
  page.on('request', (r) => r.url().includes('/embed/') && fetched.push(new URL(r.url()).pathname.replace('/embed/', '')));
  await page.goto(`${env.base}/test/widget.html`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').waitFor();
  assert.deepEqual(fetched.sort(), ['core.js', 'glue.js', 'safe-exit-core.wasm', 'safe-exit-guard.js', 'safe-exit.js', 'safe-exit.wasm']);
  await exitButton(page).click();
  await left(page);
  assert.equal(setup.neutral[0]?.url, 'https://neutral.example/weather');
  await setup.context.close();
});

test('in a frame of another origin, as some site builders embed code, the exit takes the whole page away', async () => {
  // The page around the frame allows it; everything else keeps the strict policy.
  const framing = await start({ csp: `${STRICT_CSP}; frame-src http://localhost:*` });
  try {
    for (const query of ['', '?sandbox=allow-scripts+allow-same-origin+allow-top-navigation-by-user-activation']) {
      const { context, neutral } = await newContext(framing.browser);
      const page = await context.newPage();
      await page.goto(`${framing.base}/test/framed.html${query}`);
      await page.frameLocator('iframe').locator('safe-exit [part="exit-button"]').click();
      await left(page);
      assert.ok(neutral.every((r) => r.headers.referer === undefined), `a Referer was sent (${query})`);
      await context.close();
    }
  } finally {
    await framing.close();
  }
});
