// The configurator's contacts editor (Your contacts): a new user makes a valid file from nothing
// in the form, sees it in the live widget in each language and downloads it; a file opened,
// dropped or pasted gets the checker's lines with their places; hostile files get a clear
// message while the page stays responsive. The expected messages are asked of the widget's own
// checker (check_contacts) in the page, never written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newContext, ready, oneServiceDirectory, fillOurCentre, ENGLISH } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const VIEWPORT = { width: 1280, height: 1600 };
const TODAY = '2026-12-06T12:00:00Z';

async function openConfigurator() {
  const { context } = await newContext(env.browser, { viewport: VIEWPORT, locale: ENGLISH, acceptDownloads: true });
  // A fixed clock: the checker warns of entries verified more than six months before today.
  await context.clock.setFixedTime(new Date(TODAY));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${env.base}/configure.html`);
  await ready(page);
  return { context, page, problems };
}

/** Waits until the file shown has been checked; returns its verdict. */
async function checked(page) {
  await page.waitForFunction(() => document.querySelector('#contacts-status').dataset.verdict, null, { timeout: 15000 });
  return page.getAttribute('#contacts-status', 'data-verdict');
}

/** What the widget's checker says of the text now in the text box, or of `text`. */
async function checkerLines(page, text) {
  return page.evaluate(async (text) => {
    const glue = await import('/embed/glue.js');
    const today = new Date().toISOString().slice(0, 10);
    const report = JSON.parse(glue.check_contacts(text ?? document.querySelector('#contacts-text').value, today));
    return { lines: report.problems.map((p) => p.line), summary: report.summary, problems: report.problems };
  }, text);
}

async function shownLines(page) {
  return page.locator('#contacts-problems li .line').allTextContents();
}

/** Drops a file holding `text` on the drop zone, as a file dragged from the desktop. */
async function dropFile(page, name, text) {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      document.querySelector('#contacts-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

test('a new user makes a valid file in the form, previews it in each language and downloads it', async () => {
  const { context, page, problems } = await openConfigurator();
  await page.click('#contacts-new');
  assert.equal(await checked(page), 'errors');
  const card = page.locator('[data-service="0"]');

  // Each required field says, next to it, what the checker says is wrong.
  const report = await checkerLines(page);
  assert.deepEqual(await shownLines(page), report.lines);
  for (const slot of ['name', 'id', 'contacts[0]', 'source']) {
    const text = await card.locator(`[data-slot="${slot}"]`).textContent();
    assert.ok(text && report.problems.some((p) => text.includes(p.message)), `${slot}: ${text}`);
  }
  assert.equal(await page.isDisabled('#contacts-download'), true, 'a file with no valid service cannot be downloaded');

  await fillOurCentre(card);
  await page.waitForFunction(() => document.querySelector('#contacts-status').dataset.verdict === 'valid', null, { timeout: 15000 });
  assert.deepEqual(await shownLines(page), []);
  assert.equal((await checkerLines(page)).summary, await page.textContent('#contacts-status'));
  assert.equal(await card.locator('[aria-invalid]').count(), 0);

  // Add, reorder and remove a service.
  await page.click('#contacts-add');
  await checked(page);
  await page.locator('[data-service="1"]').getByRole('group', { name: 'Name' }).getByLabel('English').fill('Second');
  await page.locator('[data-service="1"]').getByRole('button', { name: 'Move up' }).click();
  assert.match(await page.locator('[data-service="0"] > legend').textContent(), /^1\. Second/);
  assert.deepEqual(JSON.parse(await page.inputValue('#contacts-text')).services.map((s) => s.name.en), ['Second', 'Our centre']);
  await page.locator('[data-service="0"]').getByRole('button', { name: 'Remove this service' }).click();
  await page.waitForFunction(() => document.querySelector('#contacts-status').dataset.verdict === 'valid', null, { timeout: 15000 });

  // The live widget shows the file being edited, in each language.
  await page.check('#contacts-preview');
  for (const [lang, shown] of [['kk', 'Біздің орталық'], ['ru', 'Наш центр'], ['en', 'Our centre']]) {
    await page.click(`[data-preview-lang="${lang}"]`);
    await page.waitForFunction(
      (lang) => {
        const element = document.querySelector('#sample safe-exit');
        return element?.getAttribute('lang') === lang && element.getAttribute('src')?.includes('contacts-preview/edited.json');
      },
      lang,
    );
    await ready(page);
    await page.locator('#sample safe-exit [part="help-button"]').click();
    await page.locator('#sample safe-exit [part="panel"]', { hasText: shown }).waitFor({ timeout: 10000 });
    assert.ok((await page.locator('#sample safe-exit [part="panel"]').textContent()).includes('Our centre: about us'), 'the source is shown');
    await page.locator('#sample safe-exit [part="help-button"]').click();
    await page.locator('#sample safe-exit [part="panel"]').waitFor({ state: 'detached' });
  }

  // Downloaded as a file, ready for the src attribute: the text the checker passed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#contacts-download')]);
  assert.equal(download.suggestedFilename(), 'contacts.json');
  const downloaded = readFileSync(await download.path(), 'utf8');
  assert.equal(downloaded, await page.inputValue('#contacts-text'));
  assert.deepEqual((await checkerLines(page, downloaded)).lines, []);
  assert.deepEqual(JSON.parse(downloaded).services.map((s) => s.id), ['our-centre']);

  // Unticked: the preview shows the options' contacts again, and the service worker is gone.
  await page.uncheck('#contacts-preview');
  await page.waitForFunction(() => !document.querySelector('#sample safe-exit').hasAttribute('src'));
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0);

  assert.deepEqual(problems, []);
  await context.close();
});

test('a file opened, dropped or pasted gets every problem with its JSON path, line:column and field', async () => {
  const { context, page, problems } = await openConfigurator();

  // Opened: an unknown field is named at its place in the text.
  const file = 'tests/corpus/contacts/unknown-fields.json';
  await page.setInputFiles('#contacts-open', file);
  assert.equal(await checked(page), 'warnings');
  const text = readFileSync(file, 'utf8');
  assert.deepEqual(await shownLines(page), (await checkerLines(page, text)).lines);
  const lines = text.split('\n');
  const row = lines.findIndex((l) => l.includes('"phone"'));
  const column = lines[row].indexOf('"150"') + 1;
  const places = await page.locator('#contacts-problems li .place').allTextContents();
  assert.equal(places[0], `services[0].phone · line ${row + 1}:${column}`);
  assert.ok((await page.locator('[data-service="0"] [data-slot=""]').textContent()).length > 0, 'shown on the service too');

  // Edited in the form: the text follows.
  await page.locator('[data-service="0"]').getByRole('group', { name: 'Name' }).getByLabel('English').fill('Renamed');
  await page.waitForFunction(() => JSON.parse(document.querySelector('#contacts-text').value).services[0].name.en === 'Renamed');
  assert.equal(JSON.parse(await page.inputValue('#contacts-text')).services[0].phone, '150', 'an unknown field is kept');

  // Dropped: a file that is not JSON.
  await dropFile(page, 'broken.json', '{"schema": "safe-exit/directory/v1",\n  "services": [}');
  assert.equal(await checked(page), 'errors');
  assert.deepEqual(await shownLines(page), (await checkerLines(page, '{"schema": "safe-exit/directory/v1",\n  "services": [}')).lines);
  assert.equal(await page.isHidden('#contacts-form'), true);
  assert.equal(await page.isVisible('#contacts-not-editable'), true);

  // Pasted into the text box: a valid file, which the form then edits.
  await page.click('.contacts-text summary');
  await page.fill('#contacts-text', readFileSync('tests/corpus/contacts/valid-full.json', 'utf8'));
  assert.equal(await checked(page), 'valid');
  assert.equal(await page.locator('[data-service="0"]').getByRole('group', { name: 'Name' }).getByLabel('English').inputValue(), 'Crisis centre');
  assert.equal(await page.locator('[data-service="0"] [data-contact]').count(), 6);

  // A repeated id: the second service's problems are shown on the second service.
  await page.setInputFiles('#contacts-open', 'tests/corpus/contacts/mixed.json');
  await checked(page);
  const repeated = await page.locator('#contacts-problems li .place').allTextContents();
  assert.deepEqual(repeated.slice(2, 4).map((p) => p.split(' · ')[0]), ['services[1].name', 'services[1].id']);

  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile files get the checker’s message and the page stays responsive', async () => {
  const { context, page, problems } = await openConfigurator();
  // 30 MB, far over the checker's limit: refused by its size before anything is parsed. The
  // file is made first, so that only the page's own work is timed.
  await page.evaluate(() => {
    window.hugeFile = new File(['{"services": [' + ' '.repeat(30 << 20) + ']}'], 'huge.json');
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(window.hugeFile);
    document.querySelector('#contacts-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await checked(page), 'errors');
  const longest = await page.evaluate(() => window.longestTask);
  const huge = await page.evaluate(async () => {
    const glue = await import('/embed/glue.js');
    return JSON.parse(glue.check_contacts('{"services": [' + ' '.repeat(30 << 20) + ']}')).problems.map((p) => p.line);
  });
  assert.deepEqual(await shownLines(page), huge);
  assert.equal(await page.inputValue('#contacts-text'), '', 'too large to put into the text box');
  assert.match(await page.getAttribute('#contacts-text', 'placeholder'), /too large/);

  // 100000 levels deep.
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  await dropFile(page, 'deep.json', deep);
  assert.equal(await checked(page), 'errors');
  assert.deepEqual(await shownLines(page), (await checkerLines(page, deep)).lines);

  // Still responsive: the next action works at once.
  await page.click('#contacts-new');
  assert.equal(await checked(page), 'errors');
  assert.equal(await page.locator('[data-service="0"]').count(), 1);
  console.log(`longest main-thread task while reading and checking 30 MB: ${Math.round(longest)} ms`);

  assert.deepEqual(problems, []);
  await context.close();
});

test('an entry verified more than six months ago is warned of, as check-data warns of it', async () => {
  const { context, page } = await openConfigurator();
  const service = (id, verified) => ({
    id, name: { kk: 'Желі', ru: 'Линия', en: 'Line' }, kind: 'hotline', contacts: [{ type: 'voice', value: '111' }],
    source: { url: 'https://source.example/', title: 'Source' }, verified,
  });
  const file = JSON.stringify({ schema: 'safe-exit/directory/v1', updated: '2026-12-01', services: [service('old', '2026-05-01'), service('fresh', '2026-11-24')] });
  await page.setInputFiles('#contacts-open', { name: 'ages.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  assert.equal(await checked(page), 'warnings');
  const shown = await shownLines(page);
  assert.deepEqual(shown, (await checkerLines(page, file)).lines);
  assert.deepEqual(shown, ['warning: service "old", field `verified`: last verified 2026-05-01, 7 months ago; check it against its source and update `verified` (after 12 months the widget tells visitors it may have changed)']);
  await context.close();
});

// The same 500 services on one line and pretty-printed: each place in the text is counted on
// from the last one, so the one-line file takes about as long, not 14 times as long (issue
// 31). The bound is a ratio of the two, the better of two tries each, not a time.
test('a one-line file of 500 services is checked about as fast as the same file pretty-printed', async () => {
  const { context, page, problems } = await openConfigurator();
  const services = Array.from({ length: 500 }, (_, i) => ({
    ...JSON.parse(oneServiceDirectory(`line-${i}`)).services[0],
    phone: '150', // an unknown field: a problem to place on every service
  }));
  const file = { schema: 'safe-exit/directory/v1', services };
  const timeToCheck = async (text) => {
    let best = Infinity;
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.click('#contacts-new');
      await checked(page);
      const started = await page.evaluate(() => performance.now());
      await dropFile(page, 'many.json', text);
      assert.equal(await checked(page), 'warnings');
      best = Math.min(best, (await page.evaluate(() => performance.now())) - started);
    }
    return best;
  };
  const pretty = await timeToCheck(JSON.stringify(file, null, 2));
  const oneLine = await timeToCheck(JSON.stringify(file));
  console.log(`500 services checked and shown: pretty-printed ${Math.round(pretty)} ms, one line ${Math.round(oneLine)} ms`);
  assert.ok(oneLine < 2.5 * pretty, `one line ${Math.round(oneLine)} ms against ${Math.round(pretty)} ms pretty-printed`);
  assert.deepEqual(problems, []);
  await context.close();
});
