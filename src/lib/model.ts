// The choices every part of the site shares: the content schemas, routes, the CMS and tests import them from here.

export const LOCALES = ['kl', 'da'] as const;
export type Locale = (typeof LOCALES)[number];
/** Danish is the original; Greenlandic is translated from it. */
export const SOURCE_LOCALE: Locale = 'da';

export const LOCALE_NAMES: Record<Locale, string> = { kl: 'Kalaallisut', da: 'Dansk' };

/** Themes in the order a newcomer meets them; labels live in content/ui/<lang>.yml as theme_<id>. */
export const THEMES = [
  'arrival',
  'housing',
  'work',
  'education',
  'health',
  'children',
  'money',
  'networks',
  'help',
] as const;
export type Theme = (typeof THEMES)[number];

export const REVIEW_STATES = ['draft', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Slugs are lowercase ASCII words joined by hyphens, the same in both languages. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

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
export const RESERVED_SLUGS = ['emne', 'steder', 'forste-uger', 'soeg', 'aendringer', 'plakat', 'og', 'status', 'admin', 'pagefind', '_astro'] as const;
