// A partner's server set up wrongly: the .wasm files sent with another type, a script sent as
// text/plain, the snippet's path not where the bundle is, the bundle's folders flattened, the
// versioned folder left out. In each case the console names the file and the fix, and the exit
// still leaves without Referer: through the widget where it could load, else the fallback link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newContext, ready, exitButton, left, until } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const EMBED = `${process.env.SAFE_EXIT_DIST || 'dist'}/embed`;

/** A partner page at /partner/page.html whose snippet loads the loader from `script`. */
const partnerPage = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="${script}" blocking="render"></script></head>
<body>
  <safe-exit exit-url="https://neutral.example/" lang="en"><a href="https://neutral.example/" rel="noreferrer">Exit</a></safe-exit>
  <h1>A partner page</h1>
</body>
</html>`;

/** Opens the partner page (served by `routes`, plus the page itself), recording the console. */
async function visit(script, routes = {}) {
  const setup = await newContext(env.browser);
  await setup.context.route(`${env.base}/partner/page.html`, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'Cache-Control': 'no-store' }, body: partnerPage(script) }));
  for (const [pattern, handler] of Object.entries(routes)) await setup.context.route(pattern, handler);
  const page = await setup.context.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()} @ ${message.location().url}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await page.goto(`${env.base}/partner/page.html`);
  return { ...setup, page, messages };
}

/** Answers with the file the server has, under another Content-Type. */
const retyped = (type) => async (route) => {
  const response = await route.fetch();
  await route.fulfill({ response, headers: { ...response.headers(), 'content-type': type } });
};

/** Waits (console messages arrive asynchronously) for a message that matches every pattern. */
async function assertConsoleSays(messages, ...patterns) {
  const find = () => messages.find((text) => patterns.every((pattern) => pattern.test(text)));
  await until(find);
  const line = find();
  assert.ok(line, `no console message matches ${patterns.join(' and ')}:\n${messages.join('\n')}`);
}

async function assertExitLeaves({ context, page, neutral }, how) {
  await how();
  await left(page);
  assert.equal(neutral.length, 1);
  assert.equal(neutral[0].headers.referer, undefined, 'the neutral site must not learn where the visitor came from');
  await context.close();
}

for (const type of ['text/plain', 'application/octet-stream']) {
  test(`.wasm served as ${type}: the widget loads the slower way, and the console names each file and the fix`, async () => {
    const drill = await visit('/embed/safe-exit.js', { '**/*.wasm': retyped(type) });
    await ready(drill.page);
    for (const file of ['safe-exit-core.wasm', 'safe-exit.wasm']) {
      await assertConsoleSays(drill.messages, /^warning: <safe-exit>:/, new RegExp(`/embed/${file.replace('.', '\\.')} is served as ${type}`), /serve \.wasm files as application\/wasm/);
    }
    await assertExitLeaves(drill, () => exitButton(drill.page).click());
  });
}

test('core.js served as text/plain: the console names it and the fix, and the fallback link exits', async () => {
  const drill = await visit('/embed/safe-exit.js', { '**/embed/core.js': retyped('text/plain') });
  await ready(drill.page, 'degraded');
  await assertConsoleSays(drill.messages, /^error: <safe-exit>: the widget could not load/, /core\.js \(beside safe-exit\.js\) could not be loaded/, /serve \.js files as text\/javascript/);
  await assertExitLeaves(drill, () => drill.page.click('safe-exit > a'));
});

test('the snippet points at a copy of the loader away from the bundle: the console names the file and the fix', async () => {
  const loader = readFileSync(`${EMBED}/safe-exit.js`);
  const drill = await visit('/js/safe-exit.js', {
    '**/js/safe-exit.js': (route) => route.fulfill({ contentType: 'text/javascript', body: loader }),
  });
  await ready(drill.page, 'degraded');
  await assertConsoleSays(drill.messages, /^error: <safe-exit>: the widget could not load/, /core\.js \(beside safe-exit\.js\) could not be loaded/, /Copy every file and folder of the bundle, keeping their names, to the folder your <script src> points at/);
  await assertExitLeaves(drill, () => drill.page.click('safe-exit > a'));
});

test('the first stage .wasm missing beside the loader: the console names its address and the fix', async () => {
  const drill = await visit('/embed/safe-exit.js', { '**/embed/safe-exit-core.wasm': (route) => route.fulfill({ status: 404, body: 'not found' }) });
  await ready(drill.page, 'degraded');
  await assertConsoleSays(drill.messages, /^error: <safe-exit>: the widget could not load/, /\/embed\/safe-exit-core\.wasm answered 404\. Copy every file and folder/);
  await assertExitLeaves(drill, () => drill.page.click('safe-exit > a'));
});

// These pages have the snippet from before the guard (the loader alone in <head>).
test('the snippet without the guard: the console says what to add, and the page with it is not told', async () => {
  const drill = await visit('/embed/safe-exit.js');
  await ready(drill.page);
  await assertConsoleSays(drill.messages, /^warning: <safe-exit>: add <script src="\.\.\.\/safe-exit-guard\.js"><\/script> \(beside safe-exit\.js\) to <head>, before safe-exit\.js/);
  await drill.context.close();
  const { context } = await newContext(env.browser);
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.goto(`${env.base}/test/widget.html`);
  await ready(page);
  assert.deepEqual(messages.filter((text) => text.includes('safe-exit-guard')), [], 'the page with the guard was told to add it');
  await context.close();
});

// No script of the widget runs when the loader itself is missing: the browser's own console
// line names the file (INSTALL.md's troubleshooting gives the fix), and the link still leaves.
test('the versioned folder left out (the snippet says /safe-exit/1.0.0/): the console names the loader, and the link leaves', async () => {
  const drill = await visit('/safe-exit/1.0.0/safe-exit.js');
  await drill.page.locator('safe-exit > a').waitFor();
  await assertConsoleSays(drill.messages, /^error: .*404/, /\/safe-exit\/1\.0\.0\/safe-exit\.js$/);
  assert.equal(await drill.page.locator('safe-exit').getAttribute('data-state'), null, 'no loader ran');
  await assertExitLeaves(drill, () => drill.page.click('safe-exit > a'));
});
