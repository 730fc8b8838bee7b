// A Chromium performance trace of one exit, from the input to the request leaving the browser
// (issue 18: "find what the exit does between the input and the request leaving the browser
// that a bare link does not ... measure each with the trace, not by guessing"). The latency
// table times the two ends; this splits the time between them, from the trace events Chromium
// itself emits, for Safe Exit (the README's snippet), GOV.UK and the bare link on a click, and
// for Safe Exit and the inline handler on Shift×3.
//
// Each trial is a fresh context, armed and settled as in latency.mjs, then CDP Tracing.start,
// the trusted input (latency.mjs's click() or shiftThrice()), the neutral page loaded,
// Tracing.end. Trace time stamps are Chromium's TimeTicks, CLOCK_MONOTONIC on Linux, the clock
// the neutral server reads, so the request's arrival is on the trace's clock without a join.
// Every time is from the browser process receiving the input that exits (the begin of its
// InputLatency::MouseUp or the third InputLatency::KeyUp): the renderer handling it
// (WidgetBaseInputHandler::OnHandleInputEvent), the event dispatched (EventDispatch click or
// keyup, with the JS it ran: its FunctionCalls), the navigation started in the renderer
// (FrameLoader::StartNavigation: `location.replace`, or the link's activation), beforeunload
// (EventDispatch beforeunload), what the task still ran after it, and, in the browser process,
// RenderFrameHostImpl::BeginNavigation (the renderer's message handled), NavigationRequest::
// WillStartRequest, ResourceWillSendRequest (what CDP reports as Network.requestWillBeSent) and
// NavigationURLLoaderImpl::Start (the request handed to the network stack).
//
// A second pass (BENCH_TRACE_DETAIL rounds) puts performance.mark() around each DOM call the
// exit makes (exitMarks below, blink.user_timing in the trace), to time the steps of Safe
// Exit's click task; the marks cost a few µs each, so those trials are not in the first table.
// Tracing itself slows every page (each event is recorded), so the figures are for comparing
// the pages here, not the untraced latencies of the latency table.
//
//   BENCH_TRACE=1            run this (scripts/bench.mjs; or BENCH_ONLY=trace)
//   BENCH_TRACE_ROUNDS=10    interleaved rounds of the five trials (plus one warm-up round)
//   BENCH_TRACE_DETAIL=5     rounds of Safe Exit's click and Shift×3 with the marks
//   BENCH_TRACE_DUMP=DIR     keep each page's last trace there (JSON, for DevTools' Performance panel)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './pages.mjs';
import { STEP_TIMEOUT, closeContext, openPage, send, whenArmed } from './browser.mjs';
import { SETTLE_MS, click, shiftThrice } from './latency.mjs';
import { armedProbe } from './probes.mjs';
import { markdownTable, median, percentile, within } from './stats.mjs';

export const TRACE_TRIALS = [
  { page: 'Safe Exit', input: 'click' },
  { page: 'GOV.UK', input: 'click' },
  { page: 'bare link', input: 'click' },
  { page: 'Safe Exit', input: 'shift' },
  { page: 'inline handler', input: 'shift' },
];

// The categories of DevTools' Performance panel that hold the events above, the input and
// navigation ones of the browser process, and V8's compilations: a JS function (V8.CompileCode)
// or wasm function (wasm.CompileLazy) is compiled on its first call, in the task that calls it.
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'navigation', 'v8.execute',
  'input', 'latencyInfo', 'benchmark', 'rail', 'disabled-by-default-v8.compile', 'v8.wasm',
];

const label = ({ page, input }) => `${page}, ${input === 'click' ? 'click' : 'Shift×3'}`;

/**
 * An init script for the detailed pass: from the trusted input that exits on, a mark before and
 * after each DOM call static/exit-core.js and the Rust exit make (`location.replace` is
 * unforgeable and cannot be wrapped: the trace's FrameLoader::StartNavigation times it).
 */
export function exitMarks() {
  let on = false;
  const mark = (name) => on && performance.mark(`exit:${name}`);
  addEventListener('click', (event) => event.isTrusted && (on = true), true);
  let shifts = 0;
  addEventListener('keyup', (event) => event.isTrusted && event.key === 'Shift' && ++shifts === 3 && (on = true), true);
  const wrap = (proto, key, name) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    const field = descriptor?.value ? 'value' : 'set';
    const original = descriptor?.[field];
    if (!original) return;
    descriptor[field] = function (...args) {
      mark(`${name}:b`);
      try {
        return original.apply(this, args);
      } finally {
        mark(`${name}:e`);
      }
    };
    Object.defineProperty(proto, key, descriptor);
  };
  wrap(Document.prototype, 'createElement', 'referrer meta: createElement');
  wrap(Element.prototype, 'append', 'referrer meta: append');
  wrap(CSSStyleDeclaration.prototype, 'setProperty', 'hide: style.setProperty');
  wrap(MutationObserver.prototype, 'observe', 'hide: MutationObserver.observe');
  wrap(Document.prototype, 'title', 'hide: document.title');
  wrap(Document.prototype, 'querySelectorAll', 'hide: icons');
  wrap(Storage.prototype, 'setItem', 'marker: sessionStorage.setItem');
  if (globalThis.BroadcastChannel) wrap(BroadcastChannel.prototype, 'postMessage', 'bfcache: BroadcastChannel.postMessage');
  wrap(EventTarget.prototype, 'addEventListener', 'keydown guard: addEventListener');
  wrap(EventTarget.prototype, 'dispatchEvent', 'safe-exit event: dispatchEvent');
}

/** Records a trace around `act`; resolves to its events. */
async function traced(cdp, act) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await send(cdp, 'Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  try {
    await act();
  } finally {
    await send(cdp, 'Tracing.end');
    await within(STEP_TIMEOUT, complete, 'the trace did not complete');
  }
  return events;
}

/** One traced exit in a fresh context; returns its figures (traceFigures) and the arrival at the neutral server. */
async function traceExit(browser, base, neutral, { page: name, input }, detailed) {
  const { context, page, cdp } = await openPage(browser, { probes: [armedProbe, ...(detailed ? [exitMarks] : [])] });
  try {
    await page.goto(base + PAGES[name].path);
    await whenArmed(page, PAGES[name].armed);
    await page.waitForTimeout(SETTLE_MS);
    let arrival;
    const events = await traced(cdp, async () => {
      const arrived = neutral.expect();
      const { answered } = input === 'click' ? await click(page, cdp, PAGES[name].button) : await shiftThrice(cdp);
      arrival = await within(10000, arrived, `${name} did not leave on ${input}: no request at the neutral server`);
      await within(10000, answered, 'CDP did not answer the last input').catch(() => {});
      await page.waitForURL((url) => url.href.startsWith(neutral.url), { waitUntil: 'load', timeout: 10000 });
    });
    // BENCH_TRACE_DUMP=DIR keeps each page's last trace, to open in DevTools' Performance panel.
    const dump = process.env.BENCH_TRACE_DUMP;
    if (dump) writeFileSync(join(dump, `${label({ page: name, input }).replace(/\W+/g, '-')}.json`), JSON.stringify(events));
    return traceFigures(events, neutral.url, input, arrival.at);
  } finally {
    await closeContext(context);
  }
}

const COMPILES = ['V8.CompileCode', 'wasm.CompileLazy'];
const inside = (outer, e) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
const end = (e) => e.ts + (e.dur ?? 0);

/**
 * The figures of one trace, in ms from the browser receiving the input that exits (`arrivedAt`:
 * the neutral server's CLOCK_MONOTONIC ms). Throws when an event the table needs is missing.
 */
export function traceFigures(events, neutralUrl, input, arrivedAt) {
  const need = (event, what) => {
    if (!event) throw new Error(`the trace has no ${what}`);
    return event;
  };
  const starts = events.find((e) => e.ph === 'X' && e.name === 'FrameLoader::StartNavigation' && e.args?.url === neutralUrl);
  const navigation = need(starts, 'FrameLoader::StartNavigation to the neutral page');
  const renderer = (e) => e.pid === navigation.pid && e.tid === navigation.tid;
  const inputName = input === 'click' ? 'InputLatency::MouseUp' : 'InputLatency::KeyUp';
  const received = need(events.filter((e) => e.name === inputName && e.ph === 'b' && e.ts <= navigation.ts).at(-1), inputName);
  const t0 = received.ts;
  const at = (ts) => (ts - t0) / 1000;
  const containing = (name, test = () => true) => events.find((e) => renderer(e) && e.ph === 'X' && e.name === name && test(e) && inside(e, navigation));
  const handler = need(containing('WidgetBaseInputHandler::OnHandleInputEvent'), 'input handler task around the navigation');
  const type = input === 'click' ? 'click' : 'keyup';
  const dispatch = need(containing('EventDispatch', (e) => e.args?.data?.type === type), `EventDispatch ${type} around the navigation`);
  const inTask = events.filter((e) => renderer(e) && inside(handler, e) && e !== handler);
  const calls = inTask.filter((e) => e.name === 'FunctionCall' && inside(dispatch, e));
  const topCalls = calls.filter((call) => !calls.some((other) => other !== call && inside(other, call) && other.dur > call.dur));
  const beforeunload = inTask.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'beforeunload');
  const otherEvents = inTask.filter((e) => e.name === 'EventDispatch' && e.ts > end(navigation) && e !== dispatch)
    .map((e) => e.args?.data?.type);
  // In the browser process; a slice is recorded as one complete event (X) or a begin (B) and an end.
  const after = (name) => events.find((e) => e.name === name && (e.ph === 'X' || e.ph === 'B') && e.pid !== navigation.pid && e.ts >= navigation.ts);
  const begin = need(after('RenderFrameHostImpl::BeginNavigation'), 'RenderFrameHostImpl::BeginNavigation');
  const willStart = need(after('NavigationRequest::WillStartRequest'), 'NavigationRequest::WillStartRequest');
  const willSend = need(events.find((e) => e.name === 'ResourceWillSendRequest' && e.ts >= navigation.ts), 'ResourceWillSendRequest');
  const loader = need(after('NavigationURLLoaderImpl::Start'), 'NavigationURLLoaderImpl::Start');
  const marks = events.filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('exit:') && e.ts >= handler.ts && e.ts <= end(handler));
  return {
    handled: at(handler.ts),
    dispatched: at(dispatch.ts),
    handlerTask: handler.dur / 1000,
    dispatchTask: dispatch.dur / 1000,
    js: topCalls.reduce((sum, call) => sum + call.dur, 0) / 1000,
    compiled: inTask.filter((e) => COMPILES.includes(e.name) && e.ts < navigation.ts).reduce((sum, e) => sum + e.dur, 0) / 1000,
    navigation: at(navigation.ts),
    startNavigation: navigation.dur / 1000,
    beforeunload: beforeunload.reduce((sum, e) => sum + e.dur, 0) / 1000,
    tail: (end(handler) - end(navigation)) / 1000,
    taskEnd: at(end(handler)),
    begin: at(begin.ts),
    willStart: at(willStart.ts),
    willSend: at(willSend.ts),
    loader: at(loader.ts),
    arrival: arrivedAt - t0 / 1000,
    otherEvents,
    marks: marks.map((e) => ({ name: e.name.slice('exit:'.length), at: at(e.ts), sinceNavigation: (e.ts - end(navigation)) / 1000 })),
    navigationAt: at(navigation.ts),
    navigationEnd: at(end(navigation)),
    dispatchAt: at(dispatch.ts),
  };
}

const cell = (values) => {
  if (!values.length) return 'n/a';
  const f = (v) => v.toFixed(1);
  return `${f(median(values))} (${f(percentile(values, 0.1))}–${f(percentile(values, 0.9))})`;
};

const ROWS = [
  ['Input in the browser → the renderer handles it (OnHandleInputEvent)', 'handled'],
  ['→ the exit event dispatched (EventDispatch click / keyup)', 'dispatched'],
  ['→ the navigation started in the renderer (FrameLoader::StartNavigation)', 'navigation'],
  ['→ the browser handles it (RenderFrameHostImpl::BeginNavigation)', 'begin'],
  ['→ NavigationRequest::WillStartRequest', 'willStart'],
  ['→ ResourceWillSendRequest (CDP requestWillBeSent)', 'willSend'],
  ['→ the request handed to the network stack (NavigationURLLoaderImpl::Start)', 'loader'],
  ['→ the request at the neutral server', 'arrival'],
  ['→ the input task ends', 'taskEnd'],
  ['Input task (OnHandleInputEvent), duration', 'handlerTask'],
  ['of which the event\'s dispatch (EventDispatch), duration', 'dispatchTask'],
  ['of which JS (top-level FunctionCall), duration', 'js'],
  ['of which compiling JS and wasm functions on their first call before StartNavigation (V8.CompileCode, wasm.CompileLazy)', 'compiled'],
  ['FrameLoader::StartNavigation, duration (beforeunload included)', 'startNavigation'],
  ['of which beforeunload (EventDispatch), duration', 'beforeunload'],
  ['In the input task after StartNavigation returned', 'tail'],
];

/** The interleaved rounds, then the detailed rounds; returns { results, detail, load }. */
export async function measureTraces(browser, base, neutral, { rounds = 10, detailRounds = 5 } = {}) {
  const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const load = { start: loadavg() };
  const results = new Map(TRACE_TRIALS.map((trial) => [label(trial), { values: [], failed: 0 }]));
  const run = async (trial, detailed, into, counted) => {
    try {
      const figures = await traceExit(browser, base, neutral, trial, detailed);
      if (counted) into.values.push(figures);
    } catch (error) {
      process.stderr.write(`trace ${label(trial)}${detailed ? ' (marks)' : ''} failed: ${error.message.split('\n')[0]}\n`);
      if (counted) into.failed++;
    }
  };
  for (let round = 0; round <= rounds; round++) {
    for (let i = 0; i < TRACE_TRIALS.length; i++) {
      const trial = TRACE_TRIALS[(i + round) % TRACE_TRIALS.length];
      await run(trial, false, results.get(label(trial)), round > 0);
    }
    process.stderr.write(`trace round ${round}/${rounds} (${new Date().toISOString().slice(11, 19)})\n`);
  }
  const detail = new Map(TRACE_TRIALS.filter(({ page }) => page === 'Safe Exit').map((trial) => [label(trial), { values: [], failed: 0 }]));
  for (let round = 0; round < detailRounds; round++) {
    for (const trial of TRACE_TRIALS.filter(({ page }) => page === 'Safe Exit')) await run(trial, true, detail.get(label(trial)), true);
  }
  load.end = loadavg();
  return { results, detail, load };
}

/** The Markdown tables: the figures of every page, then the steps of Safe Exit's task. */
export function traceTables({ results, detail, load }) {
  const names = [...results.keys()];
  const n = (key) => `n=${results.get(key).values.length}${results.get(key).failed ? `, ${results.get(key).failed} failed` : ''}`;
  const main = markdownTable(
    ['ms, median (p10–p90)', ...names.map((name) => `${name} (${n(name)})`)],
    ROWS.map(([title, key]) => [title, ...names.map((name) => cell(results.get(name).values.map((v) => v[key])))]),
  );
  const others = names.map((name) => {
    const seen = new Set(results.get(name).values.flatMap((v) => v.otherEvents));
    return `${name}: ${seen.size ? [...seen].join(', ') : 'none'}`;
  });
  const steps = [];
  for (const [name, { values, failed }] of detail) {
    // Each call's begin and end mark, paired in order; a call counted once per trial.
    const byStep = new Map();
    for (const { marks, navigationAt, navigationEnd, tail } of values) {
      const open = new Map();
      const seen = new Map();
      for (const { name: mark, at } of marks) {
        const [step, edge] = [mark.slice(0, -2), mark.slice(-1)];
        if (edge === 'b') {
          open.set(step, at);
          continue;
        }
        if (!open.has(step)) continue;
        const entry = seen.get(step) || { count: 0, time: 0, first: open.get(step) };
        entry.count++;
        entry.time += at - open.get(step);
        seen.set(step, entry);
        open.delete(step);
      }
      for (const [step, { count, time, first }] of seen) {
        if (!byStep.has(step)) byStep.set(step, { count: [], time: [], start: [] });
        const row = byStep.get(step);
        row.count.push(count);
        row.time.push(time);
        row.start.push(first < navigationAt ? first - navigationAt : first - navigationEnd);
      }
      // What the task still ran after the last call (the interface's own click listener, the default action).
      const last = Math.max(...marks.filter(({ sinceNavigation }) => sinceNavigation > 0).map(({ sinceNavigation }) => sinceNavigation));
      if (Number.isFinite(last)) {
        const rest = byStep.get('the rest of the input task') || { count: [], time: [], start: [] };
        rest.count.push(1);
        rest.time.push(tail - last);
        rest.start.push(last);
        byStep.set('the rest of the input task', rest);
      }
      const row = byStep.get('location.replace (StartNavigation)') || { count: [], time: [], start: [] };
      row.count.push(1);
      row.time.push(navigationEnd - navigationAt);
      row.start.push(0);
      byStep.set('location.replace (StartNavigation)', row);
    }
    const ordered = [...byStep].sort((a, b) => median(a[1].start) - median(b[1].start) || (a[0].startsWith('location') ? -1 : 1));
    steps.push(`${name}, with the marks (n=${values.length}${failed ? `, ${failed} failed` : ''}):\n\n` + markdownTable(
      ['Step', 'calls', 'duration, ms', 'starts, ms (before StartNavigation: − from its start; after: + from its end)'],
      ordered.map(([step, row]) => [step, median(row.count), cell(row.time), cell(row.start)]),
    ));
  }
  const loads = `load average ${load.start} at the start, ${load.end} at the end`;
  return [
    `### The exit's click path, traced\n\nTimes from the browser receiving the input that exits; ${loads}.`,
    main,
    `Events dispatched in the input task after StartNavigation: ${others.join('; ')}.`,
    ...steps,
  ].join('\n\n');
}
