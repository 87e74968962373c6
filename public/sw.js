// Conway's service worker: precaches every file of the release build so the
// app opens and works offline. The two lines below are filled in at build time
// by .ci/precache.sh; never edit them by hand.
const PRECACHE = [];
const VERSION = "dev";
const CACHE = `conway-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // cache: "reload" skips the HTTP cache, so the precache holds exactly this build.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("conway-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // Network first so a new deploy is picked up; the cached shell when offline.
    event.respondWith(
      fetch(request).catch(() => caches.match("/index.html", { cacheName: CACHE }).then((r) => r || caches.match("/"))),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((cached) => cached || fetch(request)),
  );
});
