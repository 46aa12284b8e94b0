import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIX_LIMIT, lix, lixReport, splitFrontmatter } from '../../src/lib/lix';
import { lixLines } from '../../scripts/age-report.mjs';

describe('lix', () => {
  it('counts words, sentences and long words as the review method does', () => {
    const sample = [
      '## Meld flytning',
      '',
      'Du skal melde flytning senest 5 dage efter, at du er flyttet. Det koster 225 kr. i gebyr.',
      '',
      '- dit pas',
      '- din lejekontrakt',
      '',
      '<Callout>',
      'Fra 1. juli 2025 er der kun én ydelse: kontanthjælp. Se **[borger.dk](https://www.borger.dk/)**.',
      '</Callout>',
    ].join('\n');
    // 36 words in 8 sentences (the heading and each list item are one; "kr." and "1. juli" end none;
    // ":" ends one); long words: flytning ×2, flyttet, lejekontrakt, kontanthjælp, borger.dk.
    expect(lix(sample)).toEqual({ lix: 21.2, words: 36, sentences: 8, longWords: 6 });
  });

  it('does not count link addresses, Markdown marks, component tags or numbers with full stops as text', () => {
    expect(lix('Se [siden](/da/tolk/).')).toEqual({ lix: 2, words: 2, sentences: 1, longWords: 0 });
    expect(lix('<OfficialStatementLink />\n\nHver fik 1.414.800 kr. i alt.')).toEqual({ lix: 6, words: 6, sentences: 1, longWords: 0 });
  });

  it('rises with long sentences and long words', () => {
    const hard =
      'Familie- og Beskæftigelsesforvaltningen gennemførte pr. 1. januar 2018 en omfattende organisationsændring af myndighedsområdet.';
    expect(lix(hard).lix).toBeGreaterThan(LIX_LIMIT);
    expect(lix('Du kan få hjælp. Ring til os.').lix).toBeLessThan(10);
  });

  it('reads the body after the frontmatter', () => {
    expect(splitFrontmatter('---\ntitle: Tolk\n---\nTekst her.\n')).toEqual({ frontmatter: 'title: Tolk', body: 'Tekst her.\n' });
    expect(splitFrontmatter('Kun tekst.')).toEqual({ frontmatter: '', body: 'Kun tekst.' });
  });
});

// The real content is not tested here: staff rewording a text must never turn CI red. `npm run check` prints the
// texts above the goal (scripts/age-report.mjs), /status/ and the CMS preview name their longest sentences.
describe("the check's list of Danish texts above the goal", () => {
  it('names a hard text and leaves out an easy one, guides and pages alike', () => {
    const root = mkdtempSync(join(tmpdir(), 'lix-'));
    for (const folder of ['content/guides/da', 'content/pages/da']) mkdirSync(join(root, folder), { recursive: true });
    const hard =
      'Familie- og Beskæftigelsesforvaltningen gennemførte pr. 1. januar 2018 en omfattende organisationsændring af myndighedsområdet.';
    writeFileSync(join(root, 'content/guides/da/svaer.mdx'), `---\ntitle: Svær\n---\n${hard}\n`);
    writeFileSync(join(root, 'content/pages/da/let.mdx'), '---\ntitle: Let\n---\nDu kan få hjælp. Ring til os.\n');
    const lines = lixLines(root);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('content/guides/da/svaer.mdx: LIX');
    rmSync(join(root, 'content/guides/da/svaer.mdx'));
    expect(lixLines(root)[0]).toContain(`LIX ${LIX_LIMIT} or lower`);
  });
});

describe('lixReport', () => {
  it('names the longest sentences and the long words, most used first, with the same LIX', () => {
    const body = 'Kort sætning.\n\nDenne sætning er meget længere end den første sætning i teksten.\n\nBoligstøtte og boligstøtte igen.';
    const report = lixReport(body, 2);
    expect(report.lix).toBe(lix(body).lix);
    expect(report.longest[0]).toBe('Denne sætning er meget længere end den første sætning i teksten');
    expect(report.longest).toHaveLength(2);
    expect(report.longWordList.slice(0, 2)).toEqual(['sætning', 'boligstøtte']);
    expect(report.longWordList).toContain('længere');
    expect(report.longWordList).not.toContain('kort');
  });
});
