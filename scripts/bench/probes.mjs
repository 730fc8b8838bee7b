// Scripts the benchmark runs in every page before the page's own (context.addInitScript).

/**
 * Reports the trusted input that triggers the exit (the click, or the third Shift key-up) as
 * wall-clock milliseconds: the event's own time stamp (when the browser received the input,
 * not when a listener ran) on the page's time origin. Reported through a CDP binding, because
 * the page is gone by the time the script could ask for it.
 */
export function inputProbe() {
  const report = (event) => globalThis.__benchInput(String(performance.timeOrigin + event.timeStamp));
  addEventListener('click', (event) => event.isTrusted && report(event), true);
  let shifts = 0;
  addEventListener('keyup', (event) => event.isTrusted && event.key === 'Shift' && ++shifts === 3 && report(event), true);
}

/**
 * Notes when the exit is armed, in ms since navigation start: Safe Exit's data-state="ready",
 * or the data-govuk-exit-this-page-init attribute govuk-frontend's Component constructor sets
 * on the component's root (the ExitThisPage constructor attaches its click and keyup listeners
 * in the same task, before this observer's callback runs).
 */
export function armedProbe() {
  new MutationObserver((records, observer) => {
    for (const { target } of records) {
      if (target.getAttribute('data-state') === 'ready' || target.hasAttribute('data-govuk-exit-this-page-init')) {
        globalThis.__benchArmedAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-govuk-exit-this-page-init'] });
}

/**
 * Keeps the widget's WebAssembly.Memory when the glue instantiates the module, so its size
 * can be read without importing the glue again (which would make a second instance).
 */
export function wasmProbe() {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      globalThis.__benchWasmMemory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
      return result;
    };
  }
}
