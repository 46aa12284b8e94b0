// XLIFF out and in on copies of the fixture site: what a translator's CAT tool sends back is written to the
// Greenlandic files and shows on the built pages; a file made against an older Danish, or with a broken link, is
// refused with every problem named and nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroIn, buildCopy, copyProject } from '../../scripts/copy-project.mjs';
import { exportXliff, importXliff } from '../../scripts/translation.mjs';
import { jsToXliff12, readXliff } from '../../scripts/translation-xliff.mjs';
import { rmSync } from 'node:fs';

const FIXTURE = 'tests/fixtures/site';
const GUIDES = ['flyt-hertil', 'affald'];
const TRANSLATOR = 'Nuka "Test" Oversætter';
/** What the translator writes for the first text of each unit: every character Markdown, MDX and XML treat specially, and a soft hyphen. */
const TRICKY = 'Kalaal\u00adlisut & <naqinneq> "aqqa" {x} *ikke* ';
const dirs: string[] = [];
const copy = () => {
  const dir = copyProject({ prefix: 'xliff', fixture: FIXTURE });
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Value = string | (string | Record<string, { id: string; contents?: Value }>)[];
/** A translator's work: each unit's text prefixed, the inline codes kept where they were (as a CAT tool keeps them). */
const translate = (value: Value, first = true): Value => {
  if (typeof value === 'string') return `${first ? TRICKY : ''}KL ${value}`;
  return value.map((part, i) =>
    typeof part === 'string'
      ? `${i === 0 && first ? TRICKY : ''}KL ${part}`
      : Object.fromEntries(
          Object.entries(part).map(([type, el]) => [type, { ...el, ...(el.contents ? { contents: translate(el.contents, false) } : {}) }]),
        ),
  );
};
async function translated(xml: string, edit: (units: Record<string, { source: Value; target?: Value }>, file: string) => void = () => {}) {
  const { targetLanguage, files } = await readXliff(xml);
  for (const [file, units] of Object.entries(files) as [string, Record<string, { source: Value; target?: Value }>][]) {
    for (const [id, unit] of Object.entries(units))
      unit.target = id === 'translator' ? TRANSLATOR : id === 'keywords' ? 'MitID, Borgerservice, nuunneq' : translate(unit.source);
    edit(units, file);
  }
  return jsToXliff12({ sourceLanguage: 'da', targetLanguage, resources: files }, { indent: '  ' }) as Promise<string>;
}
const klFiles = (dir: string) => GUIDES.map((slug) => readFileSync(join(dir, `content/guides/kl/${slug}.mdx`), 'utf8'));

describe('XLIFF round trip', () => {
  it(
    'exports two guides, takes the translation back as "translated" by the named translator, and the built pages show it',
    { timeout: 240_000 },
    async () => {
      const dir = copy();
      const { xml } = await exportXliff({ root: dir, names: GUIDES, to: 'Oversætterfirma' });
      expect(xml).toContain('version="1.2"');
      expect(xml).toMatch(/<g id="1" ctype="x-link">/);
      // Marked as sent to the translator.
      for (const text of klFiles(dir)) expect(text).toMatch(/state: sent\n[\s\S]*sentTo: Oversætterfirma/);

      const { written, translator } = await importXliff({ root: dir, xml: await translated(xml) });
      expect(translator).toBe(TRANSLATOR);
      expect(written).toHaveLength(2);
      for (const text of klFiles(dir)) {
        expect(text).toMatch(/state: translated/);
        expect(text).toContain(`by: ${TRANSLATOR}`);
        expect(text).not.toContain('\u00ad');
      }
      // The link kept its address, made Greenlandic.
      expect(klFiles(dir)[0]).toMatch(/\[KL [^\]]+\]\(\/kl\/find-bolig\/\)/);

      const { status, output } = buildCopy(dir, { search: false });
      expect(status, output).toBe(0);
      for (const slug of GUIDES) {
        const html = readFileSync(join(dir, `dist/kl/${slug}/index.html`), 'utf8').replace(/\u00ad/g, '');
        const prose = html.split('<div class="prose">')[1]!;
        // Escaped for HTML, quotes made typographic by the Markdown pipeline, nothing read as Markdown or MDX.
        expect(prose).toMatch(/Kalaallisut &amp; &lt;naqinneq&gt; (“|&quot;|")aqqa(”|&quot;|") \{x\} \*ikke\* KL/);
        expect(html).toContain('<h1 data-pagefind-meta="title" data-pagefind-weight="10">Kalaallisut &amp; &lt;naqinneq&gt;');
        expect(html).toMatch(/translation-status--unreviewed/);
        if (slug === 'flyt-hertil') expect(prose).toMatch(/<a href="\/kl\/find-bolig\/">KL /);
      }
    },
  );

  it('refuses a file made against an older Danish text, naming the unit, and writes nothing', async () => {
    const dir = copy();
    const { xml } = await exportXliff({ root: dir, names: GUIDES });
    const before = klFiles(dir);
    const da = join(dir, 'content/guides/da/affald.mdx');
    writeFileSync(da, readFileSync(da, 'utf8').replace('Læg *pap* og papir', 'Læg *pap*, glas og papir'));
    await expect(importXliff({ root: dir, xml: await translated(xml) })).rejects.toThrow(
      /Nothing was written[\s\S]*guides\/affald#body\.2: its Danish source no longer matches/,
    );
    expect(klFiles(dir)).toEqual(before);
  });

  it('refuses a broken inline code or a missing unit, naming each, and writes nothing', async () => {
    const dir = copy();
    const { xml } = await exportXliff({ root: dir, names: GUIDES });
    const before = klFiles(dir);
    const broken = await translated(xml, (units, file) => {
      if (file === 'guides/affald') units['body.2']!.target = 'Link-ip allaa­sersugaa peerneqarpoq.';
      if (file === 'guides/flyt-hertil') delete units.summary;
    });
    const error = importXliff({ root: dir, xml: broken });
    await expect(error).rejects.toThrow(/guides\/affald#body\.2: the inline codes 1, 2 missing/);
    await expect(error).rejects.toThrow(/guides\/flyt-hertil#summary: missing from the file/);
    expect(klFiles(dir)).toEqual(before);
  });

  it('takes the interface strings out and back: placeholders kept, every other line of the file kept, a lost placeholder refused', async () => {
    const dir = copy();
    const { xml } = await exportXliff({ root: dir, names: ['ui'] });
    expect(xml).toContain('<x id="1" ctype="x-placeholder"/>');
    const kl = join(dir, 'content/ui/kl.yml');
    const before = readFileSync(kl, 'utf8');
    const lost = await translated(xml, (units) => void (units.updated!.target = 'Nutarterneqarpoq'));
    await expect(importXliff({ root: dir, xml: lost })).rejects.toThrow(/ui#updated: the inline code 1 missing/);
    expect(readFileSync(kl, 'utf8')).toBe(before);

    // Braces are placeholders in interface strings: a translator's own {x} is refused, so this translator writes none.
    await expect(importXliff({ root: dir, xml: await translated(xml) })).rejects.toThrow(
      /ui#home_link: the text "\{x\}" would be read as a placeholder/,
    );
    const withoutBraces = (units: Record<string, { source: Value; target?: Value }>) => {
      for (const [id, unit] of Object.entries(units))
        unit.target = id.startsWith('months.')
          ? `KL ${unit.source}`.slice(0, 20)
          : JSON.parse(JSON.stringify(unit.target).replaceAll('{x} ', ''));
    };
    await importXliff({ root: dir, xml: await translated(xml, withoutBraces) });
    const after = readFileSync(kl, 'utf8');
    expect(after).toMatch(/^updated: .*KL Opdateret \{date\}/m);
    expect(after).toMatch(/^months: \[.*KL januar/m);
    expect(after).toMatch(/translation:\n {2}state: translated\n {2}provenance: person\n {2}by: Nuka "Test" Oversætter/);
    const { status, output } = astroIn(dir, 'sync');
    expect(status, output).toBe(0);
  });

  it("takes a place's texts out and back beside their Danish, with the state under translation.kl", async () => {
    const dir = copy();
    const { xml } = await exportXliff({ root: dir, names: ['steder/kontoret'] });
    const withoutBraces = (units: Record<string, { target?: Value }>) => {
      for (const unit of Object.values(units)) unit.target = JSON.parse(JSON.stringify(unit.target).replaceAll('{x} ', ''));
    };
    await importXliff({ root: dir, xml: await translated(xml, withoutBraces) });
    const after = readFileSync(join(dir, 'content/organisations/kontoret.yml'), 'utf8');
    expect(after).toMatch(/^name:\n {2}da: .*\n {2}kl: .*KL /m);
    expect(after).toMatch(/translation:\n {2}kl:\n {4}state: translated\n/);
    const { status, output } = astroIn(dir, 'sync');
    expect(status, output).toBe(0);
  });
});
