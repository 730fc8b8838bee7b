// WCAG 2.2 AA: axe-core finds no violation in the widget (shadow root included) with the
// panel closed and open on every tab, in every language, light and dark; a keyboard-only
// visit works (exit first, Enter opens help with focus inside, Escape closes it and focus
// returns, focus always visible); at 200% zoom and at 320 px wide nothing is lost; and the
// exit and call links are touch targets of at least 48x48 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { start, newContext, ready, exitButton } from './helpers.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGUAGES = ['kk', 'ru', 'en'];

let env;
before(async () => (env = await start()));
after(() => env.close());

async function demo(options = {}) {
  const { context } = await newContext(env.browser, options);
  const page = await context.newPage();
  await page.goto(`${env.base}/index.html`);
  await ready(page);
  return { context, page };
}

const widget = (page) => page.locator('safe-exit');

async function openPanel(page) {
  if ((await widget(page).locator('[part="help-button"]').getAttribute('aria-expanded')) !== 'true') {
    await widget(page).locator('[part="help-button"]').click();
  }
  await widget(page).locator('[part="panel"]').waitFor();
}

async function chooseLanguage(page, lang) {
  await openPanel(page);
  await widget(page).locator(`.languages button[lang="${lang}"]`).click();
  await widget(page).locator(`.widget[lang="${lang}"]`).waitFor({ state: 'attached' });
}

async function closePanel(page) {
  await widget(page).locator('.close').click();
  await widget(page).locator('[part="panel"]').waitFor({ state: 'detached' });
}

/**
 * Runs axe on the whole page (it descends into open shadow roots) and returns the widget's
 * violations; the demo page's own are only logged, since the demo is not the product.
 *
 * Two gaps of axe are closed here. It leaves out text scrolled out of view inside the
 * panel, so the viewport is made tall enough for the panel to show everything at once. And it
 * cannot tell the contrast of the floating bar's text over the page ("incomplete"), so that is
 * measured here against the nearest opaque background inside the widget.
 */
async function axe(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const viewport = page.viewportSize();
  const panelHeight = await page.evaluate(() => document.querySelector('safe-exit').shadowRoot.querySelector('[part="panel"]')?.scrollHeight ?? 0);
  if (panelHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: panelHeight + 100 });
  const { violations, undetermined } = await page.evaluate(async (tags) => {
    const { violations, incomplete } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const element = (target) => {
      const path = Array.isArray(target[0]) ? target[0] : [target[0]];
      return path.slice(1).reduce((found, selector) => found && found.shadowRoot.querySelector(selector), document.querySelector(path[0]));
    };
    const inWidget = (target) => Boolean(element(target)?.closest('safe-exit') || element(target)?.getRootNode().host?.matches('safe-exit'));
    const rgba = (css) => (css.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const linear = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const contrast = (node) => {
      const style = getComputedStyle(node);
      let background = null;
      for (let e = node; e && e.nodeType === 1; e = e.parentElement) {
        const [, , , alpha = 1] = rgba(getComputedStyle(e).backgroundColor);
        if (alpha === 1) { background = rgba(getComputedStyle(e).backgroundColor); break; }
        if (alpha > 0) break;
      }
      if (!background) return { ratio: 0, needed: 4.5, why: 'no opaque background of its own: the text sits over the host page' };
      const [l1, l2] = [luminance(rgba(style.color)), luminance(background)].sort((a, b) => b - a);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      return { ratio: (l1 + 0.05) / (l2 + 0.05), needed: large ? 3 : 4.5, why: `${style.color} on rgb(${background.slice(0, 3)})` };
    };
    return {
      violations: violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), inWidget: inWidget(n.target), why: n.failureSummary })),
      })),
      undetermined: incomplete
        .filter((v) => v.id === 'color-contrast')
        .flatMap((v) => v.nodes.filter((n) => inWidget(n.target)).map((n) => ({ target: JSON.stringify(n.target), ...contrast(element(n.target)) })))
        .filter((c) => c.ratio < c.needed)
        .map((c) => `color-contrast (measured here): ${c.target} ${c.ratio.toFixed(2)}:1 < ${c.needed}:1, ${c.why}`),
    };
  }, TAGS);
  await page.setViewportSize(viewport);
  const demoOnly = violations.filter((v) => v.nodes.every((n) => !n.inWidget));
  for (const v of demoOnly) console.log(`[${label}] demo page, not the widget: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  return violations
    .filter((v) => !demoOnly.includes(v))
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.filter((n) => n.inWidget).map((n) => `  ${n.target}\n    ${n.why.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .concat(undetermined);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 AA violation in the widget, closed and on every tab, in every language (${colorScheme})`, async () => {
    // axe is injected as an inline script, which the pages' strict CSP would refuse.
    const { context, page } = await demo({ bypassCSP: true, colorScheme });
    const found = [];
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await closePanel(page);
      found.push(...(await axe(page, `${lang} closed`)).map((v) => `[${lang}, closed] ${v}`));
      await openPanel(page);
      const tabs = widget(page).locator('[role="tab"]');
      assert.equal(await tabs.count(), 3);
      for (let t = 0; t < 3; t++) {
        await tabs.nth(t).click();
        await widget(page).locator(`[role="tab"]:nth-child(${t + 1})[aria-selected="true"]`).waitFor();
        // Every area's services, not only the demo's preselected Almaty.
        if (t === 0) await widget(page).locator('select').selectOption('');
        const name = await tabs.nth(t).textContent();
        found.push(...(await axe(page, `${lang} ${name}`)).map((v) => `[${lang}, ${name}] ${v}`));
      }
    }
    assert.deepEqual(found, [], found.join('\n\n'));
    await context.close();
  });
}

/** The focused element inside the widget's shadow root, described for assertions. */
function focused(page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const element = host && host.shadowRoot ? host.shadowRoot.activeElement : null;
    if (!element) return { part: null, inPanel: false, tag: host && host.tagName.toLowerCase() };
    const style = getComputedStyle(element);
    return {
      part: element.getAttribute('part'),
      tag: element.tagName.toLowerCase(),
      text: element.textContent.trim().slice(0, 30),
      inPanel: Boolean(element.closest('[part="panel"]')),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

const visibleOutline = (f) => !/^none|\b0px$/.test(f.outline);

test('keyboard only: exit first, then help; Enter opens the panel with focus inside; Escape closes it and focus returns to help', async () => {
  const { context, page } = await demo();
  await page.keyboard.press('Tab');
  let f = await focused(page);
  assert.equal(f.part, 'exit-button');
  assert.ok(visibleOutline(f), `no visible focus on the exit button: ${f.outline}`);
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.equal(f.part, 'help-button');
  assert.ok(visibleOutline(f), `no visible focus on the help button: ${f.outline}`);

  await page.keyboard.press('Enter');
  await widget(page).locator('[part="panel"]').waitFor();
  f = await focused(page);
  assert.ok(f.inPanel || f.part === 'panel', `focus did not move into the panel: ${JSON.stringify(f)}`);

  // Every control in the panel is reached by Tab, each with a visible focus indicator.
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    f = await focused(page);
    if (!f.inPanel) break;
    seen.push(f.text);
    if (['button', 'a', 'select'].includes(f.tag)) assert.ok(visibleOutline(f), `no visible focus on "${f.text}": ${f.outline}`);
  }
  assert.ok(seen.length >= 6, `Tab reached only ${JSON.stringify(seen)} in the panel`);

  await widget(page).locator('[role="tab"]').first().focus();
  await page.keyboard.press('Escape');
  await widget(page).locator('[part="panel"]').waitFor({ state: 'detached' });
  f = await focused(page);
  assert.equal(f.part, 'help-button', `after Escape, focus is on ${JSON.stringify(f)}`);
  assert.equal(await widget(page).locator('[part="help-button"]').getAttribute('aria-expanded'), 'false');
  await context.close();
});

test('the close button also returns focus to the help button', async () => {
  const { context, page } = await demo();
  await openPanel(page);
  await widget(page).locator('.close').focus();
  await page.keyboard.press('Enter');
  await widget(page).locator('[part="panel"]').waitFor({ state: 'detached' });
  assert.equal((await focused(page)).part, 'help-button');
  await context.close();
});

/** Whether the exit and help buttons lie wholly inside the viewport. */
async function barInView(page) {
  const { width, height } = page.viewportSize();
  for (const part of ['exit-button', 'help-button']) {
    const box = await widget(page).locator(`[part="${part}"]`).boundingBox();
    assert.ok(box, `${part} is not rendered`);
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, `${part} at ${JSON.stringify(box)} is outside ${width}x${height}`);
  }
}

/** Whether the panel needs horizontal scrolling, or anything in it sticks out sideways. */
function panelOverflow(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('safe-exit').shadowRoot.querySelector('[part="panel"]');
    const edge = panel.getBoundingClientRect();
    const out = [...panel.querySelectorAll('*')]
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < edge.left - 1 || r.right > edge.right + 1;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`);
    return { scroll: panel.scrollWidth - panel.clientWidth, out };
  });
}

// WCAG 1.4.4 asks for text resized to 200% without loss. Browsers meet it by page zoom, which
// doubles every CSS pixel: a 1280x800 window at 200% is a 640x400 CSS-pixel viewport drawn
// at device scale 2, exactly what this emulates (media queries see 640 px, as they would).
// The widget sets its text in px, so a text-only zoom would not reach it; page zoom is what
// its users can use. 1.4.10 (reflow) asks the same at 320 CSS px wide.
for (const [name, viewport, deviceScaleFactor] of [
  ['at 200% zoom (1280x800 window)', { width: 640, height: 400 }, 2],
  ['320 px wide', { width: 320, height: 568 }, 1],
]) {
  test(`${name}: exit and help stay in view, and no tab of the panel scrolls sideways`, async () => {
    const { context, page } = await demo({ viewport, deviceScaleFactor });
    await barInView(page);
    for (const lang of LANGUAGES) {
      await chooseLanguage(page, lang);
      await barInView(page);
      const tabs = widget(page).locator('[role="tab"]');
      for (let t = 0; t < 3; t++) {
        await tabs.nth(t).click();
        await widget(page).locator(`[role="tab"]:nth-child(${t + 1})[aria-selected="true"]`).waitFor();
        const { scroll, out } = await panelOverflow(page);
        assert.ok(scroll <= 0, `[${lang}, tab ${t + 1}] the panel scrolls ${scroll}px sideways`);
        assert.deepEqual(out, [], `[${lang}, tab ${t + 1}] sticks out of the panel`);
      }
    }
    await context.close();
  });
}

test('the exit button and every call link are touch targets of at least 48x48 px', async () => {
  const { context, page } = await demo({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const exit = await exitButton(page).boundingBox();
  assert.ok(exit.width >= 48 && exit.height >= 48, `exit button ${JSON.stringify(exit)}`);
  await openPanel(page);
  await widget(page).locator('select').selectOption('');
  const links = await widget(page).locator('a.contact').evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href'), width: a.getBoundingClientRect().width, height: a.getBoundingClientRect().height })),
  );
  assert.ok(links.length >= 7, `only ${links.length} call links`);
  const small = links.filter((l) => l.width < 48 || l.height < 48);
  assert.deepEqual(small, []);
  await context.close();
});
