// Runs only on the search page: loads Pagefind for the page's language and shows results as the reader types.
import { fill } from '../lib/text';

interface Strings {
  loading: string;
  countOne: string;
  count: string;
  none: string;
  otherLanguage: string;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: Hit[] } | null>;
}
interface Hit {
  data(): Promise<Result>;
}
interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string; lang?: string };
}

const PAGEFIND = '/pagefind/pagefind.js';
const MAX_QUERY = 200;
// Each result's text is a separate small file; five are enough to choose from and keep the download small.
const SHOWN = 5;

export function startSearch() {
  const box = document.querySelector<HTMLElement>('.search-results');
  const input = document.querySelector<HTMLInputElement>('#search-page-field');
  if (!box || !input) return;
  const strings: Strings = JSON.parse(box.dataset.strings!);
  const status = box.querySelector<HTMLElement>('.search-results__status')!;
  const list = box.querySelector<HTMLOListElement>('.search-results__list')!;
  const none = box.querySelector<HTMLElement>('.search-results__none')!;
  const other = box.querySelector<HTMLAnchorElement>('.search-results__other')!;
  const more = box.querySelector<HTMLButtonElement>('.search-results__more')!;
  let pending: Hit[] = [];
  let pagefind: Promise<Pagefind> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (module: Pagefind) => {
      // Without a worker there is one file and one round trip less to wait for on a slow connection.
      await module.options({ excerptLength: 18, noWorker: true });
      await module.init();
      return module;
    }));

  const item = (result: Result) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    if (result.meta.lang && result.meta.lang !== document.documentElement.lang) li.lang = result.meta.lang;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = result.excerpt; // Pagefind's own excerpt of our pages: escaped text with <mark>.
    li.append(link, excerpt);
    return li;
  };

  /** Shows the next few results; each one's text is fetched only now. */
  const showMore = async () => {
    const batch = pending.slice(0, SHOWN);
    pending = pending.slice(SHOWN);
    list.append(...(await Promise.all(batch.map((hit) => hit.data()))).map(item));
    more.hidden = pending.length === 0;
  };

  const show = async (query: string, hits: Hit[]) => {
    list.replaceChildren();
    pending = hits;
    await showMore();
    none.hidden = hits.length > 0;
    other.href = `${box.dataset.otherSearch}?q=${encodeURIComponent(query)}`;
    other.textContent = fill(strings.otherLanguage, { query });
    const total = hits.length;
    status.textContent = fill(total === 0 ? strings.none : total === 1 ? strings.countOne : strings.count, { query, count: String(total) });
  };

  const search = async () => {
    const query = input.value.trim().slice(0, MAX_QUERY);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      none.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const found = await (await load()).debouncedSearch(query, {}, 200);
    if (!found || input.value.trim().slice(0, MAX_QUERY) !== query) return; // a newer search has taken over
    await show(query, found.results);
  };

  input.addEventListener('input', search);
  more.addEventListener('click', showMore);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  // The reader came here to search: start fetching the search code while they type.
  load();
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, MAX_QUERY);
    search();
  }
}
