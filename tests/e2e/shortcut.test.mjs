// The keyboard shortcut: Shift three times (left or right alike), wherever focus is; never
// from typing; Escape twice as the alternative; announced in the widget's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newContext, ready, left } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(() => env.close());

// Time is Playwright's clock, so that a test can wait out the shortcut's 5 s window at once,
// and every `safe-exit` event is counted: the exit dispatches it in the same task as it
// leaves.
async function open(query = '') {
  const setup = await newContext(env.browser);
  const page = await setup.context.newPage();
  await page.clock.install();
  await page.addInitScript(() => document.addEventListener('safe-exit', () => (window.exits = (window.exits ?? 0) + 1), true));
  await page.goto(`${env.base}/test/widget.html${query}`);
  await ready(page);
  return { ...setup, page };
}

/**
 * The keys pressed so far did not exit, even late: each press was handled before
 * `keyboard.press` returned (the exit would have run in its handler), then every timer the
 * widget set is run by moving the clock past the shortcut's window.
 */
async function assertNoExit(page, neutral) {
  await page.clock.runFor(6000);
  assert.equal(await page.evaluate(() => window.exits ?? 0), 0, 'no safe-exit event');
  assert.equal(await page.locator('safe-exit').getAttribute('data-state'), 'ready');
  assert.equal(neutral.length, 0, 'no request for the neutral page');
}

test('Shift three times exits, left and right Shift alike, with focus in a partner input', async () => {
  const { context, neutral, page } = await open();
  await page.focus('#name');
  await page.keyboard.press('Shift');
  await page.keyboard.press('ShiftRight');
  await page.keyboard.press('Shift');
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('typing "Hello World" and capitals into a partner input never exits', async () => {
  const { context, neutral, page } = await open();
  await page.focus('#name');
  await page.keyboard.type('Hello World ABC Kazakhstan QQQ');
  await page.keyboard.press('Shift+A');
  await assertNoExit(page, neutral);
  assert.equal(await page.inputValue('#name'), 'Hello World ABC Kazakhstan QQQA');
  await context.close();
});

test('text from a virtual keyboard or IME between Shift presses starts the count again', async () => {
  const { context, neutral, page } = await open();
  await page.focus('#name');
  await page.keyboard.press('Shift');
  await page.keyboard.insertText('Ә'); // arrives as input, as from a phone keyboard
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  assert.equal(await page.evaluate(() => window.exits ?? 0), 0);
  await page.keyboard.press('Shift');
  await left(page);
  await context.close();
});

test('the shortcut works with focus inside the open panel', async () => {
  const { context, neutral, page } = await open('?lang=en');
  await page.locator('safe-exit [part="help-button"]').click();
  await page.locator('safe-exit [role="tab"]').nth(1).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('each press is shown by the indicator and announced in the widget language', async () => {
  const { context, neutral, page } = await open('?lang=ru');
  const status = page.locator('safe-exit [role="status"]');
  await page.keyboard.press('Shift');
  await assertText(status, 'Нажмите Shift ещё 2 раза, чтобы выйти');
  assert.equal(await page.locator('safe-exit .dot.on').count(), 1);
  await page.keyboard.press('Shift');
  await assertText(status, 'Нажмите Shift ещё 1 раз, чтобы выйти');
  assert.equal(await page.locator('safe-exit .dot.on').count(), 2);
  await page.clock.runFor(4900);
  assert.equal(await page.locator('safe-exit .dot.on').count(), 2, 'still counting within the 5 s window');
  await page.clock.runFor(200);
  await assertText(status, 'Время для нажатия клавиш истекло');
  assert.equal(await page.locator('safe-exit .dot.on').count(), 0);
  // The count starts again: one more press is the first of three, not the third.
  await page.keyboard.press('Shift');
  await assertText(status, 'Нажмите Shift ещё 2 раза, чтобы выйти');
  await assertNoExit(page, neutral);
  await context.close();
});

test('a press more than 5 s after the one before starts the count again', async () => {
  const { context, neutral, page } = await open();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.runFor(5001);
  await page.keyboard.press('Shift');
  assert.equal(await page.evaluate(() => window.exits ?? 0), 0, 'the third press, late, did not exit');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await left(page);
  assert.equal(neutral.length, 1);
  await context.close();
});

test('Escape twice exits with shortcut="escape2", and Shift does not', async () => {
  const { context, neutral, page } = await open('?shortcut=escape2');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  assert.equal(await page.evaluate(() => window.exits ?? 0), 0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await left(page);
  await context.close();
});

test('shortcut="none" turns the shortcut off', async () => {
  const { context, neutral, page } = await open('?shortcut=none');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await assertNoExit(page, neutral);
  assert.equal(await page.locator('safe-exit [part="shortcut"]').count(), 0);
  await context.close();
});

async function assertText(locator, expected) {
  await locator.filter({ hasText: expected }).waitFor({ state: 'attached', timeout: 3000 });
  assert.equal(await locator.textContent(), expected);
}
