// The page is hidden in the same frame as the exit, in every engine. The neutral site holds its
// answer, so the leaving page stays in the tab. A frame callback (which runs just before the
// engine paints that frame) reports, after each input, whether the page was already hidden and
// how long after the input that was; every screenshot taken once the destination has the
// request must be free of the partner's colour, in every engine. The reports go out as beacons,
// since WebKit's driver answers nothing while a navigation is pending. (WebKit presents no frame
// of a page after its navigation has started: the exit waits there for the second frame
// callback, once the hidden frame has been composited; docs/paint-after-exit.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, armed, at, visit, until, EXIT_BUTTON } from './engines.mjs';
import { countColour } from './images.mjs';
import { PARTNER_COLOUR } from './sites.mjs';

/**
 * In the page: after each `type` event, reports whether the next frame found the page hidden,
 * and how long after the input (its time stamp) that frame's callback ran, in ms.
 */
function reportFrames(type) {
  addEventListener(
    type,
    (event) =>
      requestAnimationFrame(() => {
        const hidden = getComputedStyle(document.documentElement).display === 'none';
        navigator.sendBeacon('/report', `${hidden ? 'hidden' : 'shown'} ${(performance.now() - event.timeStamp).toFixed(1)}`);
      }),
    true,
  );
}

eachEngine({}, (env) => {
  async function leaving(t, input, type, inputs) {
    const tab = await env.browser.newTab();
    await tab.goto(`${env.base}/engines/site-1.html`);
    await armed(tab);
    assert.ok(countColour(await tab.screenshot(), PARTNER_COLOUR) > 0, `${env.engine}: the partner page is painted before the exit`);
    await tab.evaluate(reportFrames, type);
    const seen = env.neutral.visits.length;
    env.reports.length = 0;
    const release = env.neutral.hold();
    try {
      await input(tab);
      await visit(env.neutral, seen + 1);
      await until(() => env.reports.length >= inputs, `a frame after each of ${inputs} inputs (${env.reports})`);
      const [state, ms] = env.reports[inputs - 1].split(' ');
      const painted = [];
      for (let shot = 1; shot <= 3; shot++) painted.push(countColour(await tab.screenshot(), PARTNER_COLOUR));
      // Read by scripts/engines-repeat.mjs, which counts them over many runs.
      t.diagnostic(`partner-frames ${painted.filter((n) => n > 0).length} of ${painted.length}`);
      t.diagnostic(`hidden-frame ${ms} ms`);
      assert.equal(state, 'hidden', `${env.engine}: the first frame after the exit's input showed the page (${env.reports})`);
      assert.ok(painted.every((n) => n === 0), `${env.engine}: screenshots of the leaving page show it: ${painted}`);
    } finally {
      release();
    }
    // Closing a tab while its navigation commits can hang Chromium: let the destination load.
    await at(tab, env.neutral.url);
    await until(() => tab.evaluate(() => document.readyState === 'complete'), 'the destination to load');
    await tab.close();
  }

  test('the click exit hides the page in the frame of the click', (t) => leaving(t, (tab) => tab.clickInShadow(...EXIT_BUTTON), 'click', 1));

  test('Shift three times hides the page in the frame of the third press', (t) =>
    leaving(t, (tab) => tab.pressShift(['right', 'left', 'right']), 'keyup', 3),
  );
});
