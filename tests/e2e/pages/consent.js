// What cookie-consent and dialog libraries do while their modal is open (Headless UI's Dialog,
// "inert siblings" dialogs, many consent banners): every other child of <body> is made inert,
// and the modal's own clicks go no further. `openConsent()` opens it, after the widget.
window.openConsent = () => {
  const modal = document.createElement('div');
  modal.id = 'consent';
  modal.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,0.6)';
  modal.innerHTML = '<div style="background:#fff;margin:30vh 10vw;padding:1em"><p>We use cookies.</p><button id="accept">Accept</button></div>';
  modal.addEventListener('click', (event) => event.stopPropagation());
  for (const child of document.body.children) child.inert = true;
  document.body.append(modal);
};

// A modal <dialog> that keeps its clicks to itself.
window.openClosedDialog = () => {
  const dialog = document.createElement('dialog');
  dialog.innerHTML = '<p>Subscribe?</p><button>No</button>';
  dialog.addEventListener('click', (event) => event.stopPropagation());
  document.body.append(dialog);
  dialog.showModal();
};
