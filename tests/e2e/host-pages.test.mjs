// What real host pages do to the exit (the second red-team round): a consent modal that makes
// the rest of the page inert, a tap on the fallback link while the interface mounts, an
// embedded form on another origin that asks before unloading, a destination that answers
// 204 No Content or with a download, the Reload after a Back made while the network was down,
// a host that clears the tab's storage as the visitor leaves, and a partner catalogue full of
// problems. Each case is written the way real sites write it; each failed before the fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, until, pageReports } from './helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const DEFAULT = 'https://www.bbc.com/weather';

let env;
// The embedded form is served from localhost, another site than 127.0.0.1.
before(async () => (env = await start({ csp: `${STRICT_CSP}; frame-src 'self' http://localhost:*` })));
after(() => env.close());

/** The centre of the exit button, looked up through its (opened) shadow root. */
async function exitPlace(page) {
  const box = await exitButton(page).boundingBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

for (const [device, options, tap] of [
  ['a 360x740 touch phone', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }, (page, [x, y]) => page.touchscreen.tap(x, y)],
  ['a desktop', { viewport: { width: 1280, height: 800 } }, (page, [x, y]) => page.mouse.click(x, y)],
]) {
  test(`on ${device}, a consent modal that makes the rest of the page inert does not take the exit away`, async () => {
    const { context, neutral } = await newContext(env.browser, options);
    const page = await context.newPage();
    await page.goto(`${env.base}/test/consent.html`);
    await ready(page);
    await page.evaluate(() => window.openConsent());
    assert.equal(await page.evaluate(() => document.querySelector('safe-exit').inert), true);
    await tap(page, await exitPlace(page));
    await left(page);
    assert.equal(neutral[0].url, 'https://neutral.example/weather');
    await context.close();
  });
}

test('a modal dialog that stops its clicks from bubbling does not keep a click on the exit from exiting', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/consent.html`);
  await ready(page);
  await page.evaluate(() => window.openClosedDialog());
  const [x, y] = await exitPlace(page);
  await page.mouse.click(x, y);
  await left(page);
  await context.close();
});

test('with the consent modal open, a click elsewhere does not exit', async () => {
  const { context, neutral } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/consent.html`);
  await ready(page);
  await page.evaluate(() => window.openConsent());
  await page.locator('#accept').click();
  assert.equal(neutral.length, 0);
  assert.equal(page.url(), `${env.base}/test/consent.html`);
  await context.close();
});

test('the fallback link tapped while the interface mounts exits, and Back does not return to the site', async () => {
  const { context } = await newContext(env.browser);
  // The loader sets `widget` once it has mounted the interface, whose first render shows the
  // fallback link until its exit bar is up: the tap comes in the task after.
  await context.addInitScript(() => {
    Object.defineProperty(HTMLElement.prototype, 'widget', {
      configurable: true,
      get() {
        return this.mountedWidget;
      },
      set(widget) {
        this.mountedWidget = widget;
        if (!widget || window.tapped) return;
        window.tapped = true;
        const link = this.querySelector('a');
        const slot = this.shadowRoot.querySelector('slot');
        window.linkShown = !!slot && link.checkVisibility();
        link.click();
      },
    });
  });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/before.html`);
  await page.goto(`${env.base}/test/widget.html`);
  await left(page);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'the neutral site has no storage of the partner');
  await page.goBack();
  assert.equal(page.url(), `${env.base}/test/before.html`, 'Back returned to the partner page');
  await context.close();
});

test("an embedded form on another site that asks before unloading neither holds nor cancels the exit", async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const prompts = [];
  // Playwright dismisses dialogs: a prompt is cancelled, as a visitor pressing Esc would.
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    dialog.dismiss().catch(() => {});
  });
  const form = `${env.base.replace('127.0.0.1', 'localhost')}/test/form.html`;
  await page.goto(`${env.base}/test/form-host.html?${new URLSearchParams({ form })}`);
  await ready(page);
  const frame = page.frameLocator('iframe');
  await frame.locator('#message').click();
  await page.keyboard.type('She hit me again');
  await exitButton(page).click();
  await left(page);
  assert.deepEqual(prompts, []);
  await context.close();
});

for (const [answer, fulfil] of [
  ['204 No Content', (route) => route.fulfill({ status: 204 })],
  ['a download', (route) => route.fulfill({ status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="weather.bin"' }, body: 'bytes' })],
]) {
  test(`a destination that answers with ${answer} does not leave the visitor on the page: the exit goes on to the default`, async () => {
    const { context, neutral } = await newContext(env.browser);
    await context.route('https://answers.example/**', fulfil);
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html?${new URLSearchParams({ 'exit-url': 'https://answers.example/weather' })}`);
    await ready(page);
    await exitButton(page).click();
    await left(page);
    assert.deepEqual(neutral.map((n) => n.url), [DEFAULT]);
    await context.close();
  });
}

test('a Reload while the exit is still on its way leaves again instead of showing the page', async () => {
  const { context, neutral } = await newContext(env.browser);
  await context.route('https://answers.example/**', (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?${new URLSearchParams({ 'exit-url': 'https://answers.example/weather' })}`);
  await ready(page);
  await exitButton(page).click();
  await page.reload({ waitUntil: 'commit' }).catch(() => {});
  await left(page);
  assert.ok(neutral.length >= 1);
  await context.close();
});

test('Back while the network is down, then Reload once it is back, does not show the site', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?page=1`);
  await page.goto(`${env.base}/test/widget.html?page=2`);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  await context.setOffline(true);
  await page.goBack().catch(() => {}); // the browser's error page
  await context.setOffline(false);
  await page.reload().catch(() => {});
  await left(page);
  await context.close();
});

for (const [when, clear] of [
  ['in its safe-exit listener', () => document.addEventListener('safe-exit', () => sessionStorage.clear())],
  ['on pagehide', () => addEventListener('pagehide', () => sessionStorage.clear())],
]) {
  test(`a host page that clears the tab's storage ${when} does not disable the Back guard`, async () => {
    const { context } = await newContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.base}/test/widget.html?page=1`);
    await page.goto(`${env.base}/test/widget.html?page=2`);
    await ready(page);
    await page.evaluate(clear);
    await exitButton(page).click();
    await left(page);
    await page.goBack();
    await left(page);
    await context.close();
  });
}

test('a partner catalogue full of problems writes a few lines to the console, not one per problem', async () => {
  const { context, neutral } = await newContext(env.browser);
  const members = [];
  for (let i = 0; JSON.stringify(members).length < 250 * 1024; i++) members.push(`"Unknown${i}":"x"`);
  const flood = `{"schema":"safe-exit/catalogue/v1","lang":"kk","messages":{${members.join(',')}}}`;
  await context.route(`${env.base}/test/flood.json`, (route) => route.fulfill({ contentType: 'application/json', body: flood }));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().includes('catalogue') && warnings.push(message.text()));
  await page.goto(`${env.base}/test/widget.html?lang=kk&catalogue=/test/flood.json`);
  await ready(page);
  await until(() => warnings.some((w) => w.includes('more problems')), 10000);
  assert.ok(warnings.length <= 11, `${warnings.length} warnings`);
  assert.match(warnings.at(-1), new RegExp(`and ${members.length - 10} more problems`));
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('a session recorder that patches attachShadow after the loader ran never gets the closed root', async () => {
  const { context } = await newContext(env.browser, { closedRoots: true });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/recorded-late.html`);
  await page.waitForFunction(() => document.querySelector('safe-exit')?.dataset.state === 'ready');
  await page.waitForFunction(() => document.querySelector('safe-exit').widget);
  assert.equal(await page.evaluate(() => window.recordedRoots.length), 0);
  await context.close();
});

test('after an exit, coming back through a search result that redirects with location.replace shows the site', async () => {
  const { context } = await newContext(env.browser);
  const partner = `${env.base}/test/widget.html?page=1`;
  await context.route('https://search.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace(${JSON.stringify(partner)})</script>` }),
  );
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?page=0`);
  await page.goto(partner);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  await page.goto('https://search.example/url?q=partner');
  await page.waitForURL(partner);
  await ready(page);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('safe-exit:left')), null, 'the fresh visit forgot the exit');
  await context.close();
});

test('a host framework that writes the same attributes again between presses does not restart the shortcut', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html?lang=en`);
  await ready(page);
  const rerender = () => page.evaluate(() => document.querySelector('safe-exit').setAttribute('lang', 'en'));
  await page.keyboard.press('Shift');
  await rerender();
  await page.keyboard.press('Shift');
  await rerender();
  await page.keyboard.press('Shift');
  await left(page);
  await context.close();
});

test("the page's sound stops with the exit, while the destination is still loading", async () => {
  const { context, holdNeutral } = await newContext(env.browser);
  await context.route(`${env.base}/test/tone.wav`, (route) => route.fulfill({ contentType: 'audio/wav', body: tone() }));
  const page = await context.newPage();
  const { reported } = await pageReports(page);
  await page.goto(`${env.base}/test/widget.html`);
  await ready(page);
  await page.locator('h1').click(); // the visitor's own tap, which lets the page play sound
  const playing = await page.evaluate(async () => {
    const audio = Object.assign(new Audio('/test/tone.wav'), { loop: true });
    audio.addEventListener('pause', () => window.report('paused'));
    document.body.append(audio);
    await audio.play();
    return !audio.paused;
  });
  assert.equal(playing, true, 'the tone did not start');
  const release = holdNeutral();
  await exitButton(page).click({ noWaitAfter: true });
  await until(() => reported.includes('paused'), 3000);
  release();
  assert.deepEqual(reported, ['paused'], 'still playing while leaving');
  await left(page);
  await context.close();
});

/** One second of a 440 Hz tone as a WAV file: a partner's video or podcast playing. */
function tone(rate = 8000) {
  const samples = Buffer.alloc(rate * 2);
  for (let i = 0; i < rate; i++) samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0), header.writeUInt32LE(36 + samples.length, 4), header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16), header.writeUInt16LE(1, 20), header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24), header.writeUInt32LE(rate * 2, 28), header.writeUInt16LE(2, 32), header.writeUInt16LE(16, 34);
  header.write('data', 36), header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

test('a source opened from the widget opens with no Referer, and the exit closes its tab', async () => {
  const { context } = await newContext(env.browser);
  const sources = [];
  await context.route(/^https:\/\/(?!(www\.bbc\.com|neutral\.example|elsewhere\.example)\/)/, async (route) => {
    sources.push({ url: route.request().url(), referer: (await route.request().allHeaders()).referer ?? null });
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Domestic violence in Kazakhstan: help and rights</title><h1>Source</h1>' });
  });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  const source = page.locator('safe-exit .source a').first();
  const [tab] = await Promise.all([context.waitForEvent('page'), source.click()]);
  await tab.waitForURL(/^https:/);
  assert.deepEqual(sources.map((s) => s.referer), [null], 'the source learnt where she came from');
  await assert.rejects(tab.evaluate(() => window.opener.location.href), 'the source can read the partner page address');
  const closed = tab.waitForEvent('close');
  await exitButton(page).click();
  await left(page);
  await closed;
  assert.equal(context.pages().length, 1);
  await context.close();
});

// What cannot be closed without a document of its own (docs/embedding.md, "Privacy"): the
// widget's code calls DOM methods on its own nodes, and a script that patches one of them sees
// a node inside the root. This records the fact; if it ever fails, "Privacy" must say more.
test('a script that patches a DOM method the widget calls on its nodes still reaches the closed root', async () => {
  const { context } = await newContext(env.browser, { closedRoots: true });
  const page = await context.newPage();
  await page.goto(`${env.base}/test/widget.html`);
  await page.waitForFunction(() => document.querySelector('safe-exit')?.dataset.state === 'ready' && document.querySelector('safe-exit').widget);
  const reached = await page.evaluate(async () => {
    const roots = [];
    const show = HTMLElement.prototype.showPopover;
    HTMLElement.prototype.showPopover = function (...args) {
      roots.push(this.getRootNode());
      return show.apply(this, args);
    };
    const inWidget = () => roots.some((root) => root instanceof ShadowRoot && root.host.localName === 'safe-exit');
    // The host page opens a popover of its own: the widget raises its bar above it again, once
    // the toggle event has come (a task later), waited for a task at a time.
    const popover = Object.assign(document.createElement('div'), { popover: 'manual', textContent: 'Subscribe?' });
    document.body.append(popover);
    popover.showPopover();
    for (let tasks = 0; tasks < 100 && !inWidget(); tasks++) await new Promise((done) => setTimeout(done));
    return inWidget();
  });
  assert.equal(reached, true);
  await context.close();
});
