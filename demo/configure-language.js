// The configurator's own language (not the widget's, which is one of its options): asked for by
// the address (?ui=kk|ru|en), else the first of the browser's languages it has, else Russian,
// as the widget chooses. The texts are in configure-texts.js; the page's elements name theirs
// with data-text (content) and data-text-label (aria-label).
import { TEXTS } from './configure-texts.js';

/** The languages the configurator speaks, in the order its switcher shows them. */
export const LANGUAGES = ['kk', 'ru', 'en'];
/** The address's parameter for the configurator's language (`lang` is the widget's). */
export const UI_PARAM = 'ui';

/** The primary subtag of a language tag such as `kk-KZ`, if the configurator speaks it. */
const spoken = (tag) => LANGUAGES.find((lang) => lang === String(tag).toLowerCase().split(/[-_]/)[0]);

/** The language the address asks for, else the browser's, else Russian. */
export function chosenLanguage() {
  return spoken(new URLSearchParams(location.search).get(UI_PARAM)) || (navigator.languages || [navigator.language]).map(spoken).find(Boolean) || 'ru';
}

/**
 * `template` (a text, or its plural forms chosen by `values.n`) in `lang`, with each {name}
 * replaced by `values[name]`; a {name} without a value is left as it is.
 */
export function format(template, values, lang) {
  const text = typeof template === 'string' ? template : template[new Intl.PluralRules(lang).select(values.n)] ?? template.other;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The text of `key` in `lang`, filled with `values`. */
export function text(key, lang, values = {}) {
  const entry = TEXTS[key];
  if (!entry) throw new Error(`configure-texts.js has no text "${key}"`);
  return format(entry[lang], values, lang);
}

/** Every text whose key starts with `prefix`, in `lang`, not yet filled: e.g. the contacts
 *  editor's (`editor.`), for `startContactsEditor`. */
export function textsIn(lang, prefix) {
  return Object.fromEntries(Object.entries(TEXTS).filter(([key]) => key.startsWith(prefix)).map(([key, entry]) => [key, entry[lang]]));
}

/** Writes the texts of `root`'s elements in `lang`: {0}, {1}… in a text are the element's own
 *  child elements, which stay (with their own texts). */
export function applyTexts(root, lang) {
  for (const element of root.querySelectorAll('[data-text]')) {
    const children = [...element.children];
    const parts = text(element.dataset.text, lang).split(/\{(\d+)\}/);
    element.replaceChildren(...parts.map((part, i) => (i % 2 ? children[Number(part)] : part)));
  }
  for (const element of root.querySelectorAll('[data-text-label]')) element.setAttribute('aria-label', text(element.dataset.textLabel, lang));
}
