// The contacts editor of the configurator: check a contacts file, edit it through a form, preview
// it in the live widget and download it. Everything stays in this page: no upload, no storage.
//
// Every verdict and message comes from the widget's own Rust checker, `check_contacts`, exported
// by the interface's wasm (embed/glue.js) and run in a worker (contacts-check-worker.js): the same
// lines `check-data` prints, in English. This script only places them (next to the field, and at
// a JSON path and line:column in the text). Its own texts are given by the page that hosts it
// (setEditorTexts): the configurator gives them from configure-texts.js.
import { format } from './configure-language.js';
import { describeBySlots, element, serviceCard } from './contacts-form.js';

const $ = (id) => document.getElementById(id);
const SCHEMA = 'safe-exit/directory/v1';
/** Longest text put into the text box: a larger file is still checked, but shown there it
 *  would make the page unresponsive. */
const TEXT_BOX_LIMIT = 2 << 20;
const CHECK_DELAY_MS = 250;

/** The editor's texts (the `editor.` keys of configure-texts.js) in the language `textsLang`. */
let texts = null;
let textsLang = 'en';
/** The text of `key`, filled with `values`. */
function t(key, values = {}) {
  if (!texts?.[key]) throw new Error(`contacts-editor.js has no text "${key}": give it with setEditorTexts`);
  return format(texts[key], values, textsLang);
}

const checker = new Worker(new URL('contacts-check-worker.js', import.meta.url), { type: 'module' });

/** The file being edited: its text is the truth; `model` is its parsed form when the form can
 *  edit it (an object whose `services` is an array of objects). Unknown fields are kept. */
let text = '';
let model = null;
/** What the file is called ("none yet", a new file, an opened file's name), in the editor's language. */
let fileLabel = () => t('editor.no-file');
/** The checker's last answer, shown again in another language. */
let lastAnswer = null;

function showFileLabel(label) {
  fileLabel = label;
  $('contacts-file-name').textContent = label();
}

const today = () => new Date().toISOString().slice(0, 10);
const emptyService = () => ({
  id: '',
  name: {},
  kind: 'crisis_centre',
  contacts: [{ type: 'voice', value: '' }],
  source: { url: '', title: '' },
  verified: today(),
});

function editable(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray(value.services) &&
    value.services.every((s) => s !== null && typeof s === 'object' && !Array.isArray(s))
  );
}

// ---- Loading a file ----

/** A new file: from the text box (`fromTextBox`), as text, or as a File the worker reads. */
function load(newText, { fromTextBox = false, file = null } = {}) {
  text = newText;
  model = null;
  if (!fromTextBox) $('contacts-text').value = text;
  $('contacts-text').placeholder = '';
  renderForm();
  if (file) check({ file });
  else scheduleCheck(0);
}

function openFile(file) {
  if (!file) return;
  showFileLabel(() => t('editor.opened-file', { name: file.name, n: file.size }));
  $('contacts-problems').replaceChildren();
  load('', { file });
}

function startEmpty() {
  showFileLabel(() => t('editor.new-file'));
  load(JSON.stringify({ schema: SCHEMA, updated: today(), services: [emptyService()] }, null, 2) + '\n');
}

async function startBuiltIn() {
  showFileLabel(() => t('editor.builtin-file'));
  const response = await fetch(new URL('data/kz.json', import.meta.url)).catch(() => null);
  if (!response?.ok) {
    $('contacts-status').textContent = t('editor.builtin-failed');
    return;
  }
  load(await response.text());
}

/** The model, written back as the file's text (two-space indents, as the built-in file), with
 *  today as the date it was last changed. */
function serialize() {
  const { schema, updated, ...rest } = model;
  model = { schema, updated: today(), ...rest };
  text = JSON.stringify(model, null, 2) + '\n';
  $('contacts-text').value = text;
  scheduleCheck();
}

// ---- Checking ----

let checkTimer;
let lastRequest = 0;
/** Asks the worker to check `message` (a text or a file) now, or after `delay` ms; any answer
 *  to an earlier request is ignored from now on, since it is about a text since changed. */
function check(message, delay = 0) {
  clearTimeout(checkTimer);
  const id = ++lastRequest;
  $('contacts-status').textContent = t('editor.checking');
  delete $('contacts-status').dataset.verdict;
  checkTimer = setTimeout(() => checker.postMessage({ ...message, id, textLimit: TEXT_BOX_LIMIT, today: today() }), delay);
}

/** Checks the text once typing pauses. */
function scheduleCheck(delay = CHECK_DELAY_MS) {
  check({ text }, delay);
}

checker.addEventListener('message', ({ data }) => {
  if (data.id !== lastRequest) return;
  if (data.text === null) {
    text = '';
    $('contacts-text').placeholder = t('editor.too-large', { n: data.length });
  } else if (data.text !== text) {
    text = data.text;
    $('contacts-text').value = text;
  }
  lastAnswer = data;
  showReport(data);
  // A page with a preview of its own (the WordPress plugin's settings) follows the checked text.
  document.dispatchEvent(new CustomEvent('safe-exit-contacts-checked', { detail: { text, report: data.report } }));
  notifyPreview();
});
checker.addEventListener('error', (event) => {
  $('contacts-status').textContent = t('editor.checker-failed', { reason: event.message || t('editor.no-reason') });
});

/** A path of segments (member names and array indices) as text: `services[0].contacts[1].value`,
 *  as contacts-locate.js names the places it finds. */
const pathText = (segments) => segments.reduce((text, s) => (typeof s === 'number' ? `${text}[${s}]` : text ? `${text}.${s}` : s), '');

/** Each problem with the index of its service in the file (or null), the field's path from
 *  the service, and the path from the file's top: all given by the checker as data. */
function placeProblems(report) {
  return report.problems.map((problem) => {
    const service = problem.index;
    const segments = service === null ? problem.path : ['services', service, ...problem.path];
    return { ...problem, service, field: problem.path, segments };
  });
}

/** Shows the worker's answer: the report, and the form when the file can be edited in it. */
function showReport({ report, value, places: placeList }) {
  const places = new Map(placeList);
  if (!model) {
    if (editable(value)) model = value;
    renderForm();
  }
  const problems = placeProblems(report);

  $('contacts-status').textContent = summary(report);
  $('contacts-status').dataset.verdict = report.errors ? 'errors' : report.warnings ? 'warnings' : 'valid';
  $('contacts-download').disabled = report.valid === 0;

  const list = $('contacts-problems');
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.className = problem.severity === 'error' ? 'is-error' : 'is-advice';
      // A missing field has no place of its own: the nearest enclosing value's is given.
      let where;
      for (let n = problem.segments.length; n > 0 && !(where = places.get(pathText(problem.segments.slice(0, n)))); n--);
      const path = pathText(problem.segments);
      if (path || where) {
        const place = document.createElement('span');
        place.className = 'place';
        place.textContent = [path, where && t('editor.line-column', where)].filter(Boolean).join(' · ');
        item.append(place, ' ');
      }
      const line = document.createElement('span');
      line.className = 'line';
      line.textContent = problem.line;
      item.append(line);
      const slot = problem.service === null ? null : slotFor(problem.service, problem.field);
      if (slot) {
        const go = element('button', { type: 'button', class: 'small link' }, t('editor.go-to-field'));
        go.addEventListener('click', () => {
          const control = controlFor(slot, problem.field);
          slot.scrollIntoView({ block: 'center' });
          control?.focus({ preventScroll: true });
        });
        item.append(' ', go);
      }
      return item;
    }),
  );

  for (const slot of document.querySelectorAll('#contacts-services .problem')) {
    slot.textContent = '';
    slot.className = 'problem';
  }
  for (const control of document.querySelectorAll('#contacts-services [aria-invalid]')) control.removeAttribute('aria-invalid');
  for (const problem of problems) {
    if (problem.service === null) continue;
    const slot = slotFor(problem.service, problem.field);
    if (!slot) continue;
    slot.textContent = [slot.textContent, problem.message].filter(Boolean).join(' ');
    if (problem.severity === 'error') slot.classList.add('is-error');
    else if (!slot.classList.contains('is-error')) slot.classList.add('is-advice');
    if (problem.severity === 'error') controlFor(slot, problem.field)?.setAttribute('aria-invalid', 'true');
  }
}

/** The checker's verdict from its counts, as its summary line says it in English: "1 service
 *  valid; 9 errors, 4 warnings". */
function summary({ valid, errors, warnings }) {
  return t('editor.summary', {
    valid: t('editor.summary.valid', { n: valid }),
    errors: t('editor.summary.errors', { n: errors }),
    warnings: t('editor.summary.warnings', { n: warnings }),
  });
}

/** The control a problem is about, in the group of its slot: a contact's type or its value. */
function controlFor(slot, field) {
  const group = slot.closest('.editor-field, .service');
  return (field.length > 1 && field.at(-1) === 'type' && group?.querySelector('select')) || group?.querySelector('input, textarea') || group?.querySelector('select');
}

/** The problem slot next to a field of a service (its path from the service): contacts 1's
 *  `value` goes to contact 1, `source`'s `url` to the source, an unknown field to the service
 *  as a whole. */
function slotFor(index, field) {
  const card = document.querySelector(`#contacts-services [data-service="${index}"]`);
  if (!card) return null;
  const [first = '', second] = field;
  if (first === 'contacts' && typeof second === 'number') return card.querySelector(`[data-slot="contacts[${second}]"]`) || card.querySelector('[data-slot="contacts"]');
  return card.querySelector(`[data-slot="${CSS.escape(pathText(field))}"]`) || card.querySelector(`[data-slot="${CSS.escape(String(first))}"]`) || card.querySelector('[data-slot=""]');
}

// ---- The form (its controls: contacts-form.js) ----

function renderForm() {
  const container = $('contacts-services');
  const editing = model !== null;
  $('contacts-form').hidden = !editing;
  $('contacts-not-editable').hidden = editing || !text;
  if (!editing) {
    container.replaceChildren();
    return;
  }
  const form = { t, lang: textsLang, services: model.services, changed: serialize, rerender: renderForm };
  container.replaceChildren(...model.services.map((service, i) => serviceCard(form, service, i)));
  describeBySlots(container);
}

// ---- Download and preview ----

function download() {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = element('a', { href: url, download: 'contacts.json', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The preview's widget loads contacts-preview/edited.json, which the service worker
 *  (contacts-preview-sw.js) answers with `text`, asked of this page each time. */
const PREVIEW_SRC = new URL('contacts-preview/edited.json', location.href).pathname;
const PREVIEW_WORKER = new URL('contacts-preview-sw.js', location.href).href;
// The worker's scope is this page's own address, never the site's: a partner who hosts the
// configurator keeps their own service worker for every other page (one for the same scope
// would be replaced by ours), and no other tab of the site is claimed.
const PREVIEW_SCOPE = new URL(location.pathname, location.href).href;
let previewGeneration = 0;
let workerReady = null;

const isPreviewWorker = (registration) =>
  [registration.installing, registration.waiting, registration.active].some((worker) => worker?.scriptURL === PREVIEW_WORKER);

/**
 * Has the preview's worker control this page, and unregisters it as soon as it does: it keeps
 * serving this page until the page is closed or reloaded, and nothing of it is left
 * registered afterwards, whether the preview is unticked, the page reloaded or the tab closed.
 */
async function previewWorker() {
  if (!('serviceWorker' in navigator)) throw new Error(t('editor.preview.no-workers'));
  const container = navigator.serviceWorker;
  const controlled = () => container.controller?.scriptURL === PREVIEW_WORKER;
  workerReady ||= (async () => {
    await leftWorkersRemoved;
    if (controlled()) return;
    const existing = await container.getRegistration(PREVIEW_SCOPE);
    if (existing && existing.scope === PREVIEW_SCOPE && !isPreviewWorker(existing)) {
      throw new Error(t('editor.preview.site-worker'));
    }
    const claimed = new Promise((done) => {
      const listener = () => controlled() && (container.removeEventListener('controllerchange', listener), done());
      container.addEventListener('controllerchange', listener);
    });
    const registration = await container.register(PREVIEW_WORKER, { scope: PREVIEW_SCOPE });
    if (!controlled()) await claimed;
    await registration.unregister();
  })();
  workerReady.catch(() => (workerReady = null));
  return workerReady;
}

/** Removes what an earlier visit may have left: the preview's worker, registered by a version
 *  of this page that did not unregister it at once (at the site's own scope, even). */
async function removeLeftWorkers() {
  const registrations = (await navigator.serviceWorker?.getRegistrations()) || [];
  await Promise.all(registrations.filter(isPreviewWorker).map((registration) => registration.unregister()));
}
const leftWorkersRemoved = removeLeftWorkers().catch(() => {});

async function notifyPreview() {
  if (!$('contacts-preview')?.checked || !text) return;
  try {
    await previewWorker();
    $('contacts-preview-status').textContent = '';
  } catch (error) {
    $('contacts-preview-status').textContent = t('editor.preview-failed', { reason: error.message });
    return;
  }
  // A new address each time, so that the widget loads the file again.
  const src = `${PREVIEW_SRC}?v=${++previewGeneration}`;
  document.dispatchEvent(new CustomEvent('safe-exit-contacts-preview', { detail: { src } }));
}

/** Back to the options' own contacts (the worker, already unregistered, goes with the page). */
function stopPreview() {
  document.dispatchEvent(new CustomEvent('safe-exit-contacts-preview', { detail: { src: null } }));
}

function showPreviewIn(lang) {
  const chooser = $('lang');
  chooser.value = lang;
  chooser.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Gives the editor its texts in `lang` (the `editor.` keys of configure-texts.js, each a text or
 * its plural forms), and shows in them what it shows already. A page that hosts the editor calls
 * it before anything else; the configurator again when its language changes.
 */
export function setEditorTexts(lang, editorTexts) {
  texts = editorTexts;
  textsLang = lang;
  $('contacts-file-name').textContent = fileLabel();
  renderForm();
  if (lastAnswer) showReport(lastAnswer);
}

// ---- Wiring ----

// The preview's service worker asks for the text each time the widget loads it.
navigator.serviceWorker?.addEventListener('message', (event) => {
  if (event.data?.type === 'safe-exit-contacts-preview') event.ports[0]?.postMessage(text);
});

$('contacts-new').addEventListener('click', startEmpty);
$('contacts-builtin').addEventListener('click', startBuiltIn);
$('contacts-open').addEventListener('change', (event) => openFile(event.target.files[0]));
const drop = $('contacts-drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('is-over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('is-over');
  openFile(event.dataTransfer.files[0]);
});
$('contacts-text').addEventListener('input', (event) => load(event.target.value, { fromTextBox: true }));
$('contacts-add').addEventListener('click', () => {
  model.services.push(emptyService());
  renderForm();
  serialize();
});
$('contacts-download').addEventListener('click', download);
$('contacts-preview')?.addEventListener('change', (event) => (event.target.checked ? notifyPreview() : stopPreview()));
for (const button of document.querySelectorAll('[data-preview-lang]')) {
  button.addEventListener('click', () => showPreviewIn(button.dataset.previewLang));
}
