// Back and Forward after an exit, in every engine, once with pages an engine may keep in its
// back/forward cache and once with `Cache-Control: no-store` pages. A partner page brought back
// must leave again and never show: the neutral site holds its answer to the second departure,
// and every screenshot from the traversal until then (and after) must be free of the partner's
// colour. Each page reports, by beacon, whether it was restored from the cache, so that the
// test knows which path it took; the control test shows that the cache does work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, armed, at, visit, until, EXIT_BUTTON } from './engines.mjs';
import { countColour } from './images.mjs';
import { PARTNER_COLOUR } from './sites.mjs';

/** In the page: reports each restore from the back/forward cache. */
function reportRestores() {
  addEventListener('pageshow', (event) => event.persisted && navigator.sendBeacon('/report', `restored ${location.pathname}`));
}

for (const bfcache of [true, false]) {
  eachEngine({ bfcache, label: bfcache ? 'cacheable pages' : 'no-store pages' }, (env) => {
    async function partnerPage(tab, n) {
      if (n === 1) {
        await tab.goto(`${env.base}/engines/before.html`);
      }
      await tab.click('#next');
      await at(tab, `${env.base}/engines/site-${n}.html`);
      await armed(tab);
      await tab.evaluate(reportRestores);
    }

    /**
     * Starts a traversal and collects screenshots until the page brought back has left again.
     * It starts once the destination of the exit is on screen: until it paints, WebKit keeps
     * the last frame it presented, which belongs to the exit (tests/engines/paint.test.mjs).
     */
    async function traverse(tab, go) {
      await until(async () => countColour(await tab.screenshot(), PARTNER_COLOUR) === 0, `${env.engine}: the destination of the exit on screen`);
      const seen = env.neutral.visits.length;
      env.reports.length = 0;
      const release = env.neutral.hold();
      const shots = [];
      try {
        go();
        const left = visit(env.neutral, seen + 1);
        let done = false;
        left.then(() => (done = true), () => (done = true));
        while (!done) shots.push(await tab.screenshot().catch(() => null));
        await left;
        for (let shot = 0; shot < 2; shot++) shots.push(await tab.screenshot());
      } finally {
        release();
      }
      await at(tab, env.neutral.url);
      const painted = shots.filter(Boolean).map((shot) => countColour(shot, PARTNER_COLOUR));
      assert.ok(painted.length >= 2, `${env.engine}: too few screenshots (${painted.length})`);
      return { restored: env.reports.some((report) => report.startsWith('restored')), painted };
    }

    /** No screenshot may show the page brought back, in any engine, restored or loaded anew. */
    function neverShown(t, { restored, painted }) {
      // Read by scripts/engines-repeat.mjs, which counts them over many runs.
      t.diagnostic(`partner-frames ${painted.filter((n) => n > 0).length} of ${painted.length} (${restored ? 'restored' : 'loaded'})`);
      assert.ok(painted.every((n) => n === 0), `${env.engine}: the page brought back (${restored ? 'restored' : 'loaded anew'}) was painted: ${painted}`);
    }

    test('after an exit, Back to an earlier partner page shows nothing, and Back again leads to the page before the site', async (t) => {
      const tab = await env.browser.newTab();
      await partnerPage(tab, 1);
      await partnerPage(tab, 2);
      await tab.clickInShadow(...EXIT_BUTTON);
      await at(tab, env.neutral.url);
      const seen = await traverse(tab, () => tab.back());
      t.diagnostic(`${env.engine}: the page brought back was ${seen.restored ? 'restored from the back/forward cache' : 'loaded anew'}`);
      tab.back();
      await at(tab, `${env.base}/engines/before.html`);
      await tab.close();
      neverShown(t, seen);
    });

    test('after an exit, Forward to a later partner page shows nothing', async (t) => {
      const tab = await env.browser.newTab();
      await partnerPage(tab, 1);
      await partnerPage(tab, 2);
      tab.back();
      await at(tab, `${env.base}/engines/site-1.html`);
      await armed(tab);
      await tab.clickInShadow(...EXIT_BUTTON);
      await at(tab, env.neutral.url);
      const seen = await traverse(tab, () => tab.forward());
      t.diagnostic(`${env.engine}: the page brought forward was ${seen.restored ? 'restored from the back/forward cache' : 'loaded anew'}`);
      await tab.close();
      neverShown(t, seen);
    });

    if (bfcache) {
      test('without an exit, Back restores a cacheable page from the back/forward cache and shows it', async () => {
        const tab = await env.browser.newTab();
        await partnerPage(tab, 1);
        await partnerPage(tab, 2);
        env.reports.length = 0;
        tab.back();
        await at(tab, `${env.base}/engines/site-1.html`);
        await until(() => env.reports.includes('restored /engines/site-1.html'), `${env.engine}: a restore of site-1 from the cache`);
        await until(async () => countColour(await tab.screenshot(), PARTNER_COLOUR) > 0, `${env.engine}: the restored page painted`);
        await tab.close();
      });
    }
  });
}
