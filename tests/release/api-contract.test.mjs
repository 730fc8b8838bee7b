// docs/api.md is the public API: every name it documents must exist in the code, and every
// name of that kind in the code must be documented. The names are read from where the code
// defines them (the Rust source, the loader, the widget's stylesheet, the built bundle), not
// from a list kept by hand, so an attribute, part, property or event added on one side only
// fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const read = (path) => readFileSync(path, 'utf8');
const EMBED = join(process.env.SAFE_EXIT_DIST || 'dist', 'embed');

/** Every .rs file under `dir`. */
const rustFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : path.endsWith('.rs') ? [path] : [];
  });
const RUST = rustFiles('src').map((path) => ({ path, text: read(path) }));
const LOADER = read('static/loader.js');
const EXIT_CORE = read('static/exit-core.js');

const all = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1]);
const sorted = (names) => [...new Set(names)].sort();

/** docs/api.md's sections, each with the names in the first column of its tables. */
function documented() {
  const sections = {};
  let current = null;
  for (const line of read('docs/api.md').split('\n')) {
    const heading = line.match(/^## (.+)$/);
    if (heading) sections[(current = heading[1].replaceAll('`', ''))] = { names: [], text: '' };
    else if (current) {
      sections[current].text += `${line}\n`;
      const row = line.match(/^\| `([^`]+)` \|/);
      if (row) sections[current].names.push(row[1]);
    }
  }
  return sections;
}
const DOCS = documented();
const docNames = (section) => {
  assert.ok(DOCS[section], `docs/api.md has no section "## ${section}"`);
  return sorted(DOCS[section].names);
};

function assertSameNames(kind, inCode, inDocs) {
  const missingFromDocs = inCode.filter((name) => !inDocs.includes(name));
  const missingFromCode = inDocs.filter((name) => !inCode.includes(name));
  assert.deepEqual(
    { missingFromDocs, missingFromCode },
    { missingFromDocs: [], missingFromCode: [] },
    `${kind}: the code and docs/api.md disagree (code: ${inCode.join(', ')})`,
  );
}

test('attributes: the Rust config, the loader and docs/api.md name the same ones', () => {
  const config = read('src/config.rs').match(/ATTRIBUTES[^=]*=\s*\[([^\]]*)\]/);
  assert.ok(config, 'src/config.rs defines ATTRIBUTES');
  const rust = sorted(all(config[1], /"([^"]+)"/g));
  const loader = LOADER.match(/const ATTRIBUTES = \[([^\]]*)\]/);
  assert.ok(loader, 'static/loader.js defines ATTRIBUTES');
  assert.deepEqual(sorted(all(loader[1], /'([^']+)'/g)), rust, 'the loader observes the attributes the Rust config reads');
  assertSameNames('attributes', rust, docNames('Attributes'));
});

test('data-state: the values the Rust code and the loader set are the documented ones', () => {
  const rust = RUST.flatMap(({ text }) => all(text, /State::\w+ => "([a-z-]+)"/g));
  const loader = all(LOADER, /dataset\.state = '([a-z-]+)'/g);
  assert.ok(rust.length && loader.length, 'found where data-state is set');
  assertSameNames('data-state values', sorted([...rust, ...loader]), docNames('data-state'));
});

test('events: every event the code dispatches is documented, as API or as internal', () => {
  const constants = Object.fromEntries(RUST.flatMap(({ text }) => [...text.matchAll(/const (\w+): &str = "([^"]+)"/g)].map((m) => [m[1], m[2]])));
  const rust = RUST.flatMap(({ text }) =>
    all(text, /CustomEvent::new\w*\(\s*("[^"]+"|[A-Z_]+)/g).map((name) => (name.startsWith('"') ? name.slice(1, -1) : constants[name])));
  const js = [LOADER, EXIT_CORE].flatMap((text) => all(text, /new CustomEvent\('([^']+)'/g));
  const inCode = sorted([...rust, ...js]);
  assert.ok(inCode.includes('safe-exit'), `the safe-exit event is dispatched (found ${inCode})`);
  const internal = DOCS.Events.text.match(/Internal events, \*\*not\*\* API: (.*)/);
  assert.ok(internal, 'docs/api.md lists the internal events');
  const publicEvents = docNames('Events');
  assertSameNames('events', inCode, sorted([...publicEvents, ...all(internal[1], /`([^`]+)`/g)]));
});

test('JavaScript API: the loader\'s exports and the element\'s methods are the documented ones', () => {
  const exports = all(LOADER, /^export function (\w+)/gm).map((name) => `${name}()`);
  const element = LOADER.match(/class SafeExitElement extends HTMLElement \{([\s\S]*?)\n\}/);
  assert.ok(element, 'static/loader.js defines class SafeExitElement');
  const methods = all(element[1], /^ {2}(\w+)\([^)]*\) \{/gm).filter((name) => !/Callback$/.test(name)).map((name) => `<safe-exit>.${name}()`);
  assertSameNames('JavaScript API', sorted([...exports, ...methods]), docNames('JavaScript API'));
});

test('parts: every part="…" in the components is documented, and every documented part exists', () => {
  assertSameNames('parts', sorted(RUST.flatMap(({ text }) => all(text, /\bpart="([a-z-]+)"/g))), docNames('Parts'));
});

test('custom properties: the --safe-exit-* properties the stylesheet reads are the documented ones', () => {
  const css = read('static/widget.css').replace(/\/\*[\s\S]*?\*\//g, '');
  const rust = RUST.flatMap(({ text }) => all(text, /(--safe-exit-[a-z][a-z-]*)/g));
  assertSameNames('custom properties', sorted([...all(css, /(--safe-exit-[a-z][a-z-]*)/g), ...rust]), docNames('Custom properties'));
});

test('data format: the schema name the reader accepts is the documented one', () => {
  const schema = read('src/directory/format.rs').match(/pub const SCHEMA: &str = "([^"]+)"/);
  assert.ok(schema, 'src/directory/format.rs defines SCHEMA');
  assertSameNames('data formats', [schema[1]], docNames('Data format'));
});

test('bundle files: the built bundle holds exactly the documented files', () => {
  const built = readdirSync(EMBED).map((name) => (statSync(join(EMBED, name)).isDirectory() ? `${name}/` : name));
  assertSameNames(`files in ${EMBED}`, sorted(built), docNames('Bundle files'));
});
