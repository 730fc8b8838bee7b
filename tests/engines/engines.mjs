// What every cross-engine test file shares: the engines to run in (all three, or those named in
// SAFE_EXIT_ENGINES=chromium,firefox,webkit), one `describe` per engine so that a failure
// names it, and waits for positive signals that tolerate a page navigating underneath.
import { describe, before, after } from 'node:test';
import * as chromium from './drivers/chromium.mjs';
import * as firefox from './drivers/firefox.mjs';
import * as webkit from './drivers/webkit.mjs';
import { startSites } from './sites.mjs';

const DRIVERS = { chromium, firefox, webkit };

export const ENGINES = (process.env.SAFE_EXIT_ENGINES || 'chromium,firefox,webkit').split(',').map((name) => {
  if (!DRIVERS[name]) throw new Error(`SAFE_EXIT_ENGINES: unknown engine "${name}" (chromium, firefox, webkit)`);
  return name;
});

/**
 * Runs `body(env)` inside `describe(engine)` (followed by `label`, if any) for each engine, with the browser launched and
 * both sites served before its tests; `env` has `engine`, `browser`, `base` (the partner site)
 * and `neutral` (the neutral site), filled in by the time the tests run. `extraPages` adds
 * pages of a test file's own under /engines/ (see startSites).
 */
export function eachEngine({ bfcache = false, javascript = true, label = '', extraPages } = {}, body) {
  for (const engine of ENGINES) {
    describe(label ? `${engine}, ${label}` : engine, () => {
      const env = { engine };
      before(async () => {
        Object.assign(env, await startSites({ bfcache, extraPages }));
        env.browser = await DRIVERS[engine].launch({ javascript });
      });
      after(async () => {
        await env.browser?.close();
        env.close?.();
      });
      body(env);
    });
  }
}

/**
 * Waits until `probe()` returns a truthy value and returns it. A probe that throws (the page
 * was navigating) counts as false. `what` names the awaited thing in the timeout's message.
 */
export async function until(probe, what, timeout = 15000) {
  let last;
  for (const deadline = Date.now() + timeout; Date.now() < deadline; ) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error.message;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/** Waits until the page's widget is armed and shows its exit button. */
export function armed(tab) {
  return until(
    () =>
      tab.evaluate(() => {
        const element = document.querySelector('safe-exit');
        return element?.dataset.state === 'ready' && !!element.shadowRoot?.querySelector('[part="exit-button"]') && !element.shadowRoot.querySelector('slot');
      }),
    'the widget to be ready with its exit button',
  );
}

/** Waits until the tab is on `url` (a string: its start; a RegExp: a match). */
export function at(tab, url) {
  const matches = (current) => (typeof url === 'string' ? current.startsWith(url) : url.test(current));
  return until(async () => matches(await tab.url()), `the tab to be at ${url}`);
}

/** Waits for the neutral site's visit number `n` (1-based) and returns it. */
export function visit(neutral, n) {
  return until(() => neutral.visits[n - 1], `visit ${n} to the neutral site (${neutral.visits.length} so far)`);
}

/** The exit button, inside the widget's shadow root. */
export const EXIT_BUTTON = ['safe-exit', '[part="exit-button"]'];
