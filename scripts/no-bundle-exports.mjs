// Fails when the wasm file given exports one of the partner bundle's entry points (the two
// entry crates' `mount`, `Mounted`, `arm`, `Armed`, `check_attribute`, `default_exit_url`,
// `check_contacts`): the library must export nothing to JavaScript, so a Yew app that depends on it
// carries none of them. Reads the module's export section, not its bytes, since a debug build
// names the library's own functions (check_contacts_json) in its debug information.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const entryPoint = /(^|_)(mount(ed)?|arm(ed)?|check_attribute|default_exit_url|check_contacts)(_(update|destroy|exit|free))?(_[0-9a-f]{16})?$/;
const names = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(file))).map((e) => e.name);
const found = names.filter((name) => entryPoint.test(name));
if (found.length) {
  console.error(`${file} exports the partner bundle's entry points: ${found.join(', ')}`);
  process.exit(1);
}
console.log(`${file}: none of the bundle's entry points among its ${names.length} exports`);
