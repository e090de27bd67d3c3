// "Save for offline": registers the guide's service worker and stores every page of the
// guide in this language in the browser's cache. Without JavaScript the box stays hidden.
(function () {
  "use strict";
  const box = document.querySelector("[data-offline]");
  if (!box || !("serviceWorker" in navigator) || !("caches" in window)) return;
  const status = box.querySelector("[data-offline-status]");
  const button = box.querySelector("[data-offline-save]");
  const scope = box.dataset.scope;
  const cacheName = "ankunft-guide-" + scope.split("/").filter(Boolean).slice(0, 2).join("-");
  const savedKey = "ankunft-offline:" + scope;
  const lang = document.documentElement.lang;

  function say(template, values) {
    let text = status.dataset[template] || "";
    Object.entries(values || {}).forEach(([key, value]) => {
      text = text.replace("%(" + key + ")s", value);
    });
    status.textContent = text;
    status.dataset.state = template.replace("Text", "");
  }

  function saved() {
    try { return JSON.parse(localStorage.getItem(savedKey) || "null"); } catch (e) { return null; }
  }

  function showSaved(record) {
    const date = new Date(record.at).toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
    say("savedText", { date: date });
  }

  async function save(quiet) {
    const manifest = await (await fetch(box.dataset.manifest, { cache: "no-store" })).json();
    const cache = await caches.open(cacheName);
    let done = 0;
    for (const url of manifest.urls) {
      const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
      if (!response.ok) throw new Error(url + ": " + response.status);
      await cache.put(url, response);
      done += 1;
      if (!quiet) say("savingText", { done: done, total: manifest.urls.length });
    }
    const record = { at: new Date().toISOString(), version: manifest.version };
    localStorage.setItem(savedKey, JSON.stringify(record));
    return record;
  }

  async function refreshIfChanged(record) {
    const manifest = await (await fetch(box.dataset.manifest, { cache: "no-store" })).json();
    if (manifest.version === record.version) return;
    await save(true);
    say("updatedText");
  }

  function start() {
    box.hidden = false;
    const record = saved();
    if (record) showSaved(record);
    if (!navigator.onLine) {
      if (record) say("offlineText");
    } else if (record) {
      refreshIfChanged(record).catch(() => {});
    }
  }

  // Offline, the worker script cannot be fetched again; the registration made before still
  // serves the saved pages, so the box is shown either way once a copy exists.
  navigator.serviceWorker.register(box.dataset.sw, { scope: scope }).then(start, () => {
    if (saved()) start();
  });

  window.addEventListener("online", () => {
    const record = saved();
    if (record) refreshIfChanged(record).catch(() => {});
  });

  button.addEventListener("click", () => {
    button.disabled = true;
    save(false).then(showSaved).catch(() => say("failedText")).finally(() => {
      button.disabled = false;
    });
  });
})();
