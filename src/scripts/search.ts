// Runs only on the search page. It answers at once from the page's own A–Å list (titles, keywords, summaries'
// words), then merges in Pagefind's full-text results below, never moving what is shown and never showing a guide twice.
// Results are titles only: the page knows every indexed page's title, so no result waits for a file of its own.
import { pageMatches, pageWords, queryStems, type PageEntry } from '../lib/search-words';
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
  id: string;
}
/** A guide of the A–Å list, as the quick answer compares it. */
interface Guide extends PageEntry {
  url: string;
  name: string;
  lang: string;
}

const PAGEFIND = '/pagefind/pagefind.js';
const MAX_QUERY = 200;
// Each full-text result's text is a separate small file; five are enough to choose from and keep the download small.
const SHOWN = 5;

/** The guides of the A–Å list with their words, read once. */
function readGuides(ownStemmer: boolean): Guide[] {
  return [...document.querySelectorAll<HTMLLIElement>('#a-aa + .guide-list li')].map((li) => {
    const link = li.querySelector('a')!;
    const name = link.textContent!.replace(/\u00AD/g, '');
    const split = (value: string | undefined) => (value ? value.split(' ') : []);
    return {
      url: link.getAttribute('href')!,
      name,
      lang: li.lang,
      title: pageWords(ownStemmer, name),
      keywords: split(li.dataset.keywords),
      summary: split(li.dataset.summary),
    };
  });
}

/**
 * The address of each of Pagefind's result ids, and the titles of indexed pages the A–Å list does not have, written
 * into the page by the index build (scripts/search-index.mjs).
 */
const pagefindPages = (): { urls: Record<string, string>; titles: Record<string, string> } => ({
  urls: {},
  titles: {},
  ...JSON.parse(document.getElementById('pagefind-pages')?.textContent || '{}'),
});
/** The tag the index build gave Pagefind's entry file, so the page can preload it under the address Pagefind asks for. */
const entryTag = () =>
  new URL(document.querySelector<HTMLLinkElement>('link[href*="pagefind-entry.json"]')?.href ?? location.href).searchParams.get('ts');
/** Resolves once the browser has painted: Pagefind's code then runs after the page's own answer is on screen. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function startSearch() {
  const box = document.querySelector<HTMLElement>('.search-results');
  const input = document.querySelector<HTMLInputElement>('#search-page-field');
  if (!box || !input) return;
  const strings: Strings = JSON.parse(box.dataset.strings!);
  const ownStemmer = box.dataset.ownStemmer !== undefined;
  const status = box.querySelector<HTMLElement>('.search-results__status')!;
  const list = box.querySelector<HTMLOListElement>('.search-results__list')!;
  const none = box.querySelector<HTMLElement>('.search-results__none')!;
  const other = box.querySelector<HTMLAnchorElement>('.search-results__other')!;
  const more = box.querySelector<HTMLButtonElement>('.search-results__more')!;
  const guides = readGuides(ownStemmer);
  const { urls, titles } = pagefindPages();
  const byUrl = new Map(guides.map((g) => [g.url, g]));
  /** Results not shown yet: guides from the page, then Pagefind's. */
  let pending: Guide[] = [];
  let searchId = 0;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (module: Pagefind) => {
      // Without a worker there is one file and one round trip less to wait for on a slow connection.
      await module.options({ noWorker: true, ...(entryTag() ? { metaCacheTag: entryTag() } : {}) });
      await module.init();
      return module;
    }));

  const item = ({ url, name, lang }: Pick<Guide, 'url' | 'name' | 'lang'>) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = name;
    if (lang && lang !== document.documentElement.lang) li.lang = lang;
    li.append(link);
    return li;
  };

  /** A result of Pagefind's as the page shows it: a guide of the A–Å list, or another indexed page by its title. */
  const fromPagefind = (hit: Hit): Pick<Guide, 'url' | 'name' | 'lang'> | undefined => {
    const url = urls[hit.id];
    if (!url) return undefined;
    return byUrl.get(url) ?? { url, name: titles[url] ?? url, lang: '' };
  };

  /** Shows the next few results. Nothing shown moves. */
  const showMore = () => {
    list.append(...pending.slice(0, SHOWN).map(item));
    pending = pending.slice(SHOWN);
    more.hidden = pending.length === 0;
  };

  const announce = (query: string, total: number) => {
    none.hidden = total > 0;
    other.href = `${box.dataset.otherSearch}?q=${encodeURIComponent(query)}`;
    other.textContent = fill(strings.otherLanguage, { query });
    status.textContent = fill(total === 0 ? strings.none : total === 1 ? strings.countOne : strings.count, { query, count: String(total) });
  };

  const clear = () => {
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    none.hidden = true;
    status.textContent = '';
    list.removeAttribute('aria-busy');
  };

  /** A search; `typed` as the reader types, so Pagefind waits for a pause, but not for a query sent or in the address. */
  const search = async (typed = false) => {
    const query = input.value.trim().slice(0, MAX_QUERY);
    const id = ++searchId;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    clear();
    const stems = queryStems(ownStemmer, query);
    if (stems.length === 0) return;
    // The quick answer, from the page alone.
    const found = pageMatches(guides, stems);
    const shownUrls = new Set(found.map((g) => g.url));
    pending = found;
    showMore();
    if (found.length > 0) announce(query, found.length);
    else status.textContent = strings.loading;
    list.setAttribute('aria-busy', 'true');
    await afterPaint();
    if (id !== searchId) return;
    // Pagefind's full text; with our own stemmer it is asked for the stems, which begin the folded index terms.
    const full = await load()
      .then((pf) => pf.debouncedSearch(ownStemmer ? stems.join(' ') : query, {}, typed ? 200 : 0))
      .catch(() => ({ results: [] })); // without the index (offline, say) the page's own answer stands
    if (!full || id !== searchId) return; // a newer search has taken over
    const added = full.results.map(fromPagefind).filter((page) => page !== undefined && !shownUrls.has(page.url)) as Guide[];
    const total = found.length + added.length;
    const wasEmpty = pending.length === 0;
    pending.push(...added);
    if (list.children.length < SHOWN && wasEmpty) showMore();
    else more.hidden = pending.length === 0;
    list.removeAttribute('aria-busy');
    // The count is said again only if the full text changed it.
    if (total !== found.length || found.length === 0) announce(query, total);
  };

  input.addEventListener('input', () => search(true));
  more.addEventListener('click', showMore);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  // The reader came here to search: the page's preloads are fetching Pagefind's files; run its code once painted.
  afterPaint()
    .then(load)
    .catch(() => {});
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, MAX_QUERY);
    search();
  }
}
