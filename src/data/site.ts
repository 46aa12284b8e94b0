// The one place routes get content from: loads every collection once, checks what spans files, and pairs languages.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems, type ContentFile } from '../lib/content-checks';
import { formatDate } from '../lib/dates';
import { LOCALES, THEMES, type Locale, type Theme } from '../lib/model';
import { fill } from '../lib/text';
import { translationState } from '../lib/translation';
import type { UiKey } from '../i18n/ui-keys';

export type GuideDa = CollectionEntry<'guidesDa'>;
export type GuideKl = CollectionEntry<'guidesKl'>;
export type PageDa = CollectionEntry<'pagesDa'>;
export type PageKl = CollectionEntry<'pagesKl'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Settings = CollectionEntry<'settings'>['data'];
export type JourneyEntry = CollectionEntry<'journey'>;

/** A step-by-step journey with its guides in order. */
export interface Journey {
  id: string;
  title: Record<Locale, string>;
  intro: Record<Locale, string>;
  steps: GuidePair[];
}

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
  journeys: Journey[];
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
  const [guidesDa, guidesKl, pagesDa, pagesKl, organisations, uiEntries, settingsEntries, journeyEntries] = await Promise.all([
    getCollection('guidesDa'),
    getCollection('guidesKl'),
    getCollection('pagesDa'),
    getCollection('pagesKl'),
    getCollection('organisations'),
    getCollection('ui'),
    getCollection('settings'),
    getCollection('journey'),
  ]);
  const settings = settingsEntries.find((entry) => entry.id === 'site');

  const problems = findContentProblems({
    guidesDa: guidesDa.map((g) =>
      asFile(g, { organisations: g.data.organisations.map((o) => o.id), image: !!g.data.image, previousSlugs: g.data.previousSlugs }),
    ),
    guidesKl: guidesKl.map((g) => asFile(g, { image: !!g.data.imageAlt })),
    pagesDa: pagesDa.map((p) => asFile(p)),
    pagesKl: pagesKl.map((p) => asFile(p)),
    organisations: organisations.map((o) => o.id),
    references: [
      ...journeyEntries.map((j) => ({ file: j.filePath ?? j.id, field: 'steps', ids: j.data.steps.map((s) => s.id), to: 'guide' as const })),
      ...(settings ? [{ file: settings.filePath ?? 'site', field: 'defaultHelp', ids: settings.data.defaultHelp.map((o) => o.id), to: 'organisation' as const },
        { file: settings.filePath ?? 'site', field: 'interpreterGuide', ids: settings.data.interpreterGuide ? [settings.data.interpreterGuide.id] : [], to: 'guide' as const }] : []),
    ],
  });
  const missingUi = LOCALES.filter((lang) => !uiEntries.some((entry) => entry.id === lang)).map(
    (lang) => `content/ui/${lang}.yml: the interface texts for ${lang} are missing.`,
  );
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

  const pages = pair(pagesDa, pagesKl);
  // The build reports every Greenlandic text whose Danish original changed after it was translated or reviewed.
  for (const { da, kl } of [...guides, ...pages]) {
    const state = translationState(da.data.updated, kl?.data.translation);
    if (state.state === 'outdated') {
      console.warn(`[translation] ${kl!.filePath}: out of date: ${da.filePath} changed on ${state.since.toISOString().slice(0, 10)}, after this translation (translatedFrom ${kl!.data.translation.translatedFrom.toISOString().slice(0, 10)}).`);
    }
  }
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const journeys = journeyEntries.map(({ id, data }) => ({
    id,
    title: data.title,
    intro: data.intro,
    steps: data.steps.map((step) => bySlug.get(step.id)!),
  }));

  return {
    journeys,
    guides,
    pages,
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

/** Where a guide stands in a journey: "step 3 of 9", with its neighbours. */
export function journeyPosition(journeys: Journey[], slug: string) {
  for (const journey of journeys) {
    const index = journey.steps.findIndex((step) => step.slug === slug);
    if (index >= 0) {
      return { journey, number: index + 1, total: journey.steps.length, previous: journey.steps[index - 1], next: journey.steps[index + 1] };
    }
  }
  return undefined;
}

/** The entry a reader of `lang` sees: the translation when there is one, else the Danish original. */
export const shownIn = <D, K>(pair: { da: D; kl?: K }, lang: Locale): D | K => (lang === 'kl' && pair.kl ? pair.kl : pair.da);
/** lang="da" for Danish text shown on a Greenlandic page, so it is read with the right voice. */
export const fallbackLang = (pair: { kl?: unknown }, lang: Locale) => (lang === 'kl' && !pair.kl ? 'da' : undefined);
