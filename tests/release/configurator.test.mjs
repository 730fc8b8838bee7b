// The partner's journey with no toolchain: the release archive's configurator/, unpacked and
// served by a plain static server (under the strict Content-Security-Policy), is used in
// Chromium to make a contacts file from nothing and to write the snippet; the file and the
// snippet, put on the same site beside the archive's safe-exit/VERSION/, give a page whose
// widget shows that file's service. Every file the configurator asks for must be in the
// archive (no 404), and its checks must be the widget's own (its first stage and check_contacts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { version } from '../../scripts/build-pkg.mjs';
import { unpackedRelease } from './unpacked.mjs';
import { CHROMIUM_ARGS, ENGLISH, fillOurCentre, newContext, ready, shownServices } from '../e2e/helpers.mjs';
import { TEXTS } from '../../demo/configure-texts.js';

const VERSION = version();
let work;
let site;
let server;
let base;
let browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'safe-exit-configurator-'));
  site = unpackedRelease(work, 'unpacked');
  server = await serve({ root: site });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A page of `context` that records failed requests, page errors and console errors. */
async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  return { page, problems };
}

const verdict = (page, wanted) =>
  page.waitForFunction((wanted) => document.querySelector('#contacts-status').dataset.verdict === wanted, wanted, { timeout: 20000 });

test('the archive holds the configurator as a folder of its own, with the bundle it previews', () => {
  const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => `${name}/${f}`) : [name]));
  const configurator = files(join(site, 'configurator'));
  for (const path of ['index.html', 'opened-from-disk.js', 'configure.js', 'configure-language.js', 'configure-texts.js', 'configure.css', 'contacts-editor.js', 'contacts-form.js', 'contacts-check-worker.js', 'contacts-preview-sw.js', 'data/kz.json']) {
    assert.ok(configurator.includes(path), `configurator/${path} is in the archive`);
  }
  for (const path of files(join(site, 'safe-exit', VERSION))) {
    assert.ok(readFileSync(join(site, 'configurator', 'embed', path)).equals(readFileSync(join(site, 'safe-exit', VERSION, path))), `configurator/embed/${path} is the bundle's`);
  }
  const page = readFileSync(join(site, 'configurator', 'index.html'), 'utf8');
  assert.doesNotMatch(page, /href="index\.html"/, 'no link to the demo site, which the archive does not hold');
  assert.match(page, new RegExp(`id="bundle"[^>]*value="/safe-exit/${VERSION.replaceAll('.', '\\.')}/"`), 'the bundle folder defaults to the archive\'s');
});

test("a partner makes a contacts file in the archive's configurator, served from their own server, and the widget shows it", async () => {
  const { context } = await newContext(browser, { viewport: { width: 1280, height: 1600 }, locale: ENGLISH, acceptDownloads: true });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${base}/configurator/`);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('#options').dataset.checks === 'ready', null, { timeout: 20000 });

  // A new file, checked by the widget's own checker: the same lines as check_contacts gives.
  await page.click('#contacts-new');
  await verdict(page, 'errors');
  const card = page.locator('[data-service="0"]');
  await fillOurCentre(card);
  await verdict(page, 'valid');
  const checker = await page.evaluate(async () => {
    const glue = await import('./embed/glue.js');
    return JSON.parse(glue.check_contacts(document.querySelector('#contacts-text').value)).summary;
  });
  assert.equal(await page.textContent('#contacts-status'), checker, "the status is the widget's checker's summary");

  // The preview's service worker works from the configurator's folder, not only from a root.
  await page.check('#contacts-preview');
  await page.waitForFunction(() => document.querySelector('#sample safe-exit')?.getAttribute('src')?.includes('/configurator/contacts-preview/edited.json'));
  await ready(page);
  await page.locator('#sample safe-exit [part="help-button"]').click();
  await page.locator('#sample safe-exit [part="panel"]', { hasText: 'Наш центр' }).waitFor({ timeout: 10000 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#contacts-download')]);
  assert.equal(download.suggestedFilename(), 'contacts.json');
  writeFileSync(join(site, 'contacts.json'), readFileSync(await download.path()));

  // The snippet for that file, with the archive's bundle folder.
  await page.check('#data-url');
  await page.fill('#src', '/contacts.json');
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('src="/contacts.json"'));
  const snippet = await page.textContent('#snippet');
  assert.ok(snippet.includes(`<script type="module" src="/safe-exit/${VERSION}/safe-exit.js" blocking="render"></script>`), snippet);
  assert.deepEqual(problems, [], 'the configurator found every file it needs in the archive, without an error');
  await context.close();

  // The partner's page: the snippet's two parts, beside the archive's safe-exit/ folder.
  const [head, body] = snippet.split('<!-- First thing in <body>: -->');
  writeFileSync(join(site, 'index.html'), `<!doctype html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<title>Partner</title>\n${head}</head>\n<body>\n${body}\n<h1>Партнёр</h1>\n</body>\n</html>\n`);
  const partner = await newContext(browser);
  const { page: partnerPage, problems: partnerProblems } = await watchedPage(partner.context);
  await partnerPage.goto(`${base}/index.html`);
  await ready(partnerPage);
  assert.deepEqual(await shownServices(partnerPage), ['our-centre']);
  assert.ok((await partnerPage.locator('safe-exit [part="panel"]').textContent()).includes('Наш центр'));
  assert.equal(await partnerPage.locator('safe-exit').getAttribute('data-state'), 'ready', 'the file was accepted, not degraded');
  assert.deepEqual(partnerProblems, []);
  await partner.context.close();
});

test('opened from the disk, where Chromium refuses its module scripts, the page says to serve it instead', async () => {
  const page = await browser.newPage();
  await page.goto(`file://${join(site, 'configurator', 'index.html')}`);
  await page.locator('#opened-from-disk').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#opened-from-disk'), /Copy the folder configurator\/ to your web server/);
  assert.equal(await page.evaluate(() => document.querySelector('#options').dataset.checks), undefined, 'the checks did not start');
  await page.close();
  // Served, it stays hidden.
  const served = await browser.newPage();
  await served.goto(`${base}/configurator/`);
  await served.waitForFunction(() => document.querySelector('#options').dataset.checks === 'ready', null, { timeout: 20000 });
  assert.equal(await served.isHidden('#opened-from-disk'), true);
  await served.close();
});

test("the archive's configurator speaks Kazakh and Russian from a plain server, with nothing missing", async () => {
  for (const lang of ['kk', 'ru']) {
    const { context } = await newContext(browser);
    const { page, problems } = await watchedPage(context);
    await page.goto(`${base}/configurator/?ui=${lang}`);
    await page.waitForFunction(() => document.querySelector('#options').dataset.checks === 'ready', null, { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.textContent('h1'), TEXTS['page.title'][lang]);
    assert.equal(await page.textContent('#bundle-hint code'), `safe-exit/${VERSION}/`, 'the hint names the archive\'s folder');
    assert.deepEqual(problems, [], lang);
    await context.close();
  }
});
