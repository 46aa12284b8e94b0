// The proof that staff's normal work keeps the suite green: a copy of the real content after a day of ordinary
// edits (every untranslated guide translated, a draft marked reviewed, the draft notice reworded in both
// languages, a new information page, one more journey step), built and checked as `npm run check` does. The
// project "staff-edits" then runs the content-independent specs on it, and staff-edits.spec.ts checks the edits show.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../../../scripts/copy-project.mjs';
import { danishVersion, translationYaml } from '../../../scripts/translation-files.mjs';
import { BUILD_DIR, STAFF_EDITS_FILE as EDITS_FILE } from '../builds';
import { expect, test } from '../site';

const REVIEWER = 'Naja Redaktør';

/** Sets a top-level YAML key to a value written as JSON (which YAML reads), adding it if it is missing. */
function setKey(text: string, key: string, value: unknown) {
  const line = new RegExp(`^${key}:.*(\\n[ \\t]+.*)*`, 'm');
  return line.test(text)
    ? text.replace(line, () => `${key}: ${JSON.stringify(value)}`)
    : text.replace(/^(---\n)?/, (start) => `${start}${key}: ${JSON.stringify(value)}\n`);
}
const frontmatterOf = (text: string) => text.split(/^---$/m)[1]!;
const field = (text: string, key: string) => new RegExp(`^${key}: *(.*)$`, 'm').exec(frontmatterOf(text))?.[1]?.replace(/^"(.*)"$/, '$1');

test('staff edit a copy of the real content, and it builds and passes the site check', () => {
  test.setTimeout(300_000);
  const dir = copyProject({ dir: BUILD_DIR('staff-edits') });
  const content = (path: string) => join(dir, 'content', path);
  // 0. Write a new Danish guide, as staff do (a copy of the first one under a new address, without its former ones).
  const first = readdirSync(content('guides/da'))[0]!;
  writeFileSync(
    content('guides/da/ny-guide-fra-personalet.mdx'),
    readFileSync(content(`guides/da/${first}`), 'utf8')
      .replace(/^previousSlugs:.*\n/m, '')
      .replace(/^title: .*$/m, 'title: Ny guide fra personalet'),
  );
  const guides = readdirSync(content('guides/da')).map((f) => f.replace(/\.mdx$/, ''));

  // 1. Translate every guide that has no Greenlandic text yet, the new one included (the body stays Danish: a translator's first save).
  const translated = guides.filter((slug) => !existsSync(content(`guides/kl/${slug}.mdx`)));
  for (const slug of translated) {
    const da = readFileSync(content(`guides/da/${slug}.mdx`), 'utf8');
    const body = da.split(/^---$/m).slice(2).join('---').replaceAll('](/da/', '](/kl/');
    const updated = field(da, 'updated');
    const kl = [
      '---',
      `title: ${JSON.stringify(`${field(da, 'title')} (kalaallisut)`)}`,
      `summary: ${JSON.stringify(`Kalaallisut: ${field(da, 'summary')}`)}`,
      ...(/^image:/m.test(frontmatterOf(da)) ? ['imageAlt: Assiliaq.'] : []),
      'keywords: [nutaaq]',
      `updated: ${updated}`,
      // What the CMS writes when the translator presses "follows the Danish text as it is now".
      translationYaml({
        state: 'draft',
        provenance: 'person',
        by: 'En oversætter',
        written: updated,
        follows: danishVersion(dir, 'guides', slug),
      }).trimEnd(),
      '---',
    ].join('\n');
    writeFileSync(content(`guides/kl/${slug}.mdx`), kl + body);
  }

  // 2. Mark the first draft translation reviewed.
  const reviewed = guides.find(
    (slug) => /state: draft/.test(readFileSync(content(`guides/kl/${slug}.mdx`), 'utf8')) && !translated.includes(slug),
  )!;
  const klFile = content(`guides/kl/${reviewed}.mdx`);
  const reviewedOn = field(readFileSync(content(`guides/da/${reviewed}.mdx`), 'utf8'), 'updated');
  writeFileSync(
    klFile,
    readFileSync(klFile, 'utf8').replace('state: draft', `state: reviewed\n  reviewedBy: ${REVIEWER}\n  reviewedOn: ${reviewedOn}`),
  );

  // 3. Reword the draft notice in both languages.
  const notices = {
    da: 'Kladde: den grønlandske tekst venter på gennemlæsning.',
    kl: 'Missingiut: kalaallisut allaaserisaq suli atuarneqanngilaq.',
  };
  for (const [lang, text] of Object.entries(notices))
    writeFileSync(content(`ui/${lang}.yml`), setKey(readFileSync(content(`ui/${lang}.yml`), 'utf8'), 'translation_draft', text));

  // 4. A new information page in both languages.
  const page = 'kontakt';
  writeFileSync(
    content(`pages/da/${page}.mdx`),
    '---\ntitle: Kontakt redaktionen\nsummary: Sådan skriver du til dem, der laver siden.\nsection: about\nupdated: 2026-11-29\n---\n\n## Skriv til os\n\nSkriv til kommunen, hvis noget er forkert.\n',
  );
  writeFileSync(
    content(`pages/kl/${page}.mdx`),
    `---\ntitle: Aaqqissuisunut attavigitsitsineq\nsummary: Nittartagaliortunut qanoq allassinnaanerlutit.\nupdated: 2026-11-29\n${translationYaml({ state: 'draft', provenance: 'person', by: 'En oversætter', written: '2026-11-29', follows: danishVersion(dir, 'pages', page) })}---\n\n## Uagutsinnut allakkit\n\nSumik kukkusoqarpat kommuni allaffigiuk.\n`,
  );

  // 5. One more journey step, written by hand as a plain slug: the first guide not in the journey yet (a step may be "- guide: <slug>" too).
  const journeyFile = content('journey/forste-uger.yml');
  const journey = readFileSync(journeyFile, 'utf8');
  const added = guides.find((slug) => !new RegExp(`^  - (guide: )?${slug}$`, 'm').test(journey))!;
  writeFileSync(journeyFile, journey.replace(/\n*$/, `\n  - ${added}\n`));

  writeFileSync(EDITS_FILE, JSON.stringify({ translated, reviewed, reviewer: REVIEWER, notices, page, added }));
  const { status, output } = buildCopy(dir, { search: true, check: true });
  expect(status, output).toBe(0);
});
