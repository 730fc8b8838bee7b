// Memory: the widget's wasm heap and the page's JS heap after load, and after opening the panel
// and every one of its tabs; GOV.UK's JS heap for comparison.
import { PAGES } from './pages.mjs';
import { closeContext, openPage, send, whenArmed } from './browser.mjs';
import { armedProbe, wasmProbe } from './probes.mjs';
import { median } from './stats.mjs';
import { SETTLE_MS } from './latency.mjs';

/**
 * Bytes of wasm linear memory (it only grows, in 64 KiB pages) and of live JS heap after a
 * full garbage collection (CDP, exact: performance.memory is rounded unless a flag is set).
 */
async function heap(page, cdp) {
  await send(cdp, 'HeapProfiler.collectGarbage');
  const { usedSize } = await send(cdp, 'Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => globalThis.__benchWasmMemory?.buffer.byteLength ?? 0);
  return { wasm, js: usedSize };
}

async function safeExitMemory(browser, base) {
  const { context, page, cdp } = await openPage(browser, { probes: [armedProbe, wasmProbe] });
  try {
    await page.goto(base + PAGES['Safe Exit'].path);
    await whenArmed(page, true);
    await page.waitForTimeout(SETTLE_MS);
    const loaded = await heap(page, cdp);
    await page.click('safe-exit [part="help-button"]');
    const tabs = page.locator('safe-exit [role="tab"]');
    const count = await tabs.count();
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(SETTLE_MS);
    return { loaded, opened: { ...(await heap(page, cdp)), tabs: count } };
  } finally {
    await closeContext(context);
  }
}

async function govukHeap(browser, base) {
  const { context, page, cdp } = await openPage(browser, { probes: [armedProbe] });
  try {
    await page.goto(base + PAGES['GOV.UK'].path);
    await whenArmed(page, true);
    await page.waitForTimeout(SETTLE_MS);
    return (await heap(page, cdp)).js;
  } finally {
    await closeContext(context);
  }
}

/** Medians of 3 loads; null when a load failed (reported, not fatal). */
export async function measureMemory(browser, base) {
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await safeExitMemory(browser, base));
    const pick = (f) => median(runs.map(f));
    return {
      loaded: { wasm: pick((r) => r.loaded.wasm), js: pick((r) => r.loaded.js) },
      opened: { wasm: pick((r) => r.opened.wasm), js: pick((r) => r.opened.js), tabs: runs[0].opened.tabs },
      govukJs: await govukHeap(browser, base),
    };
  } catch (error) {
    process.stderr.write(`memory failed: ${error.message.split('\n')[0]}\n`);
    return null;
  }
}
