// The two sites of the cross-engine tests, both on 127.0.0.1 so that nothing leaves the
// machine: the partner site (dist/ with generated test pages under /engines/) and, on a port of
// its own, the neutral site the exit goes to, which records every visit with its headers.
// Firefox and WebKit cannot be made to answer requests from the test the way Playwright's
// route does, so the neutral site is a real server.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';
import { openWidgetRoots } from '../e2e/helpers.mjs';

/** The partner pages' background: no frame painted after an exit may contain it. */
export const PARTNER_COLOUR = [0x5b, 0x2a, 0x86];

const FORM = `<!doctype html><html lang="en"><title>Form</title><textarea id="message"></textarea>
<script>let typed = false; addEventListener('input', () => (typed = true));
addEventListener('beforeunload', (event) => { if (typed) { event.preventDefault(); event.returnValue = ''; } });</script></html>`;

/**
 * The neutral site. `visits` lists every request for its page (favicons are not counted),
 * with its Referer; `hold()` keeps the next answers pending until the returned function is
 * called (or for `ms` at most), so that a test can look at the page it is leaving.
 */
async function neutralSite() {
  const visits = [];
  let held = null;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    // Another origin's embedded form, which asks before unloading once the visitor typed.
    if (url.pathname === '/form') return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(FORM);
    // A destination that answers with no page at all: the browser stays where it was.
    if (url.pathname === '/nocontent') return response.writeHead(204).end();
    if (url.pathname !== '/weather') return response.writeHead(404).end();
    visits.push({ url: request.url, referer: request.headers.referer ?? null, headers: request.headers });
    if (held) await held;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1><p>Cloudy, 4 °C.</p>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/weather`,
    form: `http://127.0.0.1:${server.address().port}/form`,
    noContent: `http://127.0.0.1:${server.address().port}/nocontent`,
    visits,
    // A driver that waits for the pending navigation before it answers would wait forever:
    // a hold ends by itself after `ms`.
    hold(ms = 10000) {
      let release;
      held = new Promise((done) => (release = done));
      const timer = setTimeout(() => release(), ms);
      return () => {
        clearTimeout(timer);
        held = null;
        release();
      };
    },
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * A page a contact's source links to, on https (sources must be) with a certificate made here
 * for 127.0.0.1, which the drivers accept: `url`, and `visits` with each request's Referer.
 */
async function sourceSite(dir) {
  const [key, cert] = [join(dir, 'source-key.pem'), join(dir, 'source-cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const visits = [];
  const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    visits.push({ url: request.url, referer: request.headers.referer ?? null });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><title>Domestic violence in Kazakhstan: help and rights</title><h1>Source</h1></html>');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `https://127.0.0.1:${server.address().port}/source`,
    visits,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * A partner page: the snippet of docs/embedding.md (the guard and the loader in <head>, the
 * loader with blocking="render", the element with its fallback link first in <body>), a full-page background of
 * PARTNER_COLOUR, and a link `#next` to the next page; `link` is the fallback link's address
 * (`exitUrl` unless given), `head` and `body` add markup of a test's own.
 */
function partnerPage({ title, exitUrl, link = exitUrl, attributes = '', next, loader = '/embed/safe-exit.js', head = '', body = '' }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/engines/partner.css">
<script src="/engines/open-roots.js"></script>
<script src="${loader.replace(/safe-exit\.js$/, 'safe-exit-guard.js')}"></script>${head}
<script type="module" src="${loader}" blocking="render"></script></head>
<body>
  <safe-exit exit-url="${exitUrl}"${attributes}><a id="fallback" href="${link}" rel="noreferrer">Leave this site</a></safe-exit>
  <h1>${title}</h1>
  ${next ? `<p><a id="next" href="${next}">Next page</a></p>` : ''}${body}
</body>
</html>
`;
}

/** The pages under /engines/, for a neutral site at `exitUrl`. */
function pages(exitUrl) {
  const files = {
    'partner.css': 'html { background: rgb(91, 42, 134); color: #fff; min-height: 100%; } a { color: #fff; }\n',
    // The widget's shadow root is closed; these tests look inside it, so it is opened for them,
    // by the same patch the Playwright tests use, run before the loader.
    'open-roots.js': `(${openWidgetRoots})();\n`,
    'before.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Before</title></head>
<body><h1>A page visited before the partner site</h1><p><a id="next" href="/engines/site-1.html">Partner site</a></p></body></html>\n`,
    'no-wasm.html': partnerPage({ title: 'Partner, wasm missing', exitUrl, loader: '/engines/no-wasm/safe-exit.js' }),
    'new-tab.html': partnerPage({ title: 'Partner, new-tab', exitUrl, attributes: ' new-tab' }),
    'clear-storage.html': partnerPage({ title: 'Partner, clear-storage', exitUrl, attributes: ' clear-storage="all"' }),
  };
  for (const n of [1, 2, 3]) {
    files[`site-${n}.html`] = partnerPage({ title: `Partner page ${n}`, exitUrl, next: n < 3 && `/engines/site-${n + 1}.html` });
    files[`stealth-${n}.html`] = partnerPage({ title: `Stealth page ${n}`, exitUrl, attributes: ' stealth', next: n < 3 && `/engines/stealth-${n + 1}.html` });
  }
  return files;
}

/**
 * Starts both sites. `bfcache: true` serves the partner's pages without `Cache-Control:
 * no-store`, so that engines may keep them in their back/forward cache, as many partner sites
 * do. The partner site's base is `base`; the neutral site is `neutral`; the https site of a
 * contact's source is `source`.
 */
export async function startSites({ bfcache = false, extraPages = () => ({}) } = {}) {
  const dist = process.env.SAFE_EXIT_DIST || 'dist';
  const neutral = await neutralSite();
  const dir = mkdtempSync(join(tmpdir(), 'safe-exit-engines-'));
  const source = await sourceSite(dir);
  const files = { ...pages(neutral.url), ...extraPages({ neutral, source, partnerPage }) };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // The bundle without its wasm files: the loader's first stage then fails to load.
  cpSync(join(dist, 'embed'), join(dir, 'no-wasm'), { recursive: true, filter: (file) => !file.endsWith('.wasm') });
  // Frames of the neutral site's origin (an embedded form) are allowed.
  const csp = `${STRICT_CSP}; frame-src 'self' http://127.0.0.1:*`;
  const server = await serve({ root: dist, mounts: { '/engines/': dir }, noStore: !bfcache, csp });
  const port = server.address().port;
  // What test pages report with navigator.sendBeacon('/report', text), in order of arrival (the
  // file server answers these requests with a 404, which a beacon ignores).
  const reports = [];
  server.prependListener('request', (request) => {
    if (request.method !== 'POST' || request.url !== '/report') return;
    let text = '';
    request.on('data', (chunk) => (text += chunk)).on('end', () => reports.push(text));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    neutral,
    source,
    reports,
    // The partner site goes down (connections refused) until `up()`, on the same port.
    partnerDown() {
      server.closeAllConnections();
      server.close();
      return { up: () => new Promise((done) => server.listen(port, '127.0.0.1', done)) };
    },
    close() {
      server.closeAllConnections();
      server.close();
      neutral.close();
      source.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
