// Completes the npm package that wasm-pack built in pkg/ (the interface): adds the first stage
// from dist/embed (core.js, safe-exit-core.wasm), the loader (the same file as
// dist/embed/safe-exit.js, pointed at wasm-pack's file names) with its TypeScript types, the
// partner README, and makes the loader the package's entry point.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const core = readFileSync('static/exit-core.js', 'utf8').replace(/^export /gm, '');
const interfaceStage = "loader('./glue.js', 'safe-exit.wasm')";
const loader = readFileSync('static/loader.js', 'utf8');
if (!loader.includes(interfaceStage)) {
  throw new Error(`static/loader.js no longer says ${interfaceStage}: update scripts/finish-pkg.mjs`);
}
for (const file of ['core.js', 'safe-exit-core.wasm']) copyFileSync(`dist/embed/${file}`, `pkg/${file}`);
writeFileSync('pkg/safe-exit.js', `${core}\n${loader.replace(interfaceStage, "loader('./safe_exit.js', 'safe_exit_bg.wasm')")}`);
writeFileSync('pkg/safe-exit.d.ts', `/** Defines <safe-exit>; every element on the page is upgraded. */

/** Leaves now through the first <safe-exit> on the page, as its exit button does. */
export function exit(): void;

/** The <safe-exit> element. Attributes are documented in docs/embedding.md. */
export interface SafeExitElement extends HTMLElement {
  /** Leaves now, as the exit button does. */
  exit(): void;
  /** "loading", "ready" (the exit is armed) or "degraded" (armed; something failed, see the console). */
  readonly dataset: DOMStringMap & { state?: 'loading' | 'ready' | 'degraded' };
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-exit': SafeExitElement;
  }
  interface HTMLElementEventMap {
    /** Dispatched just before leaving; detail is the destination URL. Nothing waits for listeners. */
    'safe-exit': CustomEvent<string>;
  }
}
`);
writeFileSync('pkg/README.md', readFileSync('pkg-README.md', 'utf8'));

const manifest = JSON.parse(readFileSync('pkg/package.json', 'utf8'));
manifest.name = 'safe-exit';
manifest.files = [...new Set([...(manifest.files || []), 'safe-exit.js', 'safe-exit.d.ts', 'core.js', 'safe-exit-core.wasm', 'snippets'])];
manifest.module = 'safe-exit.js';
manifest.main = 'safe-exit.js';
manifest.types = 'safe-exit.d.ts';
manifest.exports = {
  '.': { types: './safe-exit.d.ts', default: './safe-exit.js' },
  './safe_exit_bg.wasm': './safe_exit_bg.wasm',
  './safe-exit-core.wasm': './safe-exit-core.wasm',
};
manifest.sideEffects = ['./safe-exit.js', './snippets/*'];
writeFileSync('pkg/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log('pkg/: safe-exit.js (loader), core.js and safe-exit-core.wasm (first stage), safe-exit.d.ts, README.md, package.json');
