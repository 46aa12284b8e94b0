// The CMS checks an entry before saving with src/lib/entry-check.ts; the build checks the files. This test drives
// both with the same bad entries (each a fixture file broken the way a person or a stolen login might) and fails
// if one refuses what the other lets through, or if they name a different problem. It also fails if a message
// the CMS would show has no Danish translation (cms/danish.ts), and if the CMS would refuse valid content.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasDanish } from '../../cms/danish';
import { astroIn, copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';
import { checkEntry, type EntryData, type EntryKind, type KnownEntries } from '../../src/lib/entry-check';
import { findContentProblems } from '../../src/lib/content-checks';
import { LOCALES, SOURCE_LOCALE, TARGET_LOCALES, type Locale } from '../../src/lib/model';
import { splitFrontmatter } from '../../src/lib/lix';

const FIXTURE = join(root, 'tests/fixtures/site');
const names = (folder: string) => readdirSync(join(FIXTURE, 'content', folder)).map((f) => basename(f).replace(/\.(mdx|yml)$/, ''));
const known: KnownEntries = {
  guides: names(`guides/${SOURCE_LOCALE}`),
  pages: names(`pages/${SOURCE_LOCALE}`),
  organisations: names('organisations'),
};

/** A content file as the CMS holds it: its frontmatter, and its body under `body`. */
function asCmsData(text: string, mdx: boolean): EntryData {
  if (!mdx) return parse(text) as EntryData;
  const { frontmatter, body } = splitFrontmatter(text);
  return { ...(parse(frontmatter) as EntryData), body };
}

/** Every language of one guide or page, or one YAML file, read from `content` (with `edited` in place of one file). */
function entryOf(
  content: string,
  kind: EntryKind,
  id: string,
  edited?: { file: string; text: string },
): Partial<Record<Locale, EntryData>> {
  const read = (file: string) => (edited?.file === file ? edited.text : readFileSync(join(content, '..', file), 'utf8'));
  if (kind !== 'guides' && kind !== 'pages') {
    const file = {
      organisations: `content/organisations/${id}.yml`,
      ui: `content/ui/${id}.yml`,
      settings: 'content/settings/site.yml',
      journey: 'content/journey/forste-uger.yml',
    }[kind];
    return { [SOURCE_LOCALE]: asCmsData(read(file), false) };
  }
  const data: Partial<Record<Locale, EntryData>> = {};
  for (const lang of LOCALES) {
    try {
      data[lang] = asCmsData(read(`content/${kind}/${lang}/${id}.mdx`), true);
    } catch {
      // No text in this language: the entry has none.
    }
  }
  return data;
}

describe('the CMS accepts the valid fixture content', () => {
  const content = join(FIXTURE, 'content');
  for (const kind of ['guides', 'pages'] as const) {
    for (const id of known[kind]) {
      it(`${kind}/${id}`, () => expect(checkEntry(kind, entryOf(content, kind, id), id, known)).toEqual([]));
    }
  }
  for (const id of known.organisations)
    it(`organisations/${id}`, () => expect(checkEntry('organisations', entryOf(content, 'organisations', id), id, known)).toEqual([]));
  for (const lang of LOCALES) it(`ui/${lang}`, () => expect(checkEntry('ui', entryOf(content, 'ui', lang), lang, known)).toEqual([]));
  it('settings and journey', () => {
    expect(checkEntry('settings', entryOf(content, 'settings', 'site'), 'site', known)).toEqual([]);
    expect(checkEntry('journey', entryOf(content, 'journey', 'forste-uger'), 'forste-uger', known)).toEqual([]);
  });
});

const GUIDE = 'flyt-hertil';
const TRANSLATION = TARGET_LOCALES[0]!;
interface BadEntry {
  name: string;
  kind: EntryKind;
  id: string;
  file: string;
  edit: (text: string) => string;
  /** The field the CMS shows the problem at. */
  field: string;
  /** For Astro's own reference message, which is not the CMS's words: what the build's message holds instead. */
  buildSays?: RegExp;
  /** References are resolved when the site is built, not when content is synced. */
  command?: 'build';
}

const guide = `content/guides/${SOURCE_LOCALE}/${GUIDE}.mdx`;
const JOURNEY = 'content/journey/forste-uger.yml';
const BAD: BadEntry[] = [
  { name: 'a guide without a title', kind: 'guides', id: GUIDE, file: guide, edit: (t) => t.replace(/^title: .*\n/m, ''), field: 'title' },
  {
    name: 'an unknown theme',
    kind: 'guides',
    id: GUIDE,
    file: guide,
    edit: (t) => t.replace(/^theme: .*$/m, 'theme: weather'),
    field: 'theme',
  },
  {
    name: 'a date written the Danish way',
    kind: 'guides',
    id: GUIDE,
    file: guide,
    edit: (t) => t.replace(/^updated: .*$/m, 'updated: 22-11-2026'),
    field: 'updated',
  },
  {
    name: 'a javascript: source',
    kind: 'guides',
    id: GUIDE,
    file: guide,
    edit: (t) => t.replace(/^(sources:\n {2}- name: .*\n {4}url: ).*$/m, '$1javascript:alert(1)'),
    field: 'sources',
  },
  {
    name: 'a place that does not exist',
    kind: 'guides',
    id: GUIDE,
    file: guide,
    edit: (t) => t.replace(/^organisations: .*$/m, 'organisations: [borgerservise]'),
    field: 'organisations',
    buildSays: /borgerservise/,
    command: 'build',
  },
  { name: '<script> in a body', kind: 'guides', id: GUIDE, file: guide, edit: (t) => `${t}\n<script>alert(1)</script>\n`, field: 'body' },
  { name: '{…} in a body', kind: 'guides', id: GUIDE, file: guide, edit: (t) => `${t}\nTo og to er {2 + 2}.\n`, field: 'body' },
  {
    name: 'a javascript: link in a body',
    kind: 'guides',
    id: GUIDE,
    file: guide,
    edit: (t) => `${t}\n[Klik](javascript:alert(1))\n`,
    field: 'body',
  },
  {
    name: 'a reviewed translation without a reviewer',
    kind: 'guides',
    id: GUIDE,
    file: `content/guides/${TRANSLATION}/${GUIDE}.mdx`,
    edit: (t) => t.replace(/^(\s+)state: \w+$/m, '$1state: reviewed').replace(/^\s+reviewed(By|On): .*\n/gm, ''),
    field: 'translation',
  },
  {
    name: 'an unknown placeholder in an interface text',
    kind: 'ui',
    id: SOURCE_LOCALE,
    file: `content/ui/${SOURCE_LOCALE}.yml`,
    edit: (t) => t.replace(/^home_link: .*$/m, 'home_link: Forside {navn}'),
    field: 'home_link',
  },
  // The fixture's journey asks whether readers have children (med-boern, uden-boern) and has a step only for med-boern.
  {
    name: 'a journey step for an answer no question has',
    kind: 'journey',
    id: 'forste-uger',
    file: JOURNEY,
    edit: (t) => t.replace(/^( +when: \[)med-boern\]$/m, '$1med-born]'),
    field: 'steps',
  },
  {
    name: 'two answers of a journey with the same id',
    kind: 'journey',
    id: 'forste-uger',
    file: JOURNEY,
    edit: (t) => t.replace(/^( +- id: )uden-boern$/m, '$1med-boern'),
    field: 'questions',
  },
  {
    name: 'a journey question with one answer',
    kind: 'journey',
    id: 'forste-uger',
    file: JOURNEY,
    edit: (t) => t.replace(/^( +)- id: uden-boern\n(\1 +.*\n)+/m, ''),
    field: 'questions',
  },
];

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
// The schemas look for videos under the working directory, as the build runs in the project: here, the fixture's.
const cwd = process.cwd();
beforeAll(() => process.chdir(FIXTURE));
afterAll(() => process.chdir(cwd));

describe('the CMS and the build refuse the same bad entries, with the same words', () => {
  for (const bad of BAD) {
    it(bad.name, () => {
      const original = readFileSync(join(FIXTURE, bad.file), 'utf8');
      const text = bad.edit(original);
      expect(text, 'the edit changes the file').not.toBe(original);

      const issues = checkEntry(bad.kind, entryOf(join(FIXTURE, 'content'), bad.kind, bad.id, { file: bad.file, text }), bad.id, known);
      expect(issues.length, 'the CMS refuses it').toBeGreaterThan(0);
      expect(issues.map((i) => i.path[0])).toContain(bad.field);
      for (const issue of issues) expect(hasDanish(issue.message), `a Danish message for: ${issue.message}`).toBe(true);

      const dir = copyProject({ prefix: 'entry-check', fixture: FIXTURE });
      copies.push(dir);
      writeFileSync(join(dir, bad.file), text);
      const { status, output } = astroIn(dir, bad.command ?? 'sync');
      expect(status, 'the build refuses it').not.toBe(0);
      expect(output).toContain(bad.file.replace(/^content\//, ''));
      if (bad.buildSays) expect(output).toMatch(bad.buildSays);
      // The build says what the CMS says (a body problem with the file's line, the CMS's with the body's).
      else
        for (const issue of issues)
          expect(output.replace(/\s+/g, ' ')).toContain(issue.message.replace(/^line \d+: /, '').replace(/\s+/g, ' '));
    });
  }
});

describe('across files, the CMS reports what the site check reports', () => {
  it('a reserved address and a former address another guide has', () => {
    const data = entryOf(join(FIXTURE, 'content'), 'guides', GUIDE);
    const other = known.guides.find((id) => id !== GUIDE)!;
    data[SOURCE_LOCALE] = { ...data[SOURCE_LOCALE], previousSlugs: [other] };
    const issues = checkEntry('guides', data, 'status', known);
    const expected = findContentProblems({
      guides: [
        ...known.guides.filter((id) => id !== 'status').map((id) => ({ id, file: `content/guides/${SOURCE_LOCALE}/${id}.mdx` })),
        { id: 'status', file: `content/guides/${SOURCE_LOCALE}/status.mdx`, previousSlugs: [other] },
      ],
      guideTranslations: [],
      pages: known.pages.map((id) => ({ id, file: `content/pages/${SOURCE_LOCALE}/${id}.mdx` })),
      pageTranslations: [],
      organisations: known.organisations,
    }).filter((p) => p.startsWith(`content/guides/${SOURCE_LOCALE}/status.mdx`));
    expect(expected.length).toBe(2);
    for (const problem of expected) expect(issues.some((i) => problem.endsWith(i.message))).toBe(true);
    for (const issue of issues) expect(hasDanish(issue.message), issue.message).toBe(true);
  });
});
