// An exit that cannot be killed: a destination the browser cannot navigate to is refused at
// validation (a warning, `degraded`) and never reaches the exit; whatever reaches it, or throws
// on the way, the exit still leaves (the next destination, then the default) and the page,
// once hidden, stays hidden until it is replaced. Before the wasm is up, the loader's own exit
// follows the same rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left, widgetWith, exitCoreModule } from './helpers.mjs';

const BAD = ['https://www.bbc.com:99999/weather', 'https://1.2.3.256/', 'https://weather.2024/', 'https://bbc\uff20evil.example/', 'https://[::1]:99999/'];
const DEFAULT = 'https://www.bbc.com/weather';

let env;
before(async () => (env = await start()));
after(() => env.close());

const triggers = {
  'the exit button': (page) => exitButton(page).click(),
  'Shift three times': async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  },
  'element.exit()': (page) => page.evaluate(() => setTimeout(() => document.querySelector('safe-exit').exit())),
};

for (const [name, trigger] of Object.entries(triggers)) {
  test(`${name}: each destination the browser cannot parse is refused with a warning, and the exit leaves for the default`, async () => {
    for (const bad of BAD) {
      const { context, neutral } = await newContext(env.browser);
      const { page, warnings } = await widgetWith(context, env.base, bad);
      await ready(page, 'degraded', { shown: true });
      assert.ok(warnings.some((w) => w.includes('exit-url')), `${bad}: no warning about exit-url in ${JSON.stringify(warnings)}`);
      await trigger(page);
      await left(page);
      assert.equal(neutral[0]?.url, DEFAULT, bad);
      await context.close();
    }
  });
}

test('a host script that makes the first step of the exit throw does not stop it', async () => {
  const { context, neutral } = await newContext(env.browser);
  const { page } = await widgetWith(context, env.base, 'https://neutral.example/weather');
  await ready(page);
  await page.evaluate(() => {
    const append = Element.prototype.append;
    Element.prototype.append = function (...nodes) {
      Element.prototype.append = append;
      throw new Error('patched by the host page');
    };
  });
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral[0].url, 'https://neutral.example/weather');
  await context.close();
});

test('when the browser refuses a destination, the exit leaves for the next one, then the default, and hides the page', async () => {
  const { context, neutral, holdNeutral } = await newContext(env.browser);
  const page = await context.newPage();
  const module = await exitCoreModule(page);
  await page.goto(`${env.base}/test/before.html`);
  const release = holdNeutral();
  const display = await page.evaluate(async (module) => {
    const { exitTo } = await import(module);
    exitTo('https://x.org:99999/', 'https://[::1', 'https://neutral.example/next');
    return getComputedStyle(document.documentElement).display;
  }, module);
  assert.equal(display, 'none');
  release();
  await left(page);
  assert.deepEqual(neutral.map((n) => n.url), ['https://neutral.example/next']);
  await context.close();
});

test('once the exit began, nothing the host page does shows it again', async () => {
  const { context, holdNeutral } = await newContext(env.browser);
  const { page } = await widgetWith(context, env.base, 'https://neutral.example/weather');
  await ready(page);
  const release = holdNeutral();
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'html { display: block !important; transition: display 60s allow-discrete !important; }';
    document.head.append(style);
  });
  const shown = await page.evaluate(async () => {
    document.querySelector('safe-exit').shadowRoot.querySelector('[part="exit-button"]').click();
    const seen = [];
    const look = () => new Promise((frame) => requestAnimationFrame(() => frame(seen.push(getComputedStyle(document.documentElement).display))));
    await look();
    document.documentElement.style.display = 'block';
    await look();
    document.documentElement.removeAttribute('style');
    await look();
    document.documentElement.setAttribute('style', 'display: block !important');
    await look();
    const root = document.createElement('html');
    root.innerHTML = '<body><h1>Replaced root</h1></body>';
    document.documentElement.replaceWith(root);
    await look();
    document.querySelector('safe-exit')?.setAttribute('exit-url', 'https://elsewhere.example/');
    await look();
    return seen;
  });
  assert.deepEqual(shown, ['none', 'none', 'none', 'none', 'none', 'none']);
  release();
  await left(page);
  await context.close();
});

// Before the wasm is up (here: never), the fallback link's click goes through the loader.
const PRE_WASM = [
  // [exit-url, the link's href as written, where the exit must go]
  ['https://neutral.example/listed', 'https://elsewhere.example/link', 'https://neutral.example/listed'],
  [null, '#', DEFAULT],
  [null, '', DEFAULT],
  [null, 'relative/page.html', DEFAULT],
  [null, 'http://elsewhere.example/', DEFAULT],
  [null, '//elsewhere.example/', DEFAULT],
  [null, 'https://112@elsewhere.example/', DEFAULT],
  [null, 'https://elsewhere.example:99999/', DEFAULT],
  [null, 'https://elsewhere.example/link', 'https://elsewhere.example/link'],
  ['https://weather.2024/', 'https://elsewhere.example/link', 'https://elsewhere.example/link'],
  ['https://www.bbc.com:99999/weather', '#', DEFAULT],
];

for (const [exitUrl, href, expected] of PRE_WASM) {
  test(`before the wasm, exit-url ${JSON.stringify(exitUrl)} with the link href ${JSON.stringify(href)} leaves for ${expected}`, async () => {
    const { context, neutral } = await newContext(env.browser);
    await context.route('**/*.wasm', (route) => route.abort());
    const attribute = exitUrl === null ? '' : ` exit-url="${exitUrl}"`;
    await context.route(`${env.base}/test/pre-wasm.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Pre-wasm</title><script type="module" src="/embed/safe-exit.js"></script><safe-exit${attribute}><a href="${href}">Exit</a></safe-exit>`,
      }),
    );
    const page = await context.newPage();
    await page.goto(`${env.base}/test/pre-wasm.html`);
    await ready(page, 'degraded', { shown: false });
    await page.click('safe-exit > a');
    await left(page);
    assert.equal(neutral[0].url, expected);
    await context.close();
  });
}
