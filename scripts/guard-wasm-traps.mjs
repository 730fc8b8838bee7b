// Gives a wasm-bindgen glue (--target web) an `on_failure(report)` export: `report` is called
// with the error once the wasm has trapped. The interface is built to abort on panic
// (scripts/build-dist.sh), and an aborted instance cannot go on: its borrows and its renderer
// are left half-done. The loader (static/loader.js) then drops the interface and shows the
// fallback link, which the first stage still arms. Every entry into the wasm, from the loader or
// from an event or timer of the widget, is a call of one of its exports through the glue's
// `wasm` object, so wrapping those functions sees every trap, whatever the panic strategy.
//   node scripts/guard-wasm-traps.mjs GLUE
// GLUE is rewritten in place; fails, leaving it as it was, when it does not have the one
// assignment of the instance's exports this expects, so that a new wasm-bindgen version cannot
// silently drop the guard.
import { readFileSync, writeFileSync } from 'node:fs';

const [glueFile] = process.argv.slice(2);
const glue = readFileSync(glueFile, 'utf8');
const assignment = /\bwasm = instance\.exports;/g;
const found = glue.match(assignment) || [];
if (found.length !== 1) {
  console.error(`${glueFile}: expected one \`wasm = instance.exports;\`, found ${found.length} (scripts/guard-wasm-traps.mjs)`);
  process.exit(1);
}

// The report waits for the stack to unwind: a trap can surface inside a call that the wasm
// itself made into JavaScript, and the report calls back into the wasm to unmount it.
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
/** Has \`report\` called with the error once the wasm has trapped (scripts/guard-wasm-traps.mjs). */
export function on_failure(report) {
  reportTrap = report;
}
`;
writeFileSync(glueFile, glue.replace(assignment, 'wasm = guardTraps(instance.exports);') + guard);
