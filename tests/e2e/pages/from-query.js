// Builds the <safe-exit> element of widget.html from the query string: every parameter
// becomes an attribute (`?shortcut=escape2&stealth`), `count=2` makes two instances.
const params = new URLSearchParams(location.search);
const count = Number(params.get('count') || 1);
params.delete('count');
document.addEventListener('DOMContentLoaded', () => {
  for (let i = 0; i < count; i++) {
    const element = document.createElement('safe-exit');
    if (!params.has('exit-url')) element.setAttribute('exit-url', 'https://neutral.example/weather');
    for (const [name, value] of params) element.setAttribute(name, value);
    const link = document.createElement('a');
    link.href = 'https://neutral.example/weather';
    link.rel = 'noreferrer';
    link.textContent = 'Exit';
    element.append(link);
    document.body.prepend(element);
  }
});
