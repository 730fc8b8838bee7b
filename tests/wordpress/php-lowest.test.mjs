// The plugin on the lowest PHP its header declares ("Requires PHP"), which Debian does not have:
// PHP as WebAssembly through WordPress Playground's CLI (npm; scripts/install-tools.sh
// --wordpress puts it in a cache folder), serving a copy of sid's WordPress tree
// (tests/wordpress/newest.sh) on SQLite, with WP_DEBUG on. WordPress itself refuses to
// activate a plugin that declares a newer PHP than it runs on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = process.env.SAFE_EXIT_PLAYGROUND || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'safe-exit/playground/node_modules/.bin/wp-playground-cli');
const PLUGIN = resolve('dist/wordpress/safe-exit');
const declared = readFileSync('wordpress/safe-exit.php', 'utf8').match(/^ \* Requires PHP: +(\S+)$/m)[1];

let scratch;
let server;
let base;
let log = '';
before(async () => {
  assert.ok(existsSync(CLI), `${CLI}: run scripts/install-tools.sh --wordpress`);
  assert.ok(existsSync(join(PLUGIN, 'embed/safe-exit.js')), 'run scripts/build-wordpress.sh first');
  const { stdout } = await run('bash', [resolve('tests/wordpress/newest.sh')], { maxBuffer: 1 << 24 });
  scratch = mkdtempSync(join(tmpdir(), 'safe-exit-wp-php-'));
  const tree = join(scratch, 'wordpress');
  cpSync(stdout.trim().split('\n').pop(), tree, { recursive: true, dereference: true });
  rmSync(join(tree, 'wp-config.php'), { force: true });
  const blueprint = join(scratch, 'blueprint.json');
  writeFileSync(blueprint, JSON.stringify({
    preferredVersions: { php: declared, wp: 'latest' },
    steps: [
      { step: 'defineWpConfigConsts', consts: { WP_DEBUG: true, WP_DEBUG_LOG: true, WP_DEBUG_DISPLAY: false, WP_HTTP_BLOCK_EXTERNAL: true, DISABLE_WP_CRON: true } },
      { step: 'activatePlugin', pluginPath: 'safe-exit/safe-exit.php' },
    ],
  }));
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => probe.once('listening', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [CLI, 'server', `--php=${declared}`, `--port=${port}`, '--wordpress-install-mode=install-from-existing-files',
    `--mount-before-install=${tree}:/wordpress`, `--mount=${PLUGIN}:/wordpress/wp-content/plugins/safe-exit`, `--blueprint=${blueprint}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const started = Date.now();
  while (!log.includes('Ready!')) {
    if (server.exitCode !== null || Date.now() - started > 120000) throw new Error(`Playground did not start:\n${log}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  console.log(`Playground (PHP ${declared}, WordPress from sid's tree) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test(`on PHP ${declared}, the plugin activates and prints the widget on the front page`, async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('x-powered-by') || '', new RegExp(`^PHP/${declared.replace('.', '\\.')}\\.`));
  const html = await response.text();
  assert.match(html, /id="safe-exit-js-module"/);
  assert.match(html, /<safe-exit /);
});

test(`on PHP ${declared}, an administrator opens Settings → Safe Exit`, async () => {
  const login = await fetch(`${base}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: 'wordpress_test_cookie=WP%20Cookie%20check', 'content-type': 'application/x-www-form-urlencoded' },
    // Playground's installer makes this administrator.
    body: new URLSearchParams({ log: 'admin', pwd: 'password', testcookie: '1', redirect_to: '/wp-admin/' }),
  });
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  const page = await (await fetch(`${base}/wp-admin/options-general.php?page=safe-exit`, { headers: { cookie: cookies } })).text();
  assert.match(page, /id="safe-exit-settings"/);
  assert.match(page, /id="safe-exit-settings-js-module"/);
});

test(`on PHP ${declared}, no notice, warning or deprecation from the plugin with WP_DEBUG on`, () => {
  const debugLog = join(scratch, 'wordpress/wp-content/debug.log');
  const lines = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n') : [];
  assert.deepEqual(lines.filter((line) => /safe-exit|safe_exit/.test(line)), []);
});
