// The exit URL rule in Chromium, against tests/corpus/exit-urls.json (whose `accepted` the
// Rust rule must match, tests/exit_urls.rs): the browser's parser accepts every accepted URL
// (and the corpus records, as `browser`, what it says of every case, so a policy refusal is
// visibly one); the loader's JavaScript copy of the rule, as shipped, agrees with `accepted`
// on every case; and so does the configurator, which asks the widget's first stage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newContext, exitCoreModule } from './helpers.mjs';

const CORPUS = JSON.parse(readFileSync('tests/corpus/exit-urls.json', 'utf8'));

let env;
before(async () => (env = await start()));
after(() => env.close());

test('Chromium parses every URL the rule accepts, and says of each case what the corpus records', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/test/before.html`);
  const parsed = await page.evaluate((urls) => urls.map((url) => URL.canParse(url)), CORPUS.map((c) => c.url));
  const wrong = [];
  CORPUS.forEach((c, i) => {
    if (c.accepted && !parsed[i]) wrong.push(`accepted but the browser refuses it: ${JSON.stringify(c.url)}`);
    if (c.browser !== parsed[i]) wrong.push(`"browser" should be ${parsed[i]}: ${JSON.stringify(c.url)}`);
    if (!c.accepted && parsed[i] && !c.why) wrong.push(`refused by policy without a why: ${JSON.stringify(c.url)}`);
  });
  assert.deepEqual(wrong, []);
  await context.close();
});

test("the loader's JavaScript rule, as shipped, agrees with the Rust rule on every case", async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const module = await exitCoreModule(page);
  await page.goto(`${env.base}/test/before.html`);
  const verdicts = await page.evaluate(
    async ({ module, urls }) => {
      const { checkUrl } = await import(module);
      return urls.map((url) => checkUrl(url, false) !== null);
    },
    { module, urls: CORPUS.map((c) => c.url) },
  );
  const wrong = CORPUS.filter((c, i) => verdicts[i] !== c.accepted).map((c) => `${JSON.stringify(c.url)}: ${c.accepted ? 'accepted' : 'refused'} by Rust`);
  assert.deepEqual(wrong, []);
  await context.close();
});

test('the configurator agrees with the Rust rule on every case it can take as one address', async () => {
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  await page.goto(`${env.base}/configure.html`);
  await page.waitForFunction(() => document.querySelector('#sample safe-exit')?.dataset.state === 'ready');
  await page.locator('#options[data-checks="ready"]').waitFor({ state: 'attached' });
  // A case with ASCII whitespace inside is several addresses to it, as to the widget, and an
  // empty one means the default; it allows http on loopback, as `exit-url` does.
  const single = CORPUS.filter((c) => /^[\t\n\f\r ]*[^\t\n\f\r ]+[\t\n\f\r ]*$/.test(c.url) && !/^http:\/\/127\.0\.0\.1[:/]/.test(c.url));
  assert.ok(single.length > 120);
  const verdicts = await page.evaluate(async (urls) => {
    const field = document.getElementById('exit-url');
    const out = [];
    for (const url of urls) {
      field.value = url;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      out.push(!document.getElementById('exit-url-problem').classList.contains('is-error'));
    }
    return out;
  }, single.map((c) => c.url));
  const wrong = single.filter((c, i) => verdicts[i] !== c.accepted).map((c) => `${JSON.stringify(c.url)}: ${c.accepted ? 'accepted' : 'refused'} by Rust`);
  assert.deepEqual(wrong, []);
  await context.close();
});
