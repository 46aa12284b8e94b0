// What goes in the sitemap (@astrojs/sitemap): pages that are not noindex and are their own canonical page,
// with only those language alternates that are real translations. Fallback pages (Danish text at a
// Greenlandic address), redirects, print versions and posters are left out.
import { existsSync, readFileSync } from 'node:fs';
import { LOCALES, SOURCE_LOCALE } from '../lib/model.ts';
import { homeUrl } from '../lib/urls.ts';

function isIndexable(url: string, outDir: URL): boolean {
  const known = seen.get(url);
  if (known !== undefined) return known;
  const result = readIndexable(url, outDir);
  seen.set(url, result);
  return result;
}

// The sitemap asks about each page once as an entry and again as every other page's alternate: read each once.
const seen = new Map<string, boolean>();

function readIndexable(url: string, outDir: URL): boolean {
  const path = new URL(url).pathname;
  const file = new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, outDir);
  if (!existsSync(file)) return true;
  const html = readFileSync(file, 'utf8');
  if (/<meta name="robots" content="noindex/.test(html)) return false;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return !canonical || canonical === url;
}

interface Item {
  url: string;
  links?: { lang: string; url: string }[];
}

const HOMES = ['/', ...LOCALES.map(homeUrl)];

export function sitemapOptions(site: string, outDir: URL) {
  const indexable = (url: string) => isIndexable(url, outDir);
  const root = new URL('/', site).href;
  return {
    i18n: { defaultLocale: SOURCE_LOCALE, locales: Object.fromEntries(LOCALES.map((lang) => [lang, lang])) },
    filter: indexable,
    serialize: (item: Item) => {
      // "/" is the language choice, not a Danish page: it is the x-default of the two home pages.
      if (HOMES.includes(new URL(item.url).pathname)) {
        const homes = [SOURCE_LOCALE, ...LOCALES.filter((lang) => lang !== SOURCE_LOCALE)].map((lang) => ({
          lang,
          url: new URL(homeUrl(lang), root).href,
        }));
        return { ...item, links: [...homes, { lang: 'x-default', url: root }] };
      }
      return { ...item, links: item.links?.filter((link) => link.url !== root && indexable(link.url)) };
    },
  };
}
