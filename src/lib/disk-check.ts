// The content files on disk checked with the CMS's entry check (src/lib/entry-check.ts), for the dev server: a file
// edited by hand that the build would refuse is named, with its field and a Danish message, on its own address
// and on /status/, instead of a bare "page not found".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { danish } from '../../cms/danish';
import { checkEntry, type EntryData, type EntryKind, type KnownEntries } from './entry-check';
import { LOCALES, SOURCE_LOCALE, type Locale } from './model';

export interface DiskProblem {
  /** The file, from the project root. */
  file: string;
  /** The field, as written in the file: "sources.1.url", "title", "body". */
  field: string;
  /** What is wrong and what to write instead, in Danish. */
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A content file as the CMS holds it (frontmatter and body); a file YAML cannot read is a problem of its own. */
function readEntry(root: string, file: string, mdx: boolean): EntryData | DiskProblem {
  const text = readFileSync(join(root, file), 'utf8');
  const match = mdx ? FRONTMATTER.exec(text) : undefined;
  try {
    if (!mdx) return parse(text) as EntryData;
    if (!match) return { file, field: '---', message: 'filen skal begynde med --- og felterne, afsluttet med ---' };
    return { ...(parse(match[1]!) as EntryData), body: match[2]! };
  } catch (error) {
    return { file, field: '---', message: `felterne kan ikke læses som YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

const isProblem = (value: EntryData | DiskProblem): value is DiskProblem =>
  typeof value.file === 'string' && typeof value.message === 'string' && 'field' in value;
const names = (root: string, folder: string, extension: RegExp) =>
  existsSync(join(root, folder))
    ? readdirSync(join(root, folder))
        .filter((f) => extension.test(f))
        .map((f) => f.replace(extension, ''))
    : [];

/**
 * Every problem the build would refuse in the content files under `root`, each with its file and field; with
 * `slug`, only those of that guide or page (for its own address).
 */
export function contentProblemsOnDisk(root = process.cwd(), slug?: string): DiskProblem[] {
  const known: KnownEntries = {
    guides: names(root, `content/guides/${SOURCE_LOCALE}`, /\.mdx$/),
    pages: names(root, `content/pages/${SOURCE_LOCALE}`, /\.mdx$/),
    organisations: names(root, 'content/organisations', /\.ya?ml$/),
  };
  const problems: DiskProblem[] = [];
  const check = (kind: EntryKind, id: string, files: Partial<Record<Locale, string>>, mdx: boolean) => {
    const data: Partial<Record<Locale, EntryData>> = {};
    for (const [lang, file] of Object.entries(files) as [Locale, string][]) {
      if (!existsSync(join(root, file))) continue;
      const entry = readEntry(root, file, mdx);
      if (isProblem(entry)) problems.push(entry);
      else data[lang] = entry;
    }
    if (!data[SOURCE_LOCALE]) return;
    for (const issue of checkEntry(kind, data, id, known)) {
      problems.push({
        file: files[issue.lang ?? SOURCE_LOCALE]!,
        field: issue.path.join('.') || '(hele filen)',
        message: danish(issue.message),
      });
    }
  };
  for (const kind of ['guides', 'pages'] as const) {
    for (const id of known[kind].filter((id) => slug === undefined || id === slug))
      check(kind, id, Object.fromEntries(LOCALES.map((lang) => [lang, `content/${kind}/${lang}/${id}.mdx`])), true);
  }
  if (slug !== undefined) return problems;
  for (const id of known.organisations) check('organisations', id, { [SOURCE_LOCALE]: `content/organisations/${id}.yml` }, false);
  for (const lang of LOCALES) check('ui', lang, { [SOURCE_LOCALE]: `content/ui/${lang}.yml` }, false);
  check('settings', 'site', { [SOURCE_LOCALE]: 'content/settings/site.yml' }, false);
  check('journey', 'forste-uger', { [SOURCE_LOCALE]: 'content/journey/forste-uger.yml' }, false);
  return problems;
}

/** The problems of the guide or page at /<lang>/<slug>/… (in any language's file), for the pages at that address. */
export function problemsOfAddress(pathname: string, root = process.cwd()): DiskProblem[] {
  const slug = /^\/[a-z]{2,3}\/([a-z0-9-]+)\//.exec(pathname)?.[1];
  return slug ? contentProblemsOnDisk(root, slug) : [];
}
