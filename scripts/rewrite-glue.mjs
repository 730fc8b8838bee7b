// Every change made to a wasm-bindgen glue (--target web) before it ships, one named step each:
// what dist/embed/core.js and dist/embed/glue.js are, read from the STAGES table below. Each step
// fails, writing nothing, when the text it rewrites is not in the glue exactly as expected, so
// that a new wasm-bindgen or terser version cannot silently change the bundle.
//   node scripts/rewrite-glue.mjs STAGE IN OUT [NAMES]
// STAGE is a key of STAGES; IN the generated glue (or script); OUT the file written; NAMES the
// import and export map that wasm-opt --minify-imports-and-exports-and-modules printed for the
// stage's wasm (scripts/build-dist.sh).
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as terser } from 'terser';

/** Which steps each stage's script goes through, in order. */
const STAGES = {
  // The first stage (crates/safe-exit-core), dist/embed/core.js.
  core: [wasmUrl('./safe-exit-core.wasm'), exitFromLoader, shortNames, minify, compileHint],
  // The interface (crates/safe-exit-interface), dist/embed/glue.js.
  interface: [wasmUrl('./safe-exit.wasm'), shortNames, trapGuard, minify],
  // The loader (scripts/build-loader.sh), dist/embed/safe-exit.js: not a glue, but it ships
  // beside them and is compiled on load like the first stage.
  loader: [minify, compileHint],
  // The Trunk development page's interface (scripts/trunk-post-build.sh): unminified, with the
  // wasm-bindgen names Trunk's wasm keeps.
  'development interface': [trapGuard],
};

/** Replaces the one match of `pattern` in `glue`, or fails naming the step. */
function once(glue, pattern, replacement, step) {
  const found = glue.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length || 0;
  if (found !== 1) fail(`${step}: expected ${pattern} once, found it ${found} times`);
  return glue.replace(pattern, replacement);
}

/**
 * The glue's default wasm URL is never used (the loader passes the wasm), but bundlers follow it:
 * it must name the file the bundle ships.
 */
function wasmUrl(file) {
  return function wasmUrl(glue) {
    return once(glue, /new URL\('\w+_bg\.wasm', import\.meta\.url\)/, `new URL('${file}', import.meta.url)`, 'wasmUrl');
  };
}

/**
 * The first stage's exit functions (static/exit-core.js: leave, hidePage, remember) are the
 * loader's, which carries exit-core.js anyway: core.js gets them from the loader through
 * `useExit` instead of importing a second copy from snippets/ (one request less before the exit
 * is armed). A Yew app, which uses the library without the loader, keeps the snippet.
 */
function exitFromLoader(glue) {
  glue = once(
    glue,
    /^import \{ ([A-Za-z, ]+) \} from '\.\/snippets\/[^']+\/static\/exit-core\.js';$/m,
    'let $1;\nexport function useExit(exit) { ({ $1 } = exit); }',
    'exitFromLoader',
  );
  if (glue.includes('snippets/')) fail('exitFromLoader: the glue imports another snippet');
  return glue;
}

/**
 * wasm-bindgen names each import after its function and a 16-digit hash
 * (`__wbg_appendChild_0a1b…`), written in the wasm and in the glue, which gzip can hardly
 * shrink: the glue gets the short names wasm-opt gave the wasm (NAMES).
 */
function shortNames(glue, names) {
  if (!names) fail('shortNames: no NAMES file given');
  // wasm-opt's map: `["module", "import", "new"],` lines, then `["export", "new"],` lines (not
  // strict JSON: it leaves a trailing comma).
  const imports = [...names.matchAll(/^\s*\["([^"]*)", "([^"]*)", "([^"]*)"\],?$/gm)].map((m) => m.slice(1));
  const exports = [...names.matchAll(/^\s*\["([^"]*)", "([^"]*)"\],?$/gm)].map((m) => m.slice(1));
  if (!imports.length || !exports.length) fail('shortNames: NAMES has no imports or no exports');
  const identifier = /^[A-Za-z_$][\w$]*$/;
  for (const short of [...imports.map(([, , s]) => s), ...exports.map(([, s]) => s)]) {
    if (!identifier.test(short)) fail(`shortNames: ${short} is not a JavaScript name`);
  }
  const escape = (name) => name.replace(/[$]/g, '\\$');
  // Each import is a key of the glue's imports object, once: `    name: function(…`.
  for (const [, name, short] of imports) glue = once(glue, new RegExp(`(?<=^\\s*)${escape(name)}(?=: )`, 'm'), short, `shortNames: the import ${name}`);
  // Every module of the wasm is now named `a`: the glue's imports object must have just one.
  const modules = [...new Set(imports.map(([module]) => module))];
  if (modules.length !== 1) fail(`shortNames: the wasm imports from ${modules.length} modules, not one`);
  glue = glue.split(`${JSON.stringify(modules[0])}: import0`);
  if (glue.length !== 2) fail(`shortNames: no single ${JSON.stringify(modules[0])}: import0`);
  glue = glue.join('a: import0');
  // The exports are read as `wasm.name`, each any number of times (some never).
  for (const [name, short] of exports) glue = glue.replace(new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, 'g'), `wasm.${short}`);
  const shortExports = new Set(exports.map(([, short]) => short));
  const left = [...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).filter((name) => !shortExports.has(name));
  if (left.length) fail(`shortNames: the wasm has no exports ${[...new Set(left)].join(', ')}`);
  return glue;
}

/**
 * An `on_failure(report)` export: `report` is called with the error once the wasm has trapped.
 * The interface aborts on panic, and an aborted instance cannot go on (its borrows and renderer
 * are left half-done): the loader (static/loader.js) then drops it and shows the fallback link.
 * Every entry into the wasm, from the loader or an event or timer of the widget, is a call of
 * an export through the glue's `wasm` object, so wrapping those functions sees every trap. The
 * report waits for the stack to unwind: a trap can surface inside a call the wasm made into
 * JavaScript, and the report calls back into the wasm to unmount it.
 */
function trapGuard(glue) {
  const guard = `
let reportTrap = () => {};
function guardTraps(exports) {
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== 'function' ? value : function (...args) {
      try {
        return value.apply(this, args);
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) queueMicrotask(() => reportTrap(error));
        throw error;
      }
    };
  }
  return guarded;
}
/** Has \`report\` called with the error once the wasm has trapped (scripts/rewrite-glue.mjs). */
export function on_failure(report) {
  reportTrap = report;
}
`;
  return once(glue, /\bwasm = instance\.exports;/, 'wasm = guardTraps(instance.exports);', 'trapGuard') + guard;
}

/** Comments and long names are for readers of the source, not for a slow phone network. */
async function minify(script) {
  const { code } = await terser(script, { module: true, compress: {}, mangle: {} });
  if (!code) fail('minify: terser returned nothing');
  return code;
}

/**
 * V8 compiles a function when it is first called, in the task that calls it: the exit's click or
 * key press would wait for the loader's and the first stage's functions to compile. This magic
 * comment of V8's explicit compile hints (Chrome 136 and later; other engines ignore it) has
 * every function of the file compiled with the script instead, while the page loads.
 */
function compileHint(script) {
  if (script.startsWith('//')) fail('compileHint: the script already starts with a comment');
  return `//# allFunctionsCalledOnLoad\n${script}`;
}

function fail(message) {
  console.error(`${process.argv[3]}: ${message} (scripts/rewrite-glue.mjs)`);
  process.exit(1);
}

const [stage, input, output, namesFile] = process.argv.slice(2);
if (!STAGES[stage] || !output) fail(`usage: node scripts/rewrite-glue.mjs ${Object.keys(STAGES).join('|')} IN OUT [NAMES]`);
const names = namesFile && readFileSync(namesFile, 'utf8');
let script = readFileSync(input, 'utf8');
for (const step of STAGES[stage]) script = await step(script, names);
writeFileSync(output, script);
