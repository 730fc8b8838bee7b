// Statistics, formatting and timeouts for the benchmark (scripts/bench.mjs).

export const median = (values) => percentile(values, 0.5);

/** Nearest-rank percentile; undefined for no values. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export const ms = (value) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`);
export const kib = (bytes) => (bytes / 1024).toFixed(1);
export const mib = (bytes) => `${(bytes / 1048576).toFixed(2)} MiB`;
export const verdict = (ok) => (ok ? 'yes' : '**no**');
export const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);

/** "median 12.3 ms, p10–p90 10.1–15.2 ms (n=40)", with the failed trials counted when there were any. */
export function spread(values, failed = 0) {
  const n = `n=${values.length}${failed ? `, ${failed} failed` : ''}`;
  if (!values.length) return `no result (${n})`;
  return `median ${ms(median(values))}, p10–p90 ${percentile(values, 0.1).toFixed(1)}–${ms(percentile(values, 0.9))} (${n})`;
}

/** The values themselves, rounded, for a few loads. */
export const listed = (values) => values.map((v) => Math.round(v)).join(', ');

export function markdownTable(header, rows) {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Settles like `promise`, or rejects with `message` after `ms`: no wait in the benchmark is unbounded. */
export function within(ms, promise, message) {
  let timer;
  const timeout = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${message} (after ${ms} ms)`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** CLOCK_MONOTONIC in ms (Node's hrtime; Chromium's TimeTicks and CDP's MonotonicTime read the same clock on Linux). */
export const monotonicMs = (ns = process.hrtime.bigint()) => Number(ns / 1000n) / 1000;

/**
 * The system's wall clock (which Chromium's performance.timeOrigin and CDP's wallTime are on)
 * minus CLOCK_MONOTONIC, in ms, to a few microseconds: each reading is taken the moment
 * Date.now() ticks over to the next millisecond; the median of 5 drops a reading that the
 * scheduler interrupted (about 5 ms in all).
 */
export function wallMinusMonotonic() {
  const readings = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    let now;
    while ((now = Date.now()) === start);
    readings.push(now - monotonicMs());
  }
  return median(readings);
}
