// What the contacts list shows is what its links open: a contacts file whose texts and values
// carry invisible direction marks, or whose label names another number, has those refused
// (named in the console), and no invisible format character reaches the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready } from './helpers.mjs';

const FILE = JSON.stringify({
  schema: 'safe-exit/directory/v1',
  services: [{
    id: 'marked-line',
    name: { en: 'Line', ru: 'Линия\u200f' },
    kind: 'hotline',
    contacts: [
      { type: 'email', value: 'help@\u202eorg.evil' },
      { type: 'voice', value: '\u200f+7 705 151 0000' },
      { type: 'voice', value: '112', label: { en: 'or call +7 705 151 0000' } },
      { type: 'web', value: 'https://source.example/line' },
    ],
    notes: { en: 'Call \u200f+7 705 151 0000 now' },
    source: { url: 'https://source.example/line', title: 'Source' },
    verified: '2026-11-24',
  }],
});

let env;
before(async () => (env = await start()));
after(() => env.close());

test('invisible marks and labels that name another number never reach the page', async () => {
  const { context } = await newContext(env.browser);
  await context.route((url) => url.pathname === '/test/data.json', (route) => route.fulfill({ contentType: 'application/json', body: FILE }));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.goto(`${env.base}/test/widget.html?lang=en&src=/test/data.json`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit article.service[data-id="marked-line"]').waitFor();
  const card = page.locator('safe-exit article.service[data-id="marked-line"]');
  const links = await card.locator('a.contact').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), shown: a.querySelector('.value').textContent })));
  assert.deepEqual(links, [
    { href: 'tel:112', shown: '112' },
    { href: 'https://source.example/line', shown: 'https://source.example/line' },
  ]);
  assert.equal(await card.locator('.label').count(), 0, 'the label naming another number is shown');
  assert.equal(await card.locator('.notes').count(), 0, 'the marked note is shown');
  const text = await page.locator('safe-exit').evaluate((e) => e.shadowRoot.textContent);
  assert.ok(!/[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/.test(text), 'an invisible character reached the page');
  for (const named of ['U+202E (RIGHT-TO-LEFT OVERRIDE)', 'U+200F (RIGHT-TO-LEFT MARK)', 'shows the number 77051510000, but the link dials 112']) {
    assert.ok(warnings.some((w) => w.includes(named)), `no warning names ${named}: ${warnings.join('\n')}`);
  }
  await context.close();
});
