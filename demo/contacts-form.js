// The contacts editor's form (contacts-editor.js): one card per service, each control bound to
// the service it edits, and a problem slot beside each group where the checker's messages go.
// `form` is what the editor gives: its texts (`t`, `lang`), the file's `services`, `changed()`
// after an edit and `rerender()` after a change of shape (a contact or a service added, moved,
// removed).

const LANGS = ['kk', 'ru', 'en'];
const KINDS = ['hotline', 'crisis_centre', 'shelter', 'legal_aid', 'online', 'police', 'emergency'];
const CONTACT_TYPES = ['voice', 'sms', 'whatsapp', 'telegram', 'email', 'web'];
const FLAGS = ['free', 'accepts_new_residents', 'accessible', 'online_consultations'];

let uid = 0;
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Where the checker's messages about `name` are shown; the controls of the group it closes
 *  are described by it (see describeBySlots). */
function problemSlot(name) {
  return element('p', { id: `contacts-problem-${++uid}`, class: 'problem', 'data-slot': name, 'aria-live': 'polite' });
}

/** Each control is described by the problem slot of its group, so a screen reader reads the
 *  checker's message with the field. */
export function describeBySlots(container) {
  for (const slot of container.querySelectorAll('[data-slot]')) {
    for (const control of slot.parentElement.querySelectorAll(':scope > .editor-input > :is(input, select, textarea), :scope > :is(input, select, textarea)')) {
      control.setAttribute('aria-describedby', slot.id);
    }
  }
}

/** A labelled text input bound to `get`/`set` on the model. */
function textInput(form, label, value, set, { type = 'text', hint = '', wide = false } = {}) {
  const id = `contacts-input-${++uid}`;
  const input = element(type === 'textarea' ? 'textarea' : 'input', {
    id,
    type: type === 'textarea' ? undefined : type,
    rows: type === 'textarea' ? 2 : undefined,
    spellcheck: type === 'textarea' ? undefined : 'false',
    autocomplete: 'off',
    class: wide ? 'wide' : undefined,
  });
  input.value = value ?? '';
  input.addEventListener('input', () => {
    set(input.value);
    form.changed();
  });
  return element('div', { class: 'editor-input' }, element('label', { for: id }, label), input, hint ? element('span', { class: 'hint' }, hint) : '');
}

function select(form, label, options, value, set) {
  const id = `contacts-input-${++uid}`;
  const control = element('select', { id }, ...options.map(([v, text]) => element('option', { value: v }, text)));
  control.value = value;
  control.addEventListener('change', () => {
    set(control.value);
    form.changed();
  });
  return element('div', { class: 'editor-input' }, element('label', { for: id }, label), control);
}

/** A text in kk/ru/en: empty languages are left out, and an empty text removes the field. */
function translated(form, owner, key, label, { type = 'text' } = {}) {
  const set = (lang) => (value) => {
    const text = { ...(typeof owner[key] === 'object' && owner[key] ? owner[key] : {}) };
    if (value.trim()) text[lang] = value;
    else delete text[lang];
    if (Object.keys(text).length) owner[key] = text;
    else delete owner[key];
  };
  const current = typeof owner[key] === 'object' && owner[key] ? owner[key] : {};
  return element(
    'fieldset',
    { class: 'editor-field translated' },
    element('legend', {}, label),
    ...LANGS.map((lang) => textInput(form, form.t(`editor.lang.${lang}`), current[lang], set(lang), { type })),
    problemSlot(key),
  );
}

function field(slot, ...children) {
  return element('div', { class: 'editor-field' }, ...children, problemSlot(slot));
}

function flagSelect(form, service, key, label) {
  const value = service[key] === true ? 'yes' : service[key] === false ? 'no' : '';
  return field(
    key,
    select(form, label, [['', form.t('editor.not-stated')], ['yes', form.t('editor.yes')], ['no', form.t('editor.no')]], value, (v) => {
      if (v === '') delete service[key];
      else service[key] = v === 'yes';
    }),
  );
}

function contactRow(form, service, index) {
  const { t } = form;
  const contact = service.contacts[index];
  const remove = element('button', { type: 'button', class: 'small' }, t('editor.remove'));
  remove.addEventListener('click', () => {
    service.contacts.splice(index, 1);
    form.rerender();
    form.changed();
  });
  return element(
    'div',
    { class: 'editor-field contact', 'data-contact': index },
    select(form, t('editor.contact-type'), CONTACT_TYPES.map((type) => [type, t(`editor.contact.${type}`)]), contact.type, (v) => (contact.type = v)),
    textInput(form, t('editor.contact-value'), contact.value, (v) => (contact.value = v), { wide: true }),
    remove,
    problemSlot(`contacts[${index}]`),
  );
}

/** The card of `service`, the `index`th of the file's services. */
export function serviceCard(form, service, index) {
  const { t } = form;
  const count = form.services.length;
  const card = element('fieldset', { class: 'service', 'data-service': index });
  const title = service.name?.[form.lang] || service.name?.en || service.name?.ru || service.name?.kk || service.id || t('editor.new-service');
  const move = (by, label) => {
    const button = element('button', { type: 'button', class: 'small', disabled: index + by < 0 || index + by >= count }, label);
    button.addEventListener('click', () => {
      const [moved] = form.services.splice(index, 1);
      form.services.splice(index + by, 0, moved);
      form.rerender();
      form.changed();
    });
    return button;
  };
  const remove = element('button', { type: 'button', class: 'small' }, t('editor.remove-service'));
  remove.addEventListener('click', () => {
    form.services.splice(index, 1);
    form.rerender();
    form.changed();
  });
  if (!Array.isArray(service.contacts)) service.contacts = [];
  const addContact = element('button', { type: 'button', class: 'small' }, t('editor.add-contact'));
  addContact.addEventListener('click', () => {
    service.contacts.push({ type: 'voice', value: '' });
    form.rerender();
    form.changed();
  });
  const source = typeof service.source === 'object' && service.source ? service.source : (service.source = {});
  card.append(
    element('legend', {}, `${index + 1}. ${title}`),
    element('div', { class: 'service-actions' }, move(-1, t('editor.move-up')), move(1, t('editor.move-down')), remove),
    problemSlot(''),
    translated(form, service, 'name', t('editor.name')),
    field('kind', select(form, t('editor.kind'), KINDS.map((kind) => [kind, t(`editor.kind.${kind}`)]), service.kind, (v) => (service.kind = v))),
    field(
      'id',
      textInput(form, t('editor.id'), service.id, (v) => (service.id = v), { hint: t('editor.id-hint') }),
    ),
    element(
      'fieldset',
      { class: 'editor-field contacts' },
      element('legend', {}, t('editor.reach')),
      element('p', { class: 'hint' }, t('editor.reach-hint')),
      ...service.contacts.map((_, i) => contactRow(form, service, i)),
      addContact,
      problemSlot('contacts'),
    ),
    field(
      'region',
      textInput(form, t('editor.region'), service.region, (v) => {
        if (v.trim()) service.region = v;
        else delete service.region;
      }, { hint: t('editor.region-hint') }),
    ),
    translated(form, service, 'area', t('editor.area')),
    translated(form, service, 'hours', t('editor.hours')),
    ...FLAGS.map((key) => flagSelect(form, service, key, t(`editor.flag.${key}`))),
    field(
      'languages',
      textInput(form, t('editor.languages'), (Array.isArray(service.languages) ? service.languages : []).join(' '), (v) => {
        const codes = v.split(/[\s,]+/).filter(Boolean);
        if (codes.length) service.languages = codes;
        else delete service.languages;
      }, { hint: t('editor.languages-hint') }),
    ),
    translated(form, service, 'notes', t('editor.notes'), { type: 'textarea' }),
    element(
      'fieldset',
      { class: 'editor-field' },
      element('legend', {}, t('editor.source')),
      element('p', { class: 'hint' }, t('editor.source-hint')),
      textInput(form, t('editor.source-url'), source.url, (v) => (source.url = v), { type: 'url', wide: true }),
      textInput(form, t('editor.source-title'), source.title, (v) => (source.title = v), { wide: true }),
      problemSlot('source'),
    ),
    field('verified', textInput(form, t('editor.verified'), service.verified, (v) => (service.verified = v), { type: 'date' })),
  );
  return card;
}
