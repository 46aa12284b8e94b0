import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { LOCALES, SOURCE_LOCALE, collectionName, type Locale, type SourceLocale, type TargetLocale } from './lib/model';
import { contentSchemas } from './lib/schemas';
import { renderedMdx } from './loaders/rendered-mdx';

const schemas = contentSchemas({ reference });
const mdx = (base: string) => glob({ base: `./content/${base}`, pattern: '*.mdx' });
// Guides, the collections that grow, have their bodies rendered as the content loads (see the loader).
const guides = (base: string) => renderedMdx({ base: `./content/${base}`, pattern: '*.mdx' });
const yaml = (base: string) => glob({ base: `./content/${base}`, pattern: '*.{yml,yaml}' });

const guideSource = defineCollection({ loader: guides(`guides/${SOURCE_LOCALE}`), schema: ({ image }) => schemas.guideSource(image) });
const guideTranslation = (lang: Locale) => defineCollection({ loader: guides(`guides/${lang}`), schema: schemas.guideTranslation });
const pageSource = defineCollection({ loader: mdx(`pages/${SOURCE_LOCALE}`), schema: schemas.pageSource });
const pageTranslation = (lang: Locale) => defineCollection({ loader: mdx(`pages/${lang}`), schema: schemas.pageTranslation });

// One guide and one page collection per language (guidesDa, guidesKl, …): the original's schema for the
// source language, the translation's for the others.
type PerLanguage<Kind extends string, Source, Translation> = { [L in SourceLocale as `${Kind}${Capitalize<L>}`]: Source } & {
  [L in TargetLocale as `${Kind}${Capitalize<L>}`]: Translation;
};
const perLanguage = <Kind extends string, Source, Translation>(kind: Kind, source: Source, translation: (lang: Locale) => Translation) =>
  Object.fromEntries(
    LOCALES.map((lang) => [collectionName(kind, lang), lang === SOURCE_LOCALE ? source : translation(lang)]),
  ) as PerLanguage<Kind, Source, Translation>;

export const collections = {
  ...perLanguage('guides', guideSource, guideTranslation),
  ...perLanguage('pages', pageSource, pageTranslation),
  organisations: defineCollection({ loader: yaml('organisations'), schema: schemas.organisation }),
  ui: defineCollection({ loader: yaml('ui'), schema: schemas.ui }),
  settings: defineCollection({ loader: yaml('settings'), schema: schemas.settings }),
  journey: defineCollection({ loader: yaml('journey'), schema: schemas.journey }),
};
