// One entry, as the CMS holds it before saving, checked with the build's own rules: the zod schemas, the body
// rules on the MDX syntax tree, the address allowlist (inside both), references, reserved and duplicate
// addresses, interface placeholders. The CMS calls it before every save; tests/unit/entry-check.test.ts feeds
// it and the real build the same bad entries. It runs in the browser too: files on disk (videos, pictures'
// first bytes) cannot be read there, so only their paths are checked, and the build checks the rest.
import { z } from 'astro/zod';
import { bodyProblem, parseBody, type BodyNode } from './body-rules';
import { findContentProblems, type ContentFile } from './content-checks';
import { LOCALES, SOURCE_LOCALE, TARGET_LOCALES, type Locale } from './model';
import { contentSchemas } from './schemas';

/** The CMS's collections (cms/config.ts) and, for the file collections, which file. */
export type EntryKind = 'guides' | 'pages' | 'organisations' | 'ui' | 'settings' | 'journey';

/** The names of the entries that exist already (file names without extension), as references and addresses see them. */
export interface KnownEntries {
  guides: readonly string[];
  pages: readonly string[];
  organisations: readonly string[];
}

export interface EntryIssue {
  /** The language pane the field is in; undefined for collections without languages. */
  lang?: Locale;
  /** The field's path in the file's data, as zod gives it: ['sources', 1, 'url']. 'body' for the text. */
  path: (string | number)[];
  /** The build's own message, in English (cms/danish.ts gives it to staff in Danish). */
  message: string;
}

const PROJECT = '/project'; // body rules resolve pictures against a project root; nothing is read from it in the browser

/** The frontmatter and body of one language of an entry. */
export type EntryData = Record<string, unknown> & { body?: string };

const built = new WeakMap<object, ReturnType<typeof contentSchemas>>();
/** The schemas, built once for each list of known entries (building them is the slow part of a check). */
function schemasFor(known: KnownEntries | undefined) {
  const key = known ?? built;
  const cached = built.get(key);
  if (cached) return cached;
  const schemas = makeSchemas(known);
  built.set(key, schemas);
  return schemas;
}

function makeSchemas(known: KnownEntries | undefined) {
  const reference = (collection: string) => {
    if (!known) return z.string(); // not known yet: the build checks
    const names = collection === 'organisations' ? known.organisations : known.guides;
    const folder =
      collection === 'organisations' ? 'content/organisations/ (without .yml)' : `content/guides/${SOURCE_LOCALE}/ (without .mdx)`;
    return z.string().refine((id) => names.includes(id), {
      error: (issue) => `"${String(issue.input)}" does not exist; use the name of a file in ${folder}`,
    });
  };
  return contentSchemas({ reference: reference as never });
}

const zodIssues = (schema: z.ZodType, data: unknown, lang?: Locale): EntryIssue[] => {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        lang,
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issue.message,
      }));
};

/** The body rules of src/lib/body-rules.ts on the body's MDX syntax tree, each problem with its line in the body. */
export function bodyIssues(body: string, file: string, lang?: Locale): EntryIssue[] {
  let tree;
  try {
    tree = parseBody(body);
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, ' ');
    return [{ lang, path: ['body'], message: `the text cannot be read as Markdown: ${message}` }];
  }
  const issues: EntryIssue[] = [];
  const visit = (node: BodyNode & { children?: unknown[]; position?: { start: { line: number } } }) => {
    const problem = bodyProblem(node, { file: `${PROJECT}/${file}`, imagesDir: `${PROJECT}/content/images` });
    if (problem) issues.push({ lang, path: ['body'], message: `line ${node.position?.start.line ?? '?'}: ${problem}` });
    for (const child of node.children ?? []) visit(child as never);
  };
  visit(tree as never);
  return issues;
}

/** True when a translation pane holds nothing yet: the CMS then writes no file for that language. */
const untouched = (data: EntryData | undefined) =>
  !data ||
  Object.entries(data).every(
    ([key, value]) => key === 'translation' || value === undefined || value === '' || (Array.isArray(value) && value.length === 0),
  );

/**
 * Everything the build would refuse in one entry. `data` is the data of each language pane (collections without
 * languages use the source language's key); `slug` is the file name (for a new entry, the one the CMS will write).
 * Without `known`, references and addresses are not checked. `isNew`: the entry has no file yet, so an entry of that
 * name in `known` is another one.
 */
export function checkEntry(
  kind: EntryKind,
  data: Partial<Record<Locale, EntryData>>,
  slug: string,
  known?: KnownEntries,
  isNew = false,
): EntryIssue[] {
  const schemas = schemasFor(known);
  const source = data[SOURCE_LOCALE] ?? {};
  const issues: EntryIssue[] = [];
  if (kind === 'guides' || kind === 'pages') {
    const original = kind === 'guides' ? schemas.guideSource(() => z.string()) : schemas.pageSource;
    const translation = kind === 'guides' ? schemas.guideTranslation : schemas.pageTranslation;
    const { body = '', ...frontmatter } = source;
    issues.push(
      ...zodIssues(original, frontmatter, SOURCE_LOCALE),
      ...bodyIssues(body, `content/${kind}/${SOURCE_LOCALE}/${slug}.mdx`, SOURCE_LOCALE),
    );
    const translations = TARGET_LOCALES.filter((lang) => !untouched(data[lang]));
    for (const lang of translations) {
      const { body: translated = '', ...fields } = data[lang]!;
      issues.push(...zodIssues(translation, fields, lang), ...bodyIssues(translated, `content/${kind}/${lang}/${slug}.mdx`, lang));
    }
    if (known)
      issues.push(
        ...crossFileIssues(
          kind,
          slug,
          source,
          translations.map((lang) => ({ lang, data: data[lang]! })),
          known,
          isNew,
        ),
      );
  } else {
    const schema = { organisations: schemas.organisation, ui: schemas.ui, settings: schemas.settings, journey: schemas.journey }[kind];
    issues.push(...zodIssues(schema, source));
  }
  return issues;
}

/** The checks across files (src/lib/content-checks.ts), for this entry among the ones that exist. */
function crossFileIssues(
  kind: 'guides' | 'pages',
  slug: string,
  source: EntryData,
  translations: { lang: Locale; data: EntryData }[],
  known: KnownEntries,
  isNew: boolean,
): EntryIssue[] {
  const file = (lang: Locale) => `content/${kind}/${lang}/${slug}.mdx`;
  const others = (names: readonly string[], folder: string): ContentFile[] =>
    names
      .filter((id) => isNew || id !== slug || folder !== kind)
      .map((id) => ({ id, file: `content/${folder}/${SOURCE_LOCALE}/${id}.mdx` }));
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const own: ContentFile = { id: slug, file: file(SOURCE_LOCALE), previousSlugs: list(source.previousSlugs), image: Boolean(source.image) };
  const ownTranslations = translations.map(({ lang, data }) => ({ id: slug, file: file(lang), lang, image: Boolean(data.imageAlt) }));
  const problems = findContentProblems({
    guides: [...others(known.guides, 'guides'), ...(kind === 'guides' ? [own] : [])],
    pages: [...others(known.pages, 'pages'), ...(kind === 'pages' ? [own] : [])],
    guideTranslations: kind === 'guides' ? ownTranslations : [],
    pageTranslations: kind === 'pages' ? ownTranslations : [],
    organisations: known.organisations,
  });
  const mine = LOCALES.map((lang) => ({ lang, prefix: `${file(lang)}: ` }));
  return problems.flatMap((problem) => {
    const at = mine.find(({ prefix }) => problem.startsWith(prefix));
    if (!at) return [];
    const text = problem.slice(at.prefix.length);
    const field = /^(previousSlugs|imageAlt|organisations): /.exec(text)?.[1];
    // The file name comes from the title when an entry is created, so an address problem is shown at the title.
    return [{ lang: at.lang, path: [field ?? 'title'], message: field ? text.slice(field.length + 2) : text }];
  });
}
