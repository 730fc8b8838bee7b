// Writes the release a partner downloads, from the bundle in dist/embed:
// dist/release/safe-exit-VERSION.zip and .tar.gz, each holding one folder safe-exit-VERSION/
// with the bundle under safe-exit/VERSION/, the configurator (the demo's configure.html and
// its contacts editor, with a copy of the bundle) under configurator/, INSTALL.md
// (release/INSTALL.md filled in), snippet.html, the licences, integrity.json (the Subresource
// Integrity value of every script of the bundle) and SHA256SUMS (of every other file). The
// archives are reproducible: their only timestamp is SOURCE_DATE_EPOCH (the Makefile sets it
// to the commit's time).
//   SAFE_EXIT_DIST (default dist) chooses where the bundle is read and the release written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { version } from './build-pkg.mjs';
import { tarGz, zip } from './archive.mjs';
import { sourceSentence } from './project-home.mjs';

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

/** `text` with `from` replaced by `to`, which must occur exactly once (a changed demo page must
 *  fail the build, not ship the demo's text). */
function replaceOnce(text, from, to, file) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times (see scripts/build-release.mjs)`);
  return text.replace(from, () => to);
}

// The configurator, a folder the partner serves from their own site (no toolchain): the demo's
// configure.html (as index.html) and the scripts and styles of its own (configure*, contacts-*),
// the bundle under embed/ as the demo has it, and the built-in contacts to start from. Its page
// loses the link back to the demo site and names the archive's bundle folder.
const CONFIGURATOR = 'configurator';
for (const name of readdirSync(dist).filter((name) => /^(configure|contacts-)/.test(name) && name !== 'configure.html').sort()) {
  files.set(`${CONFIGURATOR}/${name}`, readFileSync(`${dist}/${name}`));
}
for (const path of walk(`${dist}/embed`)) files.set(`${CONFIGURATOR}/embed/${path}`, readFileSync(`${dist}/embed/${path}`));
files.set(`${CONFIGURATOR}/data/kz.json`, readFileSync(`${dist}/data/kz.json`));
let page = readFileSync(`${dist}/configure.html`, 'utf8');
page = replaceOnce(page, '    <p class="crumbs"><a href="index.html" data-text="page.back">← Back to the demo site</a></p>\n', '', 'configure.html');
page = replaceOnce(page, 'value="/safe-exit/"', `value="/${BUNDLE}/"`, 'configure.html');
// The hint's sentence is the page's, in its language (configure-texts.js); only the folder it names changes.
page = replaceOnce(page, 'where you copied\n          <code>dist/embed/</code>.', `where you copied\n          <code>${BUNDLE}/</code>.`, 'configure.html');
// Opened from the disk, the page says so in plain words (release/configurator/opened-from-disk.js),
// in its three languages at once: there no module runs, so none can choose one.
page = replaceOnce(page, '  <script type="module" src="configure.js"></script>\n', '  <script src="opened-from-disk.js" defer></script>\n  <script type="module" src="configure.js"></script>\n', 'configure.html');
page = replaceOnce(page, '<h1 data-text="page.title">Configure the Safe Exit widget</h1>\n', `<h1 data-text="page.title">Configure the Safe Exit widget</h1>
    <div id="opened-from-disk" class="problem is-error" hidden>
      <p lang="kk">Бұл бет компьютеріңіздің дискісінен ашылды, ал браузерлер оны мұндай жағдайда іске қоспайды:
        төмендегі ештеңе жұмыс істемейді. <code>configurator/</code> қалтасын веб-серверіңізге көшіріп, оны сол жерден
        ашыңыз, INSTALL.md файлында (5-бөлім) жазылғандай.</p>
      <p lang="ru">Эта страница открыта с диска вашего компьютера, где браузеры её не запускают: ничего ниже не
        работает. Скопируйте папку <code>configurator/</code> на свой веб-сервер и откройте её там, как сказано в
        INSTALL.md (раздел 5).</p>
      <p lang="en">This page was opened from your computer's disk, where browsers do not run it: nothing below works.
        Copy the folder <code>configurator/</code> to your web server and open it there, as INSTALL.md says (section 5).</p>
    </div>\n`, 'configure.html');
files.set(`${CONFIGURATOR}/index.html`, Buffer.from(page));
files.set(`${CONFIGURATOR}/opened-from-disk.js`, readFileSync('release/configurator/opened-from-disk.js'));
files.set('integrity.json', Buffer.from(`${JSON.stringify(integrity, null, 2)}\n`));
files.set('snippet.html', Buffer.from(`${SNIPPET}\n`));
const APACHE_CONF = readFileSync('release/apache/safe-exit.conf', 'utf8');
files.set('apache/safe-exit.conf', Buffer.from(APACHE_CONF));
files.set('INSTALL.md', Buffer.from(readFileSync('release/INSTALL.md', 'utf8')
  .replaceAll('{{SNIPPET}}', SNIPPET)
  .replaceAll('{{APACHE_CONF}}', APACHE_CONF.trimEnd())
  .replaceAll('{{LOADER_INTEGRITY}}', integrity[`${BUNDLE}/safe-exit.js`])
  .replaceAll('{{GUARD_INTEGRITY}}', integrity[`${BUNDLE}/safe-exit-guard.js`])
  .replaceAll('{{INTEGRITY}}', Object.entries(integrity).map(([path, value]) => `| \`${path}\` | \`${value}\` |`).join('\n'))
  .replaceAll('{{SOURCE}}', sourceSentence())
  .replaceAll('{{VERSION}}', VERSION)));
for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) files.set(licence, readFileSync(licence));

const sums = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, data]) => `${createHash('sha256').update(data).digest('hex')}  ${path}\n`);
files.set('SHA256SUMS', Buffer.from(sums.join('')));

const entries = [...files].map(([path, data]) => ({ path: `${ROOT}/${path}`, data }));
mkdirSync(`${dist}/release`, { recursive: true });
writeFileSync(`${dist}/release/${ROOT}.zip`, zip(entries, mtime));
writeFileSync(`${dist}/release/${ROOT}.tar.gz`, tarGz(entries, mtime));
console.log(`${dist}/release/${ROOT}.zip and .tar.gz: ${files.size} files, timestamp ${new Date(mtime * 1000).toISOString()}`);
