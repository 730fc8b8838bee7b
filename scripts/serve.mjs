// A small static file server on 127.0.0.1 for the demo, the tests and the benchmark.
// HTML is sent with Cache-Control: no-store (as docs/embedding.md advises for sensitive pages)
// and, unless told otherwise, with the strict Content-Security-Policy the widget supports.
//   node scripts/serve.mjs DIR PORT
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// What a partner's server would compress: text, JSON, SVG and wasm (not images or fonts).
const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg)/;

// At the highest levels, as a server sending precompressed files would.
const ENCODERS = {
  gzip: (body) => gzipSync(body, { level: 9 }),
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

const accepts = (request, encoding) =>
  (request.headers['accept-encoding'] || '').split(',').some((item) => item.split(';')[0].trim() === encoding);

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). `mounts` maps URL prefixes to
 * other directories. `csp: false` leaves the policy out; `noStore: false` lets browsers keep
 * pages in the back/forward cache, as many partner sites do. `encoding: 'gzip'` or `'br'`
 * sends compressible files so encoded (compressed once and kept) to clients that accept it;
 * the benchmark uses it, the tests and the demo do not.
 */
export function serve({ root, port = 0, mounts = {}, csp = STRICT_CSP, noStore = true, encoding = null }) {
  const base = resolve(root);
  const encoded = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let dir = base;
    let path = decodeURIComponent(url.pathname);
    for (const [prefix, target] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        dir = resolve(target);
        path = path.slice(prefix.length - 1);
      }
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const headers = { 'Content-Type': type };
      if (encoding && COMPRESSIBLE.test(type)) {
        headers['Vary'] = 'Accept-Encoding';
        if (accepts(request, encoding)) {
          if (!encoded.has(file)) encoded.set(file, ENCODERS[encoding](body));
          body = encoded.get(file);
          headers['Content-Encoding'] = encoding;
        }
      }
      headers['Content-Length'] = body.length;
      if (type.startsWith('text/html')) {
        if (noStore) headers['Cache-Control'] = 'no-store';
        if (csp) headers['Content-Security-Policy'] = csp;
      }
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve({ root, port: Number(port) });
  console.log(`Safe Exit demo: http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
