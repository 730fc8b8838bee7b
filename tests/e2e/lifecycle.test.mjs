// The element's life on a real page: removed and added back (as frameworks do), moved, and
// broken after it was mounted, on a page that requires Trusted Types; a `safe-exit` listener
// that removes the element or changes its attributes; the console warning about session
// replay. No page error may come from the widget, and the exit always works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, until } from './helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let env;
before(async () => (env = await start({ csp: `${STRICT_CSP}; require-trusted-types-for 'script'` })));
after(() => env.close());

/** A page whose console, page errors and CSP violations are recorded. */
async function open(path, { init } = {}) {
  const setup = await newContext(env.browser);
  if (init) await setup.context.addInitScript(init);
  await setup.context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
  );
  const page = await setup.context.newPage();
  const messages = [];
  const errors = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.base}${path}`);
  return { ...setup, page, messages, errors };
}

test('the page requires Trusted Types', async () => {
  const response = await fetch(`${env.base}/test/widget.html`);
  assert.match(response.headers.get('content-security-policy'), /require-trusted-types-for 'script'$/);
});

test('removed and added back later, under Trusted Types, the widget shows its exit again', async () => {
  const { context, page, messages, errors } = await open('/test/widget.html?lang=en');
  await ready(page);
  // Every view of the interface renders with no HTML sink: each tab, in each language.
  await page.locator('safe-exit [part="help-button"]').click();
  for (const lang of ['Қазақша', 'Русский', 'English']) {
    await page.locator('safe-exit [part="panel"] button', { hasText: lang }).click();
    const tabs = page.locator('safe-exit [role="tab"]');
    for (let i = 0; i < 3; i++) {
      await tabs.nth(i).click();
      await page.waitForFunction((i) => document.querySelector('safe-exit').shadowRoot.querySelectorAll('[role="tab"]')[i].getAttribute('aria-selected') === 'true', i);
    }
  }
  await page.evaluate(() => {
    window.removed = document.querySelector('safe-exit');
    window.removed.remove();
  });
  await page.evaluate(() => new Promise((done) => setTimeout(done)));
  await page.evaluate(() => document.body.append(window.removed));
  await ready(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(messages, []);
  await exitButton(page).click();
  await left(page);
  await context.close();
});

test('moved in one go, under Trusted Types, the widget keeps its exit', async () => {
  const { context, page, messages, errors } = await open('/test/widget.html?lang=en');
  await ready(page);
  await page.evaluate(() => document.querySelector('h1').append(document.querySelector('safe-exit')));
  await ready(page);
  assert.equal(await page.evaluate(() => document.querySelector('h1 > safe-exit').shadowRoot.querySelectorAll('[part="exit-button"]').length), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(messages, []);
  await exitButton(page).click();
  await left(page);
  await context.close();
});

/** A host script that breaks inserting nodes into the widget's root, as the interface renders. */
function breakInsertionIntoWidget() {
  const insert = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function (node, next) {
    if (this.getRootNode().host?.localName === 'safe-exit' && this.localName !== 'slot') throw new Error('broken by the page');
    return insert.call(this, node, next);
  };
}

test('when the interface fails after mount, the fallback link is shown, degraded, and exits', async () => {
  const { context, page, messages } = await open('/test/widget.html?lang=en', { init: breakInsertionIntoWidget });
  await ready(page, 'degraded', { shown: false });
  assert.ok(messages.some((m) => /^error: <safe-exit>: the help panel failed; the exit link and the shortcut still work/.test(m)), messages.join('\n'));
  const link = page.locator('safe-exit > a');
  assert.ok(await link.isVisible(), 'the fallback link is shown');
  await link.click();
  await left(page);
  await context.close();
});

test('when the interface traps in one of its own event handlers, the fallback link is shown and exits', async () => {
  // Not inside `mount`, where the loader's own try/catch would see it: the page breaks node
  // insertion only once the widget is up, and the help button's click makes it render.
  const { context, page, messages } = await open('/test/widget.html?lang=en');
  await ready(page);
  await page.evaluate(breakInsertionIntoWidget);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.waitForFunction(() => document.querySelector('safe-exit').dataset.state === 'degraded');
  await until(() => messages.some((m) => /^error: <safe-exit>: the help panel failed/.test(m)));
  assert.ok(messages.some((m) => /^error: <safe-exit>: the help panel failed; the exit link and the shortcut still work: RuntimeError/.test(m)), messages.join('\n'));
  const link = page.locator('safe-exit > a');
  assert.ok(await link.isVisible(), 'the fallback link is shown');
  await link.click();
  await left(page);
  await context.close();
});

// The listener runs while the element is leaving; each way of leaving is tried.
for (const [how, leave] of [
  ['the exit button', (page) => exitButton(page).click()],
  ['the shortcut', async (page) => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); }],
  ['element.exit()', (page) => page.evaluate(() => document.querySelector('safe-exit').exit()).catch(() => {})],
]) {
  test(`a safe-exit listener that removes the element or changes it raises no page error (${how})`, async () => {
    for (const change of ['remove', 'attribute']) {
      const { context, page, errors } = await open('/test/widget.html?lang=en');
      await ready(page);
      await page.evaluate((change) => {
        const element = document.querySelector('safe-exit');
        element.addEventListener('safe-exit', () => {
          if (change === 'remove') element.remove();
          else element.setAttribute('exit-url', 'https://elsewhere.example/');
          window.listened = true;
        });
      }, change);
      await leave(page);
      await left(page);
      assert.deepEqual(errors, [], `${change} from the listener`);
      await context.close();
    }
  });
}

test('a page running well-known session recorders gets one console warning naming them', async () => {
  // Yandex Metrica by its globals; Hotjar by its script's address in the page (which the test
  // server's CSP refuses to load, so nothing leaves the machine).
  const { context, page, messages } = await open('/test/recorded.html', {
    init: () => {
      window.ym = () => {};
      window.yaCounter12345 = {};
    },
  });
  await ready(page);
  const warning = /^warning: <safe-exit>: this page runs Yandex Metrica \(Webvisor\), Hotjar, which can record what visitors do/;
  await until(() => messages.some((m) => warning.test(m)), 5000);
  await page.evaluate(() => {
    const another = document.createElement('safe-exit');
    another.id = 'late';
    document.body.append(another);
  });
  await ready(page);
  assert.equal(messages.filter((m) => warning.test(m)).length, 1, messages.join('\n'));
  await context.close();
});
