// The reference for the keyboard shortcut: the least a page can do. Three Shift key-ups in a
// row leave at once; any other key starts the count again. No time window, no feedback.
// %NEUTRAL_URL% is the benchmark's loopback server, filled in by scripts/bench/pages.mjs.
let shifts = 0;
addEventListener('keyup', (event) => {
  if (event.key !== 'Shift') {
    shifts = 0;
    return;
  }
  shifts += 1;
  if (shifts === 3) location.replace('%NEUTRAL_URL%');
}, true);
