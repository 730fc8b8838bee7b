// The release archive on Debian's Apache, configured as release/INSTALL.md says: a copy of
// Debian's own /etc/apache2 (AllowOverride None, mod_headers off), a site whose document root
// is the unpacked archive, started on a loopback port with that copy (never the system
// service). With only the .htaccess of shared hosting, the cache header is missing, which is
// how INSTALL.md tells an admin that the settings are not read; after the documented commands
// (apache/safe-exit.conf into conf-available, a2enmod headers, a2enconf safe-exit), the files
// have the documented types, compression and cache headers, and the widget loads in Chromium.
// Where .htaccess files are read (shared hosting), the .htaccess alone gives the same headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { version } from '../../scripts/build-pkg.mjs';
import { unpackedRelease } from './unpacked.mjs';
import { CHROMIUM_ARGS, newContext, ready, shownServices } from '../e2e/helpers.mjs';

const VERSION = version();
const IMMUTABLE = 'public, max-age=31536000, immutable';
let work;
let site;
let conf;
let port;
let base;
let apache = null;

/** A free loopback port, as the system gives one. */
const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** What Debian's apache2ctl would set from envvars, under `work`. */
const apacheEnv = () => ({
  ...process.env,
  APACHE_CONFDIR: conf,
  APACHE_RUN_USER: 'www-data',
  APACHE_RUN_GROUP: 'www-data',
  APACHE_PID_FILE: join(work, 'run', 'apache2.pid'),
  APACHE_RUN_DIR: join(work, 'run'),
  APACHE_LOCK_DIR: join(work, 'lock'),
  APACHE_LOG_DIR: join(work, 'log'),
  // Where a2enmod records what the admin enabled (/var/lib/apache2 for the system's Apache).
  APACHE_STATE_DIRECTORY: join(work, 'state'),
});

/** Runs a Debian apache2 tool on the copy of the configuration; its output. */
const tool = (command, ...args) => execFileSync(command, args, { env: apacheEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function startApache() {
  apache = spawn('/usr/sbin/apache2', ['-d', conf, '-f', join(conf, 'apache2.conf'), '-DFOREGROUND'], { env: apacheEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  apache.stderr.on('data', (chunk) => (stderr += chunk));
  for (let tries = 0; tries < 100; tries++) {
    if (apache.exitCode !== null) throw new Error(`apache2 stopped: ${stderr}`);
    if (await fetch(`${base}/`).then(() => true, () => false)) return;
    await new Promise((tick) => setTimeout(tick, 100));
  }
  throw new Error(`apache2 did not answer on ${base}: ${stderr}`);
}

async function stopApache() {
  if (!apache || apache.exitCode !== null) return;
  const stopped = new Promise((done) => apache.once('exit', done));
  apache.kill('SIGTERM');
  await stopped;
  apache = null;
}

before(async () => {
  assert.ok(existsSync('/usr/sbin/apache2'), "Debian's apache2 is not installed: scripts/install-tools.sh installs it");
  work = mkdtempSync(join(tmpdir(), 'safe-exit-apache-'));
  // Apache's workers run as www-data: they must be able to read the site.
  chmodSync(work, 0o755);
  site = unpackedRelease(work, 'www');
  execFileSync('chmod', ['-R', 'a+rX', join(work, 'www')]);
  // The partner's page: snippet.html's two parts; and a contacts file of their own beside the version folder.
  const [head, body] = readFileSync(join(site, 'snippet.html'), 'utf8').split('<!-- First thing in <body>: the link is the exit until the widget has loaded. -->');
  writeFileSync(join(site, 'index.html'), `<!doctype html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<title>Partner</title>\n${head}</head>\n<body>\n${body}\n<h1>Партнёр</h1>\n</body>\n</html>\n`);
  writeFileSync(join(site, 'safe-exit', 'contacts.json'), '{}\n');
  // The two .htaccess files of shared hosting, as INSTALL.md gives them: the folder's, and the
  // version folder's, which makes only that folder immutable.
  const install = readFileSync(join(site, 'INSTALL.md'), 'utf8');
  const htaccess = (file) => install.match(new RegExp(`in a (?:second )?file \`${file.replace(/[./]/g, '\\$&')}\`[^:]*:\\n\\n\`\`\`apache\\n([\\s\\S]*?)\`\`\``))[1];
  writeFileSync(join(site, 'safe-exit', '.htaccess'), htaccess('safe-exit/.htaccess'));
  writeFileSync(join(site, 'safe-exit', VERSION, '.htaccess'), htaccess(`safe-exit/${VERSION}/.htaccess`));

  // Debian's configuration as installed, with the port, the logs and the site moved here.
  conf = join(work, 'etc-apache2');
  execFileSync('cp', ['-a', '/etc/apache2', conf]);
  for (const dir of ['run', 'lock', 'log', 'state']) mkdirSync(join(work, dir));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  writeFileSync(join(conf, 'ports.conf'), `Listen 127.0.0.1:${port}\n`);
  const defaultSite = join(conf, 'sites-available', '000-default.conf');
  writeFileSync(defaultSite, readFileSync(defaultSite, 'utf8').replace('<VirtualHost *:80>', `<VirtualHost *:${port}>`).replace(/DocumentRoot \S+/, `DocumentRoot ${site}\n\t<Directory ${site}>\n\t\tRequire all granted\n\t</Directory>`));
  assert.match(readFileSync(join(conf, 'apache2.conf'), 'utf8'), /<Directory \/>\s*Options FollowSymLinks\s*AllowOverride None/, "Debian's default ignores .htaccess files");
  assert.ok(!existsSync(join(conf, 'mods-enabled', 'headers.load')), "Debian's default leaves mod_headers off");
});

after(async () => {
  await stopApache();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The headers of the answer to GET `path`, which must be found. */
const head = (path, headers = {}) => fetch(`${base}${path}`, { method: 'GET', headers }).then(async (response) => {
  await response.arrayBuffer();
  if (response.status !== 200) {
    const log = readFileSync(join(work, 'log', 'error.log'), 'utf8').split('\n').slice(-5).join('\n');
    throw new Error(`${path}: ${response.status}\n${log}`);
  }
  return response.headers;
});

test("with Debian's defaults, the .htaccess is ignored, and the missing Cache-Control shows it", async () => {
  await startApache();
  try {
    const headers = await head(`/safe-exit/${VERSION}/safe-exit.wasm`);
    assert.equal(headers.get('content-type'), 'application/wasm', "Debian's /etc/mime.types knows wasm");
    assert.equal(headers.get('cache-control'), null, 'INSTALL.md: "If both are missing, your settings are not read"');
  } finally {
    await stopApache();
  }
});

test('apache2ctl configtest names mod_headers when the conf is enabled without it', () => {
  cpSync(join(site, 'apache', 'safe-exit.conf'), join(conf, 'conf-available', 'safe-exit.conf'));
  tool('/usr/sbin/a2enconf', 'safe-exit');
  assert.throws(() => tool('/usr/sbin/apache2', '-d', conf, '-f', join(conf, 'apache2.conf'), '-t'), /Invalid command 'Header'/);
});

test('after the documented commands, the files have their types, compression and cache headers, and the widget loads', async () => {
  // The commands of INSTALL.md (conf-available/safe-exit.conf is in place, enabled above).
  tool('/usr/sbin/a2enmod', 'headers');
  tool('/usr/sbin/a2enconf', 'safe-exit');
  tool('/usr/sbin/apache2', '-d', conf, '-f', join(conf, 'apache2.conf'), '-t');
  await startApache();

  const wasm = await head(`/safe-exit/${VERSION}/safe-exit.wasm`, { 'Accept-Encoding': 'gzip' });
  assert.equal(wasm.get('content-type'), 'application/wasm');
  assert.equal(wasm.get('cache-control'), IMMUTABLE);
  assert.equal(wasm.get('content-encoding'), 'gzip');
  const loader = await head(`/safe-exit/${VERSION}/safe-exit.js`, { 'Accept-Encoding': 'gzip' });
  assert.match(loader.get('content-type'), /^text\/javascript\b/);
  assert.equal(loader.get('cache-control'), IMMUTABLE);
  assert.equal(loader.get('content-encoding'), 'gzip');
  assert.equal((await head('/safe-exit/contacts.json')).get('cache-control'), 'no-cache', 'the contacts file beside the version folder is asked for again, not kept a year');
  assert.equal((await head('/index.html')).get('cache-control'), null, 'the pages are left to the site');

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    await page.goto(`${base}/index.html`);
    await ready(page);
    assert.ok((await shownServices(page)).length > 0, 'the help panel lists the built-in contacts');
    assert.deepEqual(problems, [], 'no console warning (a wrong wasm type would give one) and no failed request');
    await context.close();
  } finally {
    await browser.close();
    await stopApache();
  }
});

test("where .htaccess files are read (AllowOverride All, mod_headers on), INSTALL.md's .htaccess alone gives the same headers", async () => {
  tool('/usr/sbin/a2disconf', 'safe-exit');
  const defaultSite = join(conf, 'sites-available', '000-default.conf');
  writeFileSync(defaultSite, readFileSync(defaultSite, 'utf8').replace('Require all granted', 'Require all granted\n\t\tAllowOverride All'));
  await startApache();
  try {
    const wasm = await head(`/safe-exit/${VERSION}/safe-exit.wasm`, { 'Accept-Encoding': 'gzip' });
    assert.equal(wasm.get('content-type'), 'application/wasm');
    assert.equal(wasm.get('cache-control'), IMMUTABLE);
    assert.equal(wasm.get('content-encoding'), 'gzip');
    assert.equal((await head('/safe-exit/contacts.json')).get('cache-control'), 'no-cache');
  } finally {
    await stopApache();
  }
});
