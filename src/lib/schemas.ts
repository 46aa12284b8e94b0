// The zod schemas of every collection: the one place that says what a guide, page or organisation is.
// src/content.config.ts gives them to Astro; cms/config.ts is checked against them by a test.
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_KEYS, UI_PLACEHOLDERS } from '../i18n/ui-keys';
import { pictureProblem } from './content-files';
import { journeyProblems } from './journey';
import {
  LANGUAGES,
  LOCALES,
  PAGE_SECTIONS,
  PROVENANCES,
  SLUG_PATTERN,
  TRANSLATION_STATES,
  SOURCE_LOCALE,
  THEMES,
  collectionName,
  type Locale,
} from './model';
import { WEEKDAYS, PHONE_HINT, PHONE_PATTERN, hoursProblems, normaliseTimeRange, timeRangeProblem } from './facts';
import { unsafeUrlReason } from './safe-url';
import { controlCharacterProblem } from './text';
import { PROVIDERS, PROVIDER_INFO, twentyThreeHostProblem } from './video';
import { parseWebVtt } from './webvtt';

/** Astro's reference(), passed in so the schemas can also be read outside Astro (in tests). */
export interface SchemaTools<Ref extends z.ZodType<{ id: string }>> {
  reference: (collection: 'organisations' | typeof SOURCE_GUIDES) => Ref;
}
/** The collection of the original guides, which journeys and settings refer to. */
export const SOURCE_GUIDES = collectionName('guides', SOURCE_LOCALE);

/** One field per language, built from the language table. */
const perLanguage = <T extends z.ZodType>(field: (lang: Locale) => T) =>
  z.object(Object.fromEntries(LOCALES.map((lang) => [lang, field(lang)])) as Record<Locale, T>);

export function contentSchemas<Ref extends z.ZodType<{ id: string }>>({ reference }: SchemaTools<Ref>) {
  const text = (min: number, max: number) =>
    z
      .string({ error: (issue) => (issue.input == null ? 'is missing: write a text' : 'must be text: put it in quotes, like "112"') })
      .trim()
      .min(min, `is too short: write at least ${min} characters`)
      .max(max, `is too long: keep it under ${max} characters`)
      .superRefine((value, ctx) => {
        const problem = controlCharacterProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      });
  /** A web page: https:// or http://, never javascript:, data: or the like (src/lib/safe-url.ts). */
  const webAddress = () =>
    z
      .url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' })
      .refine((url) => !unsafeUrlReason(url), { error: (issue) => unsafeUrlReason(String(issue.input)) ?? 'is not allowed' });
  // YAML reads 2026-11-22 as a date; the CMS may write it quoted, as text. Both mean the same day.
  const date = () =>
    z.preprocess(
      (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
      z.date({ error: 'must be a date written as YYYY-MM-DD, for example 2026-11-22' }),
    );

  /** A source's own date, as exact as the source gives it: 2025, 2025-03 or 2025-03-14. */
  const sourceDate = () =>
    z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
      z
        .string({ error: 'must be the date the source shows, written as YYYY, YYYY-MM or YYYY-MM-DD' })
        .regex(
          /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
          'must be the date the source shows, written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2025-03',
        ),
    );

  /**
   * Where a fact came from: an address a person can follow (or a document in the project's seeds), the date the
   * source itself shows, and the day we read it. A source nobody has read is not listed.
   */
  const source = z
    .object({
      name: text(3, 200),
      url: webAddress().optional(),
      /** A document that has no address: a file in the project's seeds, e.g. "seeds/000_e0a0dd4577c24389.txt". */
      document: text(3, 200).optional(),
      /** The date the source itself shows; left out when it shows none. */
      published: sourceDate().optional(),
      /** The day one of us read it. */
      read: date(),
      /** Read in a stored copy of the page, not on the live web: the reader is told. */
      storedCopy: z.boolean().default(false),
    })
    .refine((s) => s.url || s.document, {
      error: "give the source's address (url: https://…) or name the document it is (document: …)",
      path: ['url'],
    });

  /** Someone confirmed a detail (phone, hours, …) with the organisation itself, on a day. */
  const confirmation = z.object({ by: text(2, 100), on: date() });

  /** Opening or phone hours: one line per group of weekdays, no day twice, times like 08:00–15:30. */
  const weekday = z.enum(WEEKDAYS, { error: `must be a weekday: ${WEEKDAYS.join(', ')}` });
  const hours = () =>
    z
      .array(
        z.object({
          days: z.array(weekday, { error: `must be a list of weekdays, like [mon, tue]` }),
          time: z
            .string({ error: 'is missing: write the time like 08:00–15:30' })
            .superRefine((time, ctx) => {
              const problem = timeRangeProblem(time);
              if (problem) ctx.addIssue({ code: 'custom', message: problem, fatal: true });
            })
            .transform(normaliseTimeRange),
        }),
      )
      .min(1, 'give at least one line, or leave the hours out')
      .superRefine((lines, ctx) => {
        for (const problem of hoursProblems(lines))
          ctx.addIssue({ code: 'custom', path: [problem.index, problem.field], message: problem.message });
      });

  /** A postal address: street (with number where known), a 4-digit postcode and the town. */
  const address = z.object({
    street: text(2, 120),
    postcode: z
      .string({ error: 'is missing: write the 4-digit postcode in quotes, like "9000"' })
      .regex(/^\d{4}$/, 'must be a Danish postcode: 4 digits, like "9000"'),
    town: text(2, 60),
  });

  /** The state of a translation (src/lib/translation.ts) and the Danish version it follows, by its hash. */
  const HASH_ERROR = 'must be the hash written by the CMS or npm run translation:import / translation:confirm (16 characters 0-9, a-f)';
  const translation = z
    .object({
      state: z.enum(TRANSLATION_STATES, { error: `must be one of: ${TRANSLATION_STATES.join(', ')}` }),
      provenance: z.enum(PROVENANCES, {
        error: `must be one of: ${PROVENANCES.join(', ')} (machine: made with machine translation or AI)`,
      }),
      by: text(2, 100).describe('who wrote the text: the author of a draft, or the translator'),
      written: date().optional(),
      sentTo: text(2, 100).optional(),
      sentOn: date().optional(),
      reviewedBy: text(2, 100).optional(),
      reviewedOn: date().optional(),
      checkedBy: text(2, 100).optional(),
      checkedOn: date().optional(),
      follows: z.object(
        {
          hash: z
            .string({
              error: (issue) =>
                issue.input == null
                  ? 'is missing: record the Danish text this translation follows (the CMS button, or npm run translation:confirm)'
                  : HASH_ERROR,
            })
            .regex(/^[0-9a-f]{16}$/, HASH_ERROR),
          updated: date().describe('the "updated" date of the Danish text this translation follows'),
        },
        { error: 'is missing: the Danish text this translation follows (hash and updated)' },
      ),
    })
    .refine((t) => t.state !== 'reviewed' || (t.reviewedBy && t.reviewedOn), {
      error: 'a reviewed translation needs reviewedBy and reviewedOn',
      path: ['reviewedBy'],
    })
    .refine((t) => t.state !== 'translated' || t.written, {
      error: 'a translated text needs "written": the day the translator delivered it',
      path: ['written'],
    })
    .refine((t) => t.state !== 'sent' || t.sentOn, { error: 'a text sent to a translator needs sentOn', path: ['sentOn'] });

  const keywords = z.array(text(2, 60)).default([]);
  /** What changed and when, in the reader's language: shown on "what changed" and in the feeds. */
  const changes = z.array(z.object({ date: date(), note: text(3, 300) })).default([]);

  /** A file in public/videos/, written as its address, e.g. /videos/mitid/mitid.mp4; no name may start with a dot, so no path leaves the folder. */
  const publicFile = (extensions: string[]) =>
    z
      .string({ error: 'is missing: write the address of a file in public/videos/, like /videos/mitid/mitid.mp4' })
      .regex(
        new RegExp(`^/videos/(?:[a-z0-9_-][a-z0-9._-]*/)*[a-z0-9_-][a-z0-9._-]*\\.(${extensions.join('|')})$`),
        `must be the address of a file in public/videos/, like /videos/name/file.${extensions[0]}`,
      )
      .refine((path) => existsSync(join(process.cwd(), 'public', path)), {
        error: (issue) => `the file public${issue.input} does not exist`,
      });

  /** A caption file that exists and parses as WebVTT; parsed here once, for the player's track and the transcript. */
  const captionFile = publicFile(['vtt']).transform((src, ctx) => {
    const file = join(process.cwd(), 'public', src);
    if (!existsSync(file)) return z.NEVER;
    try {
      return { src, cues: parseWebVtt(readFileSync(file, 'utf8')) };
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `public${src} is not valid WebVTT: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

  /** Every video has captions in every language; they are also the transcript under the video. */
  const videoCommon = {
    poster: publicFile(['jpg', 'png', 'webp']),
    duration: z.number({ error: 'must be the length in seconds, e.g. 24' }).positive(),
    captions: perLanguage(() => captionFile),
    /** An example clip made for the site, not a real film; the page says so. */
    example: z.boolean().default(false),
  };

  const video = z.discriminatedUnion(
    'kind',
    [
      z
        .object({ kind: z.literal('file'), mp4: publicFile(['mp4']).optional(), webm: publicFile(['webm']).optional(), ...videoCommon })
        .refine((v) => v.mp4 || v.webm, { error: 'give the video file as mp4, webm or both', path: ['mp4'] }),
      z
        .object({
          kind: z.literal('provider'),
          provider: z.enum(PROVIDERS, { error: `must be one of: ${PROVIDERS.join(', ')}` }),
          id: z.string({ error: 'is missing: the video id at the provider' }),
          /** The municipality's TwentyThree domain, e.g. video.aalborg.dk. */
          host: z
            .string()
            .refine((host) => !twentyThreeHostProblem(host), { error: (issue) => twentyThreeHostProblem(String(issue.input)) })
            .optional(),
          ...videoCommon,
        })
        .superRefine((v, ctx) => {
          const info = PROVIDER_INFO[v.provider];
          if (!info.id.test(v.id))
            ctx.addIssue({ code: 'custom', path: ['id'], message: `is not a ${info.name} id: expected ${info.idHint}` });
          if (v.provider === 'twentythree' && !v.host)
            ctx.addIssue({ code: 'custom', path: ['host'], message: 'a TwentyThree video needs the host' });
        }),
    ],
    { error: 'kind must be "file" (a video we host) or "provider" (YouTube, Vimeo or TwentyThree)' },
  );
  /** Astro would let a frontmatter "slug" replace the address silently; the file name is the one address. */
  const noSlug = z.never({ error: 'remove "slug": the file name is the address of the page' }).optional();

  /** A picture in content/images/, written relative to the guide as the CMS writes it: ../../images/name.png. */
  const picture = () =>
    z.string({ error: 'is missing: choose a picture from content/images/' }).superRefine((path, ctx) => {
      const problem = pictureProblem(path, join(process.cwd(), 'content/guides/da'));
      if (problem) ctx.addIssue({ code: 'custom', message: problem, fatal: true });
    });

  const guideSource = <Img extends z.ZodType>(image: () => Img) =>
    z.object({
      slug: noSlug,
      title: text(3, 120),
      summary: text(10, 300),
      theme: z.enum(THEMES, { error: `must be one of: ${THEMES.join(', ')}` }),
      /** Addresses the guide had before it was renamed: they keep working, as redirects, in both languages. */
      previousSlugs: z.array(z.string().regex(SLUG_PATTERN, 'must be a former file name: a–z, 0–9 and hyphens')).default([]),
      order: z.number().int().min(0).default(100),
      organisations: z.array(reference('organisations')).default([]),
      keywords,
      updated: date(),
      changes,
      sources: z.array(source).min(1, 'list at least one source for the facts in this guide'),
      /** For a right or a duty: who decides, and the law or the authority's own page. */
      responsible: z
        .array(
          z.object({
            authority: text(3, 160),
            decides: text(3, 300),
            law: text(3, 200).optional(),
            url: webAddress(),
          }),
        )
        .optional(),
      // Astro types image() as taking an object; it takes the path as written, once picture() has checked it.
      image: z.object({ src: picture().pipe(image() as unknown as z.ZodType<z.output<Img>, string>), alt: text(3, 250) }).optional(),
      video: video.optional(),
    });

  const guideTranslation = z.object({
    slug: noSlug,
    title: text(3, 160),
    summary: text(10, 400),
    /** The translated description of the image chosen in the original guide. */
    imageAlt: text(3, 300).optional(),
    keywords,
    updated: date(),
    changes,
    translation,
  });

  const pageSource = z.object({
    slug: noSlug,
    title: text(3, 120),
    summary: text(10, 300),
    section: z.enum(PAGE_SECTIONS).default('about'),
    updated: date(),
  });

  const pageTranslation = z.object({ slug: noSlug, title: text(3, 160), summary: text(10, 400), updated: date(), translation });

  const localised = perLanguage((lang) => text(1, LANGUAGES[lang].maxShortText));
  /** Written in the original's language; a translation may follow (until then readers see the original, marked as such). */
  const localisedOriginal = perLanguage((lang) =>
    lang === SOURCE_LOCALE ? text(1, LANGUAGES[lang].maxShortText) : text(1, LANGUAGES[lang].maxShortText).optional(),
  );

  const FACT_FIELDS = ['phone', 'email', 'address', 'hours', 'phoneHours', 'website'] as const;
  const organisation = z
    .object({
      name: localised,
      helpsWith: localised,
      website: webAddress().optional(),
      phone: z.string({ error: 'must be text: write it like 98 14 68 00' }).regex(PHONE_PATTERN, PHONE_HINT).optional(),
      email: z.email().optional(),
      address: address.optional(),
      /** Opening hours per weekday (for visits). */
      hours: hours().optional(),
      /** When the phone is answered, per weekday. */
      phoneHours: hours().optional(),
      /** Exceptions and anything the hours cannot say: holidays, "book a time first", "ask". */
      note: localisedOriginal.optional(),
      /** Each translation's state and the Danish texts (name, helpsWith, note) it follows, as for guides. */
      translation: z
        .object(Object.fromEntries(LOCALES.filter((lang) => lang !== SOURCE_LOCALE).map((lang) => [lang, translation.optional()])))
        .optional(),
      sources: z.array(source).min(1, 'list at least one source for these details'),
      /** Details from an old document: shown to readers as unconfirmed, never as fact, and left out of schema.org data. */
      unconfirmed: z.array(z.enum(FACT_FIELDS, { error: `must be one of: ${FACT_FIELDS.join(', ')}` })).default([]),
      /** Who confirmed a detail with the organisation, and when: then it is no longer listed in "unconfirmed". */
      confirmed: z
        .object({
          phone: confirmation.optional(),
          email: confirmation.optional(),
          address: confirmation.optional(),
          hours: confirmation.optional(),
          phoneHours: confirmation.optional(),
          website: confirmation.optional(),
        })
        .optional(),
    })
    .superRefine((org, ctx) => {
      for (const field of FACT_FIELDS) {
        const given = org[field] !== undefined;
        if (org.unconfirmed.includes(field) && org.confirmed?.[field])
          ctx.addIssue({
            code: 'custom',
            path: ['unconfirmed'],
            message: `${field} is confirmed (confirmed.${field}): remove it from "unconfirmed"`,
          });
        if (!given && org.unconfirmed.includes(field))
          ctx.addIssue({ code: 'custom', path: ['unconfirmed'], message: `lists ${field}, but there is no ${field}` });
        if (!given && org.confirmed?.[field])
          ctx.addIssue({ code: 'custom', path: ['confirmed', field], message: `there is no ${field} to confirm` });
      }
    });

  /** An interface text may use only the {placeholders} the site fills in for its key. */
  const uiText = (key: (typeof UI_KEYS)[number]) =>
    text(1, 300).superRefine((value, ctx) => {
      const allowed: readonly string[] = UI_PLACEHOLDERS[key] ?? [];
      for (const [, name] of value.matchAll(/\{(\w*)\}/g)) {
        if (!allowed.includes(name!)) {
          const hint = allowed.length
            ? `this text can use ${allowed.map((p) => `{${p}}`).join(', ')}`
            : 'this text has no placeholders: write it without { }';
          ctx.addIssue({ code: 'custom', message: `{${name}} is not filled in by the site: ${hint}` });
        }
      }
    });
  const ui = z.strictObject({
    ...Object.fromEntries(UI_KEYS.map((key) => [key, uiText(key)])),
    months: z.array(text(2, 20)).length(12, 'needs the 12 month names, January first'),
    /** In a translation's file only: its state, as for guides and pages. */
    translation: translation.optional(),
  });

  const settings = z.object({
    siteName: localised,
    municipality: text(2, 100),
    /** The municipality's own statement at was.digst.dk; empty until the municipality has made it. */
    accessibilityStatementUrl: webAddress().optional(),
    /** Who the help block on a guide names when the guide lists no organisation of its own. */
    defaultHelp: z.array(reference('organisations')).min(1, 'name at least one organisation readers can always ask'),
    /** The guide about the right to an interpreter, linked from every help block. */
    interpreterGuide: reference(SOURCE_GUIDES).optional(),
    /** How long a fact may go unread: older readings are listed by `npm run check`, on /status/ and in the CMS. */
    maxSourceAgeMonths: z.number({ error: 'must be a number of months, like 12' }).int().min(1).max(120).default(12),
  });

  /** An answer's id is part of an address (/da/forste-uger/<id>/), like a file name. */
  const answerId = () => z.string().regex(SLUG_PATTERN, 'becomes part of an address: use only a–z, 0–9 and hyphens, e.g. "med-boern"');
  const question = z.object({
    text: localised,
    answers: z.array(z.object({ id: answerId(), label: localised })).min(2, 'a question needs at least two answers'),
  });
  // A step is a guide for everyone ("- mitid") or, with "when", for readers who gave one of those answers.
  const step = z.preprocess(
    (value) => (typeof value === 'string' ? { guide: value } : value),
    z.object({
      guide: reference(SOURCE_GUIDES),
      when: z.array(answerId()).min(1, 'name at least one answer, or remove "when" to show the step to everyone').optional(),
    }),
  );
  /** A step-by-step journey: guides in the order a newcomer needs them, and questions that pick the steps that apply. */
  const journey = z
    .object({
      title: localised,
      intro: localised,
      questions: z.array(question).max(2, 'ask at most two questions: each answer doubles the pages').optional(),
      steps: z.array(step).min(2, 'a journey needs at least two steps'),
    })
    .superRefine((data, ctx) => {
      for (const { path, message } of journeyProblems(data)) ctx.addIssue({ code: 'custom', path, message });
    });

  return { guideSource, guideTranslation, pageSource, pageTranslation, organisation, ui, settings, journey };
}
