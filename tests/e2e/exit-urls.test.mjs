// The exit URL rule in Chromium, against tests/corpus/exit-urls.json (whose `accepted` and
// `refusal` the Rust rule must match, tests/exit_urls.rs): the browser's parser accepts every
// accepted URL (and the corpus records, as `browser`, what it says of every case, so a policy
// refusal is visibly one); the loader's JavaScript copy of the rule, as shipped, gives the
// verdict and refusal code of every case, and of every URL the property tests generated
// (tests/properties.rs, written under target/); and the configurator, which asks the widget's
// first stage, agrees with `accepted`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { start, newContext, exitCoreModule } from './helpers.mjs';

const CORPUS = JSON.parse(readFileSync('tests/corpus/exit-urls.json', 'utf8'));
// The loader's rule returns a refusal as its code's place, from 1, in this list.
const CODES = JSON.parse(readFileSync('tests/corpus/refusal-codes.json', 'utf8'));
const GENERATED = `${process.env.CARGO_TARGET_DIR || 'target'}/tmp/exit-urls-generated.json`;

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

/** What the loader's rule, as shipped, says of each `[url, loopback]`: `{ accepted, refusal }`. */
async function judgeInLoader(browser, cases) {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  const module = await exitCoreModule(page);
  await page.goto(`${env.base}/test/before.html`);
  const judged = await page.evaluate(
    async ({ module, cases }) => {
      const { checkUrl, refusal } = await import(module);
      const trim = (url) => url.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
      return cases.map(([url, loopback]) => [checkUrl(url, loopback) !== null, refusal(trim(url), loopback) || 0]);
    },
    { module, cases },
  );
  await context.close();
  return judged.map(([accepted, code]) => ({ accepted, refusal: code ? CODES[code - 1] : null }));
}

test("the loader's JavaScript rule, as shipped, gives the Rust rule's verdict and refusal on every case", async () => {
  const judged = await judgeInLoader(env.browser, CORPUS.map((c) => [c.url, false]));
  const wrong = CORPUS.flatMap((c, i) => {
    const { accepted, refusal } = judged[i];
    if (accepted !== c.accepted) return [`${JSON.stringify(c.url)}: ${c.accepted ? 'accepted' : 'refused'} by Rust`];
    if (refusal !== (c.refusal ?? null)) return [`${JSON.stringify(c.url)}: refused as ${c.refusal} by Rust, as ${refusal} by JavaScript`];
    return [];
  });
  assert.deepEqual(wrong, []);
});

test("the loader's JavaScript rule gives the Rust rule's refusal for every URL the property tests generated", async () => {
  assert.ok(existsSync(GENERATED), `${GENERATED} is missing: \`cargo test --test properties generated_urls\` writes it`);
  const cases = JSON.parse(readFileSync(GENERATED, 'utf8'));
  assert.ok(cases.length >= 3000);
  const judged = await judgeInLoader(env.browser, cases.map((c) => [c.url, c.loopback]));
  const wrong = cases.flatMap((c, i) => {
    const { accepted, refusal } = judged[i];
    if (refusal === c.refusal && accepted === (c.refusal === null)) return [];
    return [`${JSON.stringify(c.url)} (http on loopback ${c.loopback ? 'allowed' : 'refused'}): Rust says ${c.refusal}, JavaScript ${refusal}${accepted ? ', accepted' : ''}`];
  });
  assert.deepEqual(wrong, []);
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
