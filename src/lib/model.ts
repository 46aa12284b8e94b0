// The choices every part of the site shares: the content schemas, routes, the CMS and tests import them from here.

/**
 * Everything that differs by language, one record each: adding a language is a record here plus its content
 * (content/ui/<lang>.yml, content/guides/<lang>/, content/pages/<lang>/). The order is the order readers see.
 */
export const LANGUAGES = {
  kl: {
    /** The language's name in itself, for the language switch and the front door. */
    name: 'Kalaallisut',
    /** Its name in the build's messages to staff and developers, which are in English. */
    englishName: 'Greenlandic',
    ogLocale: 'kl_GL',
    /** Pagefind's search engine: a stemmer's language, or 'unknown' for the plain one (Greenlandic has none). */
    pagefindEngine: 'unknown',
    /** Search matches its word forms with our own stemmer (src/lib/kl-stem.ts), on the search page and in the index. */
    ownStemmer: true,
    dir: 'ltr',
    /** The original every other language is translated from; exactly one language is. */
    isSource: false,
    /** Browsers cannot hyphenate it: soft hyphens and lang="da" on Danish system words are added as pages are built. */
    textPass: true,
    /** Its interface texts are a draft translation, and the footer says so. */
    draftUi: true,
    /** Translations may run longer than the original, in organisation and settings texts (characters). */
    maxShortText: 500,
    cms: { label: 'Grønlandsk', fieldLabel: 'Grønlandsk (kladde, til gennemgang)' },
  },
  da: {
    name: 'Dansk',
    englishName: 'Danish',
    ogLocale: 'da_DK',
    pagefindEngine: 'da',
    dir: 'ltr',
    isSource: true,
    textPass: false,
    draftUi: false,
    maxShortText: 400,
    cms: { label: 'Dansk', fieldLabel: 'Dansk' },
  },
} as const satisfies Record<string, LanguageInfo>;

export interface LanguageInfo {
  name: string;
  englishName: string;
  ogLocale: string;
  pagefindEngine: string;
  /** Without it, the search page compares lowercase words and Pagefind's stemmer (pagefindEngine) does the rest. */
  ownStemmer?: boolean;
  dir: 'ltr' | 'rtl';
  isSource: boolean;
  textPass: boolean;
  draftUi: boolean;
  maxShortText: number;
  cms: { label: string; fieldLabel: string };
}

export type Locale = keyof typeof LANGUAGES;
export const LOCALES = Object.keys(LANGUAGES) as Locale[];
/** The language the originals are written in (Danish); the others are translated from it. */
export type SourceLocale = { [L in Locale]: (typeof LANGUAGES)[L]['isSource'] extends true ? L : never }[Locale];
export const SOURCE_LOCALE = LOCALES.find((lang) => LANGUAGES[lang].isSource) as SourceLocale;
/** The languages translated from the source. */
export type TargetLocale = Exclude<Locale, SourceLocale>;
export const TARGET_LOCALES = LOCALES.filter((lang) => lang !== SOURCE_LOCALE) as TargetLocale[];
/** Languages whose text gets the build-time pass (src/lib/kl-text.ts). */
export const TEXT_PASS_LOCALES = LOCALES.filter((lang) => LANGUAGES[lang].textPass);
/** Whether search matches a language's word forms with our own stemmer. */
export const hasOwnStemmer = (lang: string) => (LANGUAGES as Record<string, LanguageInfo>)[lang]?.ownStemmer === true;

/** lang for text written in the source language (a source's name, an untranslated guide) on a page in `lang`. */
export const sourceTextLang = (lang: Locale) => (lang === SOURCE_LOCALE ? undefined : SOURCE_LOCALE);
/** lang for text in `lang` inside a page or element in `around`: only when they differ. */
export const langAttr = (lang: Locale, around: Locale) => (lang === around ? undefined : lang);
/** A collection's name for a language: guidesDa, pagesKl, … (Astro collection names cannot hold a hyphen). */
export const collectionName = <K extends string, L extends Locale>(kind: K, lang: L) =>
  `${kind}${(lang[0]!.toUpperCase() + lang.slice(1)) as Capitalize<L>}` as const;

/** Themes in the order a newcomer meets them; labels live in content/ui/<lang>.yml as theme_<id>. */
export const THEMES = ['arrival', 'housing', 'work', 'education', 'health', 'children', 'money', 'networks', 'help'] as const;
export type Theme = (typeof THEMES)[number];

/** The sections of information pages, in the footer's order; labels live in content/ui/<lang>.yml as footer_<section>. */
export const PAGE_SECTIONS = ['about', 'professionals'] as const;

/** The states a translation file records (src/lib/translation.ts): "missing" is no file, "outdated" is computed. */
export const TRANSLATION_STATES = ['draft', 'sent', 'translated', 'reviewed'] as const;
/** How a translation's text was made: by a person, or machine-assisted (readers are told until it is reviewed). */
export const PROVENANCES = ['person', 'machine'] as const;

/** Slugs are lowercase ASCII words joined by hyphens, the same in both languages. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address of each theme's page, in words a Danish-reading partner recognises; shared by both languages like guide slugs. */
export const THEME_SLUGS: Record<Theme, string> = {
  arrival: 'ankomst',
  housing: 'bolig',
  work: 'arbejde',
  education: 'uddannelse',
  health: 'sundhed',
  children: 'boern',
  money: 'penge',
  networks: 'netvaerk',
  help: 'hjaelp',
};

/** Path segments the site itself uses, so no guide or page may take them as its slug. */
export const RESERVED_SLUGS = [
  'emne',
  'steder',
  'forste-uger',
  'soeg',
  'aendringer',
  'plakat',
  'og',
  'status',
  'admin',
  'pagefind',
  '_astro',
  'offline',
] as const;
