// The configurator's preview worker on a partner's site that has a service worker of its own
// (issue 30): the partner's worker is never replaced, and the preview's is registered only for
// as long as it takes to control the configurator's page, so that nothing of it is left after
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

async function previewEditedFile(page) {
  await page.goto(`${env.base}/configure.html`);
  await ready(page);
  await page.click('#contacts-builtin');
  await page.waitForFunction(() => document.querySelector('#contacts-status').dataset.verdict, null, { timeout: 15000 });
  await page.check('#contacts-preview');
  await page.waitForFunction(() => document.querySelector('#sample safe-exit')?.getAttribute('src')?.includes('contacts-preview/edited.json'));
  await ready(page);
  // The preview shows the file: served by the worker, from this page's text.
  await page.locator('#sample safe-exit [part="help-button"]').click();
  await page.locator('#sample safe-exit [part="panel"] article.service').first().waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate(() => document.querySelector('#sample safe-exit').dataset.state), 'ready');
}

test('the preview leaves the partner’s own worker in place, and nothing of its own registered', async () => {
  const { context } = await newContext(env.browser);
  const partner = await context.newPage();
  await partner.goto(`${env.base}/site.html`);
  await partner.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(await registrations(partner), { '/': '/site-sw.js' });

  const page = await context.newPage();
  await previewEditedFile(page);
  assert.deepEqual(await registrations(page), { '/': '/site-sw.js' }, 'while the preview is shown');
  assert.equal(await partner.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${env.base}/site-sw.js`, 'the partner’s page keeps its worker');

  // Reloaded, then unticked.
  await page.reload();
  await ready(page);
  await page.uncheck('#contacts-preview');
  assert.deepEqual(await registrations(page), { '/': '/site-sw.js' }, 'after a reload and unticking');

  // Shown again, then the tab closed.
  await previewEditedFile(page);
  await page.close();
  assert.deepEqual(await registrations(partner), { '/': '/site-sw.js' }, 'after the tab is closed');
  await context.close();
});
