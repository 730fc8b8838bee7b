// Theming cannot hide the exit: a hostile theme (see-through colours, an offset far off the
// screen, url() values, ::part() rules that shrink or hide the button) still leaves an opaque
// exit button of at least 44×44 px inside the window, and nothing is fetched for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, left } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const THEME = `
  safe-exit {
    --safe-exit-accent: transparent; --safe-exit-accent-text: transparent;
    --safe-exit-offset: -9999px; --safe-exit-surface: url(/test/theme-fetch.png);
  }
  safe-exit::part(exit-button) { opacity: 0; visibility: hidden; min-width: 0; min-height: 0; width: 1px; height: 1px; padding: 0; transform: scale(0); }
`;

// What a partner's rules aimed at the widget's parts can do more (the second red-team round):
// take the button or its bar out of the page, or clip the button to nothing.
const TAKEN_AWAY = {
  'display: none on the button': 'safe-exit::part(exit-button) { display: none !important; }',
  'display: none on the bar': 'safe-exit::part(bar) { display: none !important; }',
  'the button clipped to nothing': 'safe-exit::part(exit-button) { clip-path: inset(50%) !important; mask: linear-gradient(transparent, transparent) !important; }',
};

/** Serves `css` and the widget on /test/theme.html; returns the page and its warnings. */
async function themed(context, css) {
  await context.route(`${env.base}/test/theme.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Theme</title><style>${css}</style><script type="module" src="/embed/safe-exit.js"></script><safe-exit exit-url="https://neutral.example/weather"><a href="https://neutral.example/weather">Exit</a></safe-exit><h1>Themed</h1>`,
    }),
  );
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${env.base}/test/theme.html`);
  await ready(page);
  return { page, warnings };
}

/** The exit button as rendered: its box in the window, and its colours. */
const rendered = (page) =>
  exitButton(page).evaluate((button) => {
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    return {
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      view: { width: innerWidth, height: innerHeight },
      opacity: style.opacity,
      visibility: style.visibility,
      background: style.backgroundColor,
      color: style.color,
      transform: style.transform,
    };
  });

test('a label the theme made unreadable, and an offset that is not a length, are repaired with a warning', async () => {
  const { context } = await newContext(env.browser);
  const { page, warnings } = await themed(context, 'safe-exit { --safe-exit-accent: #777777; --safe-exit-accent-text: #787878; --safe-exit-offset: url(/test/theme-fetch.png); }');
  const seen = await rendered(page);
  // The widget's own colours, however the browser writes them (relative colours as color()).
  assert.match(seen.background, /^(rgb\(164, 22, 26\)|color\(srgb 0\.643137 0\.0862745 0\.101961\))$/, JSON.stringify(seen));
  assert.match(seen.color, /^(rgb\(255, 255, 255\)|color\(srgb 1 1 1\))$/);
  assert.ok(seen.box.left >= 0 && seen.box.top >= 0 && seen.box.right <= seen.view.width && seen.box.bottom <= seen.view.height, JSON.stringify(seen));
  assert.ok(warnings.some((w) => w.includes('contrast')), JSON.stringify(warnings));
  await context.close();
});

test('a hostile theme leaves the exit button opaque, on screen, at least 44x44 px, and fetches nothing', async () => {
  const { context, neutral } = await newContext(env.browser);
  const fetched = [];
  await context.route('**/theme-fetch.png', (route) => (fetched.push(route.request().url()), route.fulfill({ status: 404 })));
  const { page } = await themed(context, THEME);
  const seen = await rendered(page);
  assert.ok(seen.box.width >= 44 && seen.box.height >= 44, JSON.stringify(seen));
  assert.ok(seen.box.left >= 0 && seen.box.top >= 0 && seen.box.right <= seen.view.width && seen.box.bottom <= seen.view.height, JSON.stringify(seen));
  assert.equal(seen.opacity, '1');
  assert.equal(seen.visibility, 'visible');
  assert.equal(seen.transform, 'none');
  assert.doesNotMatch(seen.background, /rgba\(.*, 0\)|transparent|\/ 0\)/, 'the exit button must not be see-through');
  assert.notEqual(seen.background, seen.color, 'the label must be readable');
  assert.deepEqual(fetched, []);
  await exitButton(page).click();
  await left(page);
  assert.equal(neutral[0].url, 'https://neutral.example/weather');
  await context.close();
});

for (const [name, css] of Object.entries(TAKEN_AWAY)) {
  test(`::part() rules cannot take the exit away: ${name}`, async () => {
    const { context } = await newContext(env.browser);
    const { page } = await themed(context, css);
    const shown = await exitButton(page).evaluate((button) => {
      const box = button.getBoundingClientRect();
      const style = getComputedStyle(button);
      return { width: box.width, height: box.height, clip: style.clipPath, mask: style.maskImage, visible: button.checkVisibility() };
    });
    assert.ok(shown.visible && shown.width >= 48 && shown.height >= 48, JSON.stringify(shown));
    assert.deepEqual([shown.clip, shown.mask], ['none', 'none']);
    await exitButton(page).click();
    await left(page);
    await context.close();
  });
}
