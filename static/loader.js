// The loader: the one script a partner page includes. It guards against Back first, arms the
// fallback link, defines <safe-exit>, and only then starts loading the wasm widget.
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
  exitWithoutWidget(this);
}

let widgetModule;
function loadWidget() {
  if (!widgetModule) {
    const wasm = fetch(new URL('safe-exit.wasm', import.meta.url)); // in parallel with the glue
    widgetModule = import('./glue.js').then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
  }
  return widgetModule;
}

class SafeExitElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    if (!this.widget) this.dataset.state = 'loading';
    this.addEventListener('click', onFallbackClick);
    loadWidget().then(
      (glue) => {
        if (this.isConnected && !this.widget) this.widget = glue.mount(this);
      },
      (error) => {
        this.dataset.state = 'degraded';
        console.error('<safe-exit>: the widget could not load, so only the exit link works:', error);
      },
    );
  }

  disconnectedCallback() {
    if (this.widget) {
      this.widget.destroy();
      this.widget = null;
    }
  }

  attributeChangedCallback() {
    if (this.widget) this.widget.update();
  }

  /** Leaves now, exactly as the exit button does. */
  exit() {
    if (this.widget) this.widget.exit();
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
