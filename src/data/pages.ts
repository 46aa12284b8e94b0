// What each kind of page needs, computed in one place (like Starlight's route data): routes call one of these
// and hand the result down as props; components never load content themselves.
import type { ImageMetadata } from 'astro';
import {
  LANGUAGES,
  LOCALES,
  PAGE_SECTIONS,
  SOURCE_LOCALE,
  TARGET_LOCALES,
  THEME_SLUGS,
  type Locale,
  type TargetLocale,
} from '../lib/model';
import {
  alternates,
  counterpartUrl,
  directoryUrl,
  homeUrl,
  journeyUrl,
  pageUrl,
  posterUrl,
  printUrl,
  shareCardUrl,
  sideBySidePartner,
  sideBySideUrl,
  themeUrl,
} from '../lib/urls';
import { stepsFor, type JourneyAnswer } from '../lib/journey';
import { readerState } from '../lib/translation';
import { frameOrigin } from '../lib/video';
import {
  fallbackLang,
  hasText,
  journeyPosition,
  languagesOf,
  loadSite,
  shownIn,
  type GuidePair,
  type Journey,
  type Organisation,
  type Pair,
  type PagePair,
  type Ui,
} from './site';

type GuideOrPage = Pair<
  GuidePair['source'] | PagePair['source'],
  NonNullable<GuidePair['translations'][TargetLocale] | PagePair['translations'][TargetLocale]>
>;
/** The entry of a guide or a page that a reader of `lang` sees. */
const shownText = (pair: GuideOrPage, lang: Locale) => shownIn(pair, lang);

/** What the header and footer around every reader page show. */
export interface LayoutData {
  lang: Locale;
  ui: Ui;
  siteName: string;
  municipality: string;
  ogLocale: string;
  /** The interface texts of this language are a draft translation: the footer says so. */
  draftUi: boolean;
  /** The language switch: every language, linked except the current one; on a guide or page, how far each translation can be trusted. */
  languages: { lang: Locale; name: string; href?: string; note?: string }[];
  footer: { heading: string; links: { href: string; title: string; lang?: Locale }[] }[];
}

/** The interface text naming a translation's state for readers: in the language switch and on the language page. */
export const READER_STATE_WORDS = {
  reviewed: 'switch_reviewed',
  unreviewed: 'switch_unreviewed',
  outdated: 'switch_outdated',
  missing: 'switch_missing',
} as const;

export async function layoutData(lang: Locale, path: string, pair?: GuideOrPage): Promise<LayoutData> {
  const { pages, ui, settings, uiStatus } = await loadSite();
  const note = (other: Locale) =>
    pair && !LANGUAGES[other].isSource ? ui[lang].t(READER_STATE_WORDS[readerState(pair.status[other as TargetLocale]).state]) : undefined;
  return {
    lang,
    ui: ui[lang],
    siteName: settings.siteName[lang],
    municipality: settings.municipality,
    ogLocale: LANGUAGES[lang].ogLocale,
    // Until a person has reviewed the translation of the interface strings (or, without a record, as the table says).
    draftUi: LANGUAGES[lang].isSource
      ? false
      : uiStatus[lang as TargetLocale].state === 'missing'
        ? LANGUAGES[lang].draftUi
        : readerState(uiStatus[lang as TargetLocale]).state !== 'reviewed',
    languages: LOCALES.map((other) =>
      other === lang
        ? { lang: other, name: LANGUAGES[other].name }
        : { lang: other, name: LANGUAGES[other].name, href: counterpartUrl(path, other), note: note(other) },
    ),
    footer: PAGE_SECTIONS.map((section) => ({
      heading: ui[lang].t(`footer_${section}`),
      links: pages
        .filter((page) => page.source.data.section === section)
        .map((page) => ({ href: pageUrl(lang, page.slug), title: shownIn(page, lang).data.title, lang: fallbackLang(page, lang) })),
    })),
  };
}

/** The start of every reader route: the page's language, its interface texts, the layout, and the content. */
export async function readerPage(lang: Locale, path: string) {
  const content = await loadSite();
  return { lang, ui: content.ui[lang], layout: await layoutData(lang, path), content };
}

/** A guide's or page's text as a reader of `lang` sees it, and how far its translation can be trusted. */
export async function articleData(lang: Locale, pair: GuidePair | PagePair) {
  const { ui } = await loadSite();
  const bodyLang = fallbackLang(pair, lang) ?? lang;
  return {
    lang,
    entry: shownText(pair, lang),
    bodyLang,
    /** The original's text under a notice in the page's language. */
    missingNotice: bodyLang !== lang ? ui[lang].t('translation_missing') : undefined,
    textUi: ui[bodyLang],
    // The original's page tells the state of every translation of it; a translation tells its own (missing: the notice above).
    translations: (LANGUAGES[lang].isSource ? TARGET_LOCALES : [lang as TargetLocale]).flatMap((target) => {
      const state = readerState(pair.status[target]);
      return state.state === 'missing' ? [] : [state];
    }),
    sourceUrl: pageUrl(SOURCE_LOCALE, pair.slug),
    /** Only a translation links back to the original when it is out of date. */
    linkToSource: !LANGUAGES[bodyLang].isSource,
  };
}
export type ArticleData = Awaited<ReturnType<typeof articleData>>;

/** WCAG 2.2 "consistent help": who helps with a guide, and the interpreter guide. */
export async function helpData(lang: Locale, guide: GuidePair) {
  const { ui, organisations, settings, guides } = await loadSite();
  const refs = guide.source.data.organisations.length > 0 ? guide.source.data.organisations : settings.defaultHelp;
  const interpreterGuide = guides.find((g) => g.slug === settings.interpreterGuide?.id && g !== guide);
  return {
    ui: ui[lang],
    organisations: refs.map((ref) => organisations.get(ref.id)!) as Organisation[],
    interpreterUrl: interpreterGuide && pageUrl(lang, interpreterGuide.slug),
    directoryUrl: directoryUrl(lang),
  };
}
export type HelpData = Awaited<ReturnType<typeof helpData>>;

/** What the <head> says about a guide or page: canonical, alternates, share card, frames. */
function headData(lang: Locale, pair: GuidePair | PagePair, path: string, site: URL) {
  const translated = hasText(pair, lang);
  return {
    title: shownText(pair, lang).data.title,
    description: shownText(pair, lang).data.summary,
    // A page shown in the original's language only points search engines at the original.
    alternates: translated ? alternates(path, languagesOf(pair), site) : [],
    canonical: translated ? undefined : new URL(pageUrl(SOURCE_LOCALE, pair.slug), site).href,
  };
}

/** Everything a guide's page shows. */
export async function guidePage(lang: Locale, guide: GuidePair, path: string, site: URL) {
  const { ui, journeys } = await loadSite();
  const { t } = ui[lang];
  const { theme, video, image, sources, responsible } = guide.source.data;
  const translatedAlt = hasText(guide, lang) ? guide.translations[lang as TargetLocale]?.data.imageAlt : undefined;
  return {
    ...headData(lang, guide, path, site),
    layout: await layoutData(lang, path, guide),
    ui: ui[lang],
    frames: video?.kind === 'provider' ? [frameOrigin(video.provider, video.host)] : [],
    shareCard: shareCardUrl(lang, guide.slug),
    breadcrumbs: [
      { href: homeUrl(lang), text: t('home_link') },
      { href: themeUrl(lang, THEME_SLUGS[theme]), text: t(`theme_${theme}`) },
    ],
    position: journeyPosition(journeys, guide.slug),
    article: await articleData(lang, guide),
    actions: [
      { href: printUrl(lang, guide.slug), text: t('print_link') },
      // The two languages' names: the side-by-side view is for a reader of either.
      { href: sideBySideUrl(lang, guide.slug), text: `${LANGUAGES[lang].name} | ${LANGUAGES[sideBySidePartner(lang)].name}` },
      { href: posterUrl(guide.slug), text: t('poster_link') },
    ],
    image: image && { src: image.src as ImageMetadata, alt: translatedAlt ?? image.alt },
    video,
    help: await helpData(lang, guide),
    sources,
    responsible,
  };
}
export type GuidePageData = Awaited<ReturnType<typeof guidePage>>;

/** Everything an information page shows. */
export async function infoPage(lang: Locale, page: PagePair, path: string, site: URL) {
  const { ui } = await loadSite();
  return {
    ...headData(lang, page, path, site),
    layout: await layoutData(lang, path, page),
    breadcrumbs: [{ href: homeUrl(lang), text: ui[lang].t('home_link') }],
    article: await articleData(lang, page),
  };
}
export type InfoPageData = Awaited<ReturnType<typeof infoPage>>;

/**
 * A journey's page. Without answers: the first question and every step. With some answers: the next question.
 * With an answer to every question: the steps for that situation, numbered among themselves.
 */
export async function journeyPage(
  lang: Locale,
  journey: Journey,
  answers: JourneyAnswer<Record<Locale, string>>[],
  path: string,
  site: URL,
) {
  const { ui } = await loadSite();
  const { t } = ui[lang];
  const ids = answers.map((answer) => answer.id);
  const next = journey.questions[answers.length];
  const answered = answers.length > 0;
  const steps = !answered ? journey.steps : next ? [] : stepsFor(journey.steps, ids);
  const start = journeyUrl(lang, journey.id);
  return {
    layout: await layoutData(lang, path),
    ui: ui[lang],
    // Each situation has its own title, so a reader (and a screen reader's list of tabs) can tell them apart.
    alternates: alternates(path, LOCALES, site),
    title: [journey.title[lang], ...answers.map((answer) => answer.label[lang])].join(': '),
    heading: journey.title[lang],
    intro: journey.intro[lang],
    answers: answers.map((answer, index) => ({ question: journey.questions[index]!.text[lang], answer: answer.label[lang] })),
    question: next && {
      text: next.text[lang],
      links: next.answers.map((answer) => ({ href: journeyUrl(lang, journey.id, [...ids, answer.id]), label: answer.label[lang] })),
    },
    /** On a situation's page: back to the first question, and to every step. */
    links: answered
      ? [
          { href: `${start}#${JOURNEY_QUESTION_ID}`, text: t('journey_change_answers') },
          { href: `${start}#${JOURNEY_STEPS_ID}`, text: t('journey_show_all') },
        ]
      : [],
    steps: steps.map(({ guide }) => ({
      slug: guide.slug,
      href: pageUrl(lang, guide.slug),
      title: shownIn(guide, lang).data.title,
      summary: shownIn(guide, lang).data.summary,
      lang: fallbackLang(guide, lang),
    })),
    /** What "save for offline" keeps: this page and the guides it lists. */
    offline: steps.length ? [path, ...steps.map(({ guide }) => pageUrl(lang, guide.slug))] : [],
  };
}
export type JourneyPageData = Awaited<ReturnType<typeof journeyPage>>;
/** The ids of the first question and of the list of steps on a journey's page, for links to them. */
export const JOURNEY_QUESTION_ID = 'spoergsmaal';
export const JOURNEY_STEPS_ID = 'trin';
