// The configurator in Kazakh, Russian and English (demo/configure-texts.js): every text is
// there in each language with the same placeholders; the page's English is the catalogue's;
// opened in Kazakh or Russian, no English text of the catalogue is left on the page, its
// labels, its options or what its scripts write; the language follows ?ui=, then the browser,
// then Russian, and the switcher changes it at once; and the snippet and the contacts file a
// partner makes are the same whatever the page's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TEXTS } from '../../demo/configure-texts.js';
import { start, newContext, ready, fillOurCentre } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

const LANGUAGES = ['kk', 'ru', 'en'];
const VIEWPORT = { width: 1280, height: 1600 };
/** Texts that are names, the same in every language. */
const SAME_IN_EVERY_LANGUAGE = ['editor.contact.sms', 'editor.contact.whatsapp', 'editor.contact.telegram', 'editor.summary'];
/** The same choices for every language: the snippet must not depend on the page's language. */
const CHOICES = { 'exit-url': 'https://neutral.example/a https://neutral.example/b', shortcut: 'escape2', position: 'top', stealth: 'on', region: 'almaty', bundle: '/sx/' };

const forms = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const placeholders = (entry) => [...new Set(forms(entry).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

test('every text is in Kazakh, Russian and English, with the same placeholders, and Kazakh and Russian are translated', () => {
  for (const [key, entry] of Object.entries(TEXTS)) {
    for (const lang of LANGUAGES) {
      assert.ok(entry[lang] && forms(entry[lang]).every((text) => text.trim()), `${key}: ${lang} is filled`);
      assert.deepEqual(placeholders(entry[lang]), placeholders(entry.en), `${key}: ${lang} has the placeholders of en`);
      if (lang !== 'en' && !SAME_IN_EVERY_LANGUAGE.includes(key)) assert.notDeepEqual(entry[lang], entry.en, `${key}: ${lang} is translated`);
    }
  }
  // Every key the page names is in the catalogue.
  const page = readFileSync('demo/configure.html', 'utf8');
  for (const [, key] of page.matchAll(/data-text(?:-label)?="([^"]+)"/g)) assert.ok(TEXTS[key], `configure.html's ${key} is in configure-texts.js`);
});

/** A page of the configurator in `locale`, opened at `query`, once its checks are the widget's. */
async function openConfigurator({ locale = 'en-US', query = '' } = {}) {
  const { context } = await newContext(env.browser, { viewport: VIEWPORT, locale, acceptDownloads: true });
  await context.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${env.base}/configure.html${query}`);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('#options').dataset.checks === 'ready', null, { timeout: 20000 });
  return { context, page, problems };
}

const verdict = (page, wanted) => page.waitForFunction((wanted) => document.querySelector('#contacts-status').dataset.verdict === wanted, wanted, { timeout: 20000 });

test("the page's English before its script runs is the catalogue's English", async () => {
  const { context, page } = await openConfigurator();
  const differences = await page.evaluate(async () => {
    const { applyTexts } = await import('/configure-language.js');
    const doc = new DOMParser().parseFromString(await (await fetch('/configure.html')).text(), 'text/html');
    const shown = () =>
      [...doc.querySelectorAll('[data-text], [data-text-label]')].map((e) => [e.dataset.text || e.dataset.textLabel, (e.dataset.text ? e.textContent : e.getAttribute('aria-label')).replace(/\s+/g, ' ').trim()]);
    const before = shown();
    applyTexts(doc, 'en');
    const after = shown();
    return before.flatMap(([key, text], i) => (text === after[i][1] ? [] : [`${key}: "${text}" in the page, "${after[i][1]}" in the catalogue`]));
  });
  assert.deepEqual(differences, []);
  await context.close();
});

/** Every text of the page a person or a screen reader meets (hidden ones too), without the
 *  snippet and the file (code), and without what the widget's Rust checkers say (English). */
function pageTexts(page) {
  return page.evaluate(() => {
    const skip = 'pre, textarea, script, style, safe-exit, #contacts-problems .line, #contacts-services .problem';
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (!walker.currentNode.parentElement.closest(skip)) texts.push(walker.currentNode.data);
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (element.closest(skip) && element.tagName !== 'TEXTAREA') continue;
      texts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('placeholder') ?? '', element.getAttribute('title') ?? '');
    }
    return texts.join('\n').replace(/[ \t\n]+/g, ' ');
  });
}

/** The English words of the catalogue a page in `lang` must not show: each text's parts
 *  between placeholders, unless the language's own texts hold them too (names, "English"). */
function englishFragments(lang) {
  const own = Object.values(TEXTS).flatMap((entry) => forms(entry[lang])).join('\n');
  return [
    ...new Set(
      Object.values(TEXTS)
        .flatMap((entry) => forms(entry.en))
        .flatMap((text) => text.split(/\{\w+\}/))
        .map((part) => part.trim())
        .filter((part) => /[A-Za-z]{3}/.test(part) && !own.includes(part)),
    ),
  ];
}

for (const lang of ['kk', 'ru']) {
  test(`opened in ${lang}, the configurator and its contacts editor show no English text of their own`, async () => {
    const { context, page, problems } = await openConfigurator({ query: `?ui=${lang}` });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.title(), TEXTS['page.title'][lang]);
    // What the scripts write: advice on a field, the widget's state, the editor's form and verdicts.
    await page.fill('#exit-url', 'http://127.0.0.1:8/');
    await page.waitForFunction((text) => document.querySelector('#exit-url-problem').textContent.includes(text), TEXTS['page.exit.http'][lang].replace('{url}', 'http://127.0.0.1:8/'));
    await page.fill('#bundle', 'safe-exit/');
    await page.waitForFunction(() => document.querySelector('#bundle-problem').textContent !== '');
    await page.click('#contacts-new');
    await verdict(page, 'errors');
    await fillOurCentre(page.locator('[data-service="0"]'), lang);
    await verdict(page, 'valid');
    assert.equal(await page.textContent('#contacts-status'), `${TEXTS['editor.summary.valid'][lang].replace('{n}', '1')}; ${TEXTS['editor.summary.errors'][lang].replace('{n}', '0')}, ${TEXTS['editor.summary.warnings'][lang].replace('{n}', '0')}`);
    await page.click('.contacts-text summary');
    await page.fill('#contacts-text', '{"schema": "safe-exit/directory/v1", "services": [{"id": "x"}]}');
    await verdict(page, 'errors');
    assert.ok((await page.locator('#contacts-problems .place').allTextContents()).some((place) => place.includes(TEXTS['editor.line-column'][lang].split(' ')[0])), 'the place is in the page language');

    const shown = await pageTexts(page);
    const left = englishFragments(lang).filter((fragment) => shown.includes(fragment));
    assert.deepEqual(left, [], `English left on the ${lang} page`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the language follows ?ui=, then the browser, then Russian, and the switcher changes it at once, keeping the file and the choices', async () => {
  for (const [locale, query, expected] of [['kk-KZ', '', 'kk'], ['en-GB', '', 'en'], ['de-DE', '', 'ru'], ['kk-KZ', '?ui=en', 'en']]) {
    const { context, page } = await openConfigurator({ locale, query });
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, `${locale} ${query}`);
    assert.equal(await page.textContent('h1'), TEXTS['page.title'][expected]);
    await context.close();
  }

  const { context, page, problems } = await openConfigurator({ locale: 'ru-RU', query: '?shortcut=none' });
  await page.click('#contacts-new');
  await verdict(page, 'errors');
  await fillOurCentre(page.locator('[data-service="0"]'), 'ru');
  await verdict(page, 'valid');
  const file = await page.inputValue('#contacts-text');
  const snippet = await page.textContent('#snippet');
  await page.click('[data-ui-lang="kk"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
  assert.equal(await page.getAttribute('[data-ui-lang="kk"]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('h1'), TEXTS['page.title'].kk);
  assert.match(await page.textContent('#state'), new RegExp(`^${TEXTS['page.state.ready'].kk.split(':')[0]}:`));
  assert.equal(await page.textContent('#contacts-status'), `${TEXTS['editor.summary.valid'].kk.replace('{n}', '1')}; ${TEXTS['editor.summary.errors'].kk.replace('{n}', '0')}, ${TEXTS['editor.summary.warnings'].kk.replace('{n}', '0')}`);
  const name = page.locator('[data-service="0"]').getByRole('group', { name: TEXTS['editor.name'].kk, exact: true });
  assert.equal(await name.getByLabel(TEXTS['editor.lang.en'].kk, { exact: true }).inputValue(), 'Our centre', 'the form is the same file, in Kazakh');
  assert.equal(await page.inputValue('#contacts-text'), file);
  assert.equal(await page.textContent('#snippet'), snippet);
  const address = new URL(page.url());
  assert.equal(address.searchParams.get('ui'), 'kk');
  assert.equal(address.searchParams.get('shortcut'), 'none', 'the choices stay in the address');
  // A change of option keeps the language in the address.
  await page.check('#stealth');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('stealth') === 'on');
  assert.equal(new URL(page.url()).searchParams.get('ui'), 'kk');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the snippet and the contacts file a partner makes are the same whatever the page’s language', async () => {
  const made = {};
  for (const lang of LANGUAGES) {
    const { context, page, problems } = await openConfigurator({ query: `?${new URLSearchParams({ ...CHOICES, ui: lang })}` });
    await page.click('#contacts-new');
    await verdict(page, 'errors');
    await fillOurCentre(page.locator('[data-service="0"]'), lang);
    await page.locator('[data-service="0"]').getByLabel(TEXTS['editor.flag.free'][lang], { exact: true }).selectOption('yes');
    await verdict(page, 'valid');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#contacts-download')]);
    made[lang] = { snippet: await page.textContent('#snippet'), file: readFileSync(await download.path(), 'utf8') };
    assert.deepEqual(problems, [], lang);
    await context.close();
  }
  assert.match(made.en.snippet, /<safe-exit exit-url="https:\/\/neutral\.example\/a https:\/\/neutral\.example\/b" lang="ru" region="almaty" shortcut="escape2" position="top" stealth>/);
  assert.match(made.en.file, /"free": true/);
  assert.deepEqual(made.kk, made.en);
  assert.deepEqual(made.ru, made.en);
});
