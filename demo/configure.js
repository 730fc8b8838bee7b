// The configurator: the partner picks options, sees the real widget live, and copies the exact
// snippet. Served under the strict Content-Security-Policy (no inline script or style): the
// page only sets attributes and text, never a style attribute.
//
// Every attribute value is checked by the widget itself: its first stage (embed/core.js)
// exports `check_attribute`, which returns the warning the widget would write to the console
// (src/config.rs), so that a value marked fine here is one the widget accepts. What this file
// checks on its own is advice (it works, but think again) and the bundle folder, which is not
// an attribute.
//
// The page speaks Kazakh, Russian or English (configure-language.js); what it writes into the
// snippet is the same in every language.
import { UI_PARAM, applyTexts, chosenLanguage, text, textsIn } from './configure-language.js';
import { setEditorTexts } from './contacts-editor.js';

/** The fallback link's text: the widget's own exit label. Automatic falls back to Russian. */
const EXIT_TEXT = { kk: 'Беттен шығу', ru: 'Покинуть страницу', en: 'Exit this page', auto: 'Покинуть страницу' };
const STATES = ['loading', 'ready', 'degraded'];

const $ = (id) => document.getElementById(id);
/** The configurator's language, and its text of `key` filled with `values`. */
let uiLang = chosenLanguage();
const t = (key, values) => text(key, uiLang, values);

/** The built-in directory's services, once read: where the region suggestions come from. */
let builtInServices = [];
const form = $('options');

// ---- Checks (problem: the widget refuses the value; advice: it works, but think again) ----

/**
 * The widget's own rules, from its first stage: `check(name, value)` is the warning the
 * widget would give for that attribute value, or null. Until the first stage is up, every
 * value counts as refused.
 */
let rules = {
  check: () => t('page.check.loading'),
  defaultExitUrl: null,
};
const ruleLoaded = new Promise((loaded) => {
  const armed = () => [...document.querySelectorAll('safe-exit')].some((e) => e.dataset.state && e.dataset.state !== 'loading');
  if (armed()) loaded();
  new MutationObserver(() => armed() && loaded()).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
}).then(async () => {
  // The loader has started this module already: importing it again gives the same instance.
  const core = await import('./embed/core.js');
  rules = { check: (name, value) => core.check_attribute(name, value) || null, defaultExitUrl: core.default_exit_url() };
  // Says the checks are the widget's own from now on (tests wait for it).
  form.dataset.checks = 'ready';
});

function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** What the widget says of the attribute `name` with `value`: as a problem, or none. */
function widgetSays(name, value) {
  const warning = rules.check(name, value);
  return { problems: warning ? [warning] : [], advice: [] };
}

function checkExitUrls(urls) {
  if (!urls.length) {
    return { problems: [], advice: [rules.defaultExitUrl ? t('page.exit.empty-url', { url: rules.defaultExitUrl }) : t('page.exit.empty-default')] };
  }
  const { problems, advice } = widgetSays('exit-url', urls.join(' '));
  if (problems.length) return { problems, advice };
  for (const url of urls) {
    const host = hostOf(url);
    if (/^http:/i.test(url)) advice.push(t('page.exit.http', { url }));
    if (/(^|\.)(google|yandex|bing|yahoo|duckduckgo|mail)\.[a-z.]+$/.test(host) && /[/?&](search|q=|text=)/i.test(url)) {
      advice.push(t('page.exit.search', { url }));
    } else if (/(^|\.)(youtube\.com|youtu\.be)$/.test(host)) {
      advice.push(t('page.exit.youtube', { url }));
    }
    if (host && host === location.hostname) advice.push(t('page.exit.same-site', { url }));
  }
  return { problems, advice };
}

function checkSrc(value) {
  const { problems, advice } = widgetSays('src', value);
  if (problems.length) return { problems, advice };
  if (/^https?:/i.test(value)) {
    advice.push(t('page.src.other-origin'));
  } else if (!value.startsWith('/')) {
    advice.push(t('page.src.relative'));
  }
  return { problems, advice };
}

/** A folder of the site the snippet is pasted into: a path, with no scheme and no host. */
const isSitePath = (value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[/\\]{2}/.test(value) && !/[\s<>"'`\\]/.test(value);

/** A static host of the partner's own on another address (release/INSTALL.md, "Files on a
 *  separate static host"): https, or http on this computer for testing. */
const isOtherHost = (value) =>
  (/^https:\/\/[^/?#\\]+\//i.test(value) || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(value)) && URL.canParse(value);

// The snippet's script runs with the partner's pages' rights, and whoever serves it sees who
// visits them: it is written for a folder of the partner's own site, or, said loudly in the
// snippet itself, for an https host the partner types in; never for anything else.
function checkBundle(value) {
  const problems = [];
  const advice = [];
  if (!value) problems.push(t('page.bundle.missing'));
  else if (/[\s<>"'`\\]/.test(value)) problems.push(t('page.bundle.characters', { value }));
  else if (isOtherHost(value)) advice.push(otherHostWarning(value, uiLang));
  else if (!isSitePath(value)) {
    problems.push(t('page.bundle.not-site', { value }));
  } else if (!value.startsWith('/')) {
    advice.push(t('page.bundle.relative'));
  }
  return { problems, advice };
}

/** The warning for a bundle on another host, in `lang`: the page's language next to the field,
 *  English in the snippet, which is the same whatever the page's language. */
const otherHostWarning = (value, lang) => text('page.bundle.other-host', lang, { host: new URL(value).host });

// ---- The chosen configuration ----

function readState() {
  const controls = form.elements;
  let bundle = $('bundle').value.trim();
  if (bundle && !bundle.endsWith('/')) bundle += '/';
  return {
    lang: $('lang').value,
    exitUrls: $('exit-url').value.split(/[\t\n\f\r ]+/).filter(Boolean),
    shortcut: controls.namedItem('shortcut').value,
    position: controls.namedItem('position').value,
    stealth: $('stealth').checked,
    newTab: $('new-tab').checked,
    clearStorage: $('clear-storage').value,
    data: controls.namedItem('data').value,
    src: $('src').value.trim(),
    region: $('region').value.trim(),
    bundle,
  };
}

/** The element's attributes, in the order the widget documents them; defaults left out. */
function attributes(state) {
  const list = [];
  if (state.exitUrls.length) list.push(['exit-url', state.exitUrls.join(' ')]);
  if (state.lang !== 'auto') list.push(['lang', state.lang]);
  if (state.data === 'url' && state.src) list.push(['src', state.src]);
  if (state.region) list.push(['region', state.region]);
  if (state.shortcut !== 'shift3') list.push(['shortcut', state.shortcut]);
  if (state.position !== 'auto') list.push(['position', state.position]);
  if (state.stealth) list.push(['stealth', '']);
  if (state.clearStorage !== 'none') list.push(['clear-storage', state.clearStorage]);
  if (state.newTab) list.push(['new-tab', '']);
  return list;
}

/** Where the fallback link goes: the first destination the widget would accept, else its
 *  default (until the widget is up, the first one as written). */
function fallbackUrl(state) {
  const first = state.exitUrls[0];
  if (!rules.defaultExitUrl) return first || '#';
  return first && checkExitUrls(state.exitUrls).problems.length === 0 ? first : rules.defaultExitUrl;
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The snippet: the guard and the loader for <head> with the hints that fetch the first stage beside it (about
 * 0.1 s sooner armed on 3G, docs/performance.md), a blank line, then the element for the start of <body>.
 */
function snippet(state) {
  const attrs = attributes(state)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const head = checkBundle(state.bundle).problems.length
    ? ['<!-- In <head>: nothing yet. Give the folder of your own site where the widget’s files are, above. -->']
    : [
        isOtherHost(state.bundle) ? `<!-- ${otherHostWarning(state.bundle, 'en').replace(/--/g, '- -')} -->` : null,
        '<!-- In <head>: -->',
        `<script src="${escapeAttribute(`${state.bundle}safe-exit-guard.js`)}"></script>`,
        `<script type="module" src="${escapeAttribute(`${state.bundle}safe-exit.js`)}" blocking="render"></script>`,
        `<link rel="modulepreload" href="${escapeAttribute(`${state.bundle}core.js`)}">`,
        `<link rel="preload" href="${escapeAttribute(`${state.bundle}safe-exit-core.wasm`)}" as="fetch" crossorigin>`,
      ].filter((line) => line !== null);
  return [
    ...head,
    '',
    '<!-- First thing in <body>: -->',
    `<safe-exit${attrs}>`,
    `  <a href="${escapeAttribute(fallbackUrl(state))}" rel="noreferrer">${escapeText(EXIT_TEXT[state.lang] || EXIT_TEXT.auto)}</a>`,
    '</safe-exit>',
  ].join('\n');
}

// ---- Showing it ----

function report(field, { problems, advice }) {
  const control = $(field);
  const out = $(`${field}-problem`);
  out.textContent = [...problems, ...advice].join(' ');
  out.classList.toggle('is-error', problems.length > 0);
  out.classList.toggle('is-advice', problems.length === 0 && advice.length > 0);
  if (problems.length) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  return problems.length;
}

// The attributes whose field shows the widget's warning next to it; a warning about any other
// attribute (a choice from a list) is shown with the snippet.
const CHECKED_IN_FIELD = ['exit-url', 'src', 'region'];

function validate(state) {
  let errors = 0;
  errors += report('exit-url', checkExitUrls(state.exitUrls));
  errors += state.data === 'url' ? report('src', checkSrc(state.src)) : report('src', { problems: [], advice: [] });
  errors += report('region', state.region ? widgetSays('region', state.region) : { problems: [], advice: [] });
  errors += report('bundle', checkBundle(state.bundle));
  const others = attributes(state).filter(([name]) => !CHECKED_IN_FIELD.includes(name)).flatMap(([name, value]) => widgetSays(name, value).problems);
  errors += others.length;
  $('snippet-problems').textContent = [
    refusedBundle === null ? '' : t('page.snippet.refused-bundle', { value: refusedBundle }),
    errors ? t('page.snippet.has-problem') : '',
    ...others,
  ].join(' ').trim();
  return errors;
}

/** Every choice as text, under the names of the attributes (plus data and bundle). */
function serialize(state) {
  return {
    lang: state.lang,
    'exit-url': state.exitUrls.join(' '),
    shortcut: state.shortcut,
    position: state.position,
    stealth: state.stealth ? 'on' : 'off',
    'new-tab': state.newTab ? 'on' : 'off',
    'clear-storage': state.clearStorage,
    data: state.data,
    src: state.src,
    region: state.region,
    bundle: state.bundle,
  };
}

/** Keeps the choices that differ from the defaults in the address, so that the page can be
 *  opened again with them (after trying the exit, for instance). */
function remember(state) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(serialize(state))) {
    if (value !== initial[name]) params.set(name, value);
  }
  const ui = new URLSearchParams(location.search).get(UI_PARAM);
  if (ui) params.set(UI_PARAM, ui);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** A `bundle` the page's own link asked for, not used since it is not a folder of this site. */
let refusedBundle = null;

function restore() {
  const params = new URLSearchParams(location.search);
  if (params.has('bundle') && !isSitePath(params.get('bundle').trim())) {
    refusedBundle = params.get('bundle');
    params.delete('bundle');
  }
  const select = (id) => {
    if ([...$(id).options].some((o) => o.value === params.get(id))) $(id).value = params.get(id);
  };
  const radio = (name) => {
    const input = form.querySelector(`input[name="${name}"][value="${CSS.escape(params.get(name))}"]`);
    if (input) input.checked = true;
  };
  const text = (id) => ($(id).value = params.get(id));
  const toggle = (id) => ($(id).checked = params.get(id) === 'on');
  const readers = {
    lang: select, 'clear-storage': select,
    shortcut: radio, position: radio, data: radio,
    src: text, region: text, bundle: text,
    stealth: toggle, 'new-tab': toggle,
    'exit-url': (id) => ($(id).value = params.get(id).split(/\s+/).filter(Boolean).join('\n')),
  };
  for (const [name, read] of Object.entries(readers)) if (params.has(name)) read(name);
}

// The live widget: a fresh <safe-exit> for each configuration, so that what shows is exactly
// what a page with the snippet would show. The loader (embed/safe-exit.js) is loaded once, by
// this page's <head>, and upgrades each new element.
let stateObserver;
/** Shows the live widget's state, in the page's language. */
let showState = () => {};
// The contacts editor (contacts-editor.js) asks for the file being edited in the preview: a
// path on this origin that its service worker answers.
let editedSrc = null;
document.addEventListener('safe-exit-contacts-preview', (event) => {
  editedSrc = event.detail.src;
  preview(readState());
});
function preview(state) {
  const element = document.createElement('safe-exit');
  for (const [name, value] of attributes(state)) {
    // A contacts file elsewhere cannot be fetched from this page (its CSP allows only this
    // origin); it is loaded once the snippet is on your site.
    if (name === 'src' && new URL(value, location.href).origin !== location.origin) continue;
    element.setAttribute(name, value);
  }
  if (editedSrc) element.setAttribute('src', editedSrc);
  const link = document.createElement('a');
  link.href = fallbackUrl(state);
  link.rel = 'noreferrer';
  link.textContent = EXIT_TEXT[state.lang] || EXIT_TEXT.auto;
  element.append(link);

  const sample = $('sample');
  const old = sample.querySelector('safe-exit');
  if (old) old.replaceWith(element);
  else sample.prepend(element);

  stateObserver?.disconnect();
  showState = () => {
    const state = element.dataset.state || 'loading';
    $('state').value = STATES.includes(state) ? t(`page.state.${state}`) : state;
  };
  stateObserver = new MutationObserver(showState);
  stateObserver.observe(element, { attributes: true, attributeFilter: ['data-state'] });
  showState();
}

let shownSnippet = '';
let previewTimer;
function update({ now = true } = {}) {
  const state = readState();
  $('src-field').hidden = state.data !== 'url';
  validate(state);
  const text = snippet(state);
  if (text !== shownSnippet) {
    $('snippet').textContent = text;
    $('copy-status').textContent = '';
    shownSnippet = text;
    remember(state);
    clearTimeout(previewTimer);
    // While typing, wait for a pause before rebuilding the widget.
    previewTimer = setTimeout(() => preview(state), now ? 0 : 400);
  }
}

function selectSnippet() {
  const range = document.createRange();
  range.selectNodeContents($('snippet'));
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copy() {
  const text = $('snippet').textContent;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = t('page.copied');
  } catch {
    // No clipboard access (an http:// address, or permission refused): select it instead.
    selectSnippet();
    $('copy-status').textContent = t('page.selected');
  }
}

/** Writes the page in `lang`: its own texts, the contacts editor's, and what the script wrote. */
function showLanguage(lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  applyTexts(document, lang);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === lang));
  setEditorTexts(lang, textsIn(lang, 'editor.'));
  showState();
  showRegions();
  $('copy-status').textContent = '';
  validate(readState());
}

/** The switcher: the page in another language, kept in the address with the other choices. */
for (const button of document.querySelectorAll('[data-ui-lang]')) {
  button.addEventListener('click', () => {
    const params = new URLSearchParams(location.search);
    params.set(UI_PARAM, button.dataset.uiLang);
    history.replaceState(null, '', `?${params}`);
    showLanguage(button.dataset.uiLang);
  });
}

showLanguage(uiLang);
const initial = serialize(readState());
restore();
ruleLoaded.then(() => {
  shownSnippet = '';
  update();
});
// Once the folder is edited, the link's refused one is no longer news.
$('bundle').addEventListener('input', () => (refusedBundle = null));
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => update({ now: !event.target.matches('input[type="text"], textarea') }));
form.addEventListener('change', () => update());
$('copy').addEventListener('click', copy);
update();

/** The region codes the built-in directory has, each with the town its first entry names (in
 *  the page's language): the suggestions for "Area shown first", read from the data instead of
 *  a list kept by hand. */
function showRegions() {
  const list = $('regions');
  list.replaceChildren();
  for (const { region, area } of builtInServices) {
    if (!region || list.querySelector(`option[value="${CSS.escape(region)}"]`)) continue;
    const option = document.createElement('option');
    option.value = region;
    option.textContent = area?.[uiLang] ?? area?.en ?? region;
    list.append(option);
  }
}

async function listRegions() {
  const response = await fetch('data/kz.json').catch(() => null);
  if (!response?.ok) return;
  ({ services: builtInServices = [] } = await response.json().catch(() => ({})));
  showRegions();
}
listRegions();
