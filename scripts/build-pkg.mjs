// Builds the npm package in pkg/ from the partner bundle in dist/embed: the same files under
// the same names (the loader names its siblings by literals, which bundlers follow), with
// TypeScript types, the partner README, the licences and a package.json whose version is the
// crate's.
//   node scripts/build-pkg.mjs [OUT]    (OUT defaults to pkg)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectHome } from './project-home.mjs';

/** The crate's version, from Cargo.toml: the package, the release and the crate share it. */
export function version() {
  const match = readFileSync('Cargo.toml', 'utf8').match(/^version = "([^"]+)"$/m);
  if (!match) throw new Error('Cargo.toml has no version line');
  return match[1];
}

const TYPES = `/** Defines <safe-exit>; every element on the page is upgraded. The API is docs/api.md. */

/** Leaves now through the first <safe-exit> on the page, as its exit button does. */
export function exit(): void;

/** The <safe-exit> element. */
export interface SafeExitElement extends HTMLElement {
  /** Leaves now, as the exit button does. */
  exit(): void;
  /** "loading", "ready" (the exit is armed) or "degraded" (something failed, see the console). */
  readonly dataset: DOMStringMap & { state?: 'loading' | 'ready' | 'degraded' };
}

/** The \`safe-exit\` event: dispatched just before leaving; detail is the destination URL. Nothing waits for listeners. */
export interface SafeExitEventMap {
  'safe-exit': CustomEvent<string>;
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-exit': SafeExitElement;
  }
  // It bubbles and is composed: the element, the document and the window all hear it.
  interface HTMLElementEventMap extends SafeExitEventMap {}
  interface DocumentEventMap extends SafeExitEventMap {}
  interface WindowEventMap extends SafeExitEventMap {}
}
`;

/** Writes the package into `out` from the bundle in `embed`; returns `out`. */
export function buildPackage(out = 'pkg', embed = 'dist/embed') {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(embed, out, { recursive: true });
  writeFileSync(`${out}/safe-exit.d.ts`, TYPES);
  cpSync('pkg-README.md', `${out}/README.md`);
  for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) cpSync(licence, `${out}/${licence}`);
  const home = projectHome();
  const manifest = {
    name: 'safe-exit',
    version: version(),
    description: 'A quick-exit and safety widget for websites serving survivors of domestic violence: the <safe-exit> custom element',
    license: 'MIT OR Apache-2.0',
    keywords: ['quick-exit', 'safety', 'domestic-violence', 'custom-element', 'webassembly'],
    // The project's home, once decided (project-home.json): left out while it is not.
    ...(home.homepage && { homepage: home.homepage }),
    ...(home.issues && { bugs: { url: home.issues } }),
    ...(home.repository && { repository: { type: 'git', url: `git+${home.repository}` } }),
    type: 'module',
    // Importing the package defines <safe-exit> (`import 'safe-exit'`): bundlers must keep it.
    sideEffects: true,
    main: './safe-exit.js',
    module: './safe-exit.js',
    types: './safe-exit.d.ts',
    exports: {
      '.': { types: './safe-exit.d.ts', default: './safe-exit.js' },
      './package.json': './package.json',
    },
    files: ['safe-exit.js', 'safe-exit.d.ts', 'core.js', 'safe-exit-core.wasm', 'glue.js', 'safe-exit.wasm', 'safe-exit-guard.js', 'LICENSE-MIT', 'LICENSE-APACHE'],
  };
  writeFileSync(`${out}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = buildPackage(process.argv[2]);
  console.log(`${out}/: the bundle of dist/embed (safe-exit.js is the entry point), safe-exit.d.ts, README.md, the licences, package.json`);
}
