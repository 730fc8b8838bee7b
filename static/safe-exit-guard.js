// The Back guard's first step, a classic script for <head>, before the loader. No browser
// paints a page while a classic script in its <head> loads and runs, Firefox included, which
// ignores blocking="render" on the loader's module script. So a page of the site brought back
// by Back or Forward after an exit in this tab is hidden here, before its first paint, and the
// loader (exit-core.js, guardPage, with the same marker and test) then leaves again.
(() => {
  try {
    const [navigation] = performance.getEntriesByType('navigation');
    if (navigation?.type === 'back_forward' && sessionStorage.getItem('safe-exit:left')) {
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
