// The exit's effects on the page, written once and used twice: by the loader (safe-exit.js),
// which must work before and without the wasm, and by the wasm widget (as a wasm-bindgen
// snippet), so that hiding, remembering and leaving behave the same either way.

// Where the exit goes when no destination the partner gave can be used (src/config.rs
// DEFAULT_EXIT_URL; tests/e2e/one-rule.test.mjs checks that the loader leaves for the latter).
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

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

// Made now and added to the page only when leaving: until then the page's own links and
// requests keep their referrer policy, and the exit saves the element's creation
// (docs/performance.md).
const noReferrer = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' });

/**
 * Starts leaving for `url`: no Referer, so the destination does not learn where the visitor
 * came from, and this page's history entry replaced, so Back cannot return here. Nothing else
 * comes first, since every change to the page before `location.replace` delays the request
 * (docs/performance.md); what follows in the same task still lands before the next frame.
 * Returns false when the browser refused to leave (`location.replace` throws on a URL it
 * cannot parse), so that the caller tries the next destination; nothing here throws, whatever
 * a host script has patched.
 */
export function depart(url) {
  disarmLeavePrompts();
  try {
    document.head.append(noReferrer);
  } catch (_) {}
  try {
    if (window.top !== window) leaveFrame(url);
    if (paintsNothingWhileLeaving) {
      // Parsed now, since the deferred replace throws where no caller can try the next one.
      new URL(url);
      afterHiddenFrame(() => location.replace(url));
    } else location.replace(url);
    return true;
  } catch (_) {
    return false;
  }
}

// How long this page may still be here after a departure before the exit gives up on that
// destination for the next one (docs/decisions/2026-12-06-exit-under-host-pages.md): a
// destination that answers 204 No Content or with a download, or a cancelled "Leave site?"
// prompt, leaves the page where it was, and nothing tells the page so but the time.
const STILL_HERE_MS = 5000;

let departure = null;

/**
 * Leaves for the first of `urls` (separated by spaces, which no URL passing the rule holds) that
 * the browser accepts, then the built-in default, and returns the one it left for. Frames go
 * first: each gets its own beforeunload, whose prompt the top page cannot disarm; so do the
 * tabs the widget opened. While the page is still here STILL_HERE_MS after a departure, it
 * leaves for the next destination. An exit asked again sooner than that lets the departure
 * under way go on, and later goes on to the next one (the default last, again if need be), so
 * that a frantic second exit cannot restart a slow load.
 */
export function leave(urls) {
  try {
    removeFrames();
    closeOpenedTabs();
    if (departure && Date.now() - departure.at < STILL_HERE_MS) return departure.url;
    if (departure) return departNext(departure.queue.length ? departure.queue : [DEFAULT_EXIT_URL]);
    return departNext([...new Set(`${urls} ${DEFAULT_EXIT_URL}`.split(' ').filter(Boolean))]);
  } catch (_) {
    return DEFAULT_EXIT_URL;
  }
}

function departNext(queue) {
  while (queue.length) {
    const url = queue.shift();
    if (!depart(url)) continue;
    const attempt = (departure = { url, queue, at: Date.now() });
    if (queue.length) later(() => departure === attempt && departNext(queue), STILL_HERE_MS);
    return url;
  }
  return departure?.url || DEFAULT_EXIT_URL;
}

// Tabs the widget opened (its sources, through openTab): a tab left open after the exit would
// say what she read to whoever looks at the tab switcher.
const opened = [];

/**
 * Opens `url` in a new tab that the exit can close, with no Referer, as a link with
 * rel="noreferrer" would: the tab is opened blank, and a link of its own document takes it
 * there. Its opener stays: a page may close only tabs it is still the opener of. Returns false
 * where the browser gave no tab, for the caller to follow the link as it is.
 */
export function openTab(url) {
  const tab = window.open('', '_blank');
  if (!tab) return false;
  try {
    const link = Object.assign(tab.document.createElement('a'), { href: url, rel: 'noreferrer' });
    tab.document.body.append(link);
    link.click();
  } catch (_) {
    tab.close();
    return false;
  }
  opened.push(tab);
  return true;
}

function closeOpenedTabs() {
  for (const tab of opened.splice(0)) {
    try {
      tab.close();
    } catch (_) {}
  }
}

// Removing a frame unloads it without asking anyone. window.length counts the frames without a
// look at the page, so a page without any pays nothing.
function removeFrames() {
  if (!window.length) return;
  for (const frame of document.querySelectorAll('iframe, frame, object, embed')) {
    try {
      frame.remove();
    } catch (_) {}
  }
}

// WebKit paints no further frame of a page once it has started to leave (measured in WebKitGTK
// 2.50: no frame callback runs, and the screen keeps showing the page until the destination
// answers), so there the page, hidden in this task, leaves only once a hidden frame has been
// presented. Every browser on an iPhone is WebKit, and all say so here.
const paintsNothingWhileLeaving = /^Apple/.test(navigator.vendor || '');

// The page's own timers, kept before any host script can replace them: the exit must leave
// even if one that runs later breaks them.
const later = setTimeout.bind(window);
const nextFrame = window.requestAnimationFrame?.bind(window);

// A frame callback runs before its frame is painted, and WebKit composites and presents the
// frame on other threads: leaving in the first callback, or on a short timer under load, left
// the page on screen (docs/paint-after-exit.md). The second callback comes once the first
// hidden frame has been composited. A page out of sight leaves at once; the timer leaves
// anyway where frames stop coming or requestAnimationFrame fails.
function afterHiddenFrame(leave) {
  let left = false;
  const once = () => {
    if (left) return;
    left = true;
    try {
      leave();
    } catch (_) {}
  };
  if (document.visibilityState === 'hidden') return once();
  later(once, 1000);
  try {
    nextFrame(() => nextFrame(() => later(once)));
  } catch (_) {
    once();
  }
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

let hiding = null;

/**
 * Hides the whole page: nothing of it is painted again while the destination loads. The hide
 * is kept until the page is replaced: a host script that restores `display`, a transition that
 * would delay it, or a new root element are undone before the next frame.
 */
export function hidePage(url) {
  const hide = () => {
    const style = document.documentElement?.style;
    if (!style || (style.getPropertyValue('display') === 'none' && style.getPropertyPriority('display'))) return;
    style.setProperty('transition', 'none', 'important');
    style.setProperty('display', 'none', 'important');
  };
  try {
    hide();
    if (!hiding) {
      (hiding = new MutationObserver(hide)).observe(document, { attributes: true, childList: true, subtree: true });
      queueMicrotask(emptyPage);
    }
  } catch (_) {}
  try {
    document.title = neutralTitle(url);
    for (const icon of document.querySelectorAll('link[rel~="icon"]')) icon.remove();
  } catch (_) {}
}

/**
 * Takes the page's content out of the document, so that a frame an engine paints later, with
 * the hide undone or ignored, has nothing of the page to show, and its media fall silent. Only
 * a head with the neutral title and the no-referrer policy stays. In a microtask: after the
 * rest of the exit and the host's `safe-exit` listeners, which may still look at the page, and
 * before the next frame.
 */
function emptyPage() {
  try {
    const head = document.createElement('head');
    head.append(noReferrer, Object.assign(document.createElement('title'), { textContent: document.title }));
    document.documentElement.replaceChildren(head);
  } catch (_) {}
}

let marked = null;

/**
 * Remembers the exit in this tab, for the guard, and evicts this site's pages from the
 * back/forward cache. Escape stops a page load, so from now on no key press may cancel it.
 * A host script that clears the tab's storage as the visitor leaves (a logout or "privacy"
 * script, in its `safe-exit` listener or on pagehide) must not take the guard's memory with
 * it: the marker is written again after the exit's own task and at each step of unloading,
 * after the host's listeners, which were added before.
 */
export function remember(url) {
  const first = !marked;
  marked = `${url} ${history.length}`;
  const write = () => {
    try {
      tabStorage()?.setItem(MARK, marked);
    } catch (_) {}
  };
  write();
  queueMicrotask(write);
  if (!first) return;
  for (const type of ['pagehide', 'visibilitychange']) addEventListener(type, write);
  siblings?.postMessage('left');
  addEventListener('keydown', (event) => event.preventDefault(), true);
}

/**
 * The whole exit, for the loader: leave for the first of `urls` the browser accepts (see
 * `leave`), hide, remember. The page is hidden even when every destination failed.
 */
export function exitTo(...urls) {
  const url = leave(urls.join(' '));
  hidePage(url);
  remember(url);
}

// The marker says an exit happened: the page leaves again even if the destination it names
// no longer passes the rule (then for the built-in default).
function leaveAgain(url) {
  exitTo(checkUrl(url, true) || DEFAULT_EXIT_URL);
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
    const [url] = (tabStorage()?.getItem(MARK) || '').split(' ');
    if (url) {
      leaveAgain(url);
      return;
    }
    if (shown) style.setProperty('display', ...shown);
    shown = null;
  });
  const [url, length] = (tabStorage()?.getItem(MARK) || '').split(' ');
  if (!url) return false;
  const [navigation] = performance.getEntriesByType('navigation');
  if (shownAgain(navigation?.type, window.navigation?.activation?.navigationType, +length, history.length)) {
    leaveAgain(url);
    return true;
  }
  tabStorage().removeItem(MARK);
  return false;
}

// Whether this page is one the exit left behind, shown again: by Back or Forward, by a Reload,
// or by the Reload that follows a Back made while the network was down, which Chromium makes
// a "navigate" that replaces its error page: the tab's history has no entry more than when the
// exit kept its length (`length`, in the marker). A fresh visit adds one. static/
// safe-exit-guard.js carries this function letter for letter (tests/e2e/guard-rule.test.mjs).
function shownAgain(type, activation, length, entries) {
  return type === 'back_forward' || type === 'reload' || (activation === 'replace' && entries <= length);
}

/**
 * The loader's copy of the exit URL rule (src/safe_url.rs `check_absolute`, whose comments
 * explain it), for the exit before and without the wasm: the URL without its surrounding
 * ASCII whitespace when it is an https URL the browser can parse, or http on a loopback host
 * when `loopback` allows it; otherwise null.
 */
export function checkUrl(value, loopback) {
  const url = String(value).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  return refusal(url, loopback) ? null : url;
}

/**
 * Why the rule refuses `url` (already trimmed), or a falsy value when it passes: the refusal
 * (src/safe_url.rs `Refusal`) as its code's place, from 1, in tests/corpus/refusal-codes.json,
 * a number being the fewest bytes. tests/e2e/exit-urls.test.mjs checks that it gives Rust's
 * code for every case of tests/corpus/exit-urls.json and every URL the property tests make.
 */
export function refusal(url, loopback) {
  const scheme = /^https?:\/\//i.exec(url);
  if (new TextEncoder().encode(url).length > 2048) return 1;
  if (/[\p{White_Space}\p{Cc}<>"'`\\]/u.test(url)) return 2;
  if (!scheme) return 3;
  const authority = url.slice(scheme[0].length).split(/[/?#]/)[0];
  if (authority.includes('@')) return 4;
  if (/[\u0080-\uffff]/.test(authority)) return 5;
  // The host is a bracketed IPv6 address up to the first `]`, or all before the first colon; a
  // `[` without its `]` is a host without colons, which no IPv6 address is.
  const [, host, port] = /^(\[[^\]]*]|[^:]*)(.*)/.exec(authority);
  if (authority[0] === '[' && !isIpv6(host.slice(1, -1))) return 6;
  if (!/^(:\d*)?$/.test(port) || port.slice(1) > 65535) return 7;
  return (
    (host[0] !== '[' && hostRefusal(host)) ||
    (scheme[0].length === 7 && (loopback ? !/^(127\.0\.0\.1|localhost|\[::1\])$/i.test(host) && 15 : 14))
  );
}

const isOctet = (part) => /^(0|[1-9]\d{0,2})$/.test(part) && +part <= 255;
const isIpv4 = (host) => host.split('.').length === 4 && host.split('.').every(isOctet);

function hostRefusal(host) {
  const labels = host.split('.');
  const last = labels[labels.length - 1];
  if (labels.includes('')) return host ? 9 : 8;
  if (/^(\d*|0x[0-9a-f]*)$/i.test(last)) return !isIpv4(host) && 10;
  for (const label of labels) {
    if (label.length > 63) return 11;
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(label)) return 12;
    if (/^xn--/i.test(label) && !isKnownPunycode(label.slice(4))) return 13;
  }
}

function isIpv6(address) {
  let compressed = address.startsWith('::');
  let at = compressed ? 2 : 0;
  let groups = 0;
  while (at < address.length) {
    if (groups === 8) return false;
    // The second colon of a `::`, or a lone leading one, which is no address.
    if (address[at] === ':') {
      if (compressed || at === 0) return false;
      compressed = true;
      at++;
      continue;
    }
    const group = /^[0-9a-f]{0,4}/i.exec(address.slice(at))[0];
    const start = at;
    at += group.length;
    if (address[at] === '.') return groups <= 6 && isIpv4(address.slice(start)) && (compressed ? groups + 2 <= 7 : groups === 6);
    if (!group || (at < address.length && address[at] !== ':') || at + 1 === address.length) return false;
    groups++;
    at++;
  }
  return compressed ? groups <= 7 : groups === 8;
}

// RFC 3492 decoding, for the same letters as the Rust rule; only which letters, not where.
function isKnownPunycode(input) {
  const known = (c) => /[a-z0-9\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9-]/.test(String.fromCodePoint(c));
  const delimiter = input.lastIndexOf('-');
  const basic = delimiter < 0 ? '' : input.slice(0, delimiter);
  const digits = input.slice(delimiter + 1);
  const MAX = 0xffffffff;
  let [length, n, i, bias, first, at] = [basic.length, 128, 0, 72, true, 0];
  if (!digits || ![...basic.toLowerCase()].every((c) => known(c.codePointAt(0)))) return false;
  for (;;) {
    const old = i;
    let w = 1;
    for (let k = 36; ; k += 36) {
      // Base 36 reads 0-9 as 0-9 and a-z as 10-35; punycode has a-z for 0-25, 0-9 for 26-35.
      const digit = (parseInt(digits[at++], 36) + 26) % 36;
      if (!(digit >= 0) || digit * w > MAX || (i += digit * w) > MAX) return false;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      if ((w *= 36 - t) > MAX) return false;
    }
    length += 1;
    let delta = Math.floor((i - old) / (first ? 700 : 2));
    first = false;
    delta += Math.floor(delta / length);
    let k = 0;
    for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i = (i % length) + 1;
    if (n > 0x10ffff || !known(n)) return false;
    if (at === digits.length) return true;
  }
}
