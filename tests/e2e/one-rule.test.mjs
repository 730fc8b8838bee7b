// The configurator, the loader and the widget cannot disagree on a value, because the rules
// are the widget's (src/config.rs, src/safe_url.rs): the configurator shows, for each value,
// the warning the widget itself writes (the first stage's `check_attribute`); the loader's
// exit before the wasm (its JavaScript copy of the URL rule, tested on the whole corpus in
// exit-urls.test.mjs) does not leave for an address the widget refuses, and leaves for the
// widget's default instead. The four refused addresses are ones a JavaScript copy of the rule
// in the configurator once accepted; the list of eleven is one more than the widget takes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, NEUTRAL, widgetWith } from './helpers.mjs';

const PASSES = 'https://neutral.example/weather';
const REFUSED = ['https://a..b/', 'https://x.org:abc/', 'https://-bad.org/', 'https://x.org:123456/', Array(11).fill(PASSES).join(' ')];

let env;
before(async () => (env = await start()));
after(() => env.close());

/** What the widget's first stage says (the module the loader has already started). */
function askCore(page, call) {
  return page.evaluate(async ([name, args]) => (await import('/embed/core.js'))[name](...args), call);
}

/** Opens the configurator once its checks are the widget's own. */
async function openConfigurator(context) {
  const page = await context.newPage();
  await page.goto(`${env.base}/configure.html`);
  await page.locator('#options[data-checks="ready"]').waitFor({ state: 'attached' });
  return page;
}

/** The configurator's verdict on `url` as the only exit URL: its message and whether it is an error. */
async function configuratorOn(page, url) {
  await page.fill('#exit-url', url);
  return page.evaluate(() => {
    const out = document.getElementById('exit-url-problem');
    return { refused: out.classList.contains('is-error'), message: out.textContent };
  });
}

/** Where the loader's own exit goes, with the wasm never loading: every https request is answered. */
async function leavesBeforeWasm(url) {
  const { context } = await newContext(env.browser);
  await context.route('**/*.wasm', (route) => route.abort());
  const departures = [];
  await context.route(
    (address) => address.protocol === 'https:' && !NEUTRAL.test(address.href),
    (route) => {
      departures.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Refused destination</title>' });
    },
  );
  await context.route(`${env.base}/test/pre-wasm.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Pre-wasm</title><script type="module" src="/embed/safe-exit.js"></script><safe-exit exit-url="${url}"><a href="#">Exit</a></safe-exit>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(`${env.base}/test/pre-wasm.html`);
  await ready(page, 'degraded', { shown: false });
  await page.click('safe-exit > a');
  await page.waitForURL(/^https:/, { timeout: 10000 });
  const left = page.url();
  await context.close();
  return left;
}

test('the widget refuses each of the four addresses and the list of eleven with a warning, and the configurator shows that warning', async () => {
  const { context } = await newContext(env.browser);
  const configurator = await openConfigurator(context);
  for (const url of REFUSED) {
    const { page, warnings } = await widgetWith(context, env.base, url);
    await ready(page, 'degraded', { shown: false });
    const warning = warnings.find((w) => w.includes('`exit-url`'));
    assert.ok(warning?.includes(url), `${url}: the widget's warnings were ${JSON.stringify(warnings)}`);
    assert.equal(await askCore(page, ['check_attribute', ['exit-url', url]]), warning, url);
    assert.deepEqual(await configuratorOn(configurator, url), { refused: true, message: warning }, url);
    await page.close();
  }
  const { page, warnings } = await widgetWith(context, env.base, PASSES);
  await ready(page, 'ready', { shown: false });
  assert.deepEqual(warnings, []);
  assert.deepEqual(await configuratorOn(configurator, PASSES), { refused: false, message: '' });
  await context.close();
});

test("before the wasm, the loader's exit leaves for the widget's default instead of each of the four and the list of eleven", async () => {
  const { context } = await newContext(env.browser);
  const page = await openConfigurator(context);
  const fallback = await askCore(page, ['default_exit_url', []]);
  await context.close();
  assert.match(fallback, NEUTRAL);
  for (const url of REFUSED) assert.equal(await leavesBeforeWasm(url), fallback, url);
  assert.equal(await leavesBeforeWasm(PASSES), PASSES);
});

test('every choice the configurator offers is one the widget accepts', async () => {
  const { context } = await newContext(env.browser);
  const page = await openConfigurator(context);
  const choices = await page.evaluate(() => [
    ...[...document.querySelectorAll('#options select')].flatMap((select) => [...select.options].map((option) => ['select', select.id, option.value])),
    ...[...document.querySelectorAll('#options input[type="radio"]:not([name="data"])')].map((radio) => ['radio', radio.name, radio.value]),
    ...[...document.querySelectorAll('#options input[type="checkbox"]')].map((box) => ['checkbox', box.id, 'on']),
    ...[...document.querySelectorAll('#regions option')].map((option) => ['text', 'region', option.value]),
  ]);
  assert.ok(choices.length >= 16, JSON.stringify(choices));
  const refused = [];
  for (const [kind, name, value] of choices) {
    if (kind === 'select') await page.selectOption(`#${name}`, value);
    else if (kind === 'radio') await page.check(`input[name="${name}"][value="${value}"]`);
    else if (kind === 'checkbox') await page.check(`#${name}`);
    else await page.fill(`#${name}`, value);
    const problems = await page.textContent('#snippet-problems');
    if (problems) refused.push(`${name}=${value}: ${problems}`);
  }
  assert.deepEqual(refused, []);
  // The check can fail: a value the widget does not read is flagged with its own warning.
  await page.evaluate(() => {
    const option = document.createElement('option');
    option.value = option.textContent = 'fr';
    document.getElementById('lang').append(option);
  });
  await page.selectOption('#lang', 'fr');
  assert.match(await page.textContent('#snippet-problems'), /`lang`: "fr" is not one of kk, ru, en/);
  await context.close();
});
