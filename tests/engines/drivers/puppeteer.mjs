// The driver interface over puppeteer-core, for Chromium (over CDP) and Firefox (over WebDriver
// BiDi). Every tab is a fresh browser context: its own history, storage and popups.
import puppeteer from 'puppeteer-core';

const KEYS = { left: 'ShiftLeft', right: 'ShiftRight' };

/** Launches a browser with puppeteer's `options`; `javascript: false` turns scripts off in every tab. */
export async function launchPuppeteer(options, { javascript = true } = {}) {
  const browser = await puppeteer.launch(options);
  return {
    async newTab() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      if (!javascript && options.browser !== 'firefox') await page.setJavaScriptEnabled(false);
      return puppeteerTab(page, context);
    },
    close: () => browser.close(),
  };
}

function puppeteerTab(page, context) {
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async click(selector) {
      await (await page.waitForSelector(selector)).click();
    },
    async clickInShadow(host, inner) {
      await (await page.waitForSelector(`${host} >>> ${inner}`)).click();
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
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    async tabCount() {
      return (await context.pages()).length;
    },
    close: () => context.close(),
  };
}
