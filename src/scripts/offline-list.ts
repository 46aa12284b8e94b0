// The offline page (src/pages/[lang]/offline.astro): every saved page in this language, by its title.
const list = document.querySelector<HTMLUListElement>('[data-offline-list]')!;
// The cache's name comes with the page (SAVED_CACHE), so this script shares no module with the guides' one.
const cache = await caches.open(list.dataset.offlineList!);
for (const request of await cache.keys()) {
  const { pathname, search } = new URL(request.url);
  // Pages of this language, once each: a search with its query (/soeg/?q=…) is not a page of its own.
  if (!pathname.startsWith(`/${document.documentElement.lang}/`) || !pathname.endsWith('/') || search) continue;
  const page = new DOMParser().parseFromString(await (await cache.match(request))!.text(), 'text/html');
  const link = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
  link.href = pathname;
  link.textContent = page.querySelector('h1')?.textContent ?? pathname;
}
// "Nothing saved yet" only when nothing is.
list.hidden = !list.children.length;
list.nextElementSibling!.toggleAttribute('hidden', !list.hidden);

export {}; // a module: the awaits above are top-level
