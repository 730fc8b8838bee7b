// The fallback link inside <safe-exit>, in every engine: with the wasm missing the loader still
// makes it a full exit (no Referer, the history entry replaced); with JavaScript off it is a
// plain link that sends no Referer (followed with the keyboard: Tab reaches it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, at, visit, until } from './engines.mjs';

eachEngine({}, (env) => {
  test('with the wasm missing, the fallback link leaves with no Referer and replaces the entry', async () => {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/before.html`);
    await tab.goto(`${env.base}/engines/no-wasm.html`);
    await until(() => tab.evaluate(() => document.querySelector('safe-exit').dataset.state === 'degraded'), `${env.engine}: the widget degraded`);
    const seen = env.neutral.visits.length;
    await tab.click('#fallback');
    const { referer } = await visit(env.neutral, seen + 1);
    assert.equal(referer, null, `${env.engine}: the destination got a Referer`);
    await at(tab, env.neutral.url);
    tab.back();
    await at(tab, `${env.base}/engines/before.html`);
    await tab.close();
  });
});

eachEngine({ javascript: false, label: 'JavaScript off' }, (env) => {
  test('with JavaScript off, the fallback link is a plain link with no Referer', async () => {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/site-1.html`);
    const seen = env.neutral.visits.length;
    await tab.followFirstLink();
    const { referer } = await visit(env.neutral, seen + 1);
    assert.equal(referer, null, `${env.engine}: the destination got a Referer`);
    await at(tab, env.neutral.url);
    await tab.close();
  });
});
