// The npm package in real bundlers, with no configuration: the package is packed as npm would
// publish it (`npm pack`), installed from the tarball into a fresh app in a temporary folder,
// built by Vite and by webpack 5 (from this repository's pinned node_modules, offline), and
// the built app is served and checked in Chromium: the widget is armed and shown, the exit
// leaves without Referer, and Back after the exit leaves the site. The Vite app is written in
// TypeScript against the package's types, and must type-check (`tsc --noEmit`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { buildPackage } from '../../scripts/build-pkg.mjs';
import { CHROMIUM_ARGS, newContext, ready, exitButton, left } from './helpers.mjs';

const REPO = resolve('.');
const bin = (path) => join(REPO, 'node_modules', path);

const FALLBACK = '<safe-exit exit-url="https://neutral.example/" lang="en"><a href="https://neutral.example/" rel="noreferrer">Exit</a></safe-exit>';
const body = `<body>\n  ${FALLBACK}\n  <h1>A partner app</h1>\n  <button id="leave">Leave</button>\n</body>`;

// Uses every part of the documented API, so that the types are checked against all of it.
const ENTRY = `import { exit } from 'safe-exit';
import type { SafeExitElement } from 'safe-exit';

const element: SafeExitElement | null = document.querySelector('safe-exit');
const state: 'loading' | 'ready' | 'degraded' | undefined = element?.dataset.state;
document.documentElement.dataset.widgetState = state ?? 'none';
document.addEventListener('safe-exit', (event) => {
  const destination: string = event.detail;
  document.documentElement.dataset.leftFor = destination;
});
document.querySelector('#leave')?.addEventListener('click', () => (element ? element.exit() : exit()));
`;

const BUNDLERS = [
  {
    name: 'Vite 8',
    files: {
      'index.html': `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>App</title>\n<script type="module" src="/src/main.ts"></script></head>\n${body}\n</html>\n`,
      'src/main.ts': ENTRY,
    },
    build: (app) => run('node', [bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app),
    typecheck: true,
  },
  {
    name: 'webpack 5',
    files: {
      'src/index.js': ENTRY.replace("import type { SafeExitElement } from 'safe-exit';\n", '').replace(': SafeExitElement | null', '').replace(": 'loading' | 'ready' | 'degraded' | undefined", '').replace(': string', ''),
      // webpack with no configuration writes dist/main.js and leaves the page to the app.
      'dist/index.html': `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>App</title>\n<script defer src="main.js"></script></head>\n${body}\n</html>\n`,
    },
    build: (app) => run('node', [bin('webpack-cli/bin/cli.js'), '--mode', 'production', '--no-stats'], app),
  },
];

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}${error.stderr}`);
  }
}

let work;
let tarball;
let browser;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'safe-exit-bundlers-'));
  const pkg = buildPackage(join(work, 'pkg'), join(process.env.SAFE_EXIT_DIST || 'dist', 'embed'));
  run('npm', ['pack', '--silent', '--pack-destination', work], pkg);
  tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

for (const bundler of BUNDLERS) {
  test(`the npm package works in ${bundler.name} with no configuration`, async () => {
    const app = join(work, bundler.name.replace(/\W+/g, '-'));
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    for (const [path, text] of Object.entries(bundler.files)) {
      mkdirSync(join(app, path, '..'), { recursive: true });
      writeFileSync(join(app, path), text);
    }
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
    if (bundler.typecheck) {
      run('node', [bin('typescript/bin/tsc'), '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext',
        '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'src/main.ts'], app);
    }
    bundler.build(app);

    const server = await serve({ root: join(app, 'dist'), mounts: { '/test/': 'tests/e2e/pages/' } });
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const { context, neutral } = await newContext(browser);
      const page = await context.newPage();
      const failures = [];
      page.on('console', (message) => message.type() !== 'log' && failures.push(`${message.type()}: ${message.text()}`));
      page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()}`));
      page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()}: ${response.url()}`));
      await page.goto(`${base}/test/before.html`);
      await Promise.all([page.waitForURL(`${base}/index.html`), page.click('#demo')]);
      await ready(page);
      assert.deepEqual(failures, [], 'the built app loaded every file of the widget, without a warning');

      await exitButton(page).click();
      await left(page);
      assert.equal(neutral.length, 1);
      assert.equal(neutral[0].headers.referer, undefined, 'the neutral site must not learn where the visitor came from');
      await page.goBack();
      assert.equal(page.url(), `${base}/test/before.html`, 'Back after the exit leaves the app');
      await context.close();
    } finally {
      server.close();
    }
  });
}
