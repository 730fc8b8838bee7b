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

function onFallbackClick(event) {
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || this.widget || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  this.exit();
}

// Each stage's wasm is fetched in parallel with its JS glue, once per page.
function loader(glue, wasm) {
  let loaded;
  return () =>
    (loaded ||= (() => {
      const module = fetch(new URL(wasm, import.meta.url));
      return import(glue).then(async (stage) => {
        await stage.default({ module_or_path: module });
        return stage;
      });
    })());
}
const loadCore = loader('./core.js', 'safe-exit-core.wasm');
const loadWidget = loader('./glue.js', 'safe-exit.wasm');

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
