// The configurator's preview: the widget in the page loads the contacts file being edited from
// PREVIEW_PATH, a path on this same origin, like any `src`. This service worker answers that one
// request with the text the page holds in memory, asked of the page each time; it keeps no copy
// and answers nothing else, so every other request goes to the network as usual.
const PREVIEW_PATH = new URL('contacts-preview/edited.json', location.href).pathname;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== location.origin || url.pathname !== PREVIEW_PATH) return;
  event.respondWith(
    (async () => {
      const client = await self.clients.get(event.clientId);
      if (!client) return new Response('', { status: 404 });
      const channel = new MessageChannel();
      const answer = new Promise((resolve) => (channel.port1.onmessage = (message) => resolve(message.data)));
      client.postMessage({ type: 'safe-exit-contacts-preview' }, [channel.port2]);
      const text = await answer;
      if (typeof text !== 'string') return new Response('', { status: 404 });
      return new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    })(),
  );
});
