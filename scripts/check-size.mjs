// Prints the size of everything the widget downloads (raw, gzip, brotli) and fails when the
// gzip total exceeds the committed budget in size-budget.json. Size is deterministic, so this
// is a test; timings are not, and live in `make bench`.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizes();
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log('file'.padEnd(48), 'raw KiB'.padStart(9), 'gzip KiB'.padStart(9), 'brotli KiB'.padStart(11));
  for (const r of [...rows, { file: 'total', ...total }]) {
    console.log(r.file.padEnd(48), kib(r.raw).padStart(9), kib(r.gzip).padStart(9), kib(r.brotli).padStart(11));
  }
  const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')).gzipBytes;
  if (total.gzip > budget) {
    console.error(`The bundle is ${total.gzip} bytes gzip, over the budget of ${budget} in size-budget.json.`);
    process.exit(1);
  }
  console.log(`Within budget: ${total.gzip} of ${budget} bytes gzip.`);
}
