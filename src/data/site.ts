// The one place routes get content from: loads every collection once, checks what spans files, and pairs languages.
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems, type ContentFile } from '../lib/content-checks';
import { formatDate } from '../lib/dates';
import {
  LOCALES,
  SOURCE_LOCALE,
  TARGET_LOCALES,
  THEMES,
  collectionName,
  type Locale,
  type SourceLocale,
  type TargetLocale,
  type Theme,
} from '../lib/model';
import type { JourneyQuestion } from '../lib/journey';
import { fill } from '../lib/text';
import { danishHash } from '../lib/danish-hash';
import {
  organisationTexts,
  originalTexts,
  translationStatus,
  uiTexts,
  type DanishVersion,
  type TranslationRecord,
  type TranslationStatus,
} from '../lib/translation';
import type { UiKey } from '../i18n/ui-keys';

/** An original guide (Danish), with the fields every language shares. */
export type GuideSource = CollectionEntry<`guides${Capitalize<SourceLocale>}`>;
/** A guide's translation: only what is translated, and the state of the translation. */
export type GuideTranslation = CollectionEntry<`guides${Capitalize<TargetLocale>}`>;
export type PageSource = CollectionEntry<`pages${Capitalize<SourceLocale>}`>;
export type PageTranslation = CollectionEntry<`pages${Capitalize<TargetLocale>}`>;
export type Organisation = CollectionEntry<'organisations'>;
export type Settings = CollectionEntry<'settings'>['data'];

/** A step-by-step journey with its guides in order, and the questions that pick the steps for a reader's situation. */
export interface Journey {
  id: string;
  title: Record<Locale, string>;
  intro: Record<Locale, string>;
  questions: JourneyQuestion<Record<Locale, string>>[];
  steps: JourneyStep[];
}
/** A guide of a journey, for everyone or (`when`) for readers who gave one of those answers. */
export interface JourneyStep {
  guide: GuidePair;
  when?: readonly string[];
}

/** An original and the translations that exist of it: one slug in every language. */
export interface Pair<S, T> {
  slug: string;
  source: S;
  translations: Partial<Record<TargetLocale, T>>;
  /** The original's translatable texts as one version: its hash and "updated" date. */
  danish: DanishVersion;
  /** Each translation language's state, missing included, against the original as it is now. */
  status: Record<TargetLocale, TranslationStatus>;
}
export type GuidePair = Pair<GuideSource, GuideTranslation>;
export type PagePair = Pair<PageSource, PageTranslation>;

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
  /** The state of each translation of the interface strings (content/ui/<lang>.yml), as for guides and pages. */
  uiStatus: Record<TargetLocale, TranslationStatus>;
  settings: Settings;
  journeys: Journey[];
  /** Each guide's key for Astro's incremental build, by slug: see guideCacheKeys. */
  cacheKeys: Map<string, string>;
}

const asFile = (entry: { id: string; filePath?: string }, extra: Partial<ContentFile> = {}): ContentFile => ({
  id: entry.id,
  file: entry.filePath ?? entry.id,
  ...extra,
});

type Original = {
  id: string;
  body?: string;
  data: { title: string; summary: string; updated: Date; keywords?: string[]; image?: { alt: string } };
};
type Translated = { id: string; data: { translation: TranslationRecord } };

function pair<S extends Original, T extends Translated>(sources: S[], translations: Record<TargetLocale, T[]>): Pair<S, T>[] {
  const byLang = TARGET_LOCALES.map((lang) => [lang, new Map(translations[lang].map((entry) => [entry.id, entry]))] as const);
  return sources.map((entry) => {
    const danish = { hash: danishHash(originalTexts(entry.data, entry.body ?? '')), updated: entry.data.updated };
    const found = Object.fromEntries(
      byLang.flatMap(([lang, entries]) => (entries.has(entry.id) ? [[lang, entries.get(entry.id)!]] : [])),
    ) as Partial<Record<TargetLocale, T>>;
    const status = Object.fromEntries(
      TARGET_LOCALES.map((lang) => [lang, translationStatus(found[lang]?.data.translation, danish)]),
    ) as Record<TargetLocale, TranslationStatus>;
    return { slug: entry.id, source: entry, translations: found, danish, status };
  });
}

/** Every language's entries of one kind (guides or pages), keyed by language. */
async function collectionsOf<Kind extends 'guides' | 'pages'>(kind: Kind) {
  const entries = await Promise.all(LOCALES.map((lang) => getCollection(collectionName(kind, lang))));
  return Object.fromEntries(LOCALES.map((lang, i) => [lang, entries[i]])) as unknown as Kind extends 'guides'
    ? Record<SourceLocale, GuideSource[]> & Record<TargetLocale, GuideTranslation[]>
    : Record<SourceLocale, PageSource[]> & Record<TargetLocale, PageTranslation[]>;
}

const themeRank = (theme: Theme) => THEMES.indexOf(theme);

type GuideFiles = Awaited<ReturnType<typeof collectionsOf<'guides'>>>;
type PageFiles = Awaited<ReturnType<typeof collectionsOf<'pages'>>>;
type Entries<C extends 'organisations' | 'ui' | 'settings' | 'journey'> = CollectionEntry<C>[];

/** Stops the build on mistakes that span files (the schemas see one file at a time), naming every one. */
function checkAcrossFiles(
  guideFiles: GuideFiles,
  pageFiles: PageFiles,
  organisations: Entries<'organisations'>,
  uiEntries: Entries<'ui'>,
  settings: CollectionEntry<'settings'> | undefined,
  journeyEntries: Entries<'journey'>,
) {
  const translationsOf = <T>(files: Record<TargetLocale, T[]>) =>
    TARGET_LOCALES.flatMap((lang) => files[lang].map((entry) => ({ lang, entry })));
  const problems = findContentProblems({
    guides: guideFiles[SOURCE_LOCALE].map((g) =>
      asFile(g, { organisations: g.data.organisations.map((o) => o.id), image: !!g.data.image, previousSlugs: g.data.previousSlugs }),
    ),
    guideTranslations: translationsOf<GuideTranslation>(guideFiles).map(({ lang, entry }) => ({
      ...asFile(entry, { image: !!entry.data.imageAlt }),
      lang,
    })),
    pages: pageFiles[SOURCE_LOCALE].map((p) => asFile(p)),
    pageTranslations: translationsOf<PageTranslation>(pageFiles).map(({ lang, entry }) => ({ ...asFile(entry), lang })),
    organisations: organisations.map((o) => o.id),
    references: [
      ...journeyEntries.map((j) => ({
        file: j.filePath ?? j.id,
        field: 'steps',
        ids: j.data.steps.map((s) => s.guide.id),
        to: 'guide' as const,
      })),
      ...(settings
        ? [
            {
              file: settings.filePath ?? 'site',
              field: 'defaultHelp',
              ids: settings.data.defaultHelp.map((o) => o.id),
              to: 'organisation' as const,
            },
            {
              file: settings.filePath ?? 'site',
              field: 'interpreterGuide',
              ids: settings.data.interpreterGuide ? [settings.data.interpreterGuide.id] : [],
              to: 'guide' as const,
            },
          ]
        : []),
    ],
  });
  const missingUi = LOCALES.filter((lang) => !uiEntries.some((entry) => entry.id === lang)).map(
    (lang) => `content/ui/${lang}.yml: the interface texts for ${lang} are missing.`,
  );
  if (!settings) missingUi.push('content/settings/site.yml: the site settings are missing.');
  if (problems.length || missingUi.length) {
    throw new Error(`The content needs fixing before the site can be built:\n- ${[...problems, ...missingUi].join('\n- ')}`);
  }
}

/** Each translation of a place's texts against its Danish texts as they are now. */
export function organisationStatus(org: Organisation): Record<TargetLocale, TranslationStatus> {
  const current = { hash: danishHash(organisationTexts(org.data, SOURCE_LOCALE)) };
  const records = (org.data as { translation?: Partial<Record<TargetLocale, TranslationRecord>> }).translation;
  return Object.fromEntries(TARGET_LOCALES.map((lang) => [lang, translationStatus(records?.[lang], current)])) as Record<
    TargetLocale,
    TranslationStatus
  >;
}

/** Each translation of the interface strings against the original's strings as they are now. */
function interfaceStatus(uiEntries: Entries<'ui'>): Record<TargetLocale, TranslationStatus> {
  const source = uiEntries.find((entry) => entry.id === SOURCE_LOCALE)!;
  const current = { hash: danishHash(uiTexts(source.data)) };
  return Object.fromEntries(
    TARGET_LOCALES.map((lang) => [
      lang,
      translationStatus((uiEntries.find((entry) => entry.id === lang)?.data as { translation?: TranslationRecord }).translation, current),
    ]),
  ) as Record<TargetLocale, TranslationStatus>;
}

/** Each language's interface texts, with its placeholders filled and its month names for dates. */
function interfaceTexts(uiEntries: Entries<'ui'>): Record<Locale, Ui> {
  return Object.fromEntries(
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
}

/** The build reports every translation whose original changed after it was translated or reviewed. */
function reportOutdated(pairs: (GuidePair | PagePair)[]) {
  for (const { source, translations, status } of pairs) {
    for (const lang of TARGET_LOCALES) {
      const state = status[lang];
      if (state.state === 'outdated') {
        const follows = state.record.follows;
        console.warn(
          `[translation] ${translations[lang]!.filePath}: out of date: ${source.filePath} has changed since the Danish version it follows (${follows.hash}, updated ${follows.updated.toISOString().slice(0, 10)}).`,
        );
      }
    }
  }
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
/** An entry as far as a page can show it: its file's digest (text and frontmatter) and its data as loaded (pictures by their hashed address). */
const entryKey = (entry: { id: string; digest?: string | number; data: unknown }) => [entry.id, entry.digest, entry.data];

/**
 * The keys by which Astro's incremental build (astro.config.mjs) copies a guide's own pages from the last build
 * instead of rendering them again: the guide, side by side, print, poster, share card and former addresses.
 * A key holds the guide's files in every language and their translation states, and all that the frame of those
 * pages shows of the rest of the site: interface texts, settings, places, journeys, the information pages, and
 * every other guide's slug, theme, order, titles and summaries (not its text or translation state: only the guide's
 * own pages, the lists and /status/ show those, and lists are always rendered). So editing one guide's text or
 * picture renders only its own pages again; a new title renders all. Code, public/ and packages
 * are not in it: scripts/astro-build.mjs builds everything afresh when they change.
 */
function guideCacheKeys(guides: GuidePair[], pages: PagePair[], shared: { id: string; data: unknown }[]) {
  const entries = <P extends GuidePair | PagePair>(pair: P) => [pair.source, ...Object.values(pair.translations)];
  const files = (pair: GuidePair | PagePair) => entries(pair).map(entryKey);
  const outline = (guide: GuidePair) => {
    const { theme, order } = guide.source.data;
    const texts = entries(guide).map((e) => [e.id, e.data.title, e.data.summary]);
    return [guide.slug, theme, order, texts];
  };
  const frame = digest([shared.map(entryKey), pages.map(files), guides.map(outline)]);
  return new Map(guides.map((guide) => [guide.slug, digest([frame, files(guide), guide.status])]));
}

async function load(): Promise<Site> {
  const [guideFiles, pageFiles, organisations, uiEntries, settingsEntries, journeyEntries] = await Promise.all([
    collectionsOf('guides'),
    collectionsOf('pages'),
    getCollection('organisations'),
    getCollection('ui'),
    getCollection('settings'),
    getCollection('journey'),
  ]);
  const settings = settingsEntries.find((entry) => entry.id === 'site');
  checkAcrossFiles(guideFiles, pageFiles, organisations, uiEntries, settings, journeyEntries);

  // Guides in the order a newcomer meets them: by theme, then their order in it, then title.
  const guides = pair<GuideSource, GuideTranslation>(guideFiles[SOURCE_LOCALE], guideFiles).sort(
    (a, b) =>
      themeRank(a.source.data.theme) - themeRank(b.source.data.theme) ||
      a.source.data.order - b.source.data.order ||
      a.source.data.title.localeCompare(b.source.data.title, SOURCE_LOCALE),
  );
  const pages = pair<PageSource, PageTranslation>(pageFiles[SOURCE_LOCALE], pageFiles);
  reportOutdated([...guides, ...pages]);
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const journeys = journeyEntries.map(({ id, data }) => ({
    id,
    title: data.title,
    intro: data.intro,
    questions: data.questions ?? [],
    steps: data.steps.map((step) => ({ guide: bySlug.get(step.guide.id)!, when: step.when })),
  }));

  return {
    journeys,
    guides,
    pages,
    organisations: new Map(organisations.map((o) => [o.id, o])),
    ui: interfaceTexts(uiEntries),
    uiStatus: interfaceStatus(uiEntries),
    settings: settings!.data,
    cacheKeys: guideCacheKeys(guides, pages, [...organisations, ...uiEntries, ...settingsEntries, ...journeyEntries]),
  };
}

let site: Promise<Site> | undefined;
/** Loaded once per build and shared by every route. */
export const loadSite = () => (site ??= load());

/** Whether a pair is really written in `lang`: the source language always, the others when translated. */
export const hasText = (pair: Pair<unknown, unknown>, lang: Locale) => lang === SOURCE_LOCALE || !!pair.translations[lang as TargetLocale];
/** The languages a pair is really written in, in the table's order. */
export const languagesOf = (pair: Pair<unknown, unknown>): Locale[] => LOCALES.filter((lang) => hasText(pair, lang));

/** Where a guide stands in a journey's full list: "step 3 of 9", with its neighbours. */
export function journeyPosition(journeys: Journey[], slug: string) {
  for (const journey of journeys) {
    const index = journey.steps.findIndex((step) => step.guide.slug === slug);
    if (index >= 0) {
      return {
        journey,
        number: index + 1,
        total: journey.steps.length,
        previous: journey.steps[index - 1]?.guide,
        next: journey.steps[index + 1]?.guide,
      };
    }
  }
  return undefined;
}

/** The entry a reader of `lang` sees: the translation when there is one, else the original. */
export const shownIn = <S, T>(pair: Pair<S, T>, lang: Locale): S | T => pair.translations[lang as TargetLocale] ?? pair.source;
/** lang="da" for the original's text shown on a page in another language, so it is read with the right voice. */
export const fallbackLang = (pair: Pair<unknown, unknown>, lang: Locale) => (hasText(pair, lang) ? undefined : SOURCE_LOCALE);
