// Fresh browser contexts for the benchmark, and bounded waits on them. Every page load gets a
// context of its own: no cache, no sessionStorage marker from an earlier exit (which would make
// Safe Exit's Back guard leave at once).
import { openWidgetRoots } from '../../tests/e2e/helpers.mjs';
import { within } from './stats.mjs';

/** The longest any single step of a trial may take (a load on Regular 3G with the CPU throttled is the slowest). */
export const STEP_TIMEOUT = Number(process.env.BENCH_STEP_TIMEOUT || 30000);

export async function openPage(browser, { probes = [] } = {}) {
  const context = await within(STEP_TIMEOUT, browser.newContext(), 'no new browser context');
  // Every Playwright wait (goto, locators, waitForFunction) is bounded by this, unless given less.
  context.setDefaultTimeout(STEP_TIMEOUT);
  // Safe Exit's closed shadow root opened, for Playwright's selectors to find its buttons.
  await context.addInitScript(openWidgetRoots);
  for (const probe of probes) await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** A CDP command that cannot hang the run. */
export const send = (cdp, method, params = {}, ms = STEP_TIMEOUT) => within(ms, cdp.send(method, params), `CDP ${method} did not answer`);

/**
 * Closes a context, bounded. Closing while a navigation commits can hang, so callers first wait
 * for the exit's navigation to settle; a close that still hangs is left behind and reported.
 */
export async function closeContext(context) {
  try {
    await within(10000, context.close(), 'the browser context did not close');
  } catch (error) {
    process.stderr.write(`warning: ${error.message}; going on\n`);
  }
}

/** Waits until the page's exit works (the armed probe fired); for the references, there is nothing to wait for. */
export async function whenArmed(page, armed, timeout = STEP_TIMEOUT) {
  if (!armed) return;
  await page.waitForFunction(() => globalThis.__benchArmedAt !== undefined, null, { timeout, polling: 20 });
}
