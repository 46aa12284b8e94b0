import { describe, it, expect } from 'vitest';
import { SOFT_HYPHEN, hyphenateKl, hyphenateWord } from '../../src/lib/hyphenate';

/** Shows soft hyphens as "·" so expectations are readable. */
const show = (s: string): string => s.replaceAll(SOFT_HYPHEN, '·');
const word = (w: string, options?: Parameters<typeof hyphenateWord>[1]): string => show(hyphenateWord(w, options));
const strip = (s: string): string => s.replaceAll(SOFT_HYPHEN, '');

const PARAGRAPH =
  'Aalborgimi kalaallit peqatigiiffiat ukiumoortumik ataatsimeersuartitsivoq 14. marts 2026-imi. ' +
  'Nakorsaqarfimmut sianerfigineqarsinnaavoq nal. 8.00-imiit 15.00-imut, CPR-normu piareersimatiguk! ' +
  'Ilinniarfissuarmi ilinniartut Danmarkimiinnissamut ikiorneqarsinnaapput – Borgerservice-imut, Københavnimiluunniit, attaveqarit.';

describe('hyphenateWord: syllable rules', () => {
  it('splits V-CV and VC-CV', () => {
    expect(word('nakorsaqarfimmut')).toBe('na·kor·sa·qar·fim·mut');
  });

  it('splits different vowels as two nuclei but keeps the 2-letter edge rule', () => {
    expect(word('ilinniarfissuarmi')).toBe('ilin·ni·ar·fis·su·ar·mi');
    expect(word('naalakkersuisut')).toBe('naa·lak·ker·su·i·sut');
  });

  it('keeps doubled vowels together and splits doubled consonants', () => {
    expect(word('Kalaallit')).toBe('Ka·laal·lit');
    expect(word('sianerfigineqarsinnaavoq')).toBe('si·a·ner·fi·gi·ne·qar·sin·naa·voq');
    expect(word('Danmarkimiinnissamut')).toBe('Dan·mar·ki·miin·nis·sa·mut');
  });

  it('treats ng as one consonant and nng as n + ng', () => {
    expect(word('inngerlaarneq')).toBe('in·nger·laar·neq');
    expect(word('angerlarpoq')).toBe('anger·lar·poq');
    expect(word('talinnguamut')).toBe('ta·lin·ngu·a·mut');
    expect(word('sungiusarneq')).toBe('su·ngi·u·sar·neq');
  });

  it('splits after r in r + consonant clusters', () => {
    expect(word('nakorsaq', { minLength: 4 })).toBe('na·kor·saq');
    expect(word('qarnermi', { minLength: 4 })).toBe('qar·ner·mi');
    expect(word('ikiorneqarsinnaapput')).toBe('iki·or·ne·qar·sin·naap·put');
  });

  it('handles ĸ, old-spelling accented vowels and uppercase', () => {
    expect(word('ĸavdlunâtut')).toBe('ĸav·dlu·nâ·tut');
    expect(word('Kalâtdlit')).toBe('Ka·lât·dlit');
    expect(word('ilíniarfigssuarme')).toBe('ilí·ni·ar·fig·ssu·ar·me');
    expect(word('NAKORSAQARFIMMUT')).toBe('NA·KOR·SA·QAR·FIM·MUT');
  });

  it('gives the same breaks for decomposed (NFD) accents without changing the characters', () => {
    const nfd = 'ilíniarfigssuarme'.normalize('NFD');
    const out = hyphenateWord(nfd);
    expect(strip(out)).toBe(nfd);
    expect(show(out).normalize('NFC')).toBe('ilí·ni·ar·fig·ssu·ar·me');
  });
});

describe('hyphenateWord: words left alone', () => {
  it('leaves words shorter than minLength unchanged', () => {
    expect(word('Nuummi')).toBe('Nuummi');
    expect(word('illoqarfik')).toBe('il·lo·qar·fik');
    expect(word('illoqarfik', { minLength: 11 })).toBe('illoqarfik');
    // "ng" counts as two letters: 8 letters reach the default minLength.
    expect(word('angerlaq')).toBe('anger·laq');
    expect(word('angerla')).toBe('angerla');
    // With minLength lowered, the 2-letter edge rule still decides.
    expect(word('nuna', { minLength: 1 })).toBe('nu·na');
    expect(word('una', { minLength: 1 })).toBe('una');
  });

  it('leaves Danish and foreign words unchanged', () => {
    for (const w of ['Københavnimi', 'Borgerservice', 'sundhedsvæsenimi', 'Århusimiittut', 'Whatsappikkut', 'ukiuni2026']) {
      expect(hyphenateWord(w)).toBe(w);
    }
  });

  it('leaves exceptions unchanged, case-insensitively', () => {
    expect(word('Nakorsaqarfimmut', { exceptions: ['NAKORSAQARFIMMUT'] })).toBe('Nakorsaqarfimmut');
    expect(word('sianerfigineqarsinnaavoq', { exceptions: ['nakorsaqarfimmut'] })).toBe('si·a·ner·fi·gi·ne·qar·sin·naa·voq');
  });

  it('leaves words that already contain a soft hyphen unchanged', () => {
    const w = `nakor${SOFT_HYPHEN}saqarfimmut`;
    expect(hyphenateWord(w)).toBe(w);
  });

  it('hyphenates each part of a hyphen-joined word separately', () => {
    expect(word('CPR-normu')).toBe('CPR-normu');
    expect(word('Kalaallit-nakorsaqarfimmut')).toBe('Ka·laal·lit-na·kor·sa·qar·fim·mut');
    expect(word('Borgerservice-imukarneq')).toBe('Borgerservice-imu·kar·neq');
  });
});

describe('hyphenateKl', () => {
  const out = hyphenateKl(PARAGRAPH);

  it('only inserts soft hyphens: removing them gives back the input', () => {
    expect(out).not.toBe(PARAGRAPH);
    expect(strip(out)).toBe(PARAGRAPH);
  });

  it('hyphenates the Greenlandic words and leaves the rest as it is', () => {
    const shown = show(out);
    expect(shown).toContain('Aal·bor·gi·mi ka·laal·lit pe·qa·ti·giif·fi·at');
    expect(shown).toContain('Na·kor·sa·qar·fim·mut si·a·ner·fi·gi·ne·qar·sin·naa·voq');
    expect(shown).toContain('14. marts 2026-imi. ');
    expect(shown).toContain(' nal. 8.00-imiit 15.00-imut, CPR-normu pi·a·reer·si·ma·ti·guk! ');
    expect(shown).toContain('Borgerservice-imut, Københavnimiluunniit, at·ta·ve·qa·rit.');
    expect(shown).toContain('Ilin·ni·ar·fis·su·ar·mi ilin·ni·ar·tut Dan·mar·ki·miin·nis·sa·mut');
  });

  it('never leaves a fragment shorter than 2 letters at either end of a word', () => {
    const words = out.match(/[\p{L}\u00AD]+/gu) ?? [];
    expect(words.length).toBeGreaterThan(20);
    for (const w of words) {
      const parts = w.split(SOFT_HYPHEN);
      if (parts.length === 1) continue;
      expect(parts[0].length, w).toBeGreaterThanOrEqual(2);
      expect(parts[parts.length - 1].length, w).toBeGreaterThanOrEqual(2);
      expect(
        parts.every((p) => p.length > 0),
        w,
      ).toBe(true);
    }
  });

  it('passes options through and keeps whitespace and punctuation', () => {
    expect(show(hyphenateKl('  «Nakorsaqarfimmut»\n(Kalaallit)… ', { exceptions: ['kalaallit'] }))).toBe(
      '  «Na·kor·sa·qar·fim·mut»\n(Kalaallit)… ',
    );
    expect(hyphenateKl('nakorsaqarfimmut', { minLength: 20 })).toBe('nakorsaqarfimmut');
    expect(hyphenateKl('')).toBe('');
  });
});
