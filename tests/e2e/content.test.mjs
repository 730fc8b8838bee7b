// The information half: three languages with a visible switch, contacts filtered by area with
// the partner's region preselected, sources and verified dates on every contact, rights tagged
// law, report, recommendation or advice with dated sources, and how to come back after an exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, exitButton, NEUTRAL } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

async function openPanel(path) {
  const setup = await newContext(env.browser);
  const page = await setup.context.newPage();
  await page.goto(`${env.base}${path}`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"]').waitFor();
  return { ...setup, page };
}

const serviceIds = (page) => page.locator('safe-exit article.service').evaluateAll((all) => all.map((a) => a.dataset.id));

test('the language follows <html lang>, and the switch changes every text', async () => {
  const { context, page } = await openPanel('/index.html'); // <html lang="ru">
  assert.equal(await exitButton(page).textContent(), 'Покинуть страницу');
  assert.equal(await page.locator('safe-exit h2').textContent(), 'Помощь и безопасность');
  await page.locator('safe-exit .languages button[lang="kk"]').click();
  assert.equal(await exitButton(page).textContent(), 'Беттен шығу');
  assert.equal(await page.locator('safe-exit h2').textContent(), 'Көмек және қауіпсіздік');
  assert.equal(await page.locator('safe-exit .widget').getAttribute('lang'), 'kk');
  assert.equal(await page.locator('safe-exit .draft').count(), 1, 'the draft translation is flagged');
  await page.locator('safe-exit .languages button[lang="en"]').click();
  assert.equal(await exitButton(page).textContent(), 'Exit this page');
  assert.equal(await page.locator('safe-exit .draft').count(), 0);
  assert.equal(await page.locator('safe-exit .languages button[aria-pressed="true"]').getAttribute('lang'), 'en');
  await context.close();
});

test('the region attribute preselects the area; the filter shows the area\'s own services first, then nationwide ones', async () => {
  const { context, page } = await openPanel('/index.html'); // region="almaty"
  const select = page.locator('safe-exit .area select');
  assert.equal(await select.inputValue(), 'almaty');
  let ids = await serviceIds(page);
  assert.equal(ids[0], 'zhan-saya-almaty', "the area's own entries first");
  assert.ok(ids.includes('emergency-112') && ids.includes('helpline-111'));
  assert.ok(!ids.includes('komek-shymkent'));
  assert.equal(await page.locator('safe-exit .quick a.contact[href="tel:112"]').count(), 1, 'the emergency numbers stay one tap away');
  await select.selectOption('shymkent');
  ids = await serviceIds(page);
  assert.equal(ids[0], 'komek-shymkent');
  assert.ok(!ids.includes('zhan-saya-almaty'));
  await select.selectOption('');
  ids = await serviceIds(page);
  assert.equal(ids[0], 'emergency-112', 'with every area shown, the emergency numbers come first');
  assert.ok(ids.includes('komek-shymkent') && ids.includes('zhan-saya-almaty'));
  assert.equal(await page.locator('safe-exit .quick').count(), 0);
  await context.close();
});

test('choosing a town on a 360×740 phone puts its own entries on the first screen, and says so to screen readers', async () => {
  const setup = await newContext(env.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await setup.context.newPage();
  await page.goto(`${env.base}/test/widget.html?lang=en`);
  await ready(page);
  await page.locator('safe-exit [part="help-button"]').click();
  const select = page.locator('safe-exit .area select');
  await select.selectOption('shymkent');
  const live = page.locator('safe-exit .contacts [aria-live="polite"]');
  assert.equal(await live.textContent(), 'Shown first: the area you chose: Shymkent');
  const onFirstScreen = async (locator) => {
    const box = await locator.boundingBox();
    return box && box.y >= 0 && box.y + 48 <= 740;
  };
  assert.ok(await onFirstScreen(page.locator('safe-exit article.service[data-id="komek-shymkent"] h4')), 'the town\'s centre is on the first screen');
  assert.ok(await onFirstScreen(page.locator('safe-exit article.service[data-id="komek-shymkent"] .reach-through a.contact').first()), 'and the line to call for it');
  assert.ok(await onFirstScreen(page.locator('safe-exit .quick a.contact[href="tel:112"]')), '112 stays one tap away');
  await setup.context.close();
});

test('the chosen area stays through a language change, and the tab shown again opens on the partner\'s region', async () => {
  const { context, page } = await openPanel('/index.html'); // region="almaty"
  const select = page.locator('safe-exit .area select');
  await select.selectOption('shymkent');
  await page.locator('safe-exit .languages button[lang="en"]').click();
  assert.equal(await select.inputValue(), 'shymkent', 'a language change keeps the area');
  assert.ok((await serviceIds(page)).includes('komek-shymkent'));
  // Another tab and back: the contacts tab opens on the region again.
  const tabs = page.locator('safe-exit [role="tab"]');
  await tabs.nth(1).click();
  await tabs.nth(0).click();
  assert.equal(await select.inputValue(), 'almaty');
  // Closing and opening the panel does the same.
  await select.selectOption('shymkent');
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [part="panel"]').waitFor({ state: 'detached' });
  await page.locator('safe-exit [part="help-button"]').click();
  assert.equal(await select.inputValue(), 'almaty');
  await context.close();
});

test('every contact carries its source and verified date, and links only to safe schemes', async () => {
  const { context, page } = await openPanel('/test/widget.html?lang=en');
  const services = await page.locator('safe-exit article.service').evaluateAll((all) =>
    all.map((a) => ({
      source: a.querySelector('.source a')?.href,
      verified: /, (\d{4}(-\d{2}){0,2}|undated) · Last verified \d{4}-\d{2}-\d{2}$/.test(a.querySelector('.source')?.textContent),
      links: [...a.querySelectorAll('a.contact')].map((l) => l.href),
    })),
  );
  assert.ok(services.length >= 10);
  for (const s of services) {
    assert.match(s.source, /^https:\/\//);
    assert.ok(s.verified);
    assert.ok(s.links.length > 0 && s.links.every((l) => /^(tel|sms|mailto):|^https:\/\//.test(l)), s.links.join());
  }
  const call = await page.locator('safe-exit a.contact[href="tel:112"]').boundingBox();
  assert.ok(call.width >= 48 && call.height >= 48, 'call buttons are touch targets');
  await context.close();
});

test('an entry verified more than a year before the day she reads it says how old it is and to call 112 (fixed clock)', async () => {
  const notices = async (day) => {
    const setup = await newContext(env.browser);
    await setup.context.clock.setFixedTime(new Date(`${day}T12:00:00`));
    const page = await setup.context.newPage();
    await page.goto(`${env.base}/test/widget.html?lang=en`);
    await ready(page);
    await page.locator('safe-exit [part="help-button"]').click();
    const shown = await page.locator('safe-exit article.service').evaluateAll((all) =>
      Object.fromEntries(all.map((a) => [a.dataset.id, a.querySelector('.age')?.textContent ?? null])));
    await setup.context.close();
    return shown;
  };
  const today = await notices('2026-12-06');
  assert.ok(Object.values(today).every((notice) => notice === null), 'the data as shipped is less than a year old');
  // police-102 was verified on 2026-11-24, emergency-112 on 2026-12-06.
  const later = await notices('2027-11-30');
  assert.equal(later['police-102'], 'These details were last checked more than a year ago and may have changed. If no one answers, call 112.');
  assert.equal(later['emergency-112'], null);
});

test('the ways to reach the police in writing carry their caveat and their dated sources', async () => {
  const { context, page } = await openPanel('/test/widget.html?lang=en');
  const silent = page.locator('safe-exit .silent');
  assert.equal(await silent.locator('h3').textContent(), 'If you cannot speak');
  const ways = await silent.locator('.silent-way').evaluateAll((all) =>
    all.map((w) => ({ text: w.querySelector('.notes').textContent, sources: [...w.querySelectorAll('.source a')].map((a) => a.href), line: w.querySelector('.source').textContent })));
  assert.equal(ways.length, 2);
  assert.match(ways[0].text, /“102” app.*SOS.*register/);
  assert.match(ways[1].text, /Закон и Порядок.*not anonymous.*your name/);
  for (const way of ways) {
    assert.ok(way.sources.length > 0 && way.sources.every((url) => url.startsWith('https://')));
    assert.match(way.line, /(\d{4}-\d{2}-\d{2}|undated) · Last verified \d{4}-\d{2}-\d{2}/);
  }
  await context.close();
});

test('rights: the law in force first, each point tagged and sourced with dates, the lockdown as its own section', async () => {
  const { context, page } = await openPanel('/test/widget.html?lang=en');
  const tabs = page.locator('safe-exit [role="tab"]');
  assert.equal(await tabs.nth(1).textContent(), 'Your rights');
  await tabs.nth(1).click();
  const read = (list) =>
    list.evaluateAll((all) =>
      all.map((s) => ({
        status: s.querySelector('.status').textContent,
        text: s.querySelector('p').textContent,
        source: s.querySelector('.source').textContent,
        links: [...s.querySelectorAll('.source a')].map((a) => a.href),
      })),
    );
  const now = await read(page.locator('safe-exit .rights > .statements > .statement'));
  const lockdown = await read(page.locator('safe-exit .rights .lockdown .statement'));
  assert.equal(await page.locator('safe-exit .rights .lockdown h3').textContent(), 'In a lockdown or state of emergency');
  assert.match(now[0].text, /danger right now/, 'danger now comes first');
  assert.ok(!now.some((s) => /quarantine|checkpoint/i.test(s.text)), '2020 items are not mixed with today\'s law');
  const all = [...now, ...lockdown];
  assert.deepEqual([...new Set(all.map((s) => s.status))].sort(), ['Advice', 'Law', 'Recommendation', 'Report']);
  for (const s of all) {
    assert.ok(s.links.length > 0 && s.links.every((l) => l.startsWith('https://')), s.text);
    assert.match(s.source, /^Last verified \d{4}-\d{2}-\d{2} · Source: /, s.text);
    // Every source shows its own date or says it has none.
    assert.equal(s.source.match(/\((\d{4}-\d{2}(-\d{2})?|undated)\)/g).length, s.links.length, s.source);
  }
  for (const s of all.filter((s) => s.status === 'Law')) assert.match(s.text, /(Code|Law)[^.]*, article \d+/, s.text);
  assert.ok(!all.some((s) => /Prevention of Domestic Violence/.test(s.text)), 'the 2009 law is named nowhere as the basis');
  const leaving = lockdown.filter((s) => /seek refuge/.test(s.text));
  assert.ok(leaving.length === 1 && leaving[0].status === 'Recommendation', 'leaving home under a lockdown is a demand, not the law');
  await tabs.nth(2).click();
  assert.ok((await page.locator('safe-exit .topic').count()) >= 5);
  assert.match(await page.locator('safe-exit .online').textContent(), /history/i);
  await context.close();
});

test('where the widget explains the exit, it says how to come back, in every language', async () => {
  const { context, page } = await openPanel('/test/widget.html?lang=en');
  await page.locator('safe-exit [role="tab"]').nth(2).click();
  const exitTopic = page.locator('safe-exit .topic').first();
  const expected = { en: /from a search or by typing its address: Back will not/, ru: /через поиск или наберите его адрес/, kk: /іздеу арқылы немесе мекенжайын теріп/ };
  for (const [lang, text] of Object.entries(expected)) {
    await page.locator(`safe-exit .languages button[lang="${lang}"]`).click();
    assert.match(await exitTopic.textContent(), text, lang);
  }
  await context.close();
});

test('a centre with no number of its own shows the national lines apart, under their own names', async () => {
  const { context, page } = await openPanel('/test/widget.html?lang=en');
  const komek = page.locator('safe-exit article.service[data-id="komek-shymkent"]');
  assert.equal(await komek.locator(':scope > .actions').count(), 0, 'no number is shown as the centre\'s own');
  assert.match(await komek.locator('.reach-through p').textContent(), /own phone number is not in our sources.*nearest centre/);
  const lines = await komek.locator('.reach-through li').evaluateAll((all) =>
    all.map((li) => [li.querySelector('a.contact').getAttribute('href'), li.querySelector('.label').textContent]),
  );
  assert.deepEqual(lines, [['tel:111', '111 — help with violence at home'], ['tel:150', "150 — children's and youth helpline"]]);
  const hrefs = await page.locator('safe-exit a.contact[href^="tel:"]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => ['tel:112', 'tel:102', 'tel:103', 'tel:101', 'tel:111', 'tel:150'].includes(h)), hrefs.join());
  assert.equal(await page.locator('safe-exit article.service[data-id="helpline-150"] .langs').textContent(), 'Languages: Kazakh, Russian');
  await context.close();
});

test("a partner's catalogue replaces the texts it gets right, warns about the rest, and the exit still works", async () => {
  const setup = await newContext(env.browser);
  const page = await setup.context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${env.base}/test/widget.html?lang=kk&catalogue=/test/catalogue-kk.json`);
  await ready(page);
  await page.locator('safe-exit [part="exit-button"]', { hasText: 'Осы беттен кету' }).waitFor();
  assert.equal(await page.locator('safe-exit [part="help-button"]').textContent(), 'Көмек', 'a text with a phone number falls back to the built-in one');
  await page.locator('safe-exit [part="help-button"]').click();
  assert.equal(await page.locator('safe-exit h2').textContent(), 'Көмек және қауіпсіздік', 'an empty text falls back');
  assert.equal(await page.locator('safe-exit .draft').count(), 1, 'built-in drafts are still shown, so the notice stays');
  for (const expected of ['message HelpButton: contains the phone number 102', 'message PanelTitle: is empty', 'message NotAMessage: is not a message']) {
    assert.ok(warnings.some((w) => w.includes(expected)), `${expected} in ${warnings.join(' | ')}`);
  }
  await Promise.all([page.waitForURL(NEUTRAL), exitButton(page).click()]);
  await setup.context.close();
});

test('a missing catalogue leaves the built-in texts and says why', async () => {
  const setup = await newContext(env.browser);
  const page = await setup.context.newPage();
  const warned = page.waitForEvent('console', { predicate: (m) => m.text().includes('no-such-catalogue.json') });
  await page.goto(`${env.base}/test/widget.html?lang=kk&catalogue=/test/no-such-catalogue.json`);
  await ready(page);
  const warning = (await warned).text();
  assert.match(warning, /catalogue \/test\/no-such-catalogue\.json: .*using the built-in texts/);
  assert.equal(await exitButton(page).textContent(), 'Беттен шығу');
  await setup.context.close();
});
