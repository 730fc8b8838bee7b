// The loader: the one script a partner page includes. It guards against Back first, arms the
// fallback link, defines <safe-exit>, then loads the wasm in two stages: the small first stage
// (safe-exit-core.wasm) arms the exit and the shortcut, and only then is the interface
// (safe-exit.wasm, several times larger) fetched, so that on a slow network it cannot delay
// the exit.
// Built into dist/embed/safe-exit.js after exit-core.js (scripts/build-dist.sh).

const ATTRIBUTES = ['exit-url', 'lang', 'src', 'region', 'shortcut', 'position', 'stealth', 'clear-storage', 'new-tab', 'third-party-src', 'catalogue'];

const leaving = guardPage();

// The guard (safe-exit-guard.js, a classic script in <head>) marks the page when it runs. A
// page with the snippet from before the guard (this file named in <head> with blocking="render")
// is told what to add, since without it Firefox can paint a page that Back brings up after an
// exit before this module runs (docs/embedding.md). A bundled loader is not named by the page.
const named = () => [...document.querySelectorAll('script[type="module"][blocking~="render"]')].some((script) => script.src === import.meta.url);
if (!leaving && !performance.getEntriesByName?.('safe-exit-guard', 'mark').length && named()) {
  console.warn(
    '<safe-exit>: add <script src=".../safe-exit-guard.js"></script> (beside safe-exit.js) to <head>, before safe-exit.js: without it, Firefox can show this page for a moment when Back brings it up after an exit.',
  );
}

// Before the widget is up (or when it cannot load), the partner's fallback link leaves the
// same way the widget does: page hidden, history entry replaced, no Referer. The destination
// passes the widget's own rule (checkUrl): one of the `exit-url` list when the whole list is
// valid, as the widget reads it, else the link's own href as written (a relative or `#` link
// resolves to this very site), else the built-in default.
function exitWithoutWidget(element) {
  const urls = (element.getAttribute('exit-url') || '').split(/[\t\n\f\r ]+/).filter(Boolean).map((url) => checkUrl(url, true));
  const listed = urls.length && urls.length <= 10 && urls.every(Boolean) ? urls[Math.floor(Math.random() * urls.length)] : null;
  const link = checkUrl(element.querySelector('a[href]')?.getAttribute('href') || '', true);
  exitTo(...[listed, link].filter(Boolean), DEFAULT_EXIT_URL);
}

// Heard for as long as the link can be seen, the interface's mounting included: it is shown
// through a slot until the interface has rendered its exit bar, and a tap on it meanwhile must
// not be a plain link that Back undoes. A link around the element is not its fallback link.
function onFallbackClick(event) {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || !this.contains(link) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  this.exit();
}

// The SHA-256 (hex) of each wasm file, written in by scripts/build-loader.sh from the files
// built beside it. Pinning the scripts with SRI does not cover the wasm they fetch: a swapped
// wasm is refused before it runs, and the page keeps the plain exit link.
const WASM_SHA256 = { core: 'SAFE_EXIT_CORE_WASM_SHA256', ui: 'SAFE_EXIT_UI_WASM_SHA256' };

// Each stage's module and wasm are named by literals, so that bundlers (Vite, webpack) see
// them, emit them and rewrite their URLs. The wasm is fetched in parallel with its JS glue,
// once per page; the interface is only asked for once the first stage has armed the exit.
const loadCore = once(() => instantiate(import('./core.js'), 'core.js', fetchWasm(new URL('./safe-exit-core.wasm', import.meta.url), WASM_SHA256.core)));
const loadWidget = once(() => instantiate(import('./glue.js'), 'glue.js', fetchWasm(new URL('./safe-exit.wasm', import.meta.url), WASM_SHA256.ui)));

function once(load) {
  let loaded;
  return () => (loaded ||= load());
}

// A file that is missing, or a module served with the wrong type, is named with the fix: the
// partner reads this in the console.
const BESIDE = 'Copy every file and folder of the bundle, keeping their names, to the folder your <script src> points at';

async function instantiate(glue, name, wasm) {
  wasm.catch(() => {}); // reported below, once the glue has loaded, not as an unhandled rejection
  const stage = await glue.catch((error) => {
    throw new Error(`${name} (beside safe-exit.js) could not be loaded: it is missing, or not served as text/javascript. ${BESIDE}, and serve .js files as text/javascript. (${error.message})`);
  });
  // The bundle's first stage has no copy of exit-core.js of its own (scripts/build-dist.sh):
  // it leaves through the loader's, the functions above. The Trunk development page's stage
  // still imports its own copy and has no useExit.
  stage.useExit?.({ leave, hidePage, remember });
  await stage.default({ module_or_path: wasm });
  return stage;
}

// WebAssembly.compileStreaming only takes a response of type application/wasm: with any other
// type the bytes are compiled the slower way, and the console says how to fix it. Either way
// the module is instantiated (run) only once its bytes have matched `sha256`; streaming, the
// bytes are hashed from a clone of the response while they compile.
async function fetchWasm(url, sha256) {
  const response = await fetch(url).catch((error) => {
    throw new Error(`${url} could not be fetched: ${error.message}. The Content-Security-Policy's connect-src must allow it.`);
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}. ${BESIDE}.`);
  const type = (response.headers.get('Content-Type') || '').trim();
  if (type.toLowerCase() === 'application/wasm' && WebAssembly.compileStreaming) {
    const bytes = response.clone().arrayBuffer();
    const module = WebAssembly.compileStreaming(response);
    module.catch(() => {}); // a module that does not match is reported as such, not as a rejection
    await verify(url, bytes, sha256);
    return module;
  }
  console.warn(`<safe-exit>: ${url} is served as ${type || 'no type'}; serve .wasm files as application/wasm, so that the browser can compile them while they download. Loading it the slower way.`);
  const bytes = await response.arrayBuffer();
  await verify(url, bytes, sha256);
  return bytes;
}

// Without a secure context (a plain http page) there is no crypto.subtle, and nothing to gain:
// whoever can swap the wasm there can swap this script too.
async function verify(url, bytes, sha256) {
  if (!crypto.subtle) return;
  const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', await bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (digest !== sha256) {
    throw new Error(`${url} is not the file this safe-exit.js was built with (its SHA-256 is ${digest}, not ${sha256}). ${BESIDE}, all from the same release.`);
  }
}

function failed(element, consequence) {
  return (error) => {
    element.dataset.state = 'degraded';
    console.error(`<safe-exit>: ${consequence}:`, error);
  };
}

// Each element's shadow root, closed, so that the page's own scripts (analytics, session
// replay) cannot read what the visitor opens or taps in it (docs/embedding.md, "Privacy").
// Kept here, not on the element, and kept across removals: a root cannot be attached twice.
// Attached as the element is upgraded, with the browser's own attachShadow as it was when the
// loader ran, so that a recorder that patches it later (an app module, a tag manager on load)
// is too late; until the interface is up, a slot shows the fallback link.
const roots = new WeakMap();
const attachShadow = Element.prototype.attachShadow;

function rootOf(element) {
  let root = roots.get(element);
  if (!root) {
    roots.set(element, (root = attachShadow.call(element, { mode: 'closed' })));
    root.append(document.createElement('slot'));
  }
  return root;
}
// The elements whose interface is up, for a failure of the interface (one wasm for them all).
const mounted = new Set();

// The interface's exit button is heard here, by its root in the capture phase, before the
// interface hears it: inside the root the click's target is the button itself, closed root or
// not, pointer, keyboard or script, and the exit starts in this listener, not after the
// interface has passed the click on through the element's exit() (docs/performance.md).
// Added before the interface renders, so that the button works from its first paint; the
// interface leaves the button to it (WidgetProps::button_heard). The class's own exit(), so
// that a host script that replaced the element's cannot stop the button. The click goes no
// further.
function onExitButtonClick(event) {
  if (!event.target.closest?.('[part="exit-button"]')) return;
  SafeExitElement.prototype.exit.call(this.host);
  event.stopImmediatePropagation();
}

// A host modal can make the exit button unreachable though the floating bar is still painted
// above it in the top layer: a consent banner or dialog library that sets `inert` on every
// other child of <body> (or on the element's ancestors), or a modal <dialog>. A tap then lands
// on the modal, so a click on the button's place exits all the same; only while the bar is in
// the top layer, where nothing of the page can be painted over the button. Heard on the window
// in the capture phase, before the modal's own listeners can stop it; cheapest test first,
// since it hears every click of the page.
function onUnreachableExitClick(event) {
  for (const element of mounted) {
    if (onPlaceOfUnreachableButton(element, event)) {
      event.stopImmediatePropagation();
      event.preventDefault();
      SafeExitElement.prototype.exit.call(element);
      return;
    }
  }
}

// An engine without :modal or :popover-open (Safari before 15.4 and 17) throws on them; it has
// no top layer for the bar either.
function onPlaceOfUnreachableButton(element, event) {
  try {
    if (!inert(element) && !event.target.closest?.(':modal')) return false;
    const button = roots.get(element)?.querySelector(':popover-open [part="exit-button"]');
    if (!button || event.composedPath().includes(element)) return false;
    const place = button.getBoundingClientRect();
    return event.clientX >= place.left && event.clientX <= place.right && event.clientY >= place.top && event.clientY <= place.bottom;
  } catch (_) {
    return false;
  }
}

// Whether `element` or an ancestor, across shadow roots, is inert.
function inert(element) {
  for (let node = element; node; node = node.parentNode || node.host) if (node.inert) return true;
  return false;
}

// The widget's links that open a tab of their own (the sources of its contacts and rights) are
// opened by openTab, so that the exit can close those tabs. A click with a modifier key, or a
// long press's "open in new tab", is the visitor's own, and the browser's.
function onNewTabLinkClick(event) {
  const link = event.target.closest?.('a[target="_blank"][href^="http"]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (openTab(link.href)) event.preventDefault();
}

function mountInterface(element, ui) {
  addEventListener('click', onUnreachableExitClick, true);
  const root = rootOf(element);
  root.addEventListener('click', onExitButtonClick, true);
  root.addEventListener('click', onNewTabLinkClick);
  ui.on_failure((message) => [...mounted].forEach((shown) => interfaceFailed(shown)(message)));
  element.widget = ui.mount(element, root);
  mounted.add(element);
  warnAboutReplayOnce();
}

// The interface failed after it was mounted: it is dropped, and the fallback link, which the
// first stage still arms, is shown in its place (through a slot, as while loading).
function interfaceFailed(element) {
  return (error) => {
    const widget = element.widget;
    element.widget = null;
    mounted.delete(element);
    try {
      if (widget) widget.destroy();
    } catch (_) {
      // A failed interface may fail to unmount too; the link is shown regardless.
    }
    const root = roots.get(element);
    if (root) root.replaceChildren(document.createElement('slot'));
    failed(element, 'the help panel failed; the exit link and the shortcut still work')(error);
  };
}

// The element's own fields, set only in this file (listed here rather than declared as class
// fields, which the minifier keeps: docs/decisions/2026-12-06-build-pin-and-glue.md):
//   armed   the first stage's exit of this element (core.js `Armed`): set once armed, null
//           once the element is removed;
//   widget  the interface in its shadow root (glue.js `mount`): set once mounted, null once
//           the element is removed or the interface has failed.
class SafeExitElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (!this.armed) this.dataset.state = 'loading';
    rootOf(this);
    this.addEventListener('click', onFallbackClick);
    loadCore().then((core) => {
      if (!this.isConnected || this.armed) return;
      this.armed = core.arm(this);
      loadWidget().then((ui) => {
        if (!this.isConnected || this.widget) return;
        try {
          mountInterface(this, ui);
        } catch (error) {
          interfaceFailed(this)(error);
        }
      }, failed(this, 'the help panel could not load; the exit link and the shortcut still work'));
    }, failed(this, 'the widget could not load; only the exit link works'));
  }

  // Not at once but after the current script: the element may be moving (removed and added
  // back in one go), and this may run inside the element's own exit, from a `safe-exit`
  // listener that removes it.
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected) return;
      const { widget, armed } = this;
      this.widget = this.armed = null;
      mounted.delete(this);
      if (armed) armed.destroy();
      try {
        if (widget) widget.destroy();
      } catch (error) {
        failed(this, 'the help panel could not be removed cleanly')(error);
      }
    });
  }

  // A host framework that writes the same values again on each render must not restart the
  // shortcut's count (the armed exit is armed anew on a change).
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (this.armed) this.armed.update();
    if (!this.widget) return;
    try {
      this.widget.update();
    } catch (error) {
      interfaceFailed(this)(error);
    }
  }

  /** Leaves now, exactly as the exit button does. */
  exit() {
    // A first stage that has trapped (panic = abort) must not take the exit with it.
    try {
      if (this.armed) return this.armed.exit();
    } catch (_) {}
    exitWithoutWidget(this);
  }
}

if (!leaving && !customElements.get('safe-exit')) {
  customElements.define('safe-exit', SafeExitElement);
}

/** Leaves now through the first <safe-exit> on the page. */
export function exit() {
  const element = document.querySelector('safe-exit');
  if (element && element.exit) element.exit();
  else exitTo(DEFAULT_EXIT_URL);
}

// Session replay records what a visitor does on the page and sends it elsewhere; on a page
// with this widget that can include a survivor's visit to the help. The partner is told once,
// in the console. The check only looks for the recorders' well-known globals and script
// addresses: it reads nothing of theirs and sends nothing, and runs when the page is idle.
// Each recorder: its name, its globals, and its script addresses.
const RECORDERS = [
  ['Yandex Metrica (Webvisor)', /^(ym|yaCounter\d+)$/, /\/\/mc\.yandex\./],
  ['Hotjar', /^hj$/, /hotjar\./],
  ['Microsoft Clarity', /^clarity$/, /clarity\.ms\//],
  ['FullStory', /^FS$/, /fullstory\./],
  ['LogRocket', /^LogRocket$/, /logrocket|lr-ingest/],
  ['Smartlook', /^smartlook$/, /smartlook\./],
  ['rrweb', /^rrweb$/, /rrweb/],
];
let replayChecked = false;

function replayRecorders() {
  const globals = Object.keys(window);
  const scripts = [...document.scripts].map((script) => script.src);
  return RECORDERS.filter(([, global, script]) => globals.some((name) => global.test(name)) || scripts.some((src) => script.test(src))).map(([name]) => name);
}

function warnAboutReplayOnce() {
  if (replayChecked) return;
  replayChecked = true;
  // Recorders are often added late, by a tag manager: the one look is taken after the load.
  const check = () =>
    idle(() => {
      const found = replayRecorders();
      if (found.length) {
        console.warn(`<safe-exit>: this page runs ${found.join(', ')}, which can record what visitors do here and send it to a third party; on a page with this widget that exposes survivors. Remove it from pages with the widget (see "Privacy" in the widget's embedding guide).`);
      }
    });
  if (document.readyState === 'complete') check();
  else addEventListener('load', check, { once: true });
}

function idle(task) {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}
