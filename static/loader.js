// The loader: the one script a partner page includes. It guards against Back first, arms the
// fallback link, defines <safe-exit>, then loads the wasm in two stages: the small first stage
// (safe-exit-core.wasm) arms the exit and the shortcut, and only then is the interface
// (safe-exit.wasm, several times larger) fetched, so that on a slow network it cannot delay
// the exit.
// Built into dist/embed/safe-exit.js after exit-core.js (scripts/build-dist.sh).

const ATTRIBUTES = ['exit-url', 'lang', 'src', 'region', 'shortcut', 'position', 'stealth', 'clear-storage', 'new-tab'];
const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

const leaving = guardPage();

// Before the widget is up (or when it cannot load), the partner's fallback link leaves the
// same way the widget does: page hidden, history entry replaced, no Referer.
// Only web addresses: a javascript: link must not run by way of the exit.
function exitWithoutWidget(element) {
  const web = (url) => /^https?:\/\//i.test(url);
  const link = element.querySelector('a[href]');
  const first = (element.getAttribute('exit-url') || '').trim().split(/\s+/)[0];
  const url = link && web(link.href) ? link.href : /^https:\/\//i.test(first) ? first : DEFAULT_EXIT_URL;
  exitTo(url);
}

function onFallbackClick(event) {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || this.widget || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  this.exit();
}

// Each stage's module and wasm are named by literals, so that bundlers (Vite, webpack) see
// them, emit them and rewrite their URLs. The wasm is fetched in parallel with its JS glue,
// once per page; the interface is only asked for once the first stage has armed the exit.
const loadCore = once(() => instantiate(import('./core.js'), 'core.js', fetchWasm(new URL('./safe-exit-core.wasm', import.meta.url))));
const loadWidget = once(() => instantiate(import('./glue.js'), 'glue.js', fetchWasm(new URL('./safe-exit.wasm', import.meta.url))));

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
  await stage.default({ module_or_path: wasm });
  return stage;
}

// WebAssembly.instantiateStreaming only takes a response of type application/wasm: with any
// other type the bytes are compiled the slower way, and the console says how to fix it.
async function fetchWasm(url) {
  const response = await fetch(url).catch((error) => {
    throw new Error(`${url} could not be fetched: ${error.message}. The Content-Security-Policy's connect-src must allow it.`);
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}. ${BESIDE}.`);
  const type = (response.headers.get('Content-Type') || '').trim();
  if (type.toLowerCase() === 'application/wasm') return response;
  console.warn(`<safe-exit>: ${url} is served as ${type || 'no type'}; serve .wasm files as application/wasm, so that the browser can compile them while they download. Loading it the slower way.`);
  return response.arrayBuffer();
}

function failed(element, consequence) {
  return (error) => {
    element.dataset.state = 'degraded';
    console.error(`<safe-exit>: ${consequence}:`, error);
  };
}

class SafeExitElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (!this.armed) this.dataset.state = 'loading';
    this.addEventListener('click', onFallbackClick);
    loadCore().then((core) => {
      if (!this.isConnected || this.armed) return;
      this.armed = core.arm(this);
      loadWidget().then((ui) => {
        if (this.isConnected && !this.widget) this.widget = ui.mount(this);
      }, failed(this, 'the help panel could not load; the exit link and the shortcut still work'));
    }, failed(this, 'the widget could not load; only the exit link works'));
  }

  disconnectedCallback() {
    for (const part of [this.widget, this.armed]) if (part) part.destroy();
    this.widget = this.armed = null;
  }

  attributeChangedCallback() {
    if (this.armed) this.armed.update();
    if (this.widget) this.widget.update();
  }

  /** Leaves now, exactly as the exit button does. */
  exit() {
    if (this.armed) this.armed.exit();
    else exitWithoutWidget(this);
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
