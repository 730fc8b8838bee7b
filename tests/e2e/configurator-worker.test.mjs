// The configurator's preview worker on a partner's site that has a service worker of its own:
// the partner's worker is never replaced, and the preview's is registered only for as long as
// it takes to control the configurator's page, so that nothing of it is left after
// the preview is unticked, after a reload, or once the tab is closed. The site is dist/ copied
// with a worker of its own at its root, as a partner's site with an offline worker has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, newContext, ready } from './helpers.mjs';

let env;
let site;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'safe-exit-site-'));
  cpSync(process.env.SAFE_EXIT_DIST || 'dist', site, { recursive: true });
  writeFileSync(join(site, 'site-sw.js'), "self.addEventListener('fetch', () => {});\n");
  writeFileSync(join(site, 'site-worker.js'), "navigator.serviceWorker.register('/site-sw.js', { scope: '/' });\n");
  writeFileSync(join(site, 'site.html'), '<!doctype html><title>Partner</title><script src="/site-worker.js"></script><h1>Partner</h1>\n');
  env = await start({ root: site });
});
after(async () => {
  await env.close();
  rmSync(site, { recursive: true, force: true });
});

/** Every registration of the origin, as scope → its worker's script path. */
async function registrations(page) {
  return page.evaluate(async () =>
    Object.fromEntries(
      (await navigator.serviceWorker.getRegistrations()).map((r) => [
        new URL(r.scope).pathname,
        new URL((r.active || r.waiting || r.installing).scriptURL).pathname,
      ]),
    ),
  );
}

/** Opens the configurator with the built-in contacts and ticks the preview. */
async function tickPreview(page) {
  await page.goto(`${env.base}/configure.html`);
  await ready(page);
  await page.click('#contacts-builtin');
  await page.waitForFunction(() => document.querySelector('#contacts-status').dataset.verdict, null, { timeout: 15000 });
  await page.check('#contacts-preview');
  await page.waitForFunction(() => document.querySelector('#sample safe-exit')?.getAttribute('src')?.includes('contacts-preview/edited.json'));
}

/** The preview shows the file: served by the worker, from the page's text. */
async function assertPreviewShown(page) {
  await page.waitForFunction(() => document.querySelector('#sample safe-exit')?.dataset.state !== 'loading');
  assert.equal(await page.evaluate(() => document.querySelector('#sample safe-exit').dataset.state), 'ready', 'the preview could not load the file');
  await page.locator('#sample safe-exit [part="help-button"]').click();
  await page.locator('#sample safe-exit [part="panel"] article.service').first().waitFor({ timeout: 10000 });
}

test('the preview leaves the partner’s own worker in place, and nothing of its own registered', async () => {
  const { context } = await newContext(env.browser);
  const partner = await context.newPage();
  await partner.goto(`${env.base}/site.html`);
  await partner.evaluate(() => navigator.serviceWorker.ready);
  await partner.reload(); // now controlled by the site's worker, as a returning visitor's page is
  assert.deepEqual(await registrations(partner), { '/': '/site-sw.js' });

  const page = await context.newPage();
  await tickPreview(page);
  assert.deepEqual(await registrations(page), { '/': '/site-sw.js' }, 'while the preview is shown');
  await assertPreviewShown(page);
  assert.equal(await partner.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${env.base}/site-sw.js`, 'the partner’s page keeps its worker');

  // Reloaded, then unticked.
  await page.reload();
  await ready(page);
  await page.uncheck('#contacts-preview');
  assert.deepEqual(await registrations(page), { '/': '/site-sw.js' }, 'after a reload and unticking');

  // Shown again, then the tab closed.
  await tickPreview(page);
  await assertPreviewShown(page);
  await page.close();
  assert.deepEqual(await registrations(partner), { '/': '/site-sw.js' }, 'after the tab is closed');
  await context.close();
});
