import { LOCALES, SOURCE_LOCALE, TARGET_LOCALES, type Locale } from './model';

export const homeUrl = (lang: Locale) => `/${lang}/`;
export const pageUrl = (lang: Locale, slug: string) => `/${lang}/${slug}/`;
export const themeUrl = (lang: Locale, themeSlug: string) => `/${lang}/emne/${themeSlug}/`;

/** The language a site path belongs to, or undefined for language-neutral paths like "/". */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return LOCALES.find((lang) => lang === first);
}

/** The same page in the other language: only the language prefix changes, because slugs are shared. */
export function counterpartUrl(path: string, target: Locale): string {
  const current = localeOfPath(path);
  if (!current) return homeUrl(target);
  return `/${target}${path.slice(current.length + 1)}`;
}

/**
 * hreflang alternates for a page: every language that really has the page, each pointing at all of them.
 * A language shown only as a fallback (the Danish text under a Greenlandic notice) is left out.
 */
export function alternates(path: string, translatedInto: readonly Locale[], site: URL): { lang: Locale; href: string }[] {
  if (translatedInto.length < 2) return [];
  return translatedInto.map((lang) => ({ lang, href: new URL(counterpartUrl(path, lang), site).href }));
}
export const directoryUrl = (lang: Locale) => `/${lang}/steder/`;
export const organisationUrl = (lang: Locale, id: string) => `/${lang}/steder/${id}/`;
/** A journey, or with answers the page of that situation: /da/forste-uger/med-boern/arbejde/. */
export const journeyUrl = (lang: Locale, id: string, answers: readonly string[] = []) => `/${lang}/${[id, ...answers].join('/')}/`;
export const searchUrl = (lang: Locale, query?: string) => `/${lang}/soeg/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
/** A guide's print version: one A4 sheet. */
export const printUrl = (lang: Locale, slug: string) => `${pageUrl(lang, slug)}udskriv/`;
/** The language a guide's side-by-side view in `lang` shows next to it: the original's, or on the original's page the first translation. */
export const sideBySidePartner = (lang: Locale): Locale => (lang === SOURCE_LOCALE ? TARGET_LOCALES[0]! : SOURCE_LOCALE);
/** A guide's texts in two languages next to each other, section by section (for a caseworker and a citizen). */
export const sideBySideUrl = (lang: Locale, slug: string) => `${pageUrl(lang, slug)}side-om-side/`;
/** A guide's poster: one page for every language. */
export const posterUrl = (slug: string) => `/plakat/${slug}/`;
export const feedUrl = (lang: Locale) => `/${lang}/feed.xml`;
export const changesUrl = (lang: Locale) => `/${lang}/aendringer/`;
/** A share card's size in pixels; here, not in share-card.ts, so pages that name it do not load sharp. */
export const CARD = { width: 800, height: 420 };
/** A page's share card; guides have their own, other pages use the home page's. */
export const shareCardUrl = (lang: Locale, slug = 'forside') => `/og/${lang}/${slug}.jpg`;
