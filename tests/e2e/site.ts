// What the browser tests know of the built site: every page in dist/, and one example of each page type.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): string[] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The address of every reader page the build wrote, e.g. "/kl/mitid/" or "/404.html" (not the CMS at /admin/). */
export const allPages = (): string[] =>
  htmlFiles(DIST)
    .filter((file) => !file.startsWith(join(DIST, 'admin')))
    .map((file) => '/' + relative(DIST, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();

/** A guide translated into Greenlandic, a guide that is not yet, and pages of each other type. */
export const PAGE_TYPES = {
  languageChoice: '/',
  home: (lang: string) => `/${lang}/`,
  theme: (lang: string) => `/${lang}/emne/ankomst/`,
  guide: (lang: string) => `/${lang}/flytning-og-cpr/`,
  untranslatedGuide: 'netvaerk-og-fritid',
  professionals: (lang: string) => `/${lang}/fagfolk/`,
  accessibility: (lang: string) => `/${lang}/tilgaengelighed/`,
  journey: (lang: string) => `/${lang}/forste-uger/`,
  directory: (lang: string) => `/${lang}/steder/`,
  organisation: (lang: string) => `/${lang}/steder/det-groenlandske-hus-aalborg/`,
  notFound: '/404.html',
};

export const LANGS = ['kl', 'da'] as const;

/** A locator's text as a reader sees it: without the soft hyphens added to Greenlandic words. */
export const readable = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\u00AD/g, '').trim();

/** A former address of a renamed guide: a tiny page that sends the reader on. */
const isRedirect = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('http-equiv="refresh"');

/** Pages of the site's own layout, with header, language switch and footer: not print versions, posters or redirects. */
export const layoutPages = (): string[] => allPages().filter((p) => p.endsWith('/') && !/\/(udskriv|plakat)\//.test(p) && !isRedirect(p));

/** Guides are the pages with a help block; every other page type is listed in PAGE_TYPES. */
export const guidePages = (): string[] =>
  layoutPages().filter(
    (p) => /^\/(kl|da)\/[a-z0-9-]+\/$/.test(p) && !/\/(fagfolk|samarbejdsmodel|tilgaengelighed|om|forste-uger|steder|soeg|aendringer)\/$/.test(p),
  );
