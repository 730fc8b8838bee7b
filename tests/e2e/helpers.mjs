// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, the
// built dist/ served on 127.0.0.1 (test pages under /test/), and the neutral exit sites
// answered by request interception, so that nothing leaves the machine.
import { chromium } from 'playwright-core';
import { minify } from 'terser';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';
import assert from 'node:assert/strict';
import { TEXTS } from '../../demo/configure-texts.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves static/exit-core.js, minified as scripts/rewrite-glue.mjs minifies the loader that
 * carries it, at `/test/exit-core.js` for `page`, and returns that path: the bundle has no
 * module of it of its own (the first stage leaves through the loader's functions), so tests
 * that call its functions directly import this one.
 */
export async function exitCoreModule(page) {
  const { code } = await minify(readFileSync('static/exit-core.js', 'utf8'), { module: true, compress: true, mangle: true });
  await page.route('**/test/exit-core.js', (route) => route.fulfill({ contentType: 'text/javascript', body: code }));
  return '/test/exit-core.js';
}

/** A contacts file (`src`) with one service, `id`, whose card shows that the file was read. */
export function oneServiceDirectory(id) {
  return JSON.stringify({
    schema: 'safe-exit/directory/v1',
    services: [{
      id,
      name: { kk: 'Сынақ', ru: 'Проверка', en: 'Test line' },
      kind: 'hotline',
      contacts: [{ type: 'web', value: 'https://source.example/line' }],
      source: { url: 'https://source.example/line', title: 'Source' },
      verified: '2026-11-24',
    }],
  });
}

/** The browser's language for tests that read the configurator's English texts: the
 *  configurator speaks the browser's language (demo/configure-language.js). */
export const ENGLISH = 'en-US';

/** Fills the configurator's service `card` with one valid service, as a partner would, finding
 *  the fields by their labels in the configurator's language `lang`. */
export async function fillOurCentre(card, lang = 'en') {
  const label = (key) => ({ name: TEXTS[key][lang], exact: true });
  const name = card.getByRole('group', label('editor.name'));
  await name.getByLabel(TEXTS['editor.lang.kk'][lang], { exact: true }).fill('Біздің орталық');
  await name.getByLabel(TEXTS['editor.lang.ru'][lang], { exact: true }).fill('Наш центр');
  await name.getByLabel(TEXTS['editor.lang.en'][lang], { exact: true }).fill('Our centre');
  await card.getByLabel(TEXTS['editor.id'][lang], { exact: true }).fill('our-centre');
  await card.getByLabel(TEXTS['editor.contact-value'][lang], { exact: true }).fill('150');
  const source = card.getByRole('group', label('editor.source'));
  await source.getByLabel(TEXTS['editor.source-url'][lang], { exact: true }).fill('https://example.org/about');
  await source.getByLabel(TEXTS['editor.source-title'][lang], { exact: true }).fill('Our centre: about us');
}

/**
 * `start()` with a second origin beside it, another loopback port that serves `body` as JSON to
 * any page (CORS): a `src` on another site. The strict policy allows fetching from it, so that
 * what the widget does is tested, not what the page's CSP would block anyway. `otherRequests`
 * lists what that origin was asked, with the Origin header; `otherSrc` is its file's URL.
 */
export async function startWithOtherOrigin(body) {
  const otherRequests = [];
  const other = createServer((request, response) => {
    otherRequests.push({ url: request.url, origin: request.headers.origin });
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(body);
  });
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${other.address().port}`;
  const env = await start({ csp: `${STRICT_CSP}; connect-src 'self' ${origin}` });
  return {
    ...env,
    otherRequests,
    otherSrc: `${origin}/contacts.json`,
    async close() {
      other.close();
      await env.close();
    },
  };
}

/** Opens the help panel and returns the ids of the services it lists. */
export async function shownServices(page) {
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"] article.service').first().waitFor();
  return page.locator('safe-exit article.service').evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

/** The neutral destinations used by the demo and the test pages. */
export const NEUTRAL = /^https:\/\/(www\.bbc\.com|neutral\.example|elsewhere\.example)\//;

/**
 * Serves dist/ and launches Chromium. `bfcache: true` serves cacheable pages and turns the
 * back/forward cache back on (Playwright turns it off by default). `mounts` serves more
 * directories (URL prefix → directory); `root` serves another build than dist/.
 */
export async function start({ csp, bfcache = false, mounts = {}, root = process.env.SAFE_EXIT_DIST || 'dist' } = {}) {
  const server = await serve({ root, mounts: { '/test/': 'tests/e2e/pages/', ...mounts }, csp, noStore: !bfcache });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * An init script that has the widget attach its shadow root open. The widget's root is closed
 * (docs/embedding.md, "Privacy"), and Playwright's selectors do not enter closed roots: tests
 * that look inside the widget run with it open; tests of what the page can see run with
 * `closedRoots: true`, as shipped.
 */
export function openWidgetRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, this.localName === 'safe-exit' ? { ...init, mode: 'open' } : init);
  };
}

/**
 * A fresh context whose neutral sites answer from here (`closedRoots`: see openWidgetRoots). `neutral` lists every request made to
 * them, with its headers; `hold` keeps them pending until released, to look at the page
 * while it is leaving.
 */
export async function newContext(browser, { closedRoots = false, ...options } = {}) {
  const context = await browser.newContext(options);
  if (!closedRoots) await context.addInitScript(openWidgetRoots);
  const neutral = [];
  let hold = null;
  await context.route(NEUTRAL, async (route) => {
    neutral.push({ url: route.request().url(), headers: await route.request().allHeaders() });
    if (hold) await hold;
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  return {
    context,
    neutral,
    holdNeutral() {
      let release;
      hold = new Promise((done) => (release = done));
      return () => {
        hold = null;
        release();
      };
    },
  };
}

/**
 * Waits until every <safe-exit> on the page has `data-state` = `state` and, unless told
 * otherwise, shows its interface (its exit button rendered and the slot that shows the
 * fallback link meanwhile gone). The exit is armed (`ready`) by the loader's first stage
 * before the interface has loaded, so tests that use the interface wait for both.
 */
export async function ready(page, state = 'ready', { shown = state === 'ready' } = {}) {
  await page.waitForFunction(
    ({ state, shown }) =>
      [...document.querySelectorAll('safe-exit')].every(
        (e) => e.dataset.state === state && (!shown || (e.shadowRoot?.querySelector('[part="exit-button"]') && !e.shadowRoot.querySelector('slot'))),
      ),
    { state, shown },
    { timeout: 15000 },
  );
}

/** The exit button inside the widget's shadow root (Playwright's CSS pierces open roots). */
export const exitButton = (page, nth = 0) => page.locator('safe-exit').nth(nth).locator('[part="exit-button"]');

/** Opens the test page widget.html of `base` with `exit-url` = `url`, recording the console's warnings. */
export async function widgetWith(context, base, url) {
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${base}/test/widget.html?${new URLSearchParams({ 'exit-url': url })}`);
  return { page, warnings };
}

/** Waits for the top-level page to be on a neutral site. */
export async function left(page) {
  await page.waitForURL(NEUTRAL, { timeout: 10000 });
}

/**
 * Records every frame the page paints from now on (CDP screencast). `colourCounts(rgb)`
 * returns, per frame, how many pixels have that colour: a page that was never shown has none.
 * `settled()` returns once every frame painted so far has arrived: it paints one more frame
 * on the page now shown and waits for it, since the frames arrive in the order painted.
 */
export async function recordFrames(context, page) {
  const cdp = await context.newCDPSession(page);
  const frames = [];
  cdp.on('Page.screencastFrame', (frame) => {
    frames.push(frame.data);
    cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  const settled = async () => {
    const before = frames.length;
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'frame marker' })));
    await until(() => frames.length > before, 10000);
    assert.ok(frames.length > before, 'the marker frame arrived');
  };
  return { frames, settled, colourCounts: (rgb) => colourCounts(context, frames, rgb) };
}

/** How many pixels of each PNG (base64) have the colour `rgb`, decoded by Chromium itself. */
export async function colourCounts(context, pngs, [r, g, b]) {
  const checker = await context.newPage();
  const counts = await checker.evaluate(async ({ pngs, r, g, b }) => {
    const counts = [];
    for (const data of pngs) {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i] - r) < 6 && Math.abs(pixels[i + 1] - g) < 6 && Math.abs(pixels[i + 2] - b) < 6) count++;
      }
      counts.push(count);
    }
    return counts;
  }, { pngs, r, g, b });
  await checker.close();
  return counts;
}

/**
 * Makes every read of the page's clock (`Date.now`) say 20 ms more have passed, so that Yew's
 * scheduler, which yields to the browser after 16 ms of work, yields between rendering the
 * widget and running its effects, as it can on a slow phone.
 */
export function slowRendering(context) {
  return context.addInitScript(() => {
    const now = Date.now;
    let skew = 0;
    Date.now = () => now() + (skew += 20);
  });
}

/**
 * Calls the page's `window.onSafeExitShadowChange(host, root, observer)`, if set (from a test's
 * own init script), after every change to a <safe-exit> element's shadow root, from the moment
 * it is attached: a microtask later, before anything else of the page runs.
 */
export function watchShadowRoots(context) {
  return context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const host = this;
      if (host.localName === 'safe-exit') {
        new MutationObserver((_, observer) => window.onSafeExitShadowChange?.(host, root, observer))
          .observe(root, { childList: true, subtree: true });
      }
      return root;
    };
  });
}

/**
 * What the page reports through `window.report(what)`, in order. To see everything one task of
 * the page did, the page reports "task over" from a timer set inside that task, and
 * `taskOver()` waits for it: every report of the task arrived before it. Hold the neutral page
 * meanwhile (`holdNeutral`), so that the page is still there to report.
 */
export async function pageReports(page) {
  const reported = [];
  await page.exposeFunction('report', (what) => reported.push(what));
  return { reported, taskOver: () => until(() => reported.includes('task over'), 5000) };
}

/** Waits, up to `ms`, for `condition` to hold in this process (messages from the page arrive asynchronously). */
export async function until(condition, ms = 3000) {
  for (const deadline = Date.now() + ms; !condition() && Date.now() < deadline; ) {
    await new Promise((done) => setTimeout(done, 25));
  }
}
