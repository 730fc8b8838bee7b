// Same verdict everywhere: every file of the contacts corpus (tests/corpus/contacts/) gets, in
// the configurator's checker and in the widget (`src` attribute → `data-state`), the lines that
// check-data prints for it, kept in its `.expected` file (tests/contacts_corpus.rs checks
// check-data itself against the same files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { start, newContext, ready, until, ENGLISH } from './helpers.mjs';

const CORPUS = 'tests/corpus/contacts';
const files = readdirSync(CORPUS).filter((name) => name.endsWith('.json')).sort();

/** check-data's lines for `name`, without the file name: the problems, then the summary. */
function expected(name) {
  const prefix = `${CORPUS}/${name}: `;
  const lines = readFileSync(`${CORPUS}/${name.replace(/\.json$/, '.expected')}`, 'utf8').trimEnd().split('\n');
  const stripped = lines.map((line) => {
    assert.ok(line.startsWith(prefix), line);
    return line.slice(prefix.length);
  });
  const summary = stripped.pop();
  const valid = Number(/^(\d+) services? valid/.exec(summary)[1]);
  return { problems: stripped, summary, valid };
}

let env;
before(async () => (env = await start({ mounts: { '/corpus/': `${CORPUS}/` } })));
after(() => env.close());

test('the corpus has good and hostile files', () => {
  assert.ok(files.length >= 10, files.join(', '));
  assert.ok(files.some((f) => expected(f).valid > 0) && files.some((f) => expected(f).valid === 0));
});

test("the configurator's checker gives each corpus file check-data's lines", async () => {
  const { context } = await newContext(env.browser, { viewport: { width: 1280, height: 1600 }, locale: ENGLISH });
  // The day check-data is run on in tests/contacts_corpus.rs: no entry of the corpus is old then.
  await context.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  const page = await context.newPage();
  await page.goto(`${env.base}/configure.html`);
  await ready(page);
  for (const name of files) {
    await page.setInputFiles('#contacts-open', `${CORPUS}/${name}`);
    await page.waitForFunction(
      (name) => document.querySelector('#contacts-file-name').textContent.startsWith(name) && document.querySelector('#contacts-status').dataset.verdict,
      name,
    );
    const { problems, summary } = expected(name);
    assert.deepEqual(await page.locator('#contacts-problems li .line').allTextContents(), problems, name);
    assert.equal(await page.textContent('#contacts-status'), summary, name);
  }
  await context.close();
});

test('the widget loads each corpus file with the verdict and the messages of check-data', async () => {
  const { context } = await newContext(env.browser);
  for (const name of files) {
    const { problems, valid } = expected(name);
    const page = await context.newPage();
    const src = `/corpus/${name}`;
    const warnings = [];
    page.on('console', (message) => {
      const prefix = `<safe-exit> src ${src}: `;
      if (message.type() === 'warning' && message.text().startsWith(prefix)) warnings.push(message.text().slice(prefix.length));
    });
    await page.goto(`${env.base}/test/widget.html?src=${encodeURIComponent(src)}&lang=en`);
    if (valid > 0) {
      await ready(page);
      // The file's own services are shown: it was loaded (the built-in data has no "Test source").
      await page.locator('safe-exit [part="help-button"]').click();
      await page.locator('safe-exit [part="panel"]', { hasText: 'Test source' }).waitFor({ timeout: 10000 });
    } else {
      await ready(page, 'degraded', { shown: false });
    }
    assert.equal(await page.locator('safe-exit').getAttribute('data-state'), valid > 0 ? 'ready' : 'degraded', name);
    // Over the size limit, the widget stops reading at the limit (or at the announced length)
    // and says so in its own words: there is no file to report on.
    if (name !== 'over-size-limit.json') {
      await until(() => warnings.length >= problems.length, 5000);
      assert.deepEqual(warnings, problems, name);
    }
    await page.close();
  }
  await context.close();
});
