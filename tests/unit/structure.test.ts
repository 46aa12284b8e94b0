import { describe, expect, it } from 'vitest';
import { SOURCE_LOCALE, TARGET_LOCALES } from '../../src/lib/model';
import { bodyStructure, inLanguage, structureDifferences } from '../../src/lib/structure';

const [target] = TARGET_LOCALES as [(typeof TARGET_LOCALES)[number]];
const from = SOURCE_LOCALE;
const body = (lang: string, { items = 2, callout = true, link = true } = {}) =>
  [
    'Første afsnit med en [kilde](https://example.org/a).',
    '',
    '## Overskrift',
    '',
    ...Array.from({ length: items }, (_, i) => `- punkt ${i + 1}`),
    '',
    ...(callout ? ['<Callout>', 'Vigtigt.', '</Callout>', ''] : []),
    link ? `Se [tolk](/${lang}/tolk/) og [forsiden](/${lang}/).` : 'Se tolk og forsiden.',
  ].join('\n');

describe('bodyStructure', () => {
  it('counts headings, list items, paragraphs outside lists, callouts and links', () => {
    expect(bodyStructure(body(from))).toEqual({
      headings: 1,
      listItems: 2,
      paragraphs: 3,
      callouts: 1,
      links: ['https://example.org/a', `/${from}/tolk/`, `/${from}/`],
    });
  });

  it('reads a link written with a reference as its address', () => {
    expect(bodyStructure('Se [tolk][t].\n\n[t]: /da/tolk/').links).toEqual(['/da/tolk/']);
  });
});

describe('structureDifferences', () => {
  it('finds none when the translation is built like the original, with its own language in site addresses', () => {
    expect(structureDifferences(body(from), body(target), from, target)).toEqual([]);
  });

  it('names a missing list item, a missing callout and more headings', () => {
    const translation = `## Ekstra\n\n${body(target, { items: 1, callout: false })}`;
    expect(structureDifferences(body(from), translation, from, target)).toEqual([
      '1 overskrift flere',
      '1 punkt i en liste færre',
      '1 afsnit færre',
      '1 fremhævet boks færre',
    ]);
    expect(structureDifferences(body(from), body(target, { items: 5 }), from, target)).toEqual(['3 punkter i lister flere']);
  });

  it('names links by address, with the language prefix swapped', () => {
    expect(structureDifferences(body(from), body(target, { link: false }), from, target)).toEqual([
      `link til /${target}/tolk/ mangler`,
      `link til /${target}/ mangler`,
    ]);
    // A translation that still links to the Danish page has lost the link to its own language's page.
    expect(structureDifferences(body(from), body(from), from, target)).toEqual([
      `link til /${target}/tolk/ mangler`,
      `link til /${target}/ mangler`,
      `link til /${from}/tolk/ er ikke i den danske tekst`,
      `link til /${from}/ er ikke i den danske tekst`,
    ]);
    expect(inLanguage(`/${from}/tolk/#kontakt`, from, target)).toBe(`/${target}/tolk/#kontakt`);
    expect(inLanguage(`/${from}x/`, from, target)).toBe(`/${from}x/`);
    expect(inLanguage('https://example.org/da/', from, target)).toBe('https://example.org/da/');
  });

  it('compares links on the site without their #part, which names a heading in each language', () => {
    const link = (url: string) => `Se [afsnittet](${url}).`;
    expect(structureDifferences(link(`/${from}/tolk/#bestil`), link(`/${target}/tolk/#other`), from, target)).toEqual([]);
    expect(structureDifferences(link('#bestil'), link('#other'), from, target)).toEqual([]);
    expect(structureDifferences(link('#bestil'), 'Se afsnittet.', from, target)).toEqual(['link til et afsnit på samme side mangler']);
    expect(structureDifferences(link('https://example.org/#a'), link('https://example.org/#b'), from, target)).toHaveLength(2);
  });

  it('counts a link that appears twice in the original', () => {
    const twice = `${body(from)}\n\nIgen: [tolk](/${from}/tolk/).`;
    expect(structureDifferences(twice, body(target), from, target)).toEqual(['1 afsnit færre', `link til /${target}/tolk/ mangler`]);
  });

  it('reports an unreadable draft as a difference instead of failing', () => {
    const [difference, ...rest] = structureDifferences(body(from), 'Halvfærdig <Callout>', from, target);
    expect(rest).toEqual([]);
    expect(difference).toMatch(/^teksten kan ikke læses som Markdown/);
  });
});
