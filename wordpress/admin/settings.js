// The settings page: mounts the configurator's contacts editor (contacts-editor.js) on the
// contacts field, checks the file with the widget's own rules (check_contacts, from the
// interface's wasm) before the form is sent, showing each problem with its place, and keeps the
// preview in step with the form and with the file being edited.

const script = document.getElementById('safe-exit-settings-js-module');
const text = JSON.parse(script.dataset.text);
const form = document.getElementById('safe-exit-settings');
const report = document.getElementById('safe-exit-contacts-report');
// The editor's text box, which the form sends as the contacts option.
const pasted = document.getElementById('contacts-text');

// The same module the preview's loader imports (same URL), so the wasm is fetched once. Loaded
// with the page, so that checking on submit needs no wait.
let checkContacts = null;
const checker = import(script.dataset.glue)
  .then(async (glue) => {
    await glue.default({ module_or_path: fetch(script.dataset.wasm) });
    checkContacts = glue.check_contacts;
  })
  .catch(() => {});

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

// The editor opens the saved file, as if it had been typed into its text box: its entries age
// while nobody edits it, and the checker warns of those verified more than six months ago.
// Where the editor cannot load, its text box is still the plain field the form sends.
// Its own texts come from the configurator's catalogue, in the admin's language.
Promise.all([import(script.dataset.editor), import(new URL('configure-language.js', script.dataset.editor).href)]).then(
  ([editor, language]) => {
    editor.setEditorTexts(script.dataset.lang, language.textsIn(script.dataset.lang, 'editor.'));
    if (pasted.value.trim()) pasted.dispatchEvent(new Event('input'));
  },
  () => {},
);

// The text is saved whichever contacts are chosen, and the server would refuse it with its
// errors and drop the edit: it is kept on the page instead, with the report.
form.addEventListener('submit', (event) => {
  if (pasted.value.trim() && !check(pasted.value)) event.preventDefault();
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

// The preview shows the file being edited once the checker finds no error in it: kept on the
// server as this administrator's draft (admin/draft.php) and loaded by the widget from there,
// as the front end loads the saved file.
const previewNote = document.getElementById('safe-exit-preview-note');
let draftGeneration = 0;
document.addEventListener('safe-exit-contacts-checked', async ({ detail }) => {
  if (!preview || detail.report.errors || !detail.report.valid) return;
  const generation = ++draftGeneration;
  const sent = await fetch(script.dataset.draft, { method: 'POST', body: new URLSearchParams({ contacts: detail.text }) }).catch(() => null);
  if (!sent?.ok || generation !== draftGeneration) return;
  // A new address each time, so that the widget loads the file again.
  preview.setAttribute('src', `${script.dataset.draft}&v=${generation}`);
  previewNote.textContent = text.draft;
});
