// The settings page: checks a contacts file with the widget's own rules (check_contacts, from
// the interface's wasm) before the form is sent, showing each problem with its place, and
// keeps the preview's attributes in step with the form.

const script = document.getElementById('safe-exit-settings-js-module');
const text = JSON.parse(script.dataset.text);
const form = document.getElementById('safe-exit-settings');
const report = document.getElementById('safe-exit-contacts-report');
const pasted = document.getElementById('safe_exit_contacts_json');
const upload = document.getElementById('safe_exit_contacts_file');

// The same module the preview's loader imports (same URL), so the wasm is fetched once. Loaded
// with the page, so that checking on submit needs no wait.
let checkContacts = null;
const checker = import(script.dataset.glue)
  .then(async (glue) => {
    await glue.default({ module_or_path: fetch(script.dataset.wasm) });
    checkContacts = glue.check_contacts;
  })
  .catch(() => {});

function customChosen() {
  return form.querySelector('input[name="safe_exit_contacts_source"]:checked')?.value === 'custom';
}

/** Shows the report; returns whether the file may be saved (no errors). */
function show(result) {
  report.replaceChildren();
  const summary = document.createElement('p');
  summary.textContent = result.errors ? `${text.blocked} (${result.summary})` : `${text.ok} (${result.summary})`;
  report.className = `notice inline ${result.errors ? 'notice-error' : result.warnings ? 'notice-warning' : 'notice-success'}`;
  report.append(summary);
  if (result.problems.length) {
    const list = document.createElement('ul');
    for (const problem of result.problems) {
      const item = document.createElement('li');
      const place = problem.place ? `${problem.place}: ` : '';
      item.textContent = `${text[problem.severity]}: ${place}${problem.message}`;
      item.dataset.severity = problem.severity;
      list.append(item);
    }
    report.append(list);
  }
  return result.errors === 0;
}

/** Checks the file and shows the report; true when it may be sent. */
function check(contents) {
  if (!checkContacts) {
    // The server still refuses what it can check; the widget checks the file again on load.
    report.className = 'notice inline notice-warning';
    report.textContent = text.noCheck;
    return true;
  }
  // Today's date (the admin's clock) adds the checker's warning for entries verified more than
  // six months ago.
  return show(JSON.parse(checkContacts(contents, new Date().toISOString().slice(0, 10))));
}

// An uploaded file is read into the text box, so that it is checked and seen before saving.
upload.addEventListener('change', async () => {
  const file = upload.files[0];
  if (!file) return;
  pasted.value = await file.text();
  await checker;
  check(pasted.value);
});
pasted.addEventListener('change', () => pasted.value.trim() && checker.then(() => check(pasted.value)));

// The saved file is checked when the page opens too: its entries age while nobody edits it,
// and the checker warns of those verified more than six months ago.
checker.then(() => customChosen() && pasted.value.trim() && check(pasted.value));

form.addEventListener('submit', (event) => {
  if (customChosen() && pasted.value.trim() && !check(pasted.value)) event.preventDefault();
});

// The preview follows the form; its position and shortcut stay fixed (see the page's note).
const preview = document.querySelector('#safe-exit-preview safe-exit');
const attributes = {
  safe_exit_exit_urls: (field) => ['exit-url', field.value.trim().split(/\s+/).join(' ')],
  safe_exit_lang: (field) => ['lang', field.value],
  safe_exit_clear_storage: (field) => ['clear-storage', field.value],
  safe_exit_stealth: (field) => ['stealth', field.checked ? '' : null],
  safe_exit_new_tab: (field) => ['new-tab', field.checked ? '' : null],
};
form.addEventListener('input', (event) => {
  const attribute = preview && attributes[event.target.name];
  if (!attribute) return;
  const [name, value] = attribute(event.target);
  if (value === null || value === '') preview.removeAttribute(name);
  else preview.setAttribute(name, value);
});
