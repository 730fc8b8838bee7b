// What many partner forms do: ask "Leave site? Changes you made may not be saved" when the
// visitor navigates away, through both kinds of beforeunload handler. With ?frozen, the page
// has frozen the event's prototype (as hardened-JavaScript set-ups do) and asks through
// onbeforeunload alone, which the exit can still disarm.
window.onbeforeunload = () => 'You have unsaved changes';
if (location.search.includes('frozen')) Object.freeze(BeforeUnloadEvent.prototype);
else {
  addEventListener('beforeunload', (event) => {
    event.preventDefault();
    event.returnValue = '';
  });
}
