// Armed time: from navigation start to the exit working, on Chrome's "Regular 3G" with the
// cache off, for each form of the snippet (pages.mjs) next to GOV.UK's component, with the CPU
// unthrottled and throttled. Each load also keeps its network log: what was fetched when.
import { HINTS, PLACEMENTS, variantKey, variantPath } from './pages.mjs';
import { closeContext, openPage, send, whenArmed } from './browser.mjs';
import { armedProbe } from './probes.mjs';
import { median } from './stats.mjs';

// Chrome DevTools' "Regular 3G" preset: 100 ms latency, 750 kbit/s down, 250 kbit/s up.
export const REGULAR_3G = { offline: false, latency: 100, downloadThroughput: 93750, uploadThroughput: 31250 };

// CDP Emulation.setCPUThrottlingRate: 1 is this machine's speed, 4 is DevTools' "low-end mobile".
export const CPU_RATES = [1, 4];

/** Every Safe Exit variant, then GOV.UK: { name, path }. */
export const ARMED_PAGES = [
  ...Object.keys(PLACEMENTS).flatMap((placement) => Object.keys(HINTS).map((hint) => ({ name: variantKey(placement, hint), placement, hint, path: variantPath(placement, hint) }))),
  { name: 'GOV.UK', path: '/govuk.html' },
];

/**
 * One load in a fresh context: { at } ms from navigation start to armed, and `requests`, the
 * page's requests in order: { file, start, end } in ms from navigation start (end is when the
 * last byte arrived; undefined for a request that had not finished when the exit was armed).
 */
export async function armedLoad(browser, url, cpu) {
  const { context, page, cdp } = await openPage(browser, { probes: [armedProbe] });
  try {
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, wallTime: e.wallTime, start: e.timestamp }));
    cdp.on('Network.loadingFinished', (e) => requests.has(e.requestId) && (requests.get(e.requestId).end = e.timestamp));
    await send(cdp, 'Network.enable');
    await send(cdp, 'Network.setCacheDisabled', { cacheDisabled: true });
    await send(cdp, 'Network.emulateNetworkConditions', REGULAR_3G);
    await send(cdp, 'Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url, { waitUntil: 'commit' });
    await whenArmed(page, true);
    const { at, origin } = await page.evaluate(() => ({ at: globalThis.__benchArmedAt, origin: performance.timeOrigin }));
    // CDP's request times are CLOCK_MONOTONIC; the document request's wall time puts them on
    // the page's time origin (navigation start).
    const all = [...requests.values()];
    const document = all.find((r) => r.url === url);
    const navigationStart = origin - (document.wallTime - document.start) * 1000;
    const rel = (t) => (t === undefined ? undefined : t * 1000 - navigationStart);
    return { at, requests: all.map((r) => ({ file: r.url.replace(/^.*\//, '').replace(/\?.*$/, ''), start: rel(r.start), end: rel(r.end) })) };
  } finally {
    await closeContext(context);
  }
}

/**
 * `runs` loads of every page at every CPU rate, after one warm-up round that is not counted
 * (the first throttled loads are slower); pages interleaved, each round starting one page
 * further on. Returns Map "name/cpu" → { values, failed, loads }.
 */
export async function measureArmed(browser, base, runs, pages = ARMED_PAGES, rates = CPU_RATES) {
  const results = new Map();
  for (let run = 0; run <= runs; run++) {
    for (const cpu of rates) {
      for (let i = 0; i < pages.length; i++) {
        const { name, path } = pages[(i + run) % pages.length];
        const key = `${name}/${cpu}`;
        if (!results.has(key)) results.set(key, { values: [], failed: 0, loads: [] });
        const result = results.get(key);
        try {
          const load = await armedLoad(browser, base + path, cpu);
          if (run === 0) continue;
          result.values.push(load.at);
          result.loads.push(load);
        } catch (error) {
          process.stderr.write(`armed ${key} run ${run} failed: ${error.message.split('\n')[0]}\n`);
          if (run > 0) result.failed++;
        }
      }
    }
    process.stderr.write(`armed run ${run}/${runs} (${new Date().toISOString().slice(11, 19)})\n`);
  }
  return results;
}

/**
 * The median load's waterfall: for each file requested before the exit was armed, the median
 * request start and end over the loads, and how many times it was requested per load (2 would
 * be a preload the page did not use).
 */
export function waterfall(loads) {
  const files = new Map();
  for (const load of loads) {
    const seen = new Map();
    for (const r of load.requests) {
      if (r.start > load.at) continue;
      seen.set(r.file, (seen.get(r.file) || 0) + 1);
      if (seen.get(r.file) > 1) continue;
      if (!files.has(r.file)) files.set(r.file, { file: r.file, starts: [], ends: [], counts: [] });
      const f = files.get(r.file);
      f.starts.push(r.start);
      if (r.end !== undefined && r.end <= load.at) f.ends.push(r.end);
    }
    for (const [file, count] of seen) files.get(file).counts.push(count);
  }
  return [...files.values()]
    .map((f) => ({ file: f.file, start: median(f.starts), end: f.ends.length * 2 > f.starts.length ? median(f.ends) : undefined, count: Math.max(...f.counts) }))
    .sort((a, b) => a.start - b.start);
}
