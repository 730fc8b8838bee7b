// Gives a wasm-bindgen glue the short import, export and module names that wasm-opt's
// --minify-imports-and-exports-and-modules gave its wasm (scripts/build-dist.sh). wasm-bindgen
// names each import after its function and a 16-digit hash (`__wbg_appendChild_0a1b…`), and
// those names, which gzip can hardly shrink, are written twice, in the wasm and in the glue:
// the short names save about 5 KiB gzip over the bundle.
//   node scripts/rename-wasm-imports.mjs MAP GLUE
// MAP is what wasm-opt printed; GLUE (a wasm-bindgen --target web glue) is rewritten in place.
// Fails, leaving GLUE as it was, when any old name is not found where the glue is expected to
// have it, so that a new wasm-bindgen version cannot silently break the bundle.
import { readFileSync, writeFileSync } from 'node:fs';

const [mapFile, glueFile] = process.argv.slice(2);
const map = readFileSync(mapFile, 'utf8');
let glue = readFileSync(glueFile, 'utf8');
const fail = (message) => {
  console.error(`${glueFile}: ${message} (scripts/rename-wasm-imports.mjs)`);
  process.exit(1);
};

// wasm-opt's map: `["module", "import", "new"],` lines, then `["export", "new"],` lines (not
// strict JSON: it leaves a trailing comma).
const imports = [...map.matchAll(/^\s*\["([^"]*)", "([^"]*)", "([^"]*)"\],?$/gm)].map((m) => m.slice(1));
const exports = [...map.matchAll(/^\s*\["([^"]*)", "([^"]*)"\],?$/gm)].map((m) => m.slice(1));
if (!imports.length || !exports.length) fail(`${mapFile} has no imports or no exports`);
const identifier = /^[A-Za-z_$][\w$]*$/;
for (const [, , short] of imports) if (!identifier.test(short)) fail(`${short} is not a JavaScript name`);
for (const [, short] of exports) if (!identifier.test(short)) fail(`${short} is not a JavaScript name`);

const escape = (name) => name.replace(/[$]/g, '\\$');
// Each import is a key of the glue's imports object, once: `    name: function(…`.
for (const [, name, short] of imports) {
  const key = new RegExp(`(?<=^\\s*)${escape(name)}(?=: )`, 'gm');
  const found = glue.match(key)?.length || 0;
  if (found !== 1) fail(`the import ${name} is a key of the imports object ${found} times, not once`);
  glue = glue.replace(key, short);
}
// Every module of the wasm is now named `a`: the glue's imports object must have just one.
const modules = [...new Set(imports.map(([module]) => module))];
if (modules.length !== 1) fail(`the wasm imports from ${modules.length} modules, not one`);
const moduleKey = `${JSON.stringify(modules[0])}: import0`;
if (glue.split(moduleKey).length !== 2) fail(`no single ${moduleKey}`);
glue = glue.replace(moduleKey, 'a: import0');
// The exports are read as `wasm.name`, each any number of times (some never).
for (const [name, short] of exports) glue = glue.replace(new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, 'g'), `wasm.${short}`);
const shortExports = new Set(exports.map(([, short]) => short));
const left = [...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).filter((name) => !shortExports.has(name));
if (left.length) fail(`the wasm has no exports ${[...new Set(left)].join(', ')}`);
writeFileSync(glueFile, glue);
