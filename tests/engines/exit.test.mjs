// The exit in every engine: armed, left by a click or by Shift three times, with no Referer,
// Back from the destination leading to the page before the site, a three-page stealth visit
// leaving one entry, and a fresh visit after an exit showing the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, armed, at, visit, until, EXIT_BUTTON } from './engines.mjs';

eachEngine({}, (env) => {
  /** A fresh tab on before.html, then partner page 1 by its link: history [before, site-1]. */
  async function onPartner(page = 'site-1.html') {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/before.html`);
    await tab.click('#next');
    await at(tab, `${env.base}/engines/site-1.html`);
    if (page !== 'site-1.html') await tab.goto(`${env.base}/engines/${page}`);
    await armed(tab);
    return tab;
  }

  test('the click exit arms, leaves with no Referer, and Back leads to the page before the site', async () => {
    const tab = await onPartner();
    const seen = env.neutral.visits.length;
    await tab.clickInShadow(...EXIT_BUTTON);
    const { referer } = await visit(env.neutral, seen + 1);
    assert.equal(referer, null, `${env.engine}: the destination got a Referer`);
    await at(tab, env.neutral.url);
    assert.equal(await tab.evaluate(() => document.referrer), '', `${env.engine}: document.referrer at the destination`);
    tab.back();
    await at(tab, `${env.base}/engines/before.html`);
    await tab.close();
  });

  test('Shift three times, left and right mixed, leaves with no Referer', async () => {
    const probe = await env.browser.newTab();
    await probe.goto(`${env.base}/engines/before.html`);
    await probe.evaluate(() => addEventListener('keyup', (event) => (document.body.dataset.keys = `${document.body.dataset.keys || ''} ${event.code}`.trim())));
    await probe.pressShift(['left', 'right', 'left']);
    const keys = await until(() => probe.evaluate(() => document.body.dataset.keys?.split(' ').length === 3 && document.body.dataset.keys), 'three key presses');
    assert.equal(keys, 'ShiftLeft ShiftRight ShiftLeft', `${env.engine}: the keys the driver pressed`);
    await probe.close();

    const tab = await onPartner();
    const seen = env.neutral.visits.length;
    await tab.pressShift(['left', 'right', 'left']);
    const { referer } = await visit(env.neutral, seen + 1);
    assert.equal(referer, null, `${env.engine}: the destination got a Referer`);
    await at(tab, env.neutral.url);
    await tab.close();
  });

  test('a three-page stealth visit and an exit leave one history entry', async () => {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/before.html`);
    const before = await tab.evaluate(() => history.length);
    await tab.goto(`${env.base}/engines/stealth-1.html`);
    for (const n of [2, 3]) {
      await armed(tab);
      await tab.click('#next');
      await at(tab, `${env.base}/engines/stealth-${n}.html`);
    }
    await armed(tab);
    assert.equal(await tab.evaluate(() => history.length), before + 1, `${env.engine}: entries after three stealth pages`);
    await tab.clickInShadow(...EXIT_BUTTON);
    await at(tab, env.neutral.url);
    await until(() => tab.evaluate(() => document.readyState === 'complete'), 'the destination to load');
    assert.equal(await tab.evaluate(() => history.length), before + 1, `${env.engine}: entries after the exit`);
    tab.back();
    await at(tab, `${env.base}/engines/before.html`);
    await tab.close();
  });

  test('a fresh visit after an exit shows the site', async () => {
    const tab = await onPartner();
    await tab.clickInShadow(...EXIT_BUTTON);
    await at(tab, env.neutral.url);
    await tab.goto(`${env.base}/engines/site-2.html`);
    await armed(tab);
    assert.equal(await tab.url(), `${env.base}/engines/site-2.html`, `${env.engine}: the fresh visit left`);
    assert.notEqual(await tab.evaluate(() => getComputedStyle(document.documentElement).display), 'none', `${env.engine}: the fresh visit is hidden`);
    await tab.close();
  });
});
