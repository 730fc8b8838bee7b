// The Back guard's first step, a classic script for <head>, before the loader. No browser
// paints a page while a classic script in its <head> loads and runs, Firefox included, which
// ignores blocking="render" on the loader's module script. So a page of the site brought back
// by Back, Forward or a Reload after an exit in this tab is hidden here, before its first
// paint, and the loader (exit-core.js, guardPage, with the same marker and test) then leaves
// again.
(() => {
  // exit-core.js's, letter for letter (tests/e2e/guard-rule.test.mjs): Back, Forward, a Reload,
  // or the Reload of an offline Back's error page.
  function shownAgain(type, activation, length, entries) {
    return type === 'back_forward' || type === 'reload' || (activation === 'replace' && entries <= length);
  }
  try {
    const [url, length] = (sessionStorage.getItem('safe-exit:left') || '').split(' ');
    const [navigation] = performance.getEntriesByType('navigation');
    if (url && shownAgain(navigation?.type, window.navigation?.activation?.navigationType, +length, history.length)) {
      document.documentElement.style.setProperty('display', 'none', 'important');
    }
  } catch (_) {
    // Storage disabled: there is no marker, and the loader's guard cannot leave either.
  }
  // Tells the loader that the guard is in the page: without it, the loader asks for it.
  try {
    performance.mark('safe-exit-guard');
  } catch (_) {}
})();
