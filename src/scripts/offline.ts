// The one script on a guide (issue 18): registers the service worker Workbox generates (scripts/service-worker.mjs),
// keeps the page just read for reading without data, runs the "save for offline use" buttons, says when a page is
// a saved copy, and remembers the language chosen on "/".
import { SAVED_CACHE, WORKER_URL, kilobytes } from '../lib/offline';

const $ = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];
const html = document.documentElement;

/** A page and what it shows (stylesheets, the pictures this screen picks), into the saved cache; never videos. */
async function keep(url: string, page?: Document) {
  const cache = await caches.open(SAVED_CACHE);
  if (!page) {
    await cache.add(url);
    page = new DOMParser().parseFromString(await (await cache.match(url))!.text(), 'text/html');
  }
  const files = [...page.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href'));
  for (const img of page.querySelectorAll('img')) {
    if (img.getAttribute('src')?.startsWith('/videos/')) continue;
    // A picture the page has not shown yet: let the browser pick the size it would show on this screen.
    const probe = new Image();
    probe.sizes = img.sizes;
    probe.srcset = img.srcset;
    probe.src = img.getAttribute('src') ?? '';
    await probe.decode().catch(() => {});
    files.push(probe.currentSrc);
  }
  await cache.addAll(files.filter((file): file is string => !!file));
}

// The language chosen on "/" is offered first next time (no redirect); kept only in this browser.
const KEY = 'ny-i-aalborg:language';
try {
  const choice = $('.language-choice__options li');
  const chosen = choice.find((li) => li.lang === localStorage.getItem(KEY));
  chosen?.parentElement?.prepend(chosen);
  for (const li of choice) li.addEventListener('click', () => localStorage.setItem(KEY, li.lang));
} catch {
  // No storage: "/" stays as it is.
}

// Under `astro dev` there is no worker to register (it is written after the build).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(WORKER_URL);
  const saved = Number(html.dataset.saved);
  const list = $<HTMLUListElement>('[data-offline-list]')[0];
  for (const time of $('[data-saved-at]')) {
    const at = new Date(saved);
    time.textContent = `${at.getDate()}.${at.getMonth() + 1}.${at.getFullYear()} ${at.toTimeString().slice(0, 5)}`;
    time.closest<HTMLElement>('[hidden]')!.hidden = !saved;
  }
  for (const box of $('[data-save]')) {
    box.querySelector('[data-size]')!.textContent = kilobytes(Number(box.dataset.bytes));
    box.hidden = false;
    const status = box.querySelector('[role=status]')!;
    box.querySelector('button')!.onclick = async () => {
      status.textContent = '';
      try {
        for (const url of box.dataset.save!.split(' ')) await keep(url);
        status.textContent = box.dataset.done!;
      } catch {
        status.textContent = box.dataset.failed!;
      }
    };
  }
  if (!saved && !list) {
    // The page just read stays readable without data: the worker keeps what it serves, this keeps what came first.
    await navigator.serviceWorker.ready;
    keep(location.pathname, navigator.serviceWorker.controller ? document : undefined);
  }
}
