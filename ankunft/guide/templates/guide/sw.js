// Service worker of the welcome guide in one language: pages come from the network when it
// answers, otherwise from the copy the reader saved with "Save for offline".
const CACHE = "{{ cache_name|escapejs }}";
const SCOPE = "{{ scope|escapejs }}";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isStatic = url.pathname.startsWith("/static/");
  if (!isStatic && !url.pathname.startsWith(SCOPE)) return;
  event.respondWith(fromNetworkElseCache(request, isStatic));
});

async function fromNetworkElseCache(request, isStatic) {
  const cache = await caches.open(CACHE);
  if (isStatic) {
    const cached = await cache.match(request);
    if (cached) return cached;
  }
  try {
    const response = await fetch(request);
    // Keep pages the reader saved up to date while online.
    if (response.ok && (await cache.match(request, { ignoreSearch: false }))) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}
