// Runs the paint and history tests of tests/engines/ N times in a row in each engine and
// prints, per engine and per case, how many runs failed and how many screenshots showed the
// partner page (the tests' `partner-frames` diagnostics), with the hidden-frame timing of the
// paint test (`hidden-frame`: the exit's input to the first frame callback, in ms). Also the
// system's load average before and after, since a loaded machine is part of the question.
//   ENGINES_RUNS=20 SAFE_EXIT_ENGINES=chromium,firefox,webkit node scripts/engines-repeat.mjs
// (make engines-repeat). A run's full output is kept only when it failed, in the directory printed.
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.ENGINES_RUNS || 20);
const ENGINES = (process.env.SAFE_EXIT_ENGINES || 'chromium,firefox,webkit').split(',');
const FILES = ['tests/engines/paint.test.mjs', 'tests/engines/history.test.mjs'];
const logs = mkdtempSync(join(tmpdir(), 'safe-exit-engines-repeat-'));

/**
 * From a TAP report: every test's name (its `describe`s joined), whether it passed, and its
 * diagnostics, which node:test prints after the test's result line.
 */
function parseTap(text) {
  const results = [];
  const path = [];
  let current = null;
  for (const line of text.split('\n')) {
    const indent = line.match(/^ */)[0].length / 4;
    const body = line.trim();
    const subtest = body.match(/^# Subtest: (.*)$/);
    if (subtest) {
      path.length = indent;
      path.push(subtest[1]);
      current = null;
      continue;
    }
    const result = body.match(/^(not ok|ok) \d+ - (.*?)( # .*)?$/);
    if (result) {
      current = { name: path.slice(0, indent + 1).join(' / '), ok: result[1] === 'ok', diagnostics: [] };
      results.push(current);
      continue;
    }
    const diagnostic = body.match(/^# (partner-frames|hidden-frame) (.*)$/);
    if (diagnostic && current) current.diagnostics.push([diagnostic[1], diagnostic[2]]);
  }
  return results.filter(({ diagnostics }) => diagnostics.length);
}

const cases = new Map(); // engine · test name → { runs, failed, shown, frames, shots, restored, timings }
const load = [loadavg()[0]];
let running = null; // the test run in progress
// Stopped early (Ctrl+C, kill), it still prints what the finished runs found.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    running?.kill(signal);
    console.log(`\nstopped by ${signal}: the runs finished so far`);
    report();
    process.exit(130);
  });
}
for (const engine of ENGINES) {
  for (let run = 1; run <= RUNS; run++) {
    const started = Date.now();
    const child = await runNode(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...FILES], {
      env: { ...process.env, SAFE_EXIT_ENGINES: engine },
    });
    const results = parseTap(child.stdout);
    let failed = child.status !== 0 || results.length === 0;
    for (const { name, ok, diagnostics } of results) {
      const key = `${engine} · ${name}`;
      const entry = cases.get(key) || { runs: 0, failed: 0, shown: 0, frames: 0, shots: 0, restored: 0, timings: [] };
      entry.runs++;
      if (!ok) entry.failed++;
      for (const [kind, value] of diagnostics) {
        if (kind === 'hidden-frame') entry.timings.push(parseFloat(value));
        const frames = value.match(/^(\d+) of (\d+)(?: \((restored|loaded)\))?/);
        if (kind === 'partner-frames' && frames) {
          entry.frames += Number(frames[1]);
          if (Number(frames[1]) > 0) entry.shown++;
          entry.shots += Number(frames[2]);
          if (frames[3] === 'restored') entry.restored++;
        }
      }
      cases.set(key, entry);
    }
    if (failed) writeFileSync(join(logs, `${engine}-${run}.tap`), `${child.stdout}\n${child.stderr}`);
    load.push(loadavg()[0]);
    console.log(`${engine} run ${run}/${RUNS}: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadavg()[0].toFixed(2)}`);
  }
}

report();

/** Runs `command` with `args` and `env`; resolves with its { status, stdout, stderr }. */
function runNode(command, args, { env }) {
  return new Promise((done) => {
    const child = (running = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (data) => (out.stdout += data));
    child.stderr.on('data', (data) => (out.stderr += data));
    child.on('close', (status) => done({ ...out, status }));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

function report() {
  console.log(`\n| engine · case | runs | failed | runs showing the partner page | partner frames / screenshots | restored from the cache | hidden frame, ms (median, max) |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const [key, entry] of cases) {
    if (!entry.shots) continue;
    const timing = entry.timings.length ? `${median(entry.timings).toFixed(1)}, ${Math.max(...entry.timings).toFixed(1)}` : '';
    console.log(`| ${key} | ${entry.runs} | ${entry.failed} | ${entry.shown} | ${entry.frames} / ${entry.shots} | ${entry.restored} | ${timing} |`);
  }
  console.log(`\n1-minute load average: ${Math.min(...load).toFixed(2)}–${Math.max(...load).toFixed(2)} (median ${median(load).toFixed(2)}) on ${cpus().length} cores. Failed runs' output: ${logs}`);
}
