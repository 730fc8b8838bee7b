// Exit latency: from the trusted input (a click, or the third Shift) to the browser starting the
// request for the neutral page (CDP Network.requestWillBeSent), and to the loopback server
// receiving it. The clocks are explained in scripts/bench.mjs's header.
import { HINTS, PAGES, PLACEMENTS, variantKey } from './pages.mjs';
import { STEP_TIMEOUT, closeContext, openPage, send, whenArmed } from './browser.mjs';
import { armedProbe, inputProbe } from './probes.mjs';
import { monotonicMs, wallMinusMonotonic, within } from './stats.mjs';

// Time after a page is armed before the input: a visitor does not act in the same millisecond,
// and work the page still does just after arming should not be charged to the exit.
export const SETTLE_MS = 300;

// The reference for a click is the bare link; for Shift×3, the minimal inline handler.
export const LATENCY_TRIALS = [
  { page: 'Safe Exit', input: 'click' },
  { page: 'GOV.UK', input: 'click' },
  { page: 'bare link', input: 'click' },
  { page: 'Safe Exit', input: 'shift' },
  { page: 'GOV.UK', input: 'shift' },
  { page: 'inline handler', input: 'shift' },
];

// A click on Safe Exit in every form of the snippet, beside GOV.UK and the bare link: where the
// loader's tag is and what the page preloads change how soon the exit is armed, and are
// timed here in case they change the exit itself.
export const VARIANT_TRIALS = [
  ...Object.keys(PLACEMENTS).flatMap((placement) => Object.keys(HINTS).map((hint) => ({ page: variantKey(placement, hint), input: 'click' }))),
  { page: 'GOV.UK', input: 'click' },
  { page: 'bare link', input: 'click' },
];

export const trialKey = ({ page, input }) => `${page}/${input}`;

const SHIFT = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16, location: 1 };

/**
 * A trusted click through CDP, as Playwright sends one (move, press, release), at the middle of
 * the element. Returns the CLOCK_MONOTONIC ms just before the release was sent, and the
 * release's own answer (which may come after the page has started to leave).
 */
export async function click(page, cdp, selector) {
  const box = await page.locator(selector).boundingBox({ timeout: STEP_TIMEOUT });
  if (!box) throw new Error(`${selector} is not visible`);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await send(cdp, 'Input.dispatchMouseEvent', { type: 'mouseMoved', ...at });
  await send(cdp, 'Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', buttons: 1, clickCount: 1 });
  const dispatchedAt = monotonicMs();
  const answered = cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', buttons: 0, clickCount: 1 });
  answered.catch(() => {}); // the page may be gone before the answer
  return { dispatchedAt, answered };
}

/** Three trusted Shift presses through CDP, as Playwright's keyboard.press sends them; timed like click(). */
export async function shiftThrice(cdp) {
  for (let i = 0; i < 3; i++) {
    await send(cdp, 'Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 8, ...SHIFT });
    const dispatchedAt = monotonicMs();
    const answered = cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, ...SHIFT });
    answered.catch(() => {});
    if (i === 2) return { dispatchedAt, answered };
    await within(STEP_TIMEOUT, answered, 'CDP Input.dispatchKeyEvent did not answer');
  }
}

/**
 * One exit in a fresh context. Returns, in ms:
 * - `request`: input → Network.requestWillBeSent (the browser starting the navigation request);
 * - `arrival`: input → the neutral server receiving the request;
 * - `leg`: requestWillBeSent → arrival (a clock check, ≥ 0);
 * - `hop`: Node sending the input → the input's time stamp in the page (a clock check, ≥ 0 to
 *   the page's 0.1 ms resolution);
 * - `clock`: the page's document request − its time origin, both on Chromium's wall clock (≥ 0);
 * - `reused`: whether the request came on a connection opened before the input.
 */
export async function exitLatency(browser, base, neutral, { page: name, input }) {
  const { context, page, cdp } = await openPage(browser, { probes: [inputProbe, armedProbe] });
  try {
    const inputAt = new Promise((done) => cdp.once('Runtime.bindingCalled', (event) => done(Number(event.payload))));
    const sent = new Map();
    const requested = new Promise((done) => cdp.on('Network.requestWillBeSent', (event) => {
      sent.set(event.request.url, event);
      if (event.request.url === neutral.url) done(event);
    }));
    await send(cdp, 'Network.enable');
    await send(cdp, 'Runtime.enable');
    await send(cdp, 'Runtime.addBinding', { name: '__benchInput' });
    await page.goto(base + PAGES[name].path);
    const document = sent.get(page.url());
    const clock = document.wallTime * 1000 - (await page.evaluate(() => performance.timeOrigin));
    await whenArmed(page, PAGES[name].armed);
    await page.waitForTimeout(SETTLE_MS);

    const offset = wallMinusMonotonic();
    const arrived = neutral.expect();
    const { dispatchedAt, answered } = input === 'click' ? await click(page, cdp, PAGES[name].button) : await shiftThrice(cdp);
    const arrival = await within(10000, arrived, `${name} did not leave on ${input}: no request at the neutral server`);
    const request = await within(10000, requested, `no Network.requestWillBeSent for the neutral page`);
    const inputWall = await within(10000, inputAt, 'the input probe did not report');
    await within(10000, answered, 'CDP did not answer the last input').catch(() => {});
    // The exit's navigation settled (the neutral page loaded) before the context is closed.
    await page.waitForURL((url) => url.href.startsWith(neutral.url), { waitUntil: 'load', timeout: 10000 });

    // The input's time stamp and the request's wallTime are on the wall clock, the arrival on
    // CLOCK_MONOTONIC: Node's reading of the difference, taken just before the input, joins them.
    const inputMonotonic = inputWall - offset;
    return {
      request: request.wallTime * 1000 - inputWall,
      arrival: arrival.at - inputMonotonic,
      leg: arrival.at - (request.wallTime * 1000 - offset),
      hop: inputMonotonic - dispatchedAt,
      clock,
      reused: arrival.reused,
    };
  } finally {
    await closeContext(context);
  }
}

/**
 * Every kind of trial, interleaved round-robin; round 0 warms up and is not counted, and each
 * round starts one trial further on, so that no page always follows the same other page. A
 * trial that fails is counted as failed and the run goes on.
 */
export async function measureLatencies(browser, base, neutral, rounds, trials = LATENCY_TRIALS) {
  const results = new Map(trials.map((trial) => [trialKey(trial), { values: [], failed: 0, errors: [] }]));
  for (let round = 0; round <= rounds; round++) {
    for (let i = 0; i < trials.length; i++) {
      const trial = trials[(i + round) % trials.length];
      const result = results.get(trialKey(trial));
      try {
        const value = await exitLatency(browser, base, neutral, trial);
        if (round > 0) result.values.push(value);
      } catch (error) {
        process.stderr.write(`latency ${trialKey(trial)} round ${round} failed: ${error.message.split('\n')[0]}\n`);
        if (round > 0) {
          result.failed++;
          result.errors.push(error.message.split('\n')[0]);
        }
      }
    }
    process.stderr.write(`latency round ${round}/${rounds} (${new Date().toISOString().slice(11, 19)})\n`);
  }
  return results;
}
