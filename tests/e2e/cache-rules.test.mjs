// The caching rules release/INSTALL.md gives partners, run as written in Debian's nginx: the
// versioned bundle folder is kept for a year (immutable), while the partner's contacts file
// beside it (/safe-exit/contacts.json, where docs/embedding.md suggests it) is revalidated, so
// that a corrected entry reaches a returning visitor in Chromium on her next visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, openWidgetRoots, ready } from './helpers.mjs';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const DIST = process.env.SAFE_EXIT_DIST || 'dist';
const VERSION = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];

/** The nginx block of release/INSTALL.md, exactly as a partner copies it. */
function documentedBlock() {
  const install = readFileSync('release/INSTALL.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(install);
  assert.ok(block, 'release/INSTALL.md has an nginx block');
  return block[1].replaceAll('{{VERSION}}', VERSION);
}

/** A contacts file whose one service links to `page`: what the visitor sees tells the versions apart. */
const contacts = (page) =>
  JSON.stringify({
    schema: 'safe-exit/directory/v1',
    updated: '2026-12-06',
    services: [{
      id: 'partner-line',
      name: { en: 'Test line' },
      kind: 'hotline',
      contacts: [{ type: 'web', value: `https://source.example/${page}` }],
      source: { url: 'https://source.example/about', title: 'Source' },
      verified: '2026-12-06',
    }],
  });

const partnerPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="/safe-exit/${VERSION}/safe-exit.js" blocking="render"></script></head>
<body>
  <safe-exit exit-url="https://neutral.example/" lang="en" src="/safe-exit/contacts.json"><a href="https://neutral.example/" rel="noreferrer">Exit</a></safe-exit>
  <h1>A partner page</h1>
</body>
</html>`;

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

let site, nginx, browser, base;

before(async () => {
  assert.ok(existsSync(NGINX), `${NGINX} is missing: apt-get install nginx (Debian's), or set NGINX`);
  site = mkdtempSync(join(tmpdir(), 'safe-exit-cache-'));
  const root = join(site, 'www');
  mkdirSync(join(root, 'safe-exit'), { recursive: true });
  cpSync(join(DIST, 'embed'), join(root, 'safe-exit', VERSION), { recursive: true });
  writeFileSync(join(root, 'safe-exit', 'contacts.json'), contacts('first'));
  writeFileSync(join(root, 'page.html'), partnerPage);
  const port = await freePort();
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(site, dir));
  // The partner's pages are no-store, as INSTALL.md asks; the documented block as it is.
  writeFileSync(join(site, 'nginx.conf'), `
daemon off;
master_process off;
pid ${site}/nginx.pid;
error_log ${site}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${site}/body;
  proxy_temp_path ${site}/proxy;
  fastcgi_temp_path ${site}/fastcgi;
  uwsgi_temp_path ${site}/uwsgi;
  scgi_temp_path ${site}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${resolve(root)};
    location / { add_header Cache-Control "no-store"; }
${documentedBlock()}
  }
}
`);
  nginx = spawn(NGINX, ['-p', site, '-c', join(site, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (chunk) => (stderr += chunk));
  base = `http://127.0.0.1:${port}`;
  let up = false;
  for (const deadline = Date.now() + 5000; !up && Date.now() < deadline; ) {
    up = (await fetch(`${base}/page.html`).catch(() => null))?.ok ?? false;
    if (!up) await new Promise((done) => setTimeout(done, 50));
  }
  assert.ok(up, `nginx did not start: ${stderr}${existsSync(join(site, 'error.log')) ? readFileSync(join(site, 'error.log'), 'utf8') : ''}`);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  nginx?.kill();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('only the version folder is immutable; the contacts file beside it is revalidated', async () => {
  const bundle = await fetch(`${base}/safe-exit/${VERSION}/safe-exit.js`);
  assert.equal(bundle.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.match(bundle.headers.get('content-type'), /^text\/javascript/);
  const wasm = await fetch(`${base}/safe-exit/${VERSION}/safe-exit.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  const data = await fetch(`${base}/safe-exit/contacts.json`);
  assert.equal(data.headers.get('cache-control'), 'no-cache');
  assert.match(data.headers.get('content-type'), /^application\/json/);
});

test('a corrected contacts file is seen on the next visit', async () => {
  // No request interception in this context: Playwright turns Chromium's HTTP cache off while
  // any route is set, and the cache is what is under test.
  const context = await browser.newContext();
  await context.addInitScript(openWidgetRoots);
  const shownLink = async () => {
    const page = await context.newPage();
    await page.goto(`${base}/page.html`);
    await ready(page);
    await page.locator('safe-exit [part="help-button"]').click();
    const link = page.locator('safe-exit article.service[data-id="partner-line"] a.contact');
    await link.waitFor();
    const href = await link.getAttribute('href');
    await page.close();
    return href;
  };
  assert.equal(await shownLink(), 'https://source.example/first');
  // The partner corrects the entry on the server; the visitor comes back in the same browser.
  writeFileSync(join(site, 'www', 'safe-exit', 'contacts.json'), contacts('second'));
  assert.equal(await shownLink(), 'https://source.example/second', 'the visitor still sees the old entry');
  await context.close();
});
