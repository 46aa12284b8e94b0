import { describe, expect, it } from 'vitest';
import { findContentProblems, type ContentIndex } from '../../src/lib/content-checks';

const base = (): ContentIndex => ({
  guides: [{ id: 'mitid', file: 'content/guides/da/mitid.mdx', organisations: ['borgerservice'] }],
  guideTranslations: [{ id: 'mitid', file: 'content/guides/kl/mitid.mdx', lang: 'kl' }],
  pages: [{ id: 'om', file: 'content/pages/da/om.mdx' }],
  pageTranslations: [],
  organisations: ['borgerservice'],
});

describe('findContentProblems', () => {
  it('accepts consistent content', () => {
    expect(findContentProblems(base())).toEqual([]);
  });

  it('names a Greenlandic guide that has no Danish original', () => {
    const index = base();
    index.guideTranslations = [...index.guideTranslations, { id: 'bolig', file: 'content/guides/kl/bolig.mdx', lang: 'kl' }];
    expect(findContentProblems(index)).toEqual([
      'content/guides/kl/bolig.mdx: there is no Danish original content/guides/da/bolig.mdx; a Greenlandic text must translate one.',
    ]);
  });

  it('names the file and field of a reference to an organisation that does not exist', () => {
    const index = base();
    index.guides = [{ id: 'mitid', file: 'content/guides/da/mitid.mdx', organisations: ['borgerservise'] }];
    expect(findContentProblems(index)).toEqual([
      'content/guides/da/mitid.mdx: organisations: "borgerservise" does not exist; use the name of a file in content/organisations/ (without .yml).',
    ]);
  });

  it('refuses file names that would make a poor address, or one the site uses itself', () => {
    const index = base();
    index.pages = [
      { id: 'Om Siden', file: 'content/pages/da/Om Siden.mdx' },
      { id: 'emne', file: 'content/pages/da/emne.mdx' },
    ];
    const problems = findContentProblems(index);
    expect(problems[0]).toMatch(/^content\/pages\/da\/Om Siden\.mdx: the file name "Om Siden" becomes the address/);
    expect(problems[1]).toMatch(/^content\/pages\/da\/emne\.mdx: the file name "emne" is used by the site itself/);
  });

  it('refuses a guide and a page at the same address', () => {
    const index = base();
    index.pages = [{ id: 'mitid', file: 'content/pages/da/mitid.mdx' }];
    expect(findContentProblems(index)).toEqual([
      'content/pages/da/mitid.mdx: claims the address /da/mitid/, which content/guides/da/mitid.mdx claims too; change one of them.',
    ]);
  });

  it('names both files when two guides claim the same former address, or a former address is taken', () => {
    const index = base();
    index.guides = [
      { id: 'mitid', file: 'content/guides/da/mitid.mdx', previousSlugs: ['nemid'] },
      { id: 'digital-post', file: 'content/guides/da/digital-post.mdx', previousSlugs: ['nemid', 'mitid'] },
    ];
    expect(findContentProblems(index)).toEqual([
      'content/guides/da/digital-post.mdx: previousSlugs: the address /da/nemid/ is already used by content/guides/da/mitid.mdx; two pages cannot share it: remove "nemid".',
      'content/guides/da/digital-post.mdx: previousSlugs: the address /da/mitid/ is already used by content/guides/da/mitid.mdx; two pages cannot share it: remove "mitid".',
    ]);
  });

  it("refuses a former address that is the guide's own, an information page's, or the site's", () => {
    const index = base();
    index.pages = [{ id: 'om', file: 'content/pages/da/om.mdx' }];
    index.guides = [{ id: 'mitid', file: 'content/guides/da/mitid.mdx', previousSlugs: ['mitid', 'om', 'soeg', 'nemid'] }];
    expect(findContentProblems(index)).toEqual([
      'content/guides/da/mitid.mdx: previousSlugs: "mitid" is this guide\'s own address; a former address must be one it no longer has: remove it.',
      'content/guides/da/mitid.mdx: previousSlugs: the address /da/om/ is already used by content/pages/da/om.mdx; two pages cannot share it: remove "om".',
      'content/guides/da/mitid.mdx: previousSlugs: "soeg" is an address the site itself uses (/da/soeg/); remove it.',
    ]);
  });
});

describe('images', () => {
  it('asks for a Greenlandic description of an image the Danish guide shows', () => {
    const index = base();
    index.guides = [{ ...index.guides[0]!, image: true }];
    expect(findContentProblems(index)).toEqual([
      'content/guides/kl/mitid.mdx: imageAlt: the Danish guide shows an image; describe it in Greenlandic here.',
    ]);
    index.guideTranslations = [{ ...index.guideTranslations[0]!, image: true }];
    expect(findContentProblems(index)).toEqual([]);
  });
});

describe('journeys and settings', () => {
  it('names a journey step or a default helper that does not exist', () => {
    const index = base();
    index.references = [
      { file: 'content/journey/forste-uger.yml', field: 'steps', ids: ['mitid', 'mit-id'], to: 'guide' },
      { file: 'content/settings/site.yml', field: 'defaultHelp', ids: ['borgerservice', 'dgh'], to: 'organisation' },
    ];
    expect(findContentProblems(index)).toEqual([
      'content/journey/forste-uger.yml: steps: "mit-id" does not exist; use the name of a file in content/guides/da/ (without .mdx).',
      'content/settings/site.yml: defaultHelp: "dgh" does not exist; use the name of a file in content/organisations/ (without .yml).',
    ]);
  });
});
