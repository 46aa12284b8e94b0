import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { REVIEW_STATES, THEMES } from './lib/model';
import { UI_KEYS } from './i18n/ui-keys';

const text = (min: number, max: number) =>
  z.string({ error: (issue) => (issue.input == null ? 'is missing: write a text' : 'must be text: put it in quotes, like "112"') }).trim().min(min, `is too short: write at least ${min} characters`).max(max, `is too long: keep it under ${max} characters`);
const date = () => z.date({ error: 'must be a date written as YYYY-MM-DD, for example 2026-11-22' });

/** Where a fact came from and when someone last read that source. */
const source = z.object({
  name: text(3, 200),
  url: z.url({ error: 'must be a full web address starting with https://' }).optional(),
  checked: date(),
});

/** Greenlandic is a draft translation until a named person has reviewed it. */
const translation = z
  .object({
    status: z.enum(REVIEW_STATES, { error: `must be one of: ${REVIEW_STATES.join(', ')}` }),
    translatedFrom: date().describe('the "updated" date of the Danish text this translation follows'),
    reviewedBy: z.string().trim().min(2).optional(),
    reviewedOn: date().optional(),
  })
  .refine((t) => t.status === 'draft' || (t.reviewedBy && t.reviewedOn), {
    error: 'a reviewed translation needs reviewedBy and reviewedOn',
    path: ['reviewedBy'],
  });

const keywords = z.array(text(2, 60)).default([]);
/** Astro would let a frontmatter "slug" replace the address silently; the file name is the one address. */
const noSlug = z.never({ error: 'remove "slug": the file name is the address of the page' }).optional();

const guideDa = ({ image }: SchemaContext) =>
  z.object({
    slug: noSlug,
    title: text(3, 120),
    summary: text(10, 300),
    theme: z.enum(THEMES, { error: `must be one of: ${THEMES.join(', ')}` }),
    order: z.number().int().min(0).default(100),
    organisations: z.array(reference('organisations')).default([]),
    keywords,
    updated: date(),
    sources: z.array(source).min(1, 'list at least one source for the facts in this guide'),
    image: z.object({ src: image(), alt: text(3, 250) }).optional(),
  });

const guideKl = z.object({
  slug: noSlug,
  title: text(3, 160),
  summary: text(10, 400),
  /** The Greenlandic description of the image chosen in the Danish guide. */
  imageAlt: text(3, 300).optional(),
  keywords,
  updated: date(),
  translation,
});

const pageDa = z.object({
  slug: noSlug,
  title: text(3, 120),
  summary: text(10, 300),
  section: z.enum(['about', 'professionals']).default('about'),
  updated: date(),
});

const pageKl = z.object({ slug: noSlug, title: text(3, 160), summary: text(10, 400), updated: date(), translation });

const localised = z.object({ da: text(1, 400), kl: text(1, 500) });

const organisation = z.object({
  name: localised,
  helpsWith: localised,
  website: z.url().optional(),
  phone: z.string().regex(/^\+?[0-9 ]{8,15}$/, 'must be a phone number like 98 14 68 00').optional(),
  email: z.email().optional(),
  address: z.string().optional(),
  hours: localised.optional(),
  source: source,
  /** Details the sources leave uncertain: shown to readers as unconfirmed, never as fact. */
  unconfirmed: z.array(z.enum(['phone', 'email', 'address', 'hours', 'website'])).default([]),
});

const ui = z.strictObject({
  ...Object.fromEntries(UI_KEYS.map((key) => [key, text(1, 300)])),
  months: z.array(text(2, 20)).length(12, "needs the 12 month names, January first"),
});

const settings = z.object({
  siteName: localised,
  municipality: text(2, 100),
  /** The municipality's own statement at was.digst.dk; empty until the municipality has made it. */
  accessibilityStatementUrl: z.url().optional(),
  contactEmail: z.email().optional(),
  /** Who the help block on a guide names when the guide lists no organisation of its own. */
  defaultHelp: z.array(reference('organisations')).min(1, 'name at least one organisation readers can always ask'),
  /** The guide about the right to an interpreter, linked from every help block. */
  interpreterGuide: reference('guidesDa').optional(),
});

/** A step-by-step journey: guides in the order a newcomer needs them. */
const journey = z.object({
  title: localised,
  intro: localised,
  steps: z.array(reference('guidesDa')).min(2, 'a journey needs at least two steps'),
});

const mdx = (base: string) => glob({ base: `./content/${base}`, pattern: '*.mdx' });
const yaml = (base: string) => glob({ base: `./content/${base}`, pattern: '*.{yml,yaml}' });

export const collections = {
  guidesDa: defineCollection({ loader: mdx('guides/da'), schema: guideDa }),
  guidesKl: defineCollection({ loader: mdx('guides/kl'), schema: guideKl }),
  pagesDa: defineCollection({ loader: mdx('pages/da'), schema: pageDa }),
  pagesKl: defineCollection({ loader: mdx('pages/kl'), schema: pageKl }),
  organisations: defineCollection({ loader: yaml('organisations'), schema: organisation }),
  ui: defineCollection({ loader: yaml('ui'), schema: ui }),
  settings: defineCollection({ loader: yaml('settings'), schema: settings }),
  journey: defineCollection({ loader: yaml('journey'), schema: journey }),
};

