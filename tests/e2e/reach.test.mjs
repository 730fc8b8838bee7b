// The exit is always reachable: big enough, within thumb reach on phones, above anything the
// host page stacks (cookie banners at the highest z-index) and above the widget's own panel,
// first in keyboard order, and left out of print. Plus new-tab and clear-storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, colourCounts, slowRendering, watchShadowRoots } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

/** What is on top at the centre of the exit button, looked up through the shadow root. */
function topmostAtExit(page) {
  return page.evaluate(() => {
    const root = document.querySelector('safe-exit').shadowRoot;
    const box = root.querySelector('[part="exit-button"]').getBoundingClientRect();
    const hit = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return { part: hit && hit.getAttribute('part'), box: { x: box.x, y: box.y, width: box.width, height: box.height } };
  });
}

for (const [name, viewport, where] of [
  ['phone', { width: 360, height: 740 }, 'bottom'],
  ['desktop', { width: 1280, height: 800 }, 'top'],
]) {
  test(`on a ${name}, the exit is at least 48x48, at the ${where}, on top of the cookie banner, panel and scrolling`, async () => {
    const { context } = await newContext(env.browser, { viewport });
    const page = await context.newPage();
    await page.goto(`${env.base}/index.html`);
    await ready(page);
    let { part, box } = await topmostAtExit(page);
    assert.equal(part, 'exit-button');
    assert.ok(box.width >= 48 && box.height >= 48, JSON.stringify(box));
    if (where === 'bottom') assert.ok(box.y > viewport.height * 0.75, `not within thumb reach: ${box.y}`);
    else assert.ok(box.y < 100, `not at the top: ${box.y}`);
    await page.mouse.wheel(0, 2000);
    await page.locator('safe-exit [part="help-button"]').click();
    await page.locator('safe-exit [part="panel"]').waitFor();
    ({ part } = await topmostAtExit(page));
    assert.equal(part, 'exit-button', 'the open panel or the scrolled page covers the exit');
    await context.close();
  });
}

/**
 * Opens, after the widget, a full-window red overlay of the host page's in the top layer:
 * `kind` "popover" or "modal" (a dialog opened with showModal, as cookie-consent dialogs are).
 */
function openHostOverlay(page, kind) {
  return page.evaluate((kind) => {
    const overlay = document.createElement(kind === 'modal' ? 'dialog' : 'div');
    overlay.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;background:rgb(255,0,0)';
    overlay.innerHTML = '<button id="accept" style="margin:40vh 40vw">Accept cookies</button>';
    document.body.append(overlay);
    if (kind === 'modal') overlay.showModal();
    else {
      overlay.popover = 'manual';
      overlay.showPopover();
    }
  }, kind);
}

/**
 * Red pixels in a screenshot of the exit button, once there are none or after two seconds:
 * the widget hears of the overlay by an event that comes a task later.
 */
async function redOnExit(context, page) {
  let red;
  for (const deadline = Date.now() + 2000; red !== 0 && Date.now() < deadline; ) {
    const clip = await exitButton(page).boundingBox();
    const png = (await page.screenshot({ clip })).toString('base64');
    [red] = await colourCounts(context, [png], [255, 0, 0]);
  }
  return red;
}

for (const kind of ['popover', 'modal']) {
  test(`a ${kind} the host page opens later does not cover the exit, which still works`, async () => {
    const { context, neutral } = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.base}/index.html`);
    await ready(page);
    await openHostOverlay(page, kind);
    assert.equal(await redOnExit(context, page), 0, 'the overlay is painted over the exit');
    await page.locator('#accept').click();
    assert.equal(neutral.length, 0, 'a click on the overlay left the page');
    const box = await exitButton(page).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await left(page);
    await context.close();
  });
}

// A video the visitor puts in fullscreen (here a red box: any element alike) enters the top
// layer after the widget, and would hide the exit while a tap on its invisible place still left.
test('an element in fullscreen does not hide the exit, which still works', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await page.evaluate(() => {
    const film = document.createElement('div');
    film.style.cssText = 'position:fixed;left:100px;top:300px;background:rgb(255,0,0);width:200px;height:100px';
    document.body.append(film);
    film.addEventListener('click', () => film.requestFullscreen());
    window.fullscreenChanges = 0;
    document.addEventListener('fullscreenchange', () => window.fullscreenChanges++);
  });
  await page.mouse.click(110, 310); // a trusted click on the box: fullscreen needs one
  await page.waitForFunction(() => document.fullscreenElement && window.fullscreenChanges === 1);
  assert.equal(await redOnExit(context, page), 0, 'the fullscreen element is painted over the exit');
  // Chromium makes the rest of the page inert while an element is fullscreen, as under a
  // modal dialog: the click on the exit's place lands on that element, and the widget exits
  // on it all the same (use_exit_on_click).
  const box = await exitButton(page).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await left(page);
  await context.close();
});

test('an exit is shown at every step while the interface loads, even when rendering yields; focus on the link moves to the button', async () => {
  const { context } = await newContext(env.browser);
  await slowRendering(context);
  await watchShadowRoots(context);
  await context.addInitScript(() => {
    // After every change to the widget's shadow root, at least one exit must be shown: the
    // fallback link, or the exit bar in the top layer.
    window.exitHidden = [];
    window.onSafeExitShadowChange = (host, root) => {
      const link = host.querySelector('a')?.checkVisibility();
      const bar = root.querySelector('[part="bar"]')?.matches(':popover-open');
      if (!link && !bar) window.exitHidden.push(root.querySelector('[part="exit-button"]') ? 'bar not shown' : 'nothing rendered');
    };
    // A keyboard user who has reached the fallback link before the interface is up.
    addEventListener('DOMContentLoaded', () => document.querySelector('safe-exit > a').focus());
  });
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  assert.deepEqual(await page.evaluate(() => window.exitHidden), []);
  const focused = await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.getAttribute('part'));
  assert.equal(focused, 'exit-button');
  assert.equal(await page.locator('safe-exit > a').isVisible(), false, 'the fallback link is still shown beside the bar');
  await context.close();
});

test('position="top" and "bottom" override the automatic placement', async () => {
  const { context } = await newContext(env.browser, { viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?position=top`);
  await ready(page);
  assert.ok((await topmostAtExit(page)).box.y < 100);
  await context.close();
});

test('the exit button is the first thing keyboard focus reaches', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.getAttribute('part'));
  assert.equal(focused, 'exit-button');
  await context.close();
});

test('the widget is left out of print', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await exitButton(page).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await exitButton(page).isVisible(), true);
  await context.close();
});

test('new-tab also opens the neutral page in a new tab, without a popup warning', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?new-tab`);
  await ready(page);
  const [tab] = await Promise.all([context.waitForEvent('page'), exitButton(page).click()]);
  await left(page);
  await tab.waitForURL(/neutral\.example/);
  assert.equal(neutral.length, 2);
  assert.ok(neutral.every((r) => r.headers.referer === undefined));
  await context.close();
});

test('several exit-url destinations are chosen at random', async () => {
  const { context, neutral } = await newContext(env.browser);
  const urls = 'https://neutral.example/a https://neutral.example/b https://neutral.example/c';
  for (let i = 0; i < 12; i++) {
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html?exit-url=${encodeURIComponent(urls)}`);
    await ready(page);
    await exitButton(page).click();
    await left(page);
    await page.close();
  }
  const chosen = new Set(neutral.map((r) => r.url));
  assert.ok(chosen.size >= 2, `always the same destination: ${[...chosen]}`);
  await context.close();
});

test('clear-storage="all" clears the site storage; the default touches nothing', async () => {
  for (const [query, expected] of [['?clear-storage=all', 0], ['', 1]]) {
    const { context } = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html${query}`);
    await ready(page);
    await page.evaluate(() => localStorage.setItem('partner', 'state'));
    await exitButton(page).click();
    await left(page);
    const other = await context.newPage();
    await other.goto(`${env.base}/test/before.html`);
    assert.equal(await other.evaluate(() => localStorage.length), expected, query);
    await context.close();
  }
});

for (const [name, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 400 }]]) {
  test(`on a ${name}, tabbing through a long form never hides the focused field behind the exit bar`, async () => {
    const { context } = await newContext(env.browser, { viewport });
    const page = await context.newPage();
    await page.goto(`${env.base}/test/long-form.html`);
    await ready(page);
    await page.keyboard.press('Tab'); // exit
    await page.keyboard.press('Tab'); // help
    const hidden = [];
    for (let i = 1; i <= 30; i++) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const field = document.activeElement.getBoundingClientRect();
        const bar = document.querySelector('safe-exit').shadowRoot.querySelector('.bar').getBoundingClientRect();
        return field.bottom > bar.top && field.top < bar.bottom && field.right > bar.left && field.left < bar.right ? document.activeElement.id : null;
      });
      if (overlap) hidden.push(overlap);
    }
    assert.deepEqual(hidden, [], `hidden behind the bar: ${hidden}`);
    await context.close();
  });
}
