// The configurator's contacts checker, off the page's main thread, so that a file of tens of
// megabytes or thousands of levels deep never freezes the page: it reads the file, checks it
// with the widget's own Rust checker (check_contacts, from the interface's wasm) and, when the
// checker could read it as JSON (within its size and depth limits), parses it for the form and
// finds where each value is in the text.
import init, { check_contacts } from './embed/glue.js';
import { locateValues } from './contacts-locate.js';

const ready = init({ module_or_path: new URL('embed/safe-exit.wasm', import.meta.url) });
/** The checker's report; `today` (the page's date) adds its warnings for entries verified
 *  more than six months before it. */
const check = (text, today) => JSON.parse(check_contacts(text, today));

self.onmessage = async ({ data }) => {
  await ready;
  const text = data.file ? await data.file.text() : data.text;
  const report = check(text, data.today);
  // Only errors that make the whole file unreadable (not JSON, too large or deep, not an
  // object) have no place.
  const readable = !report.problems.some((p) => p.index === null && p.path.length === 0 && p.severity === 'error');
  const answer = { id: data.id, report, value: null, places: [], length: text.length };
  if (readable) {
    answer.value = JSON.parse(text);
    answer.places = [...locateValues(text)];
  }
  // The text goes back when it can be shown and edited; a huge one stays here.
  answer.text = readable || text.length <= data.textLimit ? text : null;
  self.postMessage(answer);
};
