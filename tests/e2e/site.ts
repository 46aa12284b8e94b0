// What the browser tests know of a built site: its pages, found in its dist/, and its content, read from its
// content/ files. The same tests run on the real site (project "site"), on the fixture site under
// tests/fixtures/site (project "fixture") and on an edited copy of the real content (project "staff-edits"),
// so nothing here names a real guide, a real sentence or a count that staff can change.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { serve } from '../../scripts/static-server.mjs';
import { danishVersion } from '../../scripts/translation-files.mjs';
import { LOCALES } from '../../src/lib/model';

/** A built site: its dist/ and the content/ it was built from; `serve` when the test run serves it itself. */
export interface Site {
  dist: string;
  content: string;
  serve?: boolean;
}

export const test = base.extend<object, { site: Site; siteServer: string | undefined }>({
  site: [
    { dist: 'dist', content: 'content' },
    { option: true, scope: 'worker' },
  ],
  siteServer: [
    async ({ site }, use) => {
      if (!site.serve) return use(undefined);
      const server: Server = await serve(site.dist, 0);
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ baseURL, siteServer }, use) => use(siteServer ?? baseURL),
});
export { expect };

/** The site's languages, from the language table. */
export const LANGS = LOCALES;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): string[] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The address of every reader page the build wrote, e.g. "/kl/<slug>/" or "/404.html" (not the CMS at /admin/). */
export const allPages = (site: Site): string[] =>
  htmlFiles(site.dist)
    .filter((file) => !file.startsWith(join(site.dist, 'admin')))
    .map((file) => '/' + relative(site.dist, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();

/** A former address of a renamed guide: a tiny page that sends the reader on. */
export const isRedirect = (site: Site, path: string) =>
  readFileSync(join(site.dist, path, 'index.html'), 'utf8').includes('http-equiv="refresh"');

/** Pages of the site's own layout, with header, language switch and footer: not print versions, side-by-side views, posters or redirects. */
export const layoutPages = (site: Site): string[] =>
  allPages(site).filter((p) => p.endsWith('/') && !/\/(udskriv|side-om-side|plakat)\//.test(p) && !isRedirect(site, p));

/** A content file's frontmatter (MDX) or whole data (YAML). */
export function readContent<T = Record<string, any>>(site: Site, file: string): T {
  const text = readFileSync(join(site.content, file), 'utf8');
  return parse(file.endsWith('.mdx') ? text.split(/^---$/m)[1]! : text) as T;
}

/** Slugs of the files in a content folder, e.g. slugs(site, 'guides/da'), in file order. */
export const slugs = (site: Site, folder: string): string[] =>
  existsSync(join(site.content, folder))
    ? readdirSync(join(site.content, folder))
        .filter((f) => /\.mdx?$|\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.(mdx?|ya?ml)$/, ''))
        .sort()
    : [];

/** Every guide, with what the tests need to know of its state. */
export function guides(site: Site) {
  return slugs(site, 'guides/da').map((slug) => {
    const da = readContent(site, `guides/da/${slug}.mdx`);
    const kl = existsSync(join(site.content, `guides/kl/${slug}.mdx`)) ? readContent(site, `guides/kl/${slug}.mdx`) : undefined;
    /** The Danish text links somewhere. */
    const body = readFileSync(join(site.content, `guides/da/${slug}.mdx`), 'utf8').split(/^---$/m)[2]!;
    const hasLinks = /\]\(/.test(body);
    /** Its sections (## headings): a guide with two or more has a contents list. */
    const sections = (body.match(/^## /gm) ?? []).length;
    /** The Danish text changed after the Greenlandic translation was made from it: its hash is not the one the translation follows. */
    const outdated = !!kl && kl.translation.follows.hash !== danishVersion(join(site.content, '..'), 'guides', slug).hash;
    return { slug, da, kl, hasLinks, sections, outdated } as {
      slug: string;
      da: Record<string, any>;
      kl?: Record<string, any>;
      hasLinks: boolean;
      sections: number;
      outdated: boolean;
    };
  });
}

/** Every guide page in every language (an untranslated guide has a page in each language too). */
export const guidePages = (site: Site): string[] => LANGS.flatMap((lang) => guides(site).map((g) => `/${lang}/${g.slug}/`));

/** The journey's questions and steps as its file gives them; a step written as a plain slug is for everyone. */
export function journeyOf(site: Site) {
  type Label = Record<string, string>;
  const data = readContent<{
    questions?: { text: Label; answers: { id: string; label: Label }[] }[];
    steps: (string | { guide: string; when?: string[] })[];
  }>(site, 'journey/forste-uger.yml');
  return {
    questions: data.questions ?? [],
    steps: data.steps.map((step) => (typeof step === 'string' ? { guide: step, when: undefined } : step)),
  };
}

/** The interface texts of a language, as staff last wrote them. */
export const uiText = (site: Site, lang: string): Record<string, string> => readContent(site, `ui/${lang}.yml`);

/** One page of each type, picked from the content; a type the content has none of is left out. */
export function pageTypes(site: Site) {
  const all = guides(site);
  const translated = all.find((g) => g.kl);
  const untranslated = all.find((g) => !g.kl);
  const page = slugs(site, 'pages/da')[0];
  const organisation = slugs(site, 'organisations')[0];
  const theme = allPages(site)
    .find((p) => /^\/da\/emne\/[^/]+\/$/.test(p))
    ?.split('/')[3];
  const perLang = (lang: string) => ({
    [`home (${lang})`]: `/${lang}/`,
    ...(theme ? { [`theme (${lang})`]: `/${lang}/emne/${theme}/` } : {}),
    ...(translated ? { [`translated guide (${lang})`]: `/${lang}/${translated.slug}/` } : {}),
    ...(untranslated ? { [`untranslated guide (${lang})`]: `/${lang}/${untranslated.slug}/` } : {}),
    ...(page ? { [`information page (${lang})`]: `/${lang}/${page}/` } : {}),
    [`journey (${lang})`]: `/${lang}/forste-uger/`,
    [`directory (${lang})`]: `/${lang}/steder/`,
    ...(organisation ? { [`organisation (${lang})`]: `/${lang}/steder/${organisation}/` } : {}),
    [`what changed (${lang})`]: `/${lang}/aendringer/`,
    [`search (${lang})`]: `/${lang}/soeg/`,
  });
  return {
    'language choice': '/',
    'page not found': '/404.html',
    'staff status page': '/status/',
    ...LANGS.reduce((types, lang) => ({ ...types, ...perLang(lang) }), {} as Record<string, string>),
  } as Record<string, string>;
}

/** The names of the page types any valid content has, so tests can be named before the content is read. */
export const PAGE_TYPE_NAMES = [
  'language choice',
  'page not found',
  'staff status page',
  ...LANGS.flatMap((lang) =>
    [
      'home',
      'theme',
      'translated guide',
      'untranslated guide',
      'information page',
      'journey',
      'directory',
      'organisation',
      'what changed',
      'search',
    ].map((t) => `${t} (${lang})`),
  ),
];

/** A locator's text as a reader sees it: without the soft hyphens added to Greenlandic words. */
export const readable = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\u00AD/g, '').trim();

/** WCAG 2.1 A and AA violations axe finds on the page as it is now, one line each (empty when none). */
export async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
