// Embeds the form page named by `?form=` (a form service on another origin) in a frame.
document.addEventListener('DOMContentLoaded', () => {
  const frame = document.createElement('iframe');
  frame.src = new URLSearchParams(location.search).get('form');
  frame.style.cssText = 'width:600px;height:300px';
  document.body.append(frame);
});
