// The neutral site the exits go to: a small HTTP server on 127.0.0.1, on a port of its own (so
// another origin than the partner pages), in a child process of its own, so that the moment a
// request arrives is read by an event loop that has nothing else to do (the benchmark's own loop
// is busy with Playwright's traffic). The child reads CLOCK_MONOTONIC (process.hrtime) when
// Node has parsed the request's headers, and sends it to the parent.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { monotonicMs, within } from './stats.mjs';

export const NEUTRAL_PATH = '/weather';
const WEATHER = '<!doctype html><meta charset="utf-8"><title>Weather</title><h1>Weather</h1>';

/**
 * Starts the child and resolves to { url, expect(), close() }. `expect()` returns a promise of
 * the next arrival of NEUTRAL_PATH: { at } in ms of CLOCK_MONOTONIC, and whether it came on a
 * connection opened before (a preconnect would make the request cheaper).
 */
export async function startNeutral() {
  const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let waiting = null;
  child.on('message', (message) => {
    if (message.type !== 'arrival' || message.path !== NEUTRAL_PATH || !waiting) return;
    const done = waiting;
    waiting = null;
    done({ at: monotonicMs(BigInt(message.at)), reused: message.reused });
  });
  const port = await within(10000, new Promise((done) => child.once('message', (m) => done(m.port))), 'the neutral server did not start');
  return {
    url: `http://127.0.0.1:${port}${NEUTRAL_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    expect() {
      return new Promise((done) => (waiting = done));
    },
    close() {
      child.kill();
    },
  };
}

function runChild() {
  const server = createServer((request, response) => {
    const at = process.hrtime.bigint();
    const reused = request.socket.requests++ > 0;
    process.send({ type: 'arrival', path: new URL(request.url, 'http://127.0.0.1').pathname, at: String(at), reused });
    if (request.url.startsWith(NEUTRAL_PATH)) response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(WEATHER);
    else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => (socket.requests = 0));
  server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--child') && process.send) runChild();
