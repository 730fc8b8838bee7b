// The WordPress plugin in a real WordPress (Debian's 6.1 or sid's newest, with SAFE_EXIT_WORDPRESS;
// tests/wordpress/site.mjs), driven through wp-admin in Chromium as an administrator would:
// upload the zip, activate, configure; the front page as a survivor sees it, the theme's menu
// uncovered and, in Firefox, still working; Russian and Kazakh administrators; hostile values, a
// subscriber, and uninstalling, with WP_DEBUG on and no notice from the plugin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, NEUTRAL, newContext, ready, exitButton, left, fillOurCentre } from '../e2e/helpers.mjs';
import puppeteer from 'puppeteer-core';
import { startWordPress, ADMIN, FLAVOUR } from './site.mjs';
import { TEXTS } from '../../demo/configure-texts.js';

const ZIP = resolve('dist/wordpress/safe-exit.zip');
const DESTINATIONS = ['https://neutral.example/weather', 'https://neutral.example/news'];
const SUBSCRIBER = { user: 'reader', password: 'another-Strong-passw0rd!' };
const scratch = mkdtempSync(join(tmpdir(), 'safe-exit-wp-files-'));

let wp;
let browser;
let admin;
let sql;
let CLASSIC_THEME;
let OPTIMISER;
before(async () => {
  const started = Date.now();
  wp = await startWordPress();
  sql = wp.sql;
  // A classic theme without wp_body_open, and a stand-in for an optimisation plugin (only its
  // folder and file name matter: the settings page knows them).
  CLASSIC_THEME = join(wp.content, 'themes/safe-exit-test-classic');
  OPTIMISER = join(wp.content, 'plugins/autoptimize');
  console.log(`WordPress ${wp.version} (${FLAVOUR}) set up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  admin = await loggedIn(ADMIN);
});
after(async () => {
  await browser?.close();
  await wp?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A context whose requests off this WordPress fail (the neutral sites answer, as in the other
 * e2e tests); `offsite` lists every other request the page tried.
 */
async function visitor() {
  const { context, neutral } = await newContext(browser);
  const offsite = [];
  await context.route(
    (url) => !url.href.startsWith(wp.base) && !NEUTRAL.test(url.href),
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  return { context, neutral, offsite };
}

async function loggedIn({ user, password }) {
  const { context, offsite } = await visitor();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${user}'s page: ${error.message}`));
  await page.goto(`${wp.base}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  const dashboard = page.waitForURL(/\/wp-admin\//).catch((error) => {
    throw new Error(`${user} was not logged in (still at ${page.url()}); php -S said: ${wp.serverLog() || 'nothing'}`, { cause: error });
  });
  await Promise.all([dashboard, page.click('#wp-submit')]);
  return { context, page, offsite };
}

const options = async () => Object.fromEntries(await sql("SELECT option_name, option_value FROM wp_options WHERE option_name LIKE 'safe\\_exit\\_%'"));

async function openSettings(page) {
  await page.goto(`${wp.base}/wp-admin/options-general.php?page=safe-exit`);
}

// options.php redirects back with settings-updated=true, whether or not a value was refused.
async function save(page) {
  await Promise.all([page.waitForURL(/page=safe-exit&settings-updated=true$/), page.click('#safe-exit-settings #submit')]);
}

/** The notices WordPress shows after saving. */
const notices = (page) => page.locator('.wrap .notice, .wrap .settings-error').allInnerTexts();

test('the zip installs through Plugins → Add New → Upload Plugin and activates', async () => {
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/plugin-install.php`);
  await page.click('.upload-view-toggle');
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await page.getByText('Plugin installed successfully.').waitFor();
  await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
  await page.locator('tr[data-slug="safe-exit"].active').waitFor();
});

const BLOCK_NAVIGATION = '.wp-block-navigation';

/** The theme's menu items in view that the bar covers: elementFromPoint at each centre is not the item. */
function coveredMenuItems(selector) {
  return [...document.querySelectorAll(selector)]
    .filter((item) => {
      const box = item.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && getComputedStyle(item).visibility !== 'hidden';
    })
    .filter((item) => {
      const box = item.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(hit === item || item.contains(hit));
    })
    .map((item) => `${item.textContent.trim() || item.getAttribute('aria-label')} at ${Math.round(item.getBoundingClientRect().top)}px: ${document.elementFromPoint(item.getBoundingClientRect().left + item.getBoundingClientRect().width / 2, item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2)?.tagName}`);
}

// The default block themes this WordPress has (Debian's 6.1: Twenty Twenty-Three; sid's:
// Twenty Twenty-Five, the active one, and Twenty Twenty-Four).
const BLOCK_THEMES = ['twentytwentyfive', 'twentytwentyfour', 'twentytwentythree'];

for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 800 }]) {
  test(`at ${viewport.width}×${viewport.height} the bar covers none of the theme's menu and footer links, at the top or at the end of the page`, async () => {
    const themes = BLOCK_THEMES.filter((theme) => existsSync(join(wp.content, 'themes', theme)));
    const active = Object.fromEntries(await sql("SELECT option_name, option_value FROM wp_options WHERE option_name IN ('template', 'stylesheet')"));
    const { context } = await visitor();
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    try {
      for (const theme of themes) {
        await sql(`UPDATE wp_options SET option_value = '${theme}' WHERE option_name IN ('template', 'stylesheet')`);
        await page.goto(`${wp.base}/`);
        await ready(page);
        // The header's and the footer's links and buttons: the menu, and the footer's own links.
        const items = `header a, header button, footer a, ${BLOCK_NAVIGATION} a, button.wp-block-navigation__responsive-container-open`;
        assert.ok((await page.locator(`${BLOCK_NAVIGATION} a, button.wp-block-navigation__responsive-container-open`).count()) > 0, `${theme} has a menu`);
        assert.deepEqual(await page.evaluate(coveredMenuItems, items), [], `${theme}, at the top`);
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        assert.deepEqual(await page.evaluate(coveredMenuItems, items), [], `${theme}, at the end`);
      }
    } finally {
      for (const [name, value] of Object.entries(active)) await sql(`UPDATE wp_options SET option_value = '${value}' WHERE option_name = '${name}'`);
      await context.close();
    }
  });
}

test('in Firefox, the theme’s overlay menu (an Interactivity API block on 6.5+) still opens with the plugin active', async () => {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 390, height: 800 },
  });
  try {
    const page = await firefox.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.base}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('safe-exit')?.dataset.state === 'ready', { timeout: 15000 });
    await page.click('button.wp-block-navigation__responsive-container-open');
    await page.waitForSelector('.wp-block-navigation__responsive-container.is-menu-open', { visible: true, timeout: 5000 });
    assert.deepEqual(errors, []);
  } finally {
    await firefox.close();
  }
});

for (const [locale, catalogue, lang] of [['ru_RU', 'safe-exit-ru_RU.po', 'ru'], ['kk', 'safe-exit-kk.po', 'kk']]) {
  test(`an administrator whose language is ${locale} sees the settings page in it`, async () => {
    const po = readFileSync(`wordpress/languages/${catalogue}`, 'utf8');
    const translated = (msgid) => po.match(new RegExp(`\\nmsgid "${msgid}"\\nmsgstr "(.+)"`))[1];
    await sql(`DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale'; INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'locale', '${locale}')`);
    try {
      const { page } = admin;
      await openSettings(page);
      assert.equal(await page.locator('label[for="safe_exit_exit_urls"]').innerText(), translated('Exit destinations'));
      assert.equal(await page.locator('#contacts-new').innerText(), translated('Start a new file'), 'the contacts editor too');
      await page.click('#contacts-new');
      assert.equal(await page.locator('#contacts-file-name').innerText(), TEXTS['editor.new-file'][lang], "and the editor's own texts");
      assert.match(await page.locator('.wrap .notice-info').innerText(), new RegExp(translated('This translation has not yet been checked by a native speaker.')));
    } finally {
      await sql("DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale'");
    }
  });
}

test('readme.txt says it was tested up to this WordPress, or a newer one', async () => {
  const tested = readFileSync('wordpress/readme.txt', 'utf8').match(/^Tested up to: (\d+)\.(\d+)$/m).slice(1).map(Number);
  const [major, minor] = wp.version.split('.').map(Number);
  if (FLAVOUR === 'sid') assert.deepEqual(tested, [major, minor], `the newest WordPress is ${wp.version}`);
  else assert.ok(tested[0] > major || (tested[0] === major && tested[1] >= minor));
});

test('the administrator configures the widget on Settings → Safe Exit, with a live preview', async () => {
  const { page } = admin;
  await Promise.all([page.waitForURL(/options-general\.php$/), page.click('#menu-settings > a')]);
  await Promise.all([page.waitForURL(/page=safe-exit$/), page.click('#adminmenu a[href="options-general.php?page=safe-exit"]')]);
  await ready(page); // the preview's widget
  await page.fill('#safe_exit_exit_urls', DESTINATIONS.join('\n'));
  await page.selectOption('#safe_exit_lang', 'kk');
  assert.equal(await page.locator('#safe-exit-preview safe-exit').getAttribute('lang'), 'kk', 'the preview follows the form');
  await page.selectOption('#safe_exit_position', 'bottom');
  await page.selectOption('#safe_exit_clear_storage', 'session');
  await save(page);
  assert.match((await notices(page)).join('\n'), /Settings saved/);
  assert.equal(await page.inputValue('#safe_exit_exit_urls'), DESTINATIONS.join('\n'));
  assert.equal(await page.inputValue('#safe_exit_lang'), 'kk');
});

test('the front page carries the guard first and the loader in <head>, render-blocking, after any import map, and the element first in <body>, once', async () => {
  const response = await fetch(`${wp.base}/`);
  const html = await response.text();
  assert.doesNotMatch(response.headers.get('cache-control') || '', /no-store/, 'no-store is off by default');
  const head = html.slice(html.indexOf('<head'), html.indexOf('</head>'));
  const modules = [...head.matchAll(/<script\b[^>]*type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)];
  // WordPress 7 prints a tag's attributes in alphabetical order, 6.1 as given: each is looked for alone.
  const loader = modules[0][0];
  assert.match(loader, /\bid="safe-exit-js-module"/, 'the loader is the first module');
  assert.match(loader, /\bsrc="[^"]+\/wp-content\/plugins\/safe-exit\/embed\/safe-exit\.js\?ver=[^"]+"/);
  assert.match(loader, /\bblocking="render"/);
  assert.match(loader, /\bdata-cfasync="false"/);
  // A module or modulepreload before the import map makes Firefox ignore the map.
  const importMap = head.search(/<script\b[^>]*type="importmap"/);
  if (importMap >= 0) assert.ok(importMap < modules[0].index, 'the import map comes before every module');
  // The guard: the first script in <head>, a plain one, before the loader (docs/paint-after-exit.md).
  const guard = head.match(/<script\b[^>]*>/)[0];
  assert.match(guard, /\bsrc="[^"]+\/wp-content\/plugins\/safe-exit\/embed\/safe-exit-guard\.js\?ver=[^"]+"/, 'the guard is the first script');
  assert.doesNotMatch(guard, /\b(type|async|defer)=/);
  assert.match(guard, /\bdata-cfasync="false"/);
  assert.match(head, /<link rel="modulepreload" href="[^"]+\/wp-content\/plugins\/safe-exit\/embed\/core\.js"/, 'the first stage is preloaded');
  assert.match(head, /<link rel="preload" href="[^"]+\/wp-content\/plugins\/safe-exit\/embed\/safe-exit-core\.wasm" as="fetch" crossorigin>/);
  assert.match(html, /<body[^>]*>\s*<safe-exit /, 'the element comes right after <body>');
  assert.equal(html.split('<safe-exit ').length, 2, 'printed once');
  const element = html.match(/<safe-exit [^>]*>.*?<\/safe-exit>/s)[0];
  assert.match(element, new RegExp(`exit-url="${DESTINATIONS.join(' ')}"`));
  assert.match(element, /lang="kk"/);
  assert.match(element, /position="bottom"/);
  assert.match(element, /clear-storage="session"/);
  assert.match(element, new RegExp(`<a href="${DESTINATIONS[0]}" rel="noreferrer">Беттен шығу</a>`));
});

test('a survivor on the front page: armed, the exit leaves without Referer, and Back leaves the site', async () => {
  const { context, neutral, offsite } = await visitor();
  const page = await context.newPage();
  await page.goto('https://elsewhere.example/');
  await page.goto(`${wp.base}/`);
  await ready(page);
  await exitButton(page).click();
  await left(page);
  const exit = neutral.find((request) => DESTINATIONS.includes(request.url));
  assert.ok(exit, `left for a configured destination: ${neutral.map((r) => r.url)}`);
  assert.equal(exit.headers.referer, undefined, 'the destination must not learn where the visitor came from');
  await page.goBack();
  assert.equal(page.url(), 'https://elsewhere.example/', 'Back skips the site');
  assert.deepEqual(offsite, [], 'no request to any third party');
  await context.close();
});

test('Shift three times leaves the front page', async () => {
  const { context } = await visitor();
  const page = await context.newPage();
  await page.goto(`${wp.base}/`);
  await ready(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await left(page);
  assert.ok(DESTINATIONS.includes(page.url()), page.url());
  await context.close();
});

test('hostile values are refused with a notice, the old value is kept, and none reaches the front page', async () => {
  const { page } = admin;
  for (const hostile of ['javascript:alert(1)', '"><script>alert(1)</script>', 'https://neutral.example/"><script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>', 'http://neutral.example/']) {
    await openSettings(page);
    await page.fill('#safe_exit_exit_urls', hostile);
    await save(page);
    const shown = (await notices(page)).join('\n');
    assert.match(shown, /the previous destinations are kept/, `${hostile}: ${shown}`);
    assert.doesNotMatch(shown, /Settings saved/);
    assert.equal(await page.inputValue('#safe_exit_exit_urls'), DESTINATIONS.join('\n'), 'old value kept');
  }
  // A choice that is not offered, posted as a forged form would.
  await openSettings(page);
  await page.locator('#safe_exit_position option[value="top"]').evaluate((option) => (option.value = '"><script>alert(1)</script>'));
  await page.selectOption('#safe_exit_position', { label: 'Top' });
  await save(page);
  assert.match((await notices(page)).join('\n'), /That choice does not exist/);

  const stored = await options();
  assert.equal(stored.safe_exit_position, 'bottom');
  const html = await (await fetch(`${wp.base}/`)).text();
  for (const trace of ['javascript:', 'alert(1)', 'data:text/html', 'http://neutral.example']) {
    assert.ok(!html.includes(trace), `${trace} reached the front page`);
  }
  const { context } = await visitor();
  const front = await context.newPage();
  const dialogs = [];
  front.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
  await front.goto(`${wp.base}/`);
  await ready(front);
  assert.equal(await front.locator('safe-exit').getAttribute('exit-url'), DESTINATIONS.join(' '));
  assert.deepEqual(dialogs, []);
  await context.close();
});

test('a contacts file is checked with the widget’s rules before saving; errors are shown with their place', async () => {
  // A session of its own on a fixed day, the one check-data's snapshot is taken on
  // (tests/check_data.rs): the checker warns of entries verified more than six months before
  // the page's today. (A frozen clock would stop wp-admin's own animations in later tests.)
  const { context, page } = await loggedIn(ADMIN);
  await context.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  await openSettings(page);
  await page.check('input[name="safe_exit_contacts_source"][value="custom"]');
  await page.fill('#contacts-text', readFileSync('tests/data/broken.json', 'utf8'));
  const report = page.locator('#safe-exit-contacts-report');
  await page.click('#safe-exit-settings #submit');
  await report.locator('li[data-severity="error"]').first().waitFor();
  const lines = await report.locator('li').allInnerTexts();
  assert.ok(lines.some((line) => line.includes('service "good-line", field `contacts[1].value`') && line.includes('is not an absolute https:// URL')), lines.join('\n'));
  // The counts check-data gives the same file (its snapshot's summary line).
  const counts = readFileSync('tests/data/broken.expected', 'utf8').match(/\d+ errors?, \d+ warnings?/)[0];
  assert.ok((await report.innerText()).includes(counts), `the report counts ${counts}`);
  assert.match(page.url(), /page=safe-exit$/, 'not sent');
  assert.equal((await options()).safe_exit_contacts_source ?? 'builtin', 'builtin');
  await context.close();
});

test('without the browser check, the server still refuses what is not a contacts file, keeps the old value, and gives the text back to the editor', async () => {
  const { page } = admin;
  for (const [text, notice] of [['not json at all', /not valid JSON/], ['{"schema": "something/else", "services": []}', /"schema" is "safe-exit\/directory\/v1"/], [`{"schema": "safe-exit/directory/v1", "services": [], "padding": "${'x'.repeat(1048576)}"}`, /larger than/]]) {
    await openSettings(page);
    await page.check('input[name="safe_exit_contacts_source"][value="custom"]');
    await page.locator('#contacts-text').evaluate((area, text) => (area.value = text), text);
    // HTMLFormElement's submit() skips the submit event, and with it the page's check (the
    // form's own `submit` is its button).
    await Promise.all([
      page.waitForURL(/settings-updated=true$/),
      page.locator('#safe-exit-settings').evaluate((form) => HTMLFormElement.prototype.submit.call(form)),
    ]);
    const shown = (await notices(page)).join('\n');
    assert.match(shown, notice);
    assert.match(shown, /The previous contacts are kept; your text is in the editor below/);
    assert.equal(await page.inputValue('#contacts-text'), text, 'what she typed is not lost');
    await openSettings(page);
    assert.equal(await page.inputValue('#contacts-text'), '', 'given back once, then the saved file again');
  }
  const stored = await options();
  assert.equal(stored.safe_exit_contacts_json ?? '', '');
  assert.notEqual(stored.safe_exit_contacts_source, 'custom', 'no custom source without a file');
});

test('an uploaded contacts file that passes is saved, served from the site, and shown by the widget', async () => {
  const directory = JSON.parse(readFileSync('static/data/kz.json', 'utf8'));
  // Verified today, so that the checker has no age warning for it whatever the day.
  const service = { ...directory.services[0], name: { ...directory.services[0].name, kk: 'Осы сайттың тізімі: 112' }, verified: new Date().toISOString().slice(0, 10) };
  const file = join(scratch, 'contacts.json');
  writeFileSync(file, JSON.stringify({ ...directory, services: [service] }));
  const { page } = admin;
  await openSettings(page);
  await page.check('input[name="safe_exit_contacts_source"][value="custom"]');
  // Opened in the editor, which checks it.
  await page.setInputFiles('#contacts-open', file);
  await page.locator('#contacts-status[data-verdict="valid"]').waitFor();
  await save(page);
  assert.match((await notices(page)).join('\n'), /Settings saved/);
  // `no` before WordPress 6.6, `off` (or `auto-off`) since.
  const [[autoload]] = await sql("SELECT autoload FROM wp_options WHERE option_name = 'safe_exit_contacts_json'");
  assert.ok(['no', 'off', 'auto-off'].includes(autoload), `not loaded with every page (autoload ${autoload})`);

  const { context, offsite } = await visitor();
  const front = await context.newPage();
  await front.goto(`${wp.base}/`);
  const src = await front.locator('safe-exit').getAttribute('src');
  assert.match(src, /^\/\?safe-exit-contacts=[0-9a-f]{12}$/);
  await ready(front);
  await front.locator('safe-exit [part="help-button"]').click();
  await front.locator('safe-exit [part="panel"]').getByText('Осы сайттың тізімі: 112').waitFor();
  assert.deepEqual(offsite, []);
  await context.close();
});

/** The widget's checker's report on `text`, from the settings page's own wasm. */
function checkerReport(page, text) {
  return page.evaluate(async (text) => {
    const { glue, wasm } = document.getElementById('safe-exit-settings-js-module').dataset;
    const checker = await import(glue);
    await checker.default({ module_or_path: fetch(wasm) });
    return JSON.parse(checker.check_contacts(text, new Date().toISOString().slice(0, 10)));
  }, text);
}

const verdict = (page, value) =>
  page.waitForFunction((value) => document.querySelector('#contacts-status')?.dataset.verdict === value, value, { timeout: 15000 });

test('the administrator makes a contacts file in the editor: a bad field gets the checker’s message, the preview shows the fixed file, and once saved the front page does', async () => {
  const { page } = admin;
  await openSettings(page);
  await page.check('input[name="safe_exit_contacts_source"][value="custom"]');
  // The built-in contacts, shipped in the plugin, are there to start from.
  await page.click('#contacts-builtin');
  const builtIn = readFileSync('static/data/kz.json', 'utf8');
  await page.waitForFunction((text) => document.querySelector('#contacts-text').value === text, builtIn);
  await page.locator(`#contacts-services [data-service="${JSON.parse(builtIn).services.length - 1}"]`).waitFor();
  await page.click('#contacts-new');
  await verdict(page, 'errors');
  const card = page.locator('#contacts-services [data-service="0"]');
  await fillOurCentre(card);
  await verdict(page, 'valid');
  // A source on plain http: the checker's message next to the field, and in the list with its place.
  const sourceUrl = card.getByRole('group', { name: 'Source (required)' }).getByLabel('Address (https://)');
  await sourceUrl.fill('http://example.org/about');
  await verdict(page, 'errors');
  const report = await checkerReport(page, await page.inputValue('#contacts-text'));
  const problem = report.problems.find((p) => p.place === 'service "our-centre", field `source.url`');
  assert.ok(problem, JSON.stringify(report.problems));
  assert.match(problem.message, /plain http/);
  assert.ok((await card.locator('[data-slot="source"]').textContent()).includes(problem.message), 'the message is next to the field');
  assert.equal(await sourceUrl.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await page.locator('#contacts-problems li .line').allTextContents(), report.problems.map((p) => p.line));
  assert.equal(await page.textContent('#contacts-status'), report.summary);
  // Saving now is refused in the page: nothing is sent, and nothing typed is lost.
  await page.click('#safe-exit-settings #submit');
  await page.locator('#safe-exit-contacts-report li[data-severity="error"]').first().waitFor();
  assert.ok((await page.locator('#safe-exit-contacts-report li').allInnerTexts()).some((line) => line.includes(problem.message)));
  assert.match(page.url(), /page=safe-exit$/, 'not sent');
  assert.equal(await sourceUrl.inputValue(), 'http://example.org/about');

  await sourceUrl.fill('https://example.org/about');
  await verdict(page, 'valid');
  // The preview's widget shows the edited file, loaded from this site, before it is saved.
  const preview = page.locator('#safe-exit-preview safe-exit');
  await page.waitForFunction(() => document.querySelector('#safe-exit-preview safe-exit').getAttribute('src')?.includes('admin-ajax.php?action=safe_exit_contacts_draft'));
  await ready(page);
  await preview.locator('[part="help-button"]').click();
  await preview.locator('[part="panel"]').getByText('Our centre: about us').waitFor({ timeout: 10000 });
  const before = (await options()).safe_exit_contacts_json ?? '';
  assert.ok(!before.includes('our-centre'), 'the preview saved nothing');

  await save(page);
  assert.match((await notices(page)).join('\n'), /Settings saved/);
  assert.equal((await options()).safe_exit_contacts_source, 'custom');
  // The editor opens the saved file again: the file the front page's widget loads.
  await page.locator('#contacts-services [data-service="0"]').waitFor();
  const saved = await page.inputValue('#contacts-text');
  assert.deepEqual(JSON.parse(saved).services.map((service) => [service.id, service.source.url]), [['our-centre', 'https://example.org/about']]);

  const { context, offsite } = await visitor();
  const front = await context.newPage();
  await front.goto(`${wp.base}/`);
  const src = await front.locator('safe-exit').getAttribute('src');
  assert.match(src, /^\/\?safe-exit-contacts=[0-9a-f]{12}$/);
  assert.equal((await (await fetch(`${wp.base}${src}`)).text()).trim(), saved.trim());
  await ready(front);
  await front.locator('safe-exit [part="help-button"]').click();
  await front.locator('safe-exit [part="panel"]').getByText('Our centre: about us').waitFor();
  assert.deepEqual(offsite, []);
  await context.close();
});

test('the preview’s draft is served and kept only with the nonce, and only a contacts file is kept', async () => {
  const { page } = admin;
  await openSettings(page);
  const draft = await page.locator('#safe-exit-settings-js-module').getAttribute('data-draft');
  assert.equal((await page.request.get(`${wp.base}${draft}`)).status(), 200);
  const forged = draft.replace(/_ajax_nonce=[0-9a-f]+/, '_ajax_nonce=0123456789');
  assert.equal((await page.request.get(`${wp.base}${forged}`)).status(), 403);
  assert.equal((await page.request.post(`${wp.base}${forged}`, { form: { contacts: '{}' } })).status(), 403);
  const refused = await page.request.post(`${wp.base}${draft}`, { form: { contacts: 'not json' } });
  assert.equal(refused.status(), 400);
  assert.match((await refused.json()).data, /not valid JSON/);
});

test('Cache-Control: no-store is sent on front-end pages once chosen', async () => {
  const { page } = admin;
  await openSettings(page);
  await page.check('#safe_exit_no_store');
  await save(page);
  const response = await fetch(`${wp.base}/`);
  assert.match(response.headers.get('cache-control'), /no-store/);
});

test('a subscriber can neither see nor post the settings', async () => {
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/user-new.php`);
  await page.fill('#user_login', SUBSCRIBER.user);
  await page.fill('#email', 'reader@example.org');
  await page.fill('#pass1', SUBSCRIBER.password);
  await page.selectOption('#role', 'subscriber');
  await Promise.all([page.waitForURL(/users\.php/), page.click('#createusersub')]);

  const before = await options();
  const reader = await loggedIn(SUBSCRIBER);
  assert.equal(await reader.page.locator('#adminmenu a[href="options-general.php?page=safe-exit"]').count(), 0, 'no menu entry');
  const settings = await reader.page.goto(`${wp.base}/wp-admin/options-general.php?page=safe-exit`);
  assert.equal(settings.status(), 403);
  assert.equal(await reader.page.locator('#safe-exit-settings').count(), 0);
  // Posting the form anyway, with a nonce of the subscriber's own (from their profile page).
  await reader.page.goto(`${wp.base}/wp-admin/profile.php`);
  const nonce = await reader.page.inputValue('#_wpnonce');
  const posted = await reader.page.request.post(`${wp.base}/wp-admin/options.php`, {
    form: { option_page: 'safe-exit', action: 'update', _wpnonce: nonce, safe_exit_exit_urls: 'https://attacker.example/', safe_exit_lang: 'en' },
    maxRedirects: 0,
  });
  assert.equal(posted.status(), 403, 'options.php refuses');
  assert.deepEqual(await options(), before, 'nothing changed');
  await reader.context.close();
});

test('a theme without wp_body_open: the settings page says so, and the element is still printed, once', async () => {
  mkdirSync(CLASSIC_THEME, { recursive: true });
  writeFileSync(join(CLASSIC_THEME, 'style.css'), '/*\nTheme Name: Safe Exit test classic\n*/\n');
  writeFileSync(join(CLASSIC_THEME, 'index.php'), '<!doctype html><html><head><?php wp_head(); ?></head><body><main>Classic</main><?php wp_footer(); ?></body></html>\n');
  const theme = Object.fromEntries(await sql("SELECT option_name, option_value FROM wp_options WHERE option_name IN ('template', 'stylesheet')"));
  await sql("UPDATE wp_options SET option_value = 'safe-exit-test-classic' WHERE option_name IN ('template', 'stylesheet')");
  try {
    const { page } = admin;
    await openSettings(page);
    await page.locator('#safe-exit-no-body-open').waitFor();
    const html = await (await fetch(`${wp.base}/`)).text();
    assert.equal(html.split('<safe-exit ').length, 2, 'printed once');
    assert.ok(html.indexOf('<safe-exit ') > html.indexOf('<main>'), 'printed by the footer hook');
    const { context } = await visitor();
    const front = await context.newPage();
    await front.goto(`${wp.base}/`);
    await ready(front);
    const bar = await front.locator('safe-exit [part="exit-button"]').boundingBox();
    assert.ok(bar && bar.y + bar.height <= front.viewportSize().height, 'the exit floats in view');
    await context.close();
  } finally {
    for (const [name, value] of Object.entries(theme)) await sql(`UPDATE wp_options SET option_value = '${value}' WHERE option_name = '${name}'`);
  }
});

test('an active optimisation plugin gets a warning that says how to exclude the loader', async () => {
  mkdirSync(OPTIMISER, { recursive: true });
  writeFileSync(join(OPTIMISER, 'autoptimize.php'), '<?php\n/*\nPlugin Name: Autoptimize stand-in for the Safe Exit tests\n*/\n');
  const { page } = admin;
  await openSettings(page);
  assert.equal(await page.locator('#safe-exit-optimisers').count(), 0, 'no warning while none is active');
  await page.goto(`${wp.base}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/activate=true/), page.locator('tr[data-plugin="autoptimize/autoptimize.php"] .activate a').click()]);
  await openSettings(page);
  assert.match(await page.locator('#safe-exit-optimisers').innerText(), /Autoptimize[\s\S]*safe-exit\.js/);
  await page.goto(`${wp.base}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/deactivate=true/), page.locator('tr[data-plugin="autoptimize/autoptimize.php"] .deactivate a').click()]);
});

test('deleting the plugin leaves no option behind', async () => {
  assert.ok(Object.keys(await options()).length >= 5, 'the settings were stored');
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/plugins\.php\?.*deactivate=true/), page.click('#deactivate-safe-exit')]);
  page.once('dialog', (dialog) => dialog.accept());
  await page.click('#delete-safe-exit');
  await page.getByText('Safe Exit was successfully deleted.').waitFor();
  assert.deepEqual(await options(), {});
  assert.deepEqual(await sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%safe\\_exit\\_%'"), [], 'nor the preview’s drafts');
  // WordPress's own notices name their files under the tree's path, which is left out.
  const log = readFileSync(wp.debugLog, { encoding: 'utf8', flag: 'a+' }).replaceAll(wp.root, '<WordPress>');
  assert.deepEqual(log.split('\n').filter((line) => /safe-exit|safe_exit/.test(line)), [], 'no PHP notice from the plugin');
});
