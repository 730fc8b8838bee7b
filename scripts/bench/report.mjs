// The benchmark's tables, in Markdown, from the measurements of the other modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HINTS, PLACEMENTS, README, variantKey } from './pages.mjs';
import { CPU_RATES, waterfall } from './armed.mjs';
import { total } from './bytes.mjs';
import { trialKey } from './latency.mjs';
import { kib, listed, markdownTable, median, mib, ms, ratio, spread, verdict } from './stats.mjs';

const ENCODING_NAMES = { br: 'served brotli', none: 'served uncompressed' };
export const README_VARIANT = variantKey(README.placement, README.hint);

/** Exit latency: each page's figures to the request and to the server, the ratios, and the clock checks. */
export function latencyTable(latencies) {
  const rows = [];
  const get = (page, input) => latencies.get(trialKey({ page, input }));
  const values = (page, input, field) => get(page, input).values.map((v) => v[field]);
  const med = (page, input, field) => median(values(page, input, field));
  for (const [input, label, reference] of [['click', 'Click', 'bare link'], ['shift', 'Shift×3', 'inline handler']]) {
    const pages = ['Safe Exit', 'GOV.UK', reference];
    for (const [field, to] of [['request', 'request sent (CDP)'], ['arrival', 'request at the server']]) {
      for (const page of pages) rows.push([`${label} → ${to}: ${page}`, spread(values(page, input, field), get(page, input).failed), '', '']);
      const own = med('Safe Exit', input, field) / med(reference, input, field);
      const peer = med('GOV.UK', input, field) / med(reference, input, field);
      const target = field === 'arrival' ? (input === 'click' ? `≤ 1.1× and < GOV.UK's ${peer.toFixed(2)}×` : '≤ 1.1×') : '';
      const met = field === 'arrival' ? verdict(own <= 1.1 && (input !== 'click' || own < peer)) : '';
      rows.push([`${label} → ${to}: Safe Exit ÷ ${reference}`, ratio(med('Safe Exit', input, field), med(reference, input, field)), target, met]);
      rows.push([`${label} → ${to}: GOV.UK ÷ ${reference}`, ratio(med('GOV.UK', input, field), med(reference, input, field)), 'peer', '']);
    }
  }
  // Where the two ends differ: from the request sent to its arrival, by page.
  for (const [input, label, reference] of [['click', 'Click', 'bare link'], ['shift', 'Shift×3', 'inline handler']]) {
    const legs = ['Safe Exit', 'GOV.UK', reference].map((page) => `${page} ${ms(med(page, input, 'leg'))}`);
    rows.push([`${label}: request sent (CDP) → at the server, medians`, legs.join(', '), '', '']);
  }
  const all = [...latencies.values()].flatMap((r) => r.values);
  const check = (field) => `median ${ms(median(all.map((v) => v[field])))}, min ${ms(Math.min(...all.map((v) => v[field])))}`;
  rows.push(['Clock check: document request (CDP) − time origin', check('clock'), '≥ −0.1 ms', verdict(Math.min(...all.map((v) => v.clock)) >= -0.15)]);
  rows.push(['Clock check: request sent (CDP) → at the server', check('leg'), '≥ 0', verdict(Math.min(...all.map((v) => v.leg)) >= 0)]);
  // The page's times are coarsened to 0.1 ms (performance.now() outside cross-origin isolation).
  rows.push(['Clock check: input sent by Node → its event time stamp', check('hop'), '≥ −0.1 ms', verdict(Math.min(...all.map((v) => v.hop)) >= -0.15)]);
  const reused = all.filter((v) => v.reused).length;
  if (reused) rows.push(['Exit requests on a connection opened before the input', `${reused} of ${all.length}`, '', '']);
  return markdownTable(['Measure', 'Result', 'Target', 'Met'], rows);
}

/** Exit latency on a click, at the server, of Safe Exit in every form of the snippet. */
export function variantLatencyTable(latencies) {
  const values = (page) => latencies.get(trialKey({ page, input: 'click' })).values.map((v) => v.arrival);
  const failed = (page) => latencies.get(trialKey({ page, input: 'click' })).failed;
  const link = median(values('bare link'));
  const rows = [];
  for (const [placement, where] of Object.entries(PLACEMENTS)) {
    for (const [hint, hinted] of Object.entries(HINTS)) {
      const page = variantKey(placement, hint);
      const readme = page === README_VARIANT ? '**README:** ' : '';
      rows.push([`${readme}Safe Exit, loader ${where}`, hinted, spread(values(page), failed(page)), ratio(median(values(page)), link)]);
    }
  }
  for (const page of ['GOV.UK', 'bare link']) rows.push([page, '', spread(values(page), failed(page)), ratio(median(values(page)), link)]);
  return markdownTable(['Page', 'Hint in `<head>`', 'Click → request at the server', '÷ bare link'], rows);
}

/** Armed time of every snippet variant and of GOV.UK, at each CPU rate, with the targets. */
export function armedTable(armed) {
  const govuk = Object.fromEntries(CPU_RATES.map((cpu) => [cpu, median(armed.get(`GOV.UK/${cpu}`).values)]));
  const cell = (key, cpu, { readme = false } = {}) => {
    const { values, failed } = armed.get(`${key}/${cpu}`);
    if (!values.length) return [`no result (${failed} failed)`, ''];
    const m = median(values);
    const vsPeer = ratio(m, govuk[cpu]);
    const late = m > 1000 ? ' **> 1.0 s**' : '';
    const peer = readme && m > govuk[cpu] ? ' **later than GOV.UK**' : '';
    return [`${ms(m)} (${listed(values)})${failed ? `, ${failed} failed` : ''}${late}`, `${vsPeer}${peer}`];
  };
  const rows = [];
  for (const [placement, where] of Object.entries(PLACEMENTS)) {
    for (const [hint, what] of Object.entries(HINTS)) {
      const key = variantKey(placement, hint);
      const readme = key === README_VARIANT;
      rows.push([`${readme ? '**README:** ' : ''}Safe Exit, loader ${where}`, what, ...CPU_RATES.flatMap((cpu) => cell(key, cpu, { readme }))]);
    }
  }
  rows.push(["GOV.UK's Exit this page", '', ...CPU_RATES.flatMap((cpu) => [`${ms(govuk[cpu])} (${listed(armed.get(`GOV.UK/${cpu}`).values)})`, '1.00×'])]);
  return markdownTable(['Page', 'Hint in `<head>`', ...CPU_RATES.flatMap((cpu) => [`CPU ${cpu}×: armed`, `÷ GOV.UK`])], rows);
}

/** The README's snippet and GOV.UK served brotli and uncompressed (the gzip figures are in the variants' table). */
export function encodingTable(byEncoding) {
  const rows = [];
  for (const [encoding, results] of Object.entries(byEncoding)) {
    for (const key of [README_VARIANT, 'GOV.UK']) {
      const { values, failed } = results.get(`${key}/1`);
      const name = key === 'GOV.UK' ? 'GOV.UK' : 'Safe Exit (README snippet)';
      rows.push([`Armed, Regular 3G, ${ENCODING_NAMES[encoding]}, CPU 1×: ${name}`, values.length ? `median ${ms(median(values))} (${listed(values)})${failed ? `, ${failed} failed` : ''}` : `no result (${failed} failed)`]);
    }
  }
  return markdownTable(['Measure', 'Result'], rows);
}

/** What is fetched when, before the exit is armed: median request start and end per file. */
export function waterfallTable(armed, keys) {
  const sections = [];
  for (const key of keys) {
    for (const cpu of CPU_RATES) {
      const { loads } = armed.get(`${key}/${cpu}`);
      if (!loads.length) continue;
      const at = median(loads.map((l) => l.at));
      const files = waterfall(loads).map((f) => `${f.file} ${Math.round(f.start)}–${f.end === undefined ? '…' : Math.round(f.end)}${f.count > 1 ? ` (×${f.count})` : ''}`);
      sections.push([`${key.replace('Safe Exit/', 'Safe Exit, ')}, CPU ${cpu}×`, files.join('; '), `${Math.round(at)}`]);
    }
  }
  return markdownTable(['Page', 'Requests before armed: file start–end (ms from navigation start)', 'Armed (ms)'], sections);
}

/** Bytes and memory. */
export function bytesTable({ bundle, govuk, mem, repo }) {
  const rows = [];
  for (const r of bundle) rows.push([`Bytes: ${r.file}`, `${kib(r.raw)} KiB raw, ${kib(r.gzip)} gzip, ${kib(r.brotli)} brotli`, '', '']);
  const t = total(bundle);
  const budget = JSON.parse(readFileSync(join(repo, 'size-budget.json'), 'utf8')).gzipBytes;
  rows.push(['**Bytes: everything Safe Exit downloads**', `${kib(t.raw)} KiB raw, **${kib(t.gzip)} gzip**, ${kib(t.brotli)} brotli (${t.gzip} B gzip; size-budget.json: ${budget} B)`, '≤ 140 KiB gzip', verdict(t.gzip <= 140 * 1024)]);
  const g = total(govuk);
  rows.push(['Bytes: GOV.UK (govuk-frontend.min.js + .min.css)', `${kib(g.raw)} KiB raw, ${kib(g.gzip)} gzip, ${kib(g.brotli)} brotli`, '', '']);
  if (mem) {
    rows.push(['Memory after load: Safe Exit', `wasm ${mib(mem.loaded.wasm)}, JS heap ${mib(mem.loaded.js)}`, 'reported', 'yes']);
    rows.push([`Memory after opening the panel and its ${mem.opened.tabs} tabs: Safe Exit`, `wasm ${mib(mem.opened.wasm)}, JS heap ${mib(mem.opened.js)}`, 'reported', 'yes']);
    rows.push(['Memory after load: GOV.UK', `JS heap ${mib(mem.govukJs)}`, '', '']);
  } else rows.push(['Memory', 'failed (see the run log)', 'reported', '**no**']);
  return markdownTable(['Measure', 'Result', 'Target', 'Met'], rows);
}

