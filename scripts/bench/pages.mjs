// The benchmark's pages, written into a temporary directory that the page servers serve: the
// files of bench/ with their exit destination filled in (the neutral server's URL, known only
// once it listens), and Safe Exit's page in every form partners paste the snippet.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

// In bench/*.html and bench/*.js, where the neutral page's URL goes.
const PLACEHOLDER = '%NEUTRAL_URL%';

// Where the loader's tag goes (README.md, docs/embedding.md): in <head> as the README gives it,
// in <head> without blocking="render", or after the element at the end of <body>.
export const PLACEMENTS = {
  'head-blocking': 'in `<head>`, `blocking="render"`',
  head: 'in `<head>`, no `blocking`',
  'body-end': 'end of `<body>`, after the element',
};

// What the partner adds to <head> to start the first stage's downloads early: nothing, the
// preload of docs/embedding.md, or that with a modulepreload of the first stage's module too.
export const HINTS = {
  none: 'no hint',
  wasm: 'wasm preload (embedding.md)',
  core: 'wasm preload + core.js modulepreload',
};

// The snippet as README.md gives it (since 2026-12-02, with both hints; before, without any).
export const README = { placement: 'head-blocking', hint: 'core' };
const HINT_TAGS = {
  none: [],
  wasm: ['<link rel="preload" href="/embed/safe-exit-core.wasm" as="fetch" crossorigin>'],
  core: ['<link rel="modulepreload" href="/embed/core.js">', '<link rel="preload" href="/embed/safe-exit-core.wasm" as="fetch" crossorigin>'],
};

export const variantPath = (placement, hint) => `/safe-exit-${placement}-${hint}.html`;
export const variantKey = (placement, hint) => `Safe Exit/${placement}/${hint}`;

// The pages whose exits are timed: the snippet as the README gives it, the peer, and the two references.
export const PAGES = {
  'Safe Exit': { path: variantPath(README.placement, README.hint), button: 'safe-exit [part="exit-button"]', armed: true },
  'GOV.UK': { path: '/govuk.html', button: '.govuk-exit-this-page__button', armed: true },
  'bare link': { path: '/link.html', button: '#exit' },
  'inline handler': { path: '/inline.html' },
};

// Safe Exit's page in every form of the snippet, for the exit latency of each.
for (const placement of Object.keys(PLACEMENTS)) {
  for (const hint of Object.keys(HINTS)) PAGES[variantKey(placement, hint)] = { ...PAGES['Safe Exit'], path: variantPath(placement, hint) };
}

/** The Safe Exit page of one variant: the README's snippet with the real bundle at /embed/, and `tags` in <head>. */
function safeExitPage(placement, hint, tags, neutralUrl) {
  const loader = `<script type="module" src="/embed/safe-exit.js"${placement === 'head-blocking' ? ' blocking="render"' : ''}></script>`;
  const head = [...(placement === 'body-end' ? [] : [loader]), ...tags];
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Partner page with Safe Exit (benchmark: loader ${placement}, ${hint} hint)</title>
${head.map((tag) => `  ${tag}\n`).join('')}</head>
<body>
  <safe-exit exit-url="${neutralUrl}">
    <a href="${neutralUrl}" rel="noreferrer">Exit</a>
  </safe-exit>
  <main>
    <h1>You are not alone</h1>
    <p>If you are in danger now, call 102 or 112. The national helpline, 111, is free and open day and night.</p>
  </main>
${placement === 'body-end' ? `  ${loader}\n` : ''}</body>
</html>
`;
}

/** Writes every page into a new temporary directory; returns it with a function that removes it. */
export function writePages(benchDir, neutralUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'safe-exit-bench-'));
  for (const file of readdirSync(benchDir)) {
    const body = readFileSync(join(benchDir, file));
    writeFileSync(join(dir, file), ['.html', '.js', '.mjs'].includes(extname(file)) ? body.toString('utf8').replaceAll(PLACEHOLDER, neutralUrl) : body);
  }
  for (const placement of Object.keys(PLACEMENTS)) {
    for (const hint of Object.keys(HINTS)) writeFileSync(join(dir, variantPath(placement, hint)), safeExitPage(placement, hint, HINT_TAGS[hint], neutralUrl));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
