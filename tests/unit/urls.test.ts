import { describe, expect, it } from 'vitest';
import { alternates, counterpartUrl, localeOfPath } from '../../src/lib/urls';

const site = new URL('https://example.dk');

describe('counterpartUrl', () => {
  it('keeps the slug and swaps only the language', () => {
    expect(counterpartUrl('/kl/mitid/', 'da')).toBe('/da/mitid/');
    expect(counterpartUrl('/da/emne/bolig/', 'kl')).toBe('/kl/emne/bolig/');
    expect(counterpartUrl('/da/', 'kl')).toBe('/kl/');
  });
  it('sends a language-neutral address to the other home page', () => {
    expect(counterpartUrl('/', 'kl')).toBe('/kl/');
    expect(counterpartUrl('/404.html', 'da')).toBe('/da/');
  });
  it('does not mistake a slug that starts like a language for one', () => {
    expect(localeOfPath('/klima/')).toBeUndefined();
    expect(counterpartUrl('/klima/', 'da')).toBe('/da/');
  });
});

describe('alternates', () => {
  it('lists every language the page is written in, absolute, itself included', () => {
    expect(alternates('/da/mitid/', ['kl', 'da'], site)).toEqual([
      { lang: 'kl', href: 'https://example.dk/kl/mitid/' },
      { lang: 'da', href: 'https://example.dk/da/mitid/' },
    ]);
  });
  it('announces nothing for a page written in one language only', () => {
    expect(alternates('/da/netvaerk/', ['da'], site)).toEqual([]);
  });
});
