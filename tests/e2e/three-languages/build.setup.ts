// The fixture site with English added, changing only the language table and content (tests/fixtures/three-languages).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildCopy, copyProject } from '../../../scripts/copy-project.mjs';
import { BUILD_DIR, FIXTURE, THREE_LANGUAGES } from '../builds';
import { expect, test } from '../site';

/** The record a developer adds to LANGUAGES in src/lib/model.ts: the one change outside content. */
const ENGLISH = `  en: {
    name: 'English',
    englishName: 'English',
    ogLocale: 'en_GB',
    pagefindEngine: 'en',
    dir: 'ltr',
    isSource: false,
    textPass: false,
    draftUi: true,
    maxShortText: 500,
    cms: { label: 'Engelsk', fieldLabel: 'Engelsk' },
  },
`;

test('the fixture site with a third language builds and passes the site check', () => {
  test.setTimeout(180_000);
  const dir = copyProject({ dir: BUILD_DIR('three-languages'), fixture: FIXTURE });
  const model = join(dir, 'src/lib/model.ts');
  const table = readFileSync(model, 'utf8');
  expect(table, 'the language table in src/lib/model.ts').toContain('} as const satisfies Record<string, LanguageInfo>;');
  writeFileSync(
    model,
    table.replace('} as const satisfies Record<string, LanguageInfo>;', `${ENGLISH}} as const satisfies Record<string, LanguageInfo>;`),
  );

  const content = (path: string) => join(dir, 'content', path);
  cpSync(join(THREE_LANGUAGES, 'content'), content(''), { recursive: true });
  cpSync(join(THREE_LANGUAGES, 'public'), join(dir, 'public'), { recursive: true });
  // Every video gets its English captions.
  for (const file of readdirSync(content('guides/da')).map((f) => `guides/da/${f}`)) {
    writeFileSync(
      content(file),
      readFileSync(content(file), 'utf8').replace(
        /^( +)da: (\/videos\/.*)\.da\.vtt$/gm,
        '$1da: $2.da.vtt\n$1en: /videos/eksempel/eksempel.en.vtt',
      ),
    );
  }
  // Interface texts English does not have yet are the Danish ones.
  const en = { ...parse(readFileSync(content('ui/da.yml'), 'utf8')), ...parse(readFileSync(content('ui/en.yml'), 'utf8')) };
  writeFileSync(content('ui/en.yml'), stringify(en));
  // Every text the places, settings and journey give in Danish is given in English too (here: the Danish words).
  for (const file of [
    ...readdirSync(content('organisations')).map((f) => `organisations/${f}`),
    'settings/site.yml',
    'journey/forste-uger.yml',
  ]) {
    writeFileSync(content(file), readFileSync(content(file), 'utf8').replace(/^( *)da: (.*)$/gm, '$1da: $2\n$1en: $2'));
  }
  const { status, output } = buildCopy(dir, { search: true, check: true });
  expect(status, output).toBe(0);
});
