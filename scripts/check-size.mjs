// Prints the size of everything the widget downloads (raw, gzip, brotli) and fails when the
// gzip total exceeds the committed budget in size-budget.json. A visitor downloads every file
// of the bundle but the language files (i18n/<code>.json), and of those only the one of the
// language the widget opens in (and another if they pick it): the total is the common files
// plus the largest language file, the heaviest path a visitor's first view can take.
// Size is deterministic, so this is a test; timings are not, and live in `make bench`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const EMBED = 'dist/embed';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every file under `embed` (a built dist/embed), with its raw, gzip and brotli size. */
export function sizes(embed = EMBED) {
  return files(embed).map((path) => {
    const body = readFileSync(path);
    return {
      file: relative(embed, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

const kib = (n) => (n / 1024).toFixed(1);

/** The files of one language but English (i18n/<code>.json), which only its readers download. */
export const isLanguageFile = (file) => /^i18n\/[a-z]+\.json$/.test(file);

/** What a visitor downloads at most: the common files and the largest language file. */
export function visitorTotal(rows) {
  const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const common = sum(rows.filter((r) => !isLanguageFile(r.file)));
  const largest = rows.filter((r) => isLanguageFile(r.file)).sort((a, b) => b.gzip - a.gzip)[0];
  return { ...sum(largest ? [common, largest] : [common]), language: largest?.file };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizes();
  const total = visitorTotal(rows);
  console.log('file'.padEnd(48), 'raw KiB'.padStart(9), 'gzip KiB'.padStart(9), 'brotli KiB'.padStart(11));
  const label = total.language ? `total (common files + ${total.language})` : 'total';
  for (const r of [...rows, { ...total, file: label }]) {
    console.log(r.file.padEnd(48), kib(r.raw).padStart(9), kib(r.gzip).padStart(9), kib(r.brotli).padStart(11));
  }
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')).gzipBytes;
  if (total.gzip > budget) {
    console.error(`A visitor downloads ${total.gzip} bytes gzip, over the budget of ${budget} in size-budget.json.`);
    process.exit(1);
  }
  console.log(`Within budget: ${total.gzip} of ${budget} bytes gzip.`);
}
