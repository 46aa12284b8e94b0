// The one place routes get content from: loads every collection once, checks what spans files, and pairs languages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems, type ContentFile } from '../lib/content-checks';
import { formatDate } from '../lib/dates';
import { LOCALES, THEMES, type Locale, type Theme } from '../lib/model';
import { fill } from '../lib/text';
import type { UiKey } from '../i18n/ui-keys';

export type GuideDa = CollectionEntry<'guidesDa'>;
export type GuideKl = CollectionEntry<'guidesKl'>;
export type PageDa = CollectionEntry<'pagesDa'>;
export type PageKl = CollectionEntry<'pagesKl'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Settings = CollectionEntry<'settings'>['data'];

/** A Danish original and, when it exists, its Greenlandic translation: the same slug. */
export interface Pair<D, K> {
  slug: string;
  da: D;
  kl?: K;
}
export type GuidePair = Pair<GuideDa, GuideKl>;
export type PagePair = Pair<PageDa, PageKl>;

export interface Ui {
  lang: Locale;
  t: (key: UiKey, values?: Record<string, string>) => string;
  date: (date: Date) => string;
}

export interface Site {
  guides: GuidePair[];
  pages: PagePair[];
  organisations: Map<string, Organisation>;
  ui: Record<Locale, Ui>;
  settings: Settings;
}

const asFile = (entry: { id: string; filePath?: string }, extra: Partial<ContentFile> = {}): ContentFile => ({
  id: entry.id,
  file: entry.filePath ?? entry.id,
  ...extra,
});

function pair<D extends { id: string }, K extends { id: string }>(da: D[], kl: K[]): Pair<D, K>[] {
  const translations = new Map(kl.map((entry) => [entry.id, entry]));
  return da.map((entry) => ({ slug: entry.id, da: entry, kl: translations.get(entry.id) }));
}

const themeRank = (theme: Theme) => THEMES.indexOf(theme);

async function load(): Promise<Site> {
  const [guidesDa, guidesKl, pagesDa, pagesKl, organisations, uiEntries, settingsEntries] = await Promise.all([
    getCollection('guidesDa'),
    getCollection('guidesKl'),
    getCollection('pagesDa'),
    getCollection('pagesKl'),
    getCollection('organisations'),
    getCollection('ui'),
    getCollection('settings'),
  ]);

  const problems = findContentProblems({
    guidesDa: guidesDa.map((g) => asFile(g, { organisations: g.data.organisations.map((o) => o.id), image: !!g.data.image })),
    guidesKl: guidesKl.map((g) => asFile(g, { image: !!g.data.imageAlt })),
    pagesDa: pagesDa.map((p) => asFile(p)),
    pagesKl: pagesKl.map((p) => asFile(p)),
    organisations: organisations.map((o) => o.id),
  });
  const missingUi = LOCALES.filter((lang) => !uiEntries.some((entry) => entry.id === lang)).map(
    (lang) => `content/ui/${lang}.yml: the interface texts for ${lang} are missing.`,
  );
  const settings = settingsEntries.find((entry) => entry.id === 'site');
  if (!settings) missingUi.push('content/settings/site.yml: the site settings are missing.');
  if (problems.length || missingUi.length) {
    throw new Error(`The content needs fixing before the site can be built:\n- ${[...problems, ...missingUi].join('\n- ')}`);
  }

  const guides = pair(guidesDa, guidesKl).sort(
    (a, b) =>
      themeRank(a.da.data.theme) - themeRank(b.da.data.theme) ||
      a.da.data.order - b.da.data.order ||
      a.da.data.title.localeCompare(b.da.data.title, 'da'),
  );
  const ui = Object.fromEntries(
    uiEntries.map(({ id, data }) => {
      const lang = id as Locale;
      const strings = data as Record<UiKey, string> & { months: string[] };
      const entry: Ui = {
        lang,
        t: (key, values) => fill(strings[key], values),
        date: (date) => formatDate(date, strings.months),
      };
      return [lang, entry];
    }),
  ) as Record<Locale, Ui>;

  return {
    guides,
    pages: pair(pagesDa, pagesKl),
    organisations: new Map(organisations.map((o) => [o.id, o])),
    ui,
    settings: settings!.data,
  };
}

let site: Promise<Site> | undefined;
/** Loaded once per build and shared by every route. */
export const loadSite = () => (site ??= load());

/** The languages a pair is really written in: Danish always, Greenlandic when translated. */
export const languagesOf = (pair: Pair<unknown, unknown>): Locale[] => (pair.kl ? ['kl', 'da'] : ['da']);
