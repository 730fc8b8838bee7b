// The exit: one click leaves, hides the page in the same frame, sends no Referer, and leaves
// no way Back; with the wasm blocked, the fallback link still does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, recordFrames, until, slowRendering, watchShadowRoots, pageReports } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

async function visitDemo(context) {
  const page = await context.newPage();
  await page.goto(`${env.base}/test/before.html`);
  await Promise.all([page.waitForURL(`${env.base}/index.html`), page.click('#demo')]);
  return page;
}

test('clicking exit leaves for the neutral page, without Referer, and Back skips the demo', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await visitDemo(context);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral.length, 1);
  assert.equal(neutral[0].url, 'https://www.bbc.com/weather');
  assert.equal(neutral[0].headers.referer, undefined, 'the neutral site must not learn where the visitor came from');
  await page.goBack();
  assert.equal(page.url(), `${env.base}/test/before.html`);
  await context.close();
});

test('the host page is hidden in the same task as the click, while the neutral page loads', async () => {
  const { context, holdNeutral } = await newContext(env.browser);
  const page = await visitDemo(context);
  await ready(page);
  const release = holdNeutral();
  const [seen, emptied] = await page.evaluate(async () => {
    const button = document.querySelector('safe-exit').shadowRoot.querySelector('[part="exit-button"]');
    button.click();
    const hidden = { display: getComputedStyle(document.documentElement).display, title: document.title };
    // Then, in a microtask of the exit's, before the next frame, the page's content is taken
    // out; the title and the no-referrer policy stay.
    await null;
    const head = document.documentElement.children;
    return [hidden, { body: document.body, children: head.length, title: document.title, referrer: document.querySelector('meta[name="referrer"]')?.content }];
  });
  assert.deepEqual(seen, { display: 'none', title: 'bbc.com' });
  assert.deepEqual(emptied, { body: null, children: 1, title: 'bbc.com', referrer: 'no-referrer' });
  release();
  await left(page);
  await context.close();
});

test("the click that exits reaches none of the page's click listeners", async () => {
  const { context, holdNeutral } = await newContext(env.browser);
  const page = await context.newPage();
  // Each click heard by the page is reported, and so is the end of the task of the exit's
  // safe-exit event, in which every listener of that click has run.
  const { reported, taskOver } = await pageReports(page);
  await page.addInitScript(() => {
    document.addEventListener('click', () => window.report('click on document'));
    window.addEventListener('click', () => window.report('click on window'));
    document.addEventListener('safe-exit', () => setTimeout(() => window.report('task over')));
  });
  await page.goto(`${env.base}/test/widget.html`);
  await ready(page);
  const release = holdNeutral();
  await exitButton(page).click({ noWaitAfter: true });
  await taskOver();
  assert.deepEqual(reported, ['task over']);
  release();
  await left(page);
  await context.close();
});

test('with the wasm blocked, the fallback link still exits, replacing the history entry', async () => {
  const { context, neutral } = await newContext(env.browser);
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await visitDemo(context);
  await ready(page, 'degraded');
  await page.click('safe-exit > a');
  await left(page);
  assert.equal(neutral.length, 1);
  assert.equal(neutral[0].headers.referer, undefined);
  await page.goBack();
  assert.equal(page.url(), `${env.base}/test/before.html`);
  await context.close();
});

test('with no script at all, the fallback link is a plain link that still leaves', async () => {
  const { context, neutral } = await newContext(env.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await page.click('safe-exit > a');
  await left(page);
  assert.equal(neutral.length, 1);
  assert.equal(neutral[0].headers.referer, undefined, 'rel=noreferrer on the fallback link');
  await context.close();
});

test('after a two-page visit without stealth, Back shows nothing of the first page and leaves again', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await visitDemo(context);
  await Promise.all([page.waitForURL(`${env.base}/about.html`), page.locator('nav a[href="about.html"]').click()]);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  const recording = await recordFrames(context, page);
  await page.goBack();
  await left(page);
  await recording.settled();
  assert.equal(neutral.length, 2, 'the guarded page left again at once');
  assert.ok(recording.frames.length > 0);
  const purple = await recording.colourCounts([0x5b, 0x2a, 0x86]); // the demo's header
  assert.ok(purple.every((n) => n === 0), `the first page was painted: ${purple}`);
  await page.goBack();
  assert.equal(page.url(), `${env.base}/test/before.html`);
  await context.close();
});

test('after an exit, a fresh visit in the same tab shows the site again', async () => {
  const { context } = await newContext(env.browser);
  const page = await visitDemo(context);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  assert.equal(page.url(), `${env.base}/index.html`);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'the exit is forgotten');
  await context.close();
});

test('a stealth visit of three pages is one history entry: after exit, Back lands before the site', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/before.html`);
  await Promise.all([page.waitForURL(/stealth-1/), page.click('#stealth')]);
  await ready(page);
  const entries = await page.evaluate(() => history.length);
  for (const n of [2, 3]) {
    await Promise.all([page.waitForURL(new RegExp(`stealth-${n}`)), page.click('#next')]);
    await ready(page);
  }
  assert.equal(await page.evaluate(() => history.length), entries, 'no entry added');
  await exitButton(page).click();
  await left(page);
  await page.goBack();
  assert.equal(page.url(), `${env.base}/test/before.html`);
  await context.close();
});

test('stealth leaves external links, new windows, downloads and modified clicks alone, and replaces GET forms', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/before.html`);
  await Promise.all([page.waitForURL(/stealth-1/), page.click('#stealth')]);
  await ready(page);
  const entries = await page.evaluate(() => history.length);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#new-window')]);
  await popup.close();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  await download.cancel();
  assert.equal(await page.evaluate(() => history.length), entries, 'new windows and downloads stay out of this tab');
  await Promise.all([page.waitForURL(/stealth-1\.html\?q=shelter&go=1$/), page.click('#search button')]);
  assert.equal(await page.evaluate(() => history.length), entries, 'the GET form replaced the entry');
  await ready(page);
  await Promise.all([page.waitForURL(/elsewhere\.example/), page.click('#external')]);
  assert.equal(await page.evaluate(() => history.length), entries + 1, 'an external link adds an entry as usual');
  assert.equal(neutral.length, 1);
  await context.close();
});

test('the safe-exit event reaches the host page before leaving', async () => {
  const { context, holdNeutral } = await newContext(env.browser);
  const page = await context.newPage();
  const events = [];
  await page.exposeFunction('reportExit', (detail) => events.push(detail));
  await page.addInitScript(() => document.addEventListener('safe-exit', (e) => window.reportExit(e.detail)));
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  // The page stays until the destination answers, so the binding's message cannot be lost.
  const release = holdNeutral();
  await exitButton(page).click({ noWaitAfter: true });
  await until(() => events.length > 0);
  release();
  await left(page);
  assert.deepEqual(events, ['https://www.bbc.com/weather']);
  await context.close();
});

test('a partner page that asks "Leave site?" on unload cannot hold up the exit', async () => {
  for (const [trigger, query] of [['click', ''], ['shortcut', ''], ['click', '?frozen']]) {
    const { context, neutral } = await newContext(env.browser);
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      dialog.dismiss(); // "Stay on page", as a visitor in a hurry might press by mistake
    });
    await page.goto(`${env.base}/test/unsaved.html${query}`);
    await ready(page);
    await page.fill('#message', 'draft'); // gives the page the user activation the prompt needs
    if (trigger === 'click') await exitButton(page).click({ noWaitAfter: true });
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left(page);
    assert.deepEqual(dialogs, [], `${trigger}${query}: the page asked before leaving`);
    assert.equal(neutral.length, 1);
    await context.close();
  }
});

test('the exit button works from its first paint, even when rendering yields before effects run', async () => {
  const { context } = await newContext(env.browser);
  await slowRendering(context);
  await watchShadowRoots(context);
  await context.addInitScript(() => {
    // The exit button is clicked the moment it is in the page, before anything else runs.
    window.onSafeExitShadowChange = (_, root, observer) => {
      const button = root.querySelector('[part="exit-button"]');
      if (!button) return;
      observer.disconnect();
      button.click();
    };
  });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html`);
  await left(page);
  await context.close();
});
