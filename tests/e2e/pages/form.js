// What embedded form services do once the visitor has typed: ask before the page unloads.
let typed = false;
addEventListener('input', () => (typed = true));
addEventListener('beforeunload', (event) => {
  if (!typed) return;
  event.preventDefault();
  event.returnValue = '';
});
