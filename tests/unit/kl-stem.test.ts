// The Greenlandic search stemmer: each rule with words from our own guides (content/guides/kl/*.mdx). A query's
// stem must begin the folded form of every inflected form the guides use, and not a word it has nothing to do with.
import { describe, expect, it } from 'vitest';
import { klFold, klStem, modernSpelling } from '../../src/lib/kl-stem';

/** The query finds the text word the way search does: the query's stem begins the text word's folded form. */
const finds = (query: string, textWord: string) => klFold(textWord).startsWith(klStem(query));

describe("modernSpelling: the old (Kleinschmidt) spelling in today's", () => {
  it('reads ĸ as q, and rĸ as qq', () => {
    expect(modernSpelling('inissaĸ')).toBe('inissaq');
    expect(modernSpelling('peĸinnissamut')).toBe('peqinnissamut');
    expect(modernSpelling('aarĸissuussinermut')).toBe('aaqqissuussinermut');
  });

  it('reads a circumflex as a long vowel, an acute as a doubled consonant after it, a tilde as both', () => {
    expect(modernSpelling('âlajangertarpâ')).toBe('aalajangertarpaa');
    expect(modernSpelling('utáĸinngilluinnarit')).toBe('utaqqinngilluinnarit');
    expect(modernSpelling('Nunãnĩpit')).toBe('nunaanniippit');
    expect(modernSpelling('ilisimatitsissutĩt')).toBe('ilisimatitsissutiit');
  });

  it('reads tdl and vdl as ll', () => {
    expect(modernSpelling('Kalâtdlit')).toBe('kalaallit');
    expect(modernSpelling('ĸavdlunâtut')).toBe('qallunaatut');
  });

  it("leaves today's spelling and Danish letters as they are", () => {
    expect(modernSpelling('Sinittarfissaqanngilatit')).toBe('sinittarfissaqanngilatit');
    expect(modernSpelling('boligstøtte')).toBe('boligstøtte');
  });
});

describe('klFold: sounds that alternate are spelt alike', () => {
  it('e and o are i and u before q and r: ini (room) begins ineqarneq (housing)', () => {
    expect(klFold('ineqarneq').startsWith(klFold('inimut').slice(0, 3))).toBe(true);
    expect(finds('ini', 'ineqarneq')).toBe(true);
  });

  it('kk is a doubled g: allagaq (a letter), allakkat (letters)', () => {
    expect(finds('allagaq', 'allakkat')).toBe(true);
    expect(finds('allagaq', 'Allakkatit')).toBe(true);
  });

  it('qq is a doubled r: meeraq (a child), meeqqat (children)', () => {
    expect(finds('meeraq', 'Meeqqat')).toBe(true);
    expect(finds('meeraq', 'meeqqanut')).toBe(true);
  });
});

describe('klStem: what a dictionary form adds goes', () => {
  it('a noun in -q loses it: inissaq (a place to live), inissaqanngikkuit; nuunneq (moving), nuunnerit', () => {
    expect(klStem('inissaq')).toBe('inissa');
    expect(finds('inissaq', 'inissaqanngikkuit')).toBe(true);
    expect(finds('nuunneq', 'nuunnerit')).toBe(true);
  });

  it('a noun in -k loses it: suliffik (a workplace), suliffimmi; sinittarfik (a shelter), sinittarfissaqanngilatit', () => {
    expect(finds('suliffik', 'suliffimmi')).toBe(true);
    expect(finds('sinittarfik', 'Sinittarfissaqanngilatit')).toBe(true);
  });

  it('a noun in -t loses it: ilitsersuut (a guide), ilitsersuummi', () => {
    expect(finds('ilitsersuut', 'ilitsersuummi')).toBe(true);
  });

  it('a verb loses its -voq/-poq: ajornakusoorpoq (it is hard), ajornakusoortarpoq', () => {
    expect(klStem('ajornakusoorpoq')).toBe('ajurnakusuur');
    expect(finds('ajornakusoorpoq', 'ajornakusoortarpoq')).toBe(true);
    expect(finds('apeqqutaavoq', 'apeqqutaavoq')).toBe(true);
  });

  it('the old spelling finds the new: Kalâtdlit, inissaĸ', () => {
    expect(finds('Kalâtdlit', 'Kalaallit')).toBe(true);
    expect(finds('inissaĸ', 'inissaqanngikkuit')).toBe(true);
  });

  it('keeps short words whole, and Danish system words find themselves', () => {
    expect(klStem('ini')).toBe('ini');
    expect(klStem('at')).toBe('at');
    expect(finds('boligstøtte', 'boligstøtte')).toBe(true);
    expect(finds('lejekontrakt', 'Lejekontrakteqaruit')).toBe(true);
    expect(finds('CPR', 'CPR')).toBe(true);
  });

  it('does not join unrelated words: inissaq (a place to live) does not find inimut (to a room)', () => {
    expect(finds('inissaq', 'inimut')).toBe(false);
    expect(finds('suliffik', 'sulisut')).toBe(false);
  });
});
