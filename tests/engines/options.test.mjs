// `new-tab` and `clear-storage` in every engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, armed, at, visit, until, EXIT_BUTTON } from './engines.mjs';

eachEngine({}, (env) => {
  // Which inputs open the tab differs by engine (measured: Chromium with its popup blocker on
  // opened none, Firefox and WebKitGTK opened one for the click and for the shortcut); what
  // must hold everywhere is that this tab leaves and that no visit carries a Referer.
  for (const [how, input] of [
    ['the click exit', (tab) => tab.clickInShadow(...EXIT_BUTTON)],
    ['the shortcut', (tab) => tab.pressShift(['left', 'left', 'right'])],
  ]) {
    test(`new-tab: ${how} leaves, and a tab opened, if any, gets no Referer`, async (t) => {
      const tab = await env.browser.newTab();
      await tab.goto(`${env.base}/engines/new-tab.html`);
      await armed(tab);
      const seen = env.neutral.visits.length;
      await input(tab);
      await visit(env.neutral, seen + 1);
      await at(tab, env.neutral.url);
      await until(() => tab.evaluate(() => document.readyState === 'complete'), 'the destination to load');
      const tabs = await tab.tabCount();
      if (tabs > 1) await visit(env.neutral, seen + 2);
      const referers = env.neutral.visits.slice(seen).map((v) => v.referer);
      // WebKit sends an empty Referer header to the noopener tab: it names nothing.
      assert.ok(referers.every((referer) => !referer), `${env.engine}: a destination got a Referer: ${referers}`);
      t.diagnostic(`${env.engine}: ${how} with new-tab opened ${tabs > 1 ? 'a new tab' : 'no new tab'}`);
      await tab.close();
    });
  }

  test('clear-storage="all": the exit clears the site\'s sessionStorage and localStorage', async () => {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/clear-storage.html`);
    await armed(tab);
    await tab.evaluate(() => {
      sessionStorage.setItem('draft', 'a letter');
      localStorage.setItem('draft', 'a letter');
    });
    await tab.clickInShadow(...EXIT_BUTTON);
    await at(tab, env.neutral.url);
    await tab.goto(`${env.base}/engines/before.html`);
    const left = await tab.evaluate(() => [sessionStorage.getItem('draft'), localStorage.getItem('draft')]);
    assert.deepEqual(left, [null, null], `${env.engine}: what the exit left in storage`);
    await tab.close();
  });
});
