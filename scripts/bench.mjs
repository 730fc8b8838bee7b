// The benchmark (`make bench`): how fast Safe Exit leaves, how soon it is armed on a slow
// phone network in each form partners paste the snippet, how many bytes it costs and how much
// memory it holds, next to GOV.UK's "Exit this page" (govuk-frontend, pinned in
// package-lock.json) and to the least a page can do (a bare link, a minimal inline key
// handler). Everything is on 127.0.0.1: the pages and the bundle from Node servers, the neutral
// page from a loopback server of its own (scripts/bench/neutral.mjs); nothing leaves the
// machine. Prints the tables and rewrites docs/performance.md with them (its notes are kept).
//
// This measures; it never fails on a timing (timings vary from machine to machine and run to
// run). The size budget, which is deterministic, is enforced by scripts/check-size.mjs.
//
// The clocks of the exit latency. The input time is the page's own `event.timeStamp` of the
// click (or the third Shift key-up), when the browser received the input, not when a listener
// ran; with `performance.timeOrigin` it is on the system's wall clock. Each exit is timed to two
// ends: (1) CDP Network.requestWillBeSent, which the browser process emits as it starts the
// navigation request (its `wallTime`: the same wall clock); (2) the neutral server receiving the
// request, read with process.hrtime (CLOCK_MONOTONIC) in a process of its own. Just before the
// input, Node reads the wall clock minus CLOCK_MONOTONIC (stats.mjs, to a few µs), which puts
// the input on the server's clock. (The same CDP event's `timestamp` is Chromium's monotonic
// clock, but it was found 0.1–1.3 ms earlier than its `wallTime`, most on a busy page, so
// it is not used to join the clocks.) Node's own time just before it sends the input (the mouse
// release or the last key-up, through CDP Input.dispatch*Event) is not the input time either:
// the hop to the browser would be charged to every page alike and pull every ratio towards 1.
// It is a clock check instead. The three checks, all expected ≥ 0 (to the page's 0.1 ms
// resolution): document request − time origin (Chromium's two clocks), request sent → arrival,
// and input sent by Node → its time stamp; the last two bound any error in joining the clocks.
//
//   SAFE_EXIT_DIST=dist  the built bundle to measure (its embed/ is served at /embed/)
//   BENCH_ROUNDS=30      interleaved rounds of exit latency (plus one warm-up round)
//   BENCH_VARIANT_ROUNDS=10  rounds of the click latency of every form of the snippet
//   BENCH_ARMED_RUNS=3   loads per snippet variant and CPU rate for the armed time (plus a warm-up)
//   BENCH_ENCODING_RUNS=3  loads of the README snippet and GOV.UK served brotli and uncompressed
//   BENCH_STEP_TIMEOUT=30000  the longest any one step of a trial may take, in ms
//   BENCH_ONLY=latency,variants,armed,encodings,memory,trace  a subset, for trials (docs/performance.md is then not written)
//   BENCH_TRACE=1        also trace the exit's click path (scripts/bench/trace.mjs; about 2 min; printed, not written)
//   BENCH_TRACE_ROUNDS=10, BENCH_TRACE_DETAIL=5  its rounds
//   CHROMIUM=/usr/bin/chromium
//   node scripts/bench.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { startNeutral } from './bench/neutral.mjs';
import { writePages } from './bench/pages.mjs';
import { VARIANT_TRIALS, measureLatencies } from './bench/latency.mjs';
import { ARMED_PAGES, measureArmed } from './bench/armed.mjs';
import { measureMemory } from './bench/memory.mjs';
import { bundleSizes, govukSizes } from './bench/bytes.mjs';
import { README_VARIANT, armedTable, bytesTable, encodingTable, latencyTable, variantLatencyTable, waterfallTable } from './bench/report.mjs';
import { performanceDoc } from './bench/doc.mjs';
import { measureTraces, traceTables } from './bench/trace.mjs';
import { within } from './bench/stats.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.SAFE_EXIT_DIST || join(REPO, 'dist'));
const GOVUK = join(REPO, 'node_modules/govuk-frontend/dist/govuk');
const SETTINGS = {
  rounds: Number(process.env.BENCH_ROUNDS || 30),
  variantRounds: Number(process.env.BENCH_VARIANT_ROUNDS || 10),
  armedRuns: Number(process.env.BENCH_ARMED_RUNS || 3),
  encodingRuns: Number(process.env.BENCH_ENCODING_RUNS || 3),
  traceRounds: Number(process.env.BENCH_TRACE_ROUNDS || 10),
  traceDetail: Number(process.env.BENCH_TRACE_DETAIL || 5),
};
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
// The trace is opt-in: it is for finding where time goes, not a figure of the page.
const runs = (part) => (ONLY ? ONLY.has(part) : part !== 'trace' || process.env.BENCH_TRACE === '1');

// The README's snippet without hints and with them (as it is now), and GOV.UK: the waterfalls shown.
const WATERFALLS = ['Safe Exit/head-blocking/none', README_VARIANT, 'GOV.UK'];

function machine(browser) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  const version = (file) => JSON.parse(readFileSync(join(REPO, file), 'utf8')).version;
  const wasm = join(DIST, 'embed/safe-exit.wasm');
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu,
    nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    chromium: browser.version(),
    node: process.version,
    playwright: version('node_modules/playwright-core/package.json'),
    govuk: version('node_modules/govuk-frontend/package.json'),
    dist: relative(REPO, DIST).startsWith('..') ? DIST : relative(REPO, DIST) || '.',
    wasm: existsSync(wasm) ? createHash('sha256').update(readFileSync(wasm)).digest('hex').slice(0, 12) : 'missing',
  };
}

async function main() {
  const started = Date.now();
  const neutral = await startNeutral();
  const pages = writePages(join(REPO, 'bench'), neutral.url);
  // One page server per encoding: gzip for everything but the encoding rows; brotli, as a
  // partner that compresses everything serves; none, as a default web server that compresses
  // only HTML serves wasm and JS.
  const mounts = { '/embed/': join(DIST, 'embed') + '/', '/govuk/': GOVUK + '/', '/assets/': join(GOVUK, 'assets') + '/' };
  const servers = {};
  for (const encoding of ['gzip', 'br', 'none']) servers[encoding] = await serve({ root: pages.dir, mounts, encoding: encoding === 'none' ? null : encoding });
  const base = (encoding) => `http://127.0.0.1:${servers[encoding].address().port}`;
  const browser = await within(30000, chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS }), 'Chromium did not start');
  try {
    const about = machine(browser);
    const tables = {};
    if (runs('latency')) tables.latency = latencyTable(await measureLatencies(browser, base('gzip'), neutral, SETTINGS.rounds));
    if (runs('variants')) tables.variants = variantLatencyTable(await measureLatencies(browser, base('gzip'), neutral, SETTINGS.variantRounds, VARIANT_TRIALS));
    if (runs('armed')) {
      const armed = await measureArmed(browser, base('gzip'), SETTINGS.armedRuns);
      tables.armed = armedTable(armed);
      tables.waterfall = waterfallTable(armed, WATERFALLS);
    }
    if (runs('encodings')) {
      const readme = ARMED_PAGES.filter(({ name }) => name === README_VARIANT || name === 'GOV.UK');
      const byEncoding = {};
      for (const encoding of ['br', 'none']) byEncoding[encoding] = await measureArmed(browser, base(encoding), SETTINGS.encodingRuns, readme, [1]);
      tables.encodings = encodingTable(byEncoding);
    }
    if (runs('memory')) tables.bytes = bytesTable({ bundle: bundleSizes(DIST), govuk: govukSizes(GOVUK), mem: await measureMemory(browser, base('gzip')), repo: REPO });
    if (runs('trace')) {
      const traces = await measureTraces(browser, base('gzip'), neutral, { rounds: SETTINGS.traceRounds, detailRounds: SETTINGS.traceDetail });
      tables.trace = traceTables(traces);
    }
    about.minutes = ((Date.now() - started) / 60000).toFixed(1);
    for (const table of Object.values(tables)) console.log(`${table}\n`);
    console.log(`${about.date}; ${about.nproc} × ${about.cpu}; load ${about.load}; Chromium ${about.chromium}; bundle ${about.dist} (safe-exit.wasm sha256 ${about.wasm}…); ${about.minutes} min`);
    if (!ONLY) writeFileSync(join(REPO, 'docs/performance.md'), performanceDoc(join(REPO, 'docs/performance.md'), tables, about, SETTINGS));
  } finally {
    await within(30000, browser.close(), 'Chromium did not close').catch((error) => process.stderr.write(`warning: ${error.message}\n`));
    for (const server of Object.values(servers)) server.close();
    neutral.close();
    pages.remove();
  }
}

await main();
