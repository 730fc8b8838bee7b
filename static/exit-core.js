// The exit's effects on the page, written once and used twice: by the loader (safe-exit.js),
// which must work before and without the wasm, and by the wasm widget (as a wasm-bindgen
// snippet), so that hiding, remembering and leaving behave the same either way.

// The only thing Safe Exit ever stores: in this tab, where the visitor left to.
const MARK = 'safe-exit:left';

// Pages of this site kept in the back/forward cache listen here; Chromium evicts a cached page
// that receives a message, so after an exit Back must load it anew, and the guard stops it
// before its first paint. (A restored page could otherwise show its last frame for a moment.)
const siblings = 'BroadcastChannel' in window ? new BroadcastChannel('safe-exit') : null;

function tabStorage() {
  try {
    return window.sessionStorage;
  } catch (_) {
    return null; // storage disabled: leaving still works, only the Back guard cannot.
  }
}

function neutralTitle(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch (_) {
    return '\u00a0';
  }
}

/**
 * A page that asks "Leave site?" on unload (unsaved form changes) must not hold the visitor
 * here. Its beforeunload handlers may still run, but can no longer cancel the unload: the page
 * is leaving, so disarming them in its globals harms nothing.
 */
function disarmLeavePrompts() {
  try {
    window.onbeforeunload = null;
    const unloading = window.BeforeUnloadEvent?.prototype;
    if (!unloading) return;
    Object.defineProperty(unloading, 'returnValue', { configurable: true, get: () => '', set: () => {} });
    unloading.preventDefault = () => {};
  } catch (_) {
    // Frozen built-ins: whatever could not be disarmed stays, and leaving goes on regardless.
  }
}

/**
 * Starts leaving for `url`: no Referer, so the destination does not learn where the visitor
 * came from, and this page's history entry replaced, so Back cannot return here. Nothing else
 * comes first, since every change to the page before `location.replace` delays the request
 * (docs/performance.md); what follows in the same task still lands before the next frame.
 */
export function depart(url) {
  disarmLeavePrompts();
  const policy = document.createElement('meta');
  policy.name = 'referrer';
  policy.content = 'no-referrer';
  document.head.append(policy);
  if (window.top !== window) leaveFrame(url);
  if (paintsNothingWhileLeaving) afterHiddenFrame(() => location.replace(url));
  else location.replace(url);
}

// WebKit paints no further frame of a page once it has started to leave (measured in WebKitGTK
// 2.50: no frame callback runs, and the screen keeps showing the page until the destination
// answers), so there the page, hidden in this task, leaves once a frame has been painted: a
// frame later than elsewhere. Every browser on an iPhone is WebKit, and all say so here.
const paintsNothingWhileLeaving = /^Apple/.test(navigator.vendor || '');

// The timer leaves anyway where frames do not come (a tab in the background).
function afterHiddenFrame(leave) {
  let left = false;
  const once = () => left || ((left = true), leave());
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}

/**
 * Some site builders put a page's custom code in a frame, where the visitor still sees the
 * page around it: that page is what must leave. A frame of another origin may navigate the top
 * only after a click or tap, and not at all from a sandbox without `allow-top-navigation`;
 * then the frame leaves on its own, which at least takes the widget away.
 */
function leaveFrame(url) {
  try {
    window.top.location.replace(url);
  } catch (_) {}
}

/** Hides the whole page: nothing of it is painted again while the destination loads. */
export function hidePage(url) {
  document.documentElement.style.setProperty('display', 'none', 'important');
  document.title = neutralTitle(url);
  for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.remove();
}

/**
 * Remembers the exit in this tab, for the guard, and evicts this site's pages from the
 * back/forward cache. Escape stops a page load, so from now on no key press may cancel it.
 */
export function remember(url) {
  try {
    tabStorage()?.setItem(MARK, url);
  } catch (_) {}
  siblings?.postMessage('left');
  addEventListener('keydown', (event) => event.preventDefault(), true);
}

/** The whole exit, for the loader: leave, hide, remember. */
export function exitTo(url) {
  depart(url);
  hidePage(url);
  remember(url);
}

function leaveAgain(url) {
  if (!/^https?:\/\//i.test(url)) return false;
  exitTo(url);
  return true;
}

/**
 * After an exit, a page of this site shown again in the tab by Back or Forward leaves again
 * at once; a fresh visit forgets the exit. Returns true when the page is leaving.
 */
export function guardPage() {
  if (siblings) siblings.onmessage = () => {};
  const style = document.documentElement.style;
  let shown = null;
  // A page going into the back/forward cache is hidden first: if the visitor exits later from
  // another page, a restore of this one must not paint it even once before pageshow runs.
  // When no exit happened, pageshow shows it again.
  addEventListener('pagehide', (event) => {
    if (!event.persisted) return;
    shown = [style.getPropertyValue('display'), style.getPropertyPriority('display')];
    style.setProperty('display', 'none', 'important');
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const url = tabStorage()?.getItem(MARK);
    if (url && leaveAgain(url)) return;
    if (shown) style.setProperty('display', ...shown);
    shown = null;
  });
  const url = tabStorage()?.getItem(MARK);
  if (!url) return false;
  const [navigation] = performance.getEntriesByType('navigation');
  if (navigation && navigation.type === 'back_forward' && leaveAgain(url)) return true;
  tabStorage().removeItem(MARK);
  return false;
}
