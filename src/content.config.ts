import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentSchemas } from './lib/schemas';
import { renderedMdx } from './loaders/rendered-mdx';

const schemas = contentSchemas({ reference });
const mdx = (base: string) => glob({ base: `./content/${base}`, pattern: '*.mdx' });
// Guides, the collections that grow, have their bodies rendered as the content loads (see the loader).
const guides = (base: string) => renderedMdx({ base: `./content/${base}`, pattern: '*.mdx' });
const yaml = (base: string) => glob({ base: `./content/${base}`, pattern: '*.{yml,yaml}' });

export const collections = {
  guidesDa: defineCollection({ loader: guides('guides/da'), schema: ({ image }) => schemas.guideDa(image) }),
  guidesKl: defineCollection({ loader: guides('guides/kl'), schema: schemas.guideKl }),
  pagesDa: defineCollection({ loader: mdx('pages/da'), schema: schemas.pageDa }),
  pagesKl: defineCollection({ loader: mdx('pages/kl'), schema: schemas.pageKl }),
  organisations: defineCollection({ loader: yaml('organisations'), schema: schemas.organisation }),
  ui: defineCollection({ loader: yaml('ui'), schema: schemas.ui }),
  settings: defineCollection({ loader: yaml('settings'), schema: schemas.settings }),
  journey: defineCollection({ loader: yaml('journey'), schema: schemas.journey }),
};

