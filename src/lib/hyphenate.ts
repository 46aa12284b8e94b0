// Build-time soft hyphenation for Greenlandic (Kalaallisut, `kl`), which browsers cannot hyphenate.
// Independent implementation of the modern (post-1973) syllable rules, syllable = (C)V(V)(C):
//  - "ng" (/ŋ/) is one consonant, so "nng" is n + ng ("in·nger·laar·neq").
//  - one consonant between nuclei opens the next syllable (V-CV: "na·kor");
//    of two or more, the first closes the previous syllable (VC-CV: "fim·mut", "kor·sa", "ĸav·dlu").
//  - two different vowels side by side are two nuclei and are split ("ni·ar", "su·i");
//    a doubled identical vowel (aa, ii, uu, ee, oo) is one long nucleus and is kept together.
//  - no fragment of fewer than 2 letters at either end of a word; words under `minLength` letters are left alone.
//  - words with any non-Greenlandic letter (æ ø å c w x y z, digits, …) are Danish/foreign and left alone.

export const SOFT_HYPHEN = '\u00AD';

type Options = { minLength?: number; exceptions?: readonly string[] };

// Old-spelling accented vowels (â ê î ô û á í ú ã ĩ ũ) count as one vowel each.
const VOWELS = new Set('aeiouâêîôûáíúãĩũ');
const CONSONANTS = new Set('ptkqslmnrgvfjhdbĸ');
const MARK = /\p{M}/u;
// Digits are part of a word so that "2024mi"-style words count as foreign instead of being split at the digit.
const WORD = /[\p{L}\p{M}\p{N}\u00AD]+(?:-[\p{L}\p{M}\p{N}\u00AD]+)*/gu;

type Unit = { text: string; letters: number; vowel: boolean };

/** Lower-cased, NFC key so exceptions and letter checks ignore case and Unicode normalisation form. */
const key = (s: string): string => s.normalize('NFC').toLowerCase();

/** Splits a word into sound units, or returns null if it holds a letter that Greenlandic does not use. */
function toUnits(word: string): Unit[] | null {
  const units: Unit[] = [];
  for (const ch of word) {
    const last = units[units.length - 1];
    // A combining accent (decomposed text) belongs to the letter before it.
    if (MARK.test(ch)) {
      if (!last) return null;
      last.text += ch;
      continue;
    }
    // n + g is the single sound /ŋ/; in "nng" the first n stays a unit of its own.
    if (ch.toLowerCase() === 'g' && last && last.text.toLowerCase() === 'n') {
      last.text += ch;
      last.letters = 2;
      continue;
    }
    units.push({ text: ch, letters: 1, vowel: false });
  }
  for (const unit of units) {
    const k = key(unit.text);
    unit.vowel = VOWELS.has(k);
    if (!unit.vowel && !CONSONANTS.has(k) && k !== 'ng') return null;
  }
  return units;
}

/** Indexes of the units that start a new syllable. */
function syllableStarts(units: Unit[]): number[] {
  const starts: number[] = [];
  let prev = -1; // index of the previous vowel unit
  for (let i = 0; i < units.length; i++) {
    if (!units[i].vowel) continue;
    if (prev >= 0) {
      const consonants = i - prev - 1;
      // One consonant opens the next syllable; of two or more, the first closes the previous one.
      if (consonants > 0) starts.push(consonants === 1 ? prev + 1 : prev + 2);
      // Different vowels are two nuclei; a doubled identical vowel ("aa") is one long nucleus.
      else if (key(units[prev].text) !== key(units[i].text)) starts.push(i);
    }
    prev = i;
  }
  return starts;
}

/** Hyphenates one hyphen-free segment. */
function hyphenateSegment(segment: string, minLength: number, exceptions: ReadonlySet<string>): string {
  if (exceptions.has(key(segment))) return segment;
  const units = toUnits(segment);
  if (!units) return segment;
  const total = units.reduce((n, u) => n + u.letters, 0);
  if (total < minLength) return segment;

  const cuts = new Set<number>();
  const offsets: number[] = [];
  let letters = 0;
  for (const u of units) {
    offsets.push(letters);
    letters += u.letters;
  }
  for (const i of syllableStarts(units)) {
    // Keep at least 2 letters on both sides of every break, so no "a-" or "-t" fragments.
    if (offsets[i] >= 2 && total - offsets[i] >= 2) cuts.add(i);
  }
  return units.map((u, i) => (cuts.has(i) ? SOFT_HYPHEN : '') + u.text).join('');
}

function hyphenateToken(word: string, minLength: number, exceptions: ReadonlySet<string>): string {
  // A word already hyphenated by hand is trusted as it is.
  if (word.includes(SOFT_HYPHEN) || exceptions.has(key(word))) return word;
  return word
    .split('-')
    .map((segment) => hyphenateSegment(segment, minLength, exceptions))
    .join('-');
}

type Prepared = { minLength: number; exceptions: ReadonlySet<string>; done: Map<string, string> };
const NO_EXCEPTIONS: readonly string[] = [];
// Options are prepared once per exceptions list and minimum length, with the words hyphenated so far: a site
// repeats its words on every page, and the build hyphenates each page's text.
const preparedFor = new WeakMap<readonly string[], Map<number, Prepared>>();

function prepare({ minLength = 8, exceptions = NO_EXCEPTIONS }: Options = {}): Prepared {
  let byLength = preparedFor.get(exceptions);
  if (!byLength) preparedFor.set(exceptions, (byLength = new Map()));
  let prepared = byLength.get(minLength);
  if (!prepared) byLength.set(minLength, (prepared = { minLength, exceptions: new Set(exceptions.map(key)), done: new Map() }));
  return prepared;
}

function hyphenatePrepared(word: string, { minLength, exceptions, done }: Prepared): string {
  let result = done.get(word);
  if (result === undefined) done.set(word, (result = hyphenateToken(word, minLength, exceptions)));
  return result;
}

/** Inserts soft hyphens into one Greenlandic word. */
export function hyphenateWord(word: string, options?: Options): string {
  return hyphenatePrepared(word, prepare(options));
}

/** Inserts soft hyphens into every word of a text, leaving spaces, punctuation and non-Greenlandic words as they are. */
export function hyphenateKl(text: string, options?: Options): string {
  const prepared = prepare(options);
  return text.replace(WORD, (word) => hyphenatePrepared(word, prepared));
}
