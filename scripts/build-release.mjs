// Writes the release a partner downloads, from the bundle in dist/embed:
// dist/release/safe-exit-VERSION.zip and .tar.gz, each holding one folder safe-exit-VERSION/
// with the bundle under safe-exit/VERSION/, INSTALL.md (release/INSTALL.md filled in),
// snippet.html, the licences, integrity.json (the Subresource Integrity value of every
// script) and SHA256SUMS (of every other file). The archives are reproducible: their only
// timestamp is SOURCE_DATE_EPOCH (the Makefile sets it to the commit's time).
//   SAFE_EXIT_DIST (default dist) chooses where the bundle is read and the release written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { version } from './build-pkg.mjs';
import { tarGz, zip } from './archive.mjs';

const dist = process.env.SAFE_EXIT_DIST || 'dist';
const VERSION = version();
const ROOT = `safe-exit-${VERSION}`;
const BUNDLE = `safe-exit/${VERSION}`;
const mtime = Number(process.env.SOURCE_DATE_EPOCH || execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
if (!Number.isInteger(mtime) || mtime <= 0) throw new Error(`SOURCE_DATE_EPOCH is not a time: ${process.env.SOURCE_DATE_EPOCH}`);

/** Every file under `dir`, as paths relative to it with '/' separators. */
function walk(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).sort().flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? walk(dir, path) : [path];
  });
}

const SNIPPET = `<!-- In <head> of every page: -->
<script src="/${BUNDLE}/safe-exit-guard.js"></script>
<script type="module" src="/${BUNDLE}/safe-exit.js" blocking="render"></script>

<!-- First thing in <body>: the link is the exit until the widget has loaded. -->
<safe-exit exit-url="https://www.bbc.com/weather" lang="ru">
  <a href="https://www.bbc.com/weather" rel="noreferrer">Покинуть страницу</a>
</safe-exit>`;

const files = new Map(); // path inside ROOT -> bytes
for (const path of walk(`${dist}/embed`)) files.set(`${BUNDLE}/${path}`, readFileSync(`${dist}/embed/${path}`));

const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
const integrity = Object.fromEntries([...files].filter(([path]) => path.endsWith('.js')).map(([path, data]) => [path, sri(data)]));
files.set('integrity.json', Buffer.from(`${JSON.stringify(integrity, null, 2)}\n`));
files.set('snippet.html', Buffer.from(`${SNIPPET}\n`));
files.set('INSTALL.md', Buffer.from(readFileSync('release/INSTALL.md', 'utf8')
  .replaceAll('{{SNIPPET}}', SNIPPET)
  .replaceAll('{{LOADER_INTEGRITY}}', integrity[`${BUNDLE}/safe-exit.js`])
  .replaceAll('{{GUARD_INTEGRITY}}', integrity[`${BUNDLE}/safe-exit-guard.js`])
  .replaceAll('{{INTEGRITY}}', Object.entries(integrity).map(([path, value]) => `| \`${path}\` | \`${value}\` |`).join('\n'))
  .replaceAll('{{VERSION}}', VERSION)));
for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) files.set(licence, readFileSync(licence));

const sums = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, data]) => `${createHash('sha256').update(data).digest('hex')}  ${path}\n`);
files.set('SHA256SUMS', Buffer.from(sums.join('')));

const entries = [...files].map(([path, data]) => ({ path: `${ROOT}/${path}`, data }));
mkdirSync(`${dist}/release`, { recursive: true });
writeFileSync(`${dist}/release/${ROOT}.zip`, zip(entries, mtime));
writeFileSync(`${dist}/release/${ROOT}.tar.gz`, tarGz(entries, mtime));
console.log(`${dist}/release/${ROOT}.zip and .tar.gz: ${files.size} files, timestamp ${new Date(mtime * 1000).toISOString()}`);
