// What many partner forms do: ask "Leave site? Changes you made may not be saved" when the
// visitor navigates away, through both kinds of beforeunload handler.
window.onbeforeunload = () => 'You have unsaved changes';
addEventListener('beforeunload', (event) => {
  event.preventDefault();
  event.returnValue = '';
});
