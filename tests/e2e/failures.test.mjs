// Failure drills: the widget's own files missing or corrupt, and a partner's contacts file
// missing, failing, hanging, malformed or huge. In every case the exit still leaves,
// `data-state` says what happened, the console says why, and the partner page stays intact.
// A valid contacts file, for contrast, replaces the embedded contacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { start, newContext, ready, exitButton, left, until } from './helpers.mjs';

const TEN_MB = 10 * 1024 * 1024;

let env;
// Playwright always declares a fulfilled body's length; a hostile server may not, so this one
// streams 10 MB without Content-Length, and the page's request is sent on to it.
let undeclared;
before(async () => {
  env = await start();
  undeclared = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    for (let i = 0; i < 10; i++) response.write(Buffer.alloc(TEN_MB / 10, 0x20));
    response.end();
  });
  await new Promise((done) => undeclared.listen(0, '127.0.0.1', done));
});
after(() => {
  undeclared.close();
  return env.close();
});

const DATA_PAGE = '/test/widget.html?src=/test/data.json&lang=en';

/** A page in a fresh context, with every console message and page error recorded. */
async function drillPage(routes = {}) {
  const setup = await newContext(env.browser);
  for (const [pattern, handler] of Object.entries(routes)) await setup.context.route(pattern, handler);
  const page = await setup.context.newPage();
  const messages = [];
  const errors = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  // Every value data-state takes, in order, to tell "armed, then degraded" from "never armed".
  await page.addInitScript(() => {
    window.dataStates = [];
    new MutationObserver((records) => {
      for (const record of records) window.dataStates.push(record.target.getAttribute('data-state'));
    }).observe(document, { subtree: true, attributeFilter: ['data-state'] });
  });
  return { ...setup, page, messages, errors };
}

/** The values data-state took, in order; a value set again (each stage reports) counts once. */
const dataStates = (page) => page.evaluate(() => window.dataStates.filter((state, i, all) => state !== all[i - 1]));

/** The partner's own content is shown, and nothing the widget did threw into the page. */
async function assertPartnerPageIntact(page, errors) {
  const heading = page.locator('h1').first();
  assert.ok(await heading.isVisible(), 'the partner page is hidden');
  assert.ok((await heading.textContent()).trim().length > 0, 'the partner page lost its heading');
  assert.deepEqual(errors, [], 'uncaught errors in the page');
}

function assertConsoleSays(messages, pattern) {
  assert.ok(messages.some((line) => pattern.test(line)), `no console message matches ${pattern}:\n${messages.join('\n')}`);
}

/**
 * The bundle's `file`, changed as a swapped file would be, and still a valid module that
 * behaves the same: a custom section is added at its end (pinning the scripts with SRI does
 * not cover it). Only its bytes differ from those the loader was built with.
 */
function swapped(file) {
  const bytes = readFileSync(`${process.env.SAFE_EXIT_DIST || 'dist'}/embed/${file}`);
  const name = Buffer.from('swapped');
  const body = Buffer.concat([Buffer.from([0, name.length + 1, name.length]), name]);
  return (route) => route.fulfill({ contentType: 'application/wasm', body: Buffer.concat([bytes, body]) });
}

// The first stage (core.js, safe-exit-core.wasm) arms the exit; without it only the link does.
for (const [name, pattern, answer] of [
  ['the first stage .wasm is swapped for another module', '**/embed/safe-exit-core.wasm', swapped('safe-exit-core.wasm')],
  ['the first stage .wasm is missing (404)', '**/embed/safe-exit-core.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['the first stage .wasm is corrupt', '**/embed/safe-exit-core.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: randomBytes(16 * 1024) })],
  ['the first stage glue is missing (404)', '**/embed/core.js', (route) => route.fulfill({ status: 404, body: 'not found' })],
]) {
  test(`when ${name}, the widget says it is degraded and the fallback link exits`, async () => {
    const { context, page, messages, errors, neutral } = await drillPage({ [pattern]: answer });
    await page.goto(`${env.base}/index.html`);
    await ready(page, 'degraded');
    assert.deepEqual(await dataStates(page), ['loading', 'degraded']);
    assertConsoleSays(messages, /^error: <safe-exit>: the widget could not load/);
    if (name.includes('swapped')) assertConsoleSays(messages, /safe-exit-core\.wasm is not the file this safe-exit\.js was built with \(its SHA-256 is [0-9a-f]{64}/);
    await assertPartnerPageIntact(page, errors);
    await page.click('safe-exit > a');
    await left(page);
    assert.equal(neutral.length, 1);
    assert.equal(neutral[0].headers.referer, undefined);
    await context.close();
  });
}

// The interface (glue.js, safe-exit.wasm) comes second: without it the exit is still armed,
// the shortcut included, and the link leaves through the full exit sequence.
for (const [name, pattern, answer] of [
  ['the interface .wasm is swapped for another module', '**/embed/safe-exit.wasm', swapped('safe-exit.wasm')],
  ['the interface .wasm is missing (404)', '**/embed/safe-exit.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['the interface .wasm is corrupt', '**/embed/safe-exit.wasm', (route) => route.fulfill({ contentType: 'application/wasm', body: randomBytes(64 * 1024) })],
  ['the interface glue is missing (404)', '**/embed/glue.js', (route) => route.fulfill({ status: 404, body: 'not found' })],
]) {
  test(`when ${name}, the exit and the shortcut stay armed and the widget says it is degraded`, async () => {
    const { context, page, messages, errors, neutral } = await drillPage({ [pattern]: answer });
    await page.goto(`${env.base}/index.html`);
    await ready(page, 'degraded');
    assert.deepEqual(await dataStates(page), ['loading', 'ready', 'degraded']);
    assertConsoleSays(messages, /^error: <safe-exit>: the help panel could not load; the exit link and the shortcut still work/);
    if (name.includes('swapped')) assertConsoleSays(messages, /safe-exit\.wasm is not the file this safe-exit\.js was built with/);
    await assertPartnerPageIntact(page, errors);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left(page);
    assert.equal(neutral.length, 1);
    assert.equal(neutral[0].headers.referer, undefined);
    await context.close();
  });
}

test('while the interface is still loading, the exit is armed: the link and the shortcut leave', async () => {
  for (const leave of [(page) => page.click('safe-exit > a', { noWaitAfter: true }), async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  }]) {
    const { context, page, neutral, holdNeutral } = await drillPage({ '**/embed/safe-exit.wasm': () => {} }); // never answered
    const events = [];
    await page.exposeFunction('reportExit', (detail) => events.push(detail));
    await page.addInitScript(() => document.addEventListener('safe-exit', (e) => window.reportExit(e.detail)));
    await page.goto(`${env.base}/index.html`);
    await ready(page, 'ready', { shown: false });
    assert.equal(await page.evaluate(() => document.querySelector('safe-exit').shadowRoot.querySelector('[part="exit-button"]')), null, 'the interface is not there yet');
    // The page stays until the destination answers, so the binding's message cannot be lost.
    const release = holdNeutral();
    await leave(page);
    await until(() => events.length > 0);
    release();
    await left(page);
    assert.equal(neutral.length, 1);
    assert.deepEqual(events, ['https://www.bbc.com/weather'], 'the full exit sequence ran, with its event');
    await page.goBack();
    assert.notEqual(page.url(), `${env.base}/index.html`, 'Back returned to the page');
    await context.close();
  }
});

test('when the loader itself is missing (404), the plain fallback link still leaves', async () => {
  const { context, page, messages, errors, neutral } = await drillPage({
    '**/embed/safe-exit.js': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  });
  await page.goto(`${env.base}/index.html`);
  await page.locator('safe-exit > a').waitFor();
  // Without the loader nothing can set data-state; the browser's own message is the "why".
  assert.equal(await page.locator('safe-exit').getAttribute('data-state'), null);
  assertConsoleSays(messages, /^error: Failed to load resource: .*404/);
  await assertPartnerPageIntact(page, errors);
  await page.click('safe-exit > a');
  await left(page);
  assert.equal(neutral.length, 1);
  assert.equal(neutral[0].headers.referer, undefined, 'rel=noreferrer on the fallback link');
  await context.close();
});

/** Opens the help panel and returns the ids of the services it lists. */
async function shownServices(page) {
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"] article.service').first().waitFor();
  return page.locator('safe-exit article.service').evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

for (const [name, answer, why] of [
  ['answers 404', (route) => route.fulfill({ status: 404, body: 'not found' }), /src: \/test\/data\.json answered HTTP 404/],
  ['answers 500', (route) => route.fulfill({ status: 500, body: 'oops' }), /src: \/test\/data\.json answered HTTP 500/],
  ['is not JSON', (route) => route.fulfill({ contentType: 'application/json', body: '{"schema": "safe-exit/directory/v1", "services": [' }), /not valid JSON/],
  ['is 10 MB', (route) => route.fulfill({ contentType: 'application/json', body: Buffer.alloc(TEN_MB, 0x20) }), /data\.json is larger than 1048576 bytes/],
  ['is 10 MB and does not say so', (route) => route.continue({ url: `http://127.0.0.1:${undeclared.address().port}/data.json` }), /data\.json is larger than 1048576 bytes/],
]) {
  test(`when the contacts file ${name}, the armed exit keeps working and the embedded contacts are shown`, async () => {
    const { context, page, messages, errors, neutral } = await drillPage({ '**/test/data.json': answer });
    await page.goto(`${env.base}${DATA_PAGE}`);
    await ready(page, 'degraded');
    assert.deepEqual(await dataStates(page), ['loading', 'ready', 'degraded'], 'the exit was not armed before the data failed');
    assertConsoleSays(messages, /^warning: <safe-exit> src/);
    assertConsoleSays(messages, why);
    await assertPartnerPageIntact(page, errors);
    const services = await shownServices(page);
    assert.ok(services.includes('emergency-112'), `embedded contacts not shown: ${services}`);
    assert.equal(await page.locator('safe-exit .notice[role="alert"]').count(), 1, 'the visitor is not told the list may be out of date');
    await exitButton(page).click();
    await left(page);
    assert.equal(neutral.length, 1);
    await context.close();
  });
}

test('while the contacts file hangs, the exit is armed; after the 10 s timeout it is degraded', async () => {
  let answered = 0;
  const { context, page, messages, errors, neutral } = await drillPage({
    '**/test/data.json': () => answered++, // never fulfilled: the request hangs
  });
  // A fake clock lets the widget's 10 s fetch timeout pass without the test waiting for it.
  await page.clock.install();
  await page.goto(`${env.base}${DATA_PAGE}`);
  await ready(page, 'ready');
  // The fetch (and its timeout) starts just after the widget is armed: wait for the request
  // before moving the clock, or the timeout would start later than the test assumes.
  for (let tries = 0; answered === 0 && tries < 100; tries++) await new Promise((done) => setTimeout(done, 50));
  assert.equal(answered, 1, 'the contacts file was not requested');
  assert.equal(await page.locator('safe-exit').getAttribute('data-state'), 'ready');
  await page.clock.runFor(9_000);
  assert.equal(await page.locator('safe-exit').getAttribute('data-state'), 'ready', 'gave up before 10 s');
  await page.clock.runFor(2_000);
  await ready(page, 'degraded');
  assertConsoleSays(messages, /^warning: <safe-exit> src: could not fetch \/test\/data\.json/);
  await assertPartnerPageIntact(page, errors);
  // The shortcut is armed too, not only the button.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('a hanging contacts file never holds up the exit', async () => {
  const { context, page, neutral } = await drillPage({ '**/test/data.json': () => {} });
  await page.goto(`${env.base}${DATA_PAGE}`);
  await ready(page, 'ready');
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

const VALID_FILE = {
  schema: 'safe-exit/directory/v1',
  updated: '2026-11-24',
  services: [
    {
      id: 'drill-haven',
      name: { en: 'Drill Haven Shelter', ru: 'Убежище «Учение»', kk: 'Жаттығу баспанасы' },
      kind: 'shelter',
      contacts: [{ type: 'voice', value: '+7 700 000 00 01' }],
      source: { url: 'https://source.example/drill', title: 'Drill source' },
      verified: '2026-11-24',
    },
  ],
};

test('a valid contacts file replaces the embedded contacts, without a word in the console', async () => {
  const { context, page, messages, errors } = await drillPage({
    '**/test/data.json': (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(VALID_FILE) }),
  });
  await page.goto(`${env.base}${DATA_PAGE}`);
  await ready(page, 'ready');
  await page.locator('safe-exit [part="help-button"]').click();
  const card = page.locator('safe-exit article.service[data-id="drill-haven"]');
  await card.waitFor();
  assert.match(await card.locator('h4').textContent(), /Drill Haven Shelter/);
  assert.equal(await card.locator('a.contact').getAttribute('href'), 'tel:+77000000001');
  assert.deepEqual(await page.locator('safe-exit article.service').evaluateAll((cards) => cards.map((c) => c.dataset.id)), ['drill-haven']);
  assert.equal(await page.locator('safe-exit').getAttribute('data-state'), 'ready');
  assert.deepEqual(messages, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a javascript: fallback link never runs through the pre-wasm exit', async () => {
  const { context, page, neutral } = await drillPage({ '**/*.wasm': (route) => route.abort() });
  await page.goto(`${env.base}/test/before.html`);
  await page.evaluate(() => {
    window.ran = false;
    const element = document.createElement('safe-exit');
    element.setAttribute('exit-url', 'https://neutral.example/weather');
    element.innerHTML = '<a href="javascript:window.ran=true">Exit</a>';
    document.body.prepend(element);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/embed/safe-exit.js';
    document.head.append(script);
  });
  await ready(page, 'degraded');
  await page.click('safe-exit > a');
  await left(page);
  assert.equal(neutral[0].url, 'https://neutral.example/weather');
  await context.close();
});
