// Bytes: the bundle's files as scripts/check-size.mjs measures them, and what GOV.UK's page
// loads for its component, compressed the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { sizes } from '../check-size.mjs';

export const bundleSizes = (dist) => sizes(join(dist, 'embed'));

export function govukSizes(govuk) {
  return ['govuk-frontend.min.js', 'govuk-frontend.min.css'].map((file) => {
    const body = readFileSync(join(govuk, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

export const total = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
