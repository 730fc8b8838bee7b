// The driver interface over puppeteer-core, for Chromium (over CDP) and Firefox (over WebDriver
// BiDi). Every tab is a fresh browser context: its own history, storage and popups.
import puppeteer from 'puppeteer-core';
import { decodePng } from '../images.mjs';

const KEYS = { left: 'ShiftLeft', right: 'ShiftRight' };

/** Launches a browser with puppeteer's `options`; `javascript: false` turns scripts off in every tab. */
export async function launchPuppeteer(options, { javascript = true } = {}) {
  const browser = await puppeteer.launch(options);
  return {
    async newTab() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const chromium = options.browser !== 'firefox';
      if (!javascript && chromium) await page.setJavaScriptEnabled(false);
      return puppeteerTab(page, context, chromium && (await page.createCDPSession()));
    },
    close: () => browser.close(),
  };
}

/**
 * Evaluates `fn(arg)` in the page over CDP itself: puppeteer's own evaluate waits, in Chromium,
 * for the document a pending navigation will bring, but the tests look at the page it leaves.
 */
async function evaluateOverCdp(cdp, fn, arg) {
  const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
  return result.value;
}

function puppeteerTab(page, context, cdp) {
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => (cdp ? evaluateOverCdp(cdp, fn, arg) : page.evaluate(fn, arg)),
    // Asked of the page: over BiDi, puppeteer's page.url() misses restores from Firefox's
    // back/forward cache.
    url() {
      return this.evaluate(() => location.href);
    },
    async click(selector) {
      await (await page.waitForSelector(selector)).click();
    },
    async clickInShadow(host, inner) {
      await (await page.waitForSelector(`${host} >>> ${inner}`)).click();
    },
    // Without JavaScript, Firefox's driver cannot find elements: the keyboard can.
    async followFirstLink() {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    },
    async pressShift(sides) {
      for (const side of sides) {
        await page.keyboard.down(KEYS[side]);
        await page.keyboard.up(KEYS[side]);
      }
    },
    // History traversals start here; tests wait for what they expect to follow.
    back() {
      page.goBack({ timeout: 15000 }).catch(() => {});
    },
    forward() {
      page.goForward({ timeout: 15000 }).catch(() => {});
    },
    reload() {
      page.reload({ timeout: 15000 }).catch(() => {});
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    async typeInFrame(selector, text) {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await (await frame.waitForSelector(selector)).type(text);
    },
    async screenshot() {
      return decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
    },
    async tabCount() {
      return (await context.pages()).length;
    },
    close: () => context.close(),
  };
}
