// Screenshots of the demo partner page as visitors see it, for reviewers: each language
// (chosen with the widget's own language buttons), on a phone (360x740) and a laptop
// (1280x800), with help closed, open on contacts, and open on rights under lockdown.
//   node scripts/screenshots.mjs          (after `make dist`; SAFE_EXIT_DIST picks another build)
// Writes docs/screenshots/{kk,ru,en}-{360x740,1280x800}-{closed,contacts,rights}.png.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS, openWidgetRoots } from '../tests/e2e/helpers.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
const LANGUAGES = ['kk', 'ru', 'en'];
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const server = await serve({ root: process.env.SAFE_EXIT_DIST || 'dist' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
await mkdir(OUT, { recursive: true });

try {
  for (const viewport of VIEWPORTS) {
    const phone = viewport.width < 641;
    const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, colorScheme: 'light', reducedMotion: 'reduce' });
    // The widget's closed shadow root opened, for Playwright's selectors to find its buttons.
    await context.addInitScript(openWidgetRoots);
    // Nothing may leave this machine: the demo's exit page, above all, is never visited.
    await context.route((url) => url.origin !== base, (route) => route.abort());
    for (const lang of LANGUAGES) {
      const page = await context.newPage();
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => document.querySelector('safe-exit')?.dataset.state === 'ready');
      const widget = page.locator('safe-exit');
      const shoot = async (state) => {
        // No hover or focus ring from the clicks that got here: what a visitor sees on arrival.
        await page.mouse.move(0, 0);
        await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.blur());
        const file = new URL(`${lang}-${viewport.width}x${viewport.height}-${state}.png`, OUT);
        await page.screenshot({ path: file.pathname });
        console.log(file.pathname);
      };

      await widget.locator('[part="help-button"]').click();
      await widget.locator(`.languages button[lang="${lang}"]`).click();
      await widget.locator(`.widget[lang="${lang}"]`).waitFor({ state: 'attached' });
      await widget.locator('[role="tab"]').nth(0).click();
      await widget.locator('article.service').first().waitFor();
      await shoot('contacts');
      await widget.locator('[role="tab"]').nth(1).click();
      await widget.locator('.rights').waitFor();
      await shoot('rights');
      await widget.locator('.close').click();
      await widget.locator('[part="panel"]').waitFor({ state: 'detached' });
      await shoot('closed');
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
