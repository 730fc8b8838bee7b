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

/** A problem's place when it names a service: `service #2, field `x`` or `service "id", …`. */
const SERVICE_PLACE = /^service (?:#\d+|"[^"]*"), field `.*`$/;

/**
 * How the problems named by an id that several services share divide among them, in file
 * order: each one's own problems (found by checking it alone), plus the checker's error for
 * each one that repeats the id of an earlier valid service. Entries [id, [{ index, count }]].
 */
function sharedIds(root, today) {
  const ids = root.services.map((s) => (typeof s?.id === 'string' ? s.id : null));
  const queues = [];
  for (const id of new Set(ids.filter((id, i) => id !== null && ids.indexOf(id) !== i))) {
    const queue = [];
    let earlierValid = false;
    ids.forEach((other, index) => {
      if (other !== id) return;
      const alone = check(JSON.stringify({ ...root, services: [root.services[index]] }), today);
      const own = alone.problems.filter((p) => SERVICE_PLACE.test(p.place)).length;
      queue.push({ index, count: own + (earlierValid && alone.valid > 0 ? 1 : 0) });
      earlierValid ||= alone.valid > 0;
    });
    queues.push([id, queue]);
  }
  return queues;
}

self.onmessage = async ({ data }) => {
  await ready;
  const text = data.file ? await data.file.text() : data.text;
  const report = check(text, data.today);
  // Only errors that make the whole file unreadable (not JSON, too large or deep, not an
  // object) have no place.
  const readable = !report.problems.some((p) => p.place === '' && p.severity === 'error');
  const answer = { id: data.id, report, value: null, places: [], shared: [], length: text.length };
  if (readable) {
    answer.value = JSON.parse(text);
    answer.places = [...locateValues(text)];
    if (Array.isArray(answer.value.services)) answer.shared = sharedIds(answer.value, data.today);
  }
  // The text goes back when it can be shown and edited; a huge one stays here.
  answer.text = readable || text.length <= data.textLimit ? text : null;
  self.postMessage(answer);
};
