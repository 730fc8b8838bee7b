// Prints what each crate costs in the two wasm files of the bundle: the -Oz build of
// dist/embed again, keeping the function names (which changes the code by well under 1 %),
// read by twiggy and summed by the crate that each function's name starts with. A generic
// function is counted under the crate named first in its name (`<Vec<T> as Clone>::clone`
// under alloc), so a crate's own generic code instantiated elsewhere is partly counted there.
// Raw bytes; gzip shrinks code and text by different factors, so shares of the gzip total are
// only roughly these.
//   make size-report
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const STAGES = [
  ['interface', 'target/bindgen/glue_bg.wasm'],
  ['first stage', 'target/bindgen/core_bg.wasm'],
];
// The wasm features that scripts/build-dist.sh enables, read from it so the two stay the same.
const FEATURES = [...new Set(readFileSync('scripts/build-dist.sh', 'utf8').match(/--enable-[a-z-]+/g))];

/** The crate, or kind of item, that a twiggy item name belongs to. */
export function owner(name) {
  if (name.startsWith('data segment')) return 'data: text, contact data, CSS, tables';
  if (name.startsWith('import ')) return 'imports (wasm-bindgen)';
  if (/^(code|elem|table|global|type)\[\d+\]$|^__externref|^__wbindgen| shim( |$)|^[a-z]+(_[a-z]+)*$/.test(name)) {
    return 'wasm-bindgen exports, tables';
  }
  if (/^<(bool|char|str|[iuf](8|16|32|64|128|size))[ >]/.test(name)) return 'core';
  const crate = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!crate) return 'other';
  if (crate[1] !== 'safe_exit') return crate[1];
  return `safe_exit::${name.slice(crate.index).split('::')[1]}`;
}

/** twiggy's CSV: a header, then a line an item; a quoted field doubles its quotes. */
function csvRows(text) {
  return text.trim().split('\n').slice(1).map((line) => {
    const fields = [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)]
      .filter((m) => m.index === 0 || line[m.index - 1] === ',')
      .map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]));
    return { name: fields[0], bytes: Number(fields[1]) };
  });
}

function costs(wasm, out) {
  execFileSync('wasm-opt', ['-Oz', '-g', ...FEATURES, wasm, '-o', out]);
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const byOwner = new Map();
  for (const { name, bytes } of csvRows(csv)) {
    if (/ subsection$|^custom section/.test(name)) continue;
    byOwner.set(owner(name), (byOwner.get(owner(name)) || 0) + bytes);
  }
  return byOwner;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('target/size-report', { recursive: true });
  const tables = STAGES.map(([stage, wasm], i) => [stage, costs(wasm, `target/size-report/${i}.wasm`)]);
  const owners = new Map();
  for (const [, table] of tables) for (const [name, bytes] of table) owners.set(name, (owners.get(name) || 0) + bytes);
  const totals = tables.map(([, table]) => [...table.values()].reduce((a, b) => a + b, 0));
  const cell = (bytes, total) => (bytes ? `${(bytes / 1024).toFixed(1)} KiB (${((100 * bytes) / total).toFixed(0)} %)` : '');
  console.log(`| Crate or part | ${tables.map(([stage]) => stage).join(' | ')} |`);
  console.log(`| --- | ${tables.map(() => '---').join(' | ')} |`);
  const small = (name) => tables.every(([, table]) => (table.get(name) || 0) < 256);
  for (const [name] of [...owners].sort((a, b) => b[1] - a[1]).filter(([name]) => !small(name))) {
    console.log(`| ${name} | ${tables.map(([, table], i) => cell(table.get(name) || 0, totals[i])).join(' | ')} |`);
  }
  const rest = tables.map(([, table]) => [...table].filter(([name]) => small(name)).reduce((sum, [, bytes]) => sum + bytes, 0));
  console.log(`| everything under 256 B | ${rest.map((bytes, i) => cell(bytes, totals[i])).join(' | ')} |`);
  console.log(`| **total, raw** | ${totals.map((t) => `${(t / 1024).toFixed(1)} KiB`).join(' | ')} |`);
}
