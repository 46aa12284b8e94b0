// Greenlandic word forms for search. Greenlandic is polysynthetic: a noun's dictionary form (inissaq, suliffik,
// ilitsersuut) loses or changes its last consonant before an ending (inissamik, suliffimmi, ilitsersuummi), and a
// few sounds alternate with their spelling. Search compares words in a folded spelling where those alternations
// are one, and a query's stem is its folded form without what the dictionary form adds: the stem then begins every
// inflected form. Pure, for the search page's script and the index build alike.

/** Old (Kleinschmidt) spelling, used until 1973: ĸ is q, and an accent marks a long vowel or a doubled consonant (never at a word's end). */
const LONG = { â: 'aa', ê: 'ee', î: 'ii', ô: 'oo', û: 'uu' } as const;
const SHORT_BEFORE_DOUBLE = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' } as const;
const LONG_BEFORE_DOUBLE = { ã: 'aa', ẽ: 'ee', ĩ: 'ii', õ: 'oo', ũ: 'uu' } as const;

/** A word in today's spelling: ĸ → q, rĸ → qq, â → aa, á + consonant → a + doubled consonant, ã → aa + doubled, tdl/vdl → ll. */
export function modernSpelling(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/rĸ/g, 'qq')
    .replace(/ĸ/g, 'q')
    .replace(
      /[áéíóú]([^aeiouáéíóúâêîôûãẽĩõũ](?=\p{L}))?/gu,
      (_, c: string | undefined) => SHORT_BEFORE_DOUBLE[_[0] as keyof typeof SHORT_BEFORE_DOUBLE] + (c ? c + c : ''),
    )
    .replace(
      /[ãẽĩõũ]([^aeiouáéíóúâêîôûãẽĩõũ](?=\p{L}))?/gu,
      (_, c: string | undefined) => LONG_BEFORE_DOUBLE[_[0] as keyof typeof LONG_BEFORE_DOUBLE] + (c ? c + c : ''),
    )
    .replace(/[âêîôû]/g, (v) => LONG[v as keyof typeof LONG])
    .replace(/[tv]dl/g, 'll');
}

/**
 * The folded spelling search compares: today's spelling, with
 * - e → i and o → u: e and o are how i and u sound before q and r, so ineqarneq and inimut share ini-;
 * - kk → g and qq → r: a stem's g and r double when it loses its vowel, so allagaq/allakkat and meeraq/meeqqat
 *   share allaga- and miira-.
 */
export function klFold(word: string): string {
  return modernSpelling(word).replace(/e/g, 'i').replace(/o/g, 'u').replace(/kk/g, 'g').replace(/qq/g, 'r');
}

/** Stems shorter than this are left whole: a two-letter stem would begin half the dictionary. */
const MIN_STEM = 3;
const cut = (word: string, pattern: RegExp) => {
  const shorter = word.replace(pattern, '');
  return shorter.length >= MIN_STEM ? shorter : word;
};

/**
 * A query word's stem, in the folded spelling: it begins (folded) every inflected form of the word.
 * - A verb's dictionary form is its 3rd person indicative in -voq/-poq (ajornakusoorpoq): that ending goes.
 * - A noun's dictionary form ends in -q, -k or -t, which changes before an ending (inissaq → inissamik,
 *   suliffik → suliffimmi, ilitsersuut → ilitsersuummi): that consonant goes.
 */
export function klStem(word: string): string {
  let stem = klFold(word);
  const verb = cut(stem, /[vp]uq$/);
  if (verb !== stem) return verb;
  stem = cut(stem, /[qkt]$/);
  return stem;
}

/** A text's words: runs of letters and digits, lowercase, soft hyphens taken out. */
export const wordsOf = (text: string): string[] =>
  text
    .replace(/\u00AD/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The folded forms of a text's words that differ from the words: what the index needs besides the text. */
export const klFoldedTerms = (text: string): string[] => wordsOf(text).flatMap((word) => (klFold(word) === word ? [] : [klFold(word)]));
