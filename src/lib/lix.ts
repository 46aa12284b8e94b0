/**
 * LIX, the Scandinavian readability index, counted as in the content review of 2026-11-29
 * (../shared/tools/content_measure.py, its main figure):
 *
 *   LIX = words / sentences + 100 × long words / words, a long word having more than 6 letters.
 *
 * What is counted is the text a reader sees in an MDX body: no frontmatter, no component tags
 * (<Callout>), no link addresses, no Markdown marks. A sentence ends at . ! ? or : followed by a
 * space or the end; every heading and every list item also ends one (they carry no full stop).
 * A full stop after an abbreviation (kr., kl., fx., …), inside a number (1.414.800) or after an
 * ordinal before a lower-case word ("1. juli") does not end a sentence.
 *
 * 35 is the site's limit for every Danish text a newcomer reads (tests/unit/lix.test.ts).
 */
export const LIX_LIMIT = 35;

export interface LixCount {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

const LETTER = 'A-Za-zÆØÅæøåÉéÜüÖöÄäĸ';
const WORD = new RegExp(`[${LETTER}0-9][${LETTER}0-9\\-./']*`, 'g');
const LETTERS = new RegExp(`[${LETTER}]`, 'g');
const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const ABBREVIATION = new RegExp(`${NOT_WORD_BEFORE}(fx|f\\.eks|bl\\.a|kl|nr|stk|mio|kr|ca|evt|jf|pr|hhv|m\\.fl|osv|dvs|nal)\\.`, 'giu');
const ORDINAL = new RegExp(`${NOT_WORD_BEFORE}(\\d{1,2})\\.(?=\\s[a-zæøå])`, 'gu');
const SENTENCE_END = /[.!?:](?=\s|$)/;

/** The frontmatter and the body of an MDX file. */
export function splitFrontmatter(file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(file);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: '', body: file };
}

/** Headings, list items, paragraphs and callout paragraphs of a body, as the reader sees them. */
function blocks(body: string): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = paragraph.join(' ').trim();
    if (text) out.push(text);
    paragraph = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('<Callout') || line.startsWith('</Callout') || /^<[A-Za-z].*\/>$/.test(line)) {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      flush();
      out.push(line.replace(/^#+/, '').trim());
      continue;
    }
    const item = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      out.push(item[1]!);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return out;
}

const plain = (text: string) => text.replace(LINK, '$1').replace(/[*_`]/g, '');

function words(text: string): string[] {
  return (plain(text).match(WORD) ?? []).map((w) => w.replace(/^[-./']+|[-./']+$/g, '')).filter(Boolean);
}

/** The sentences of an MDX body as a reader meets them, each as its words. */
function sentencesOf(body: string): string[][] {
  const sentences: string[][] = [];
  for (const block of blocks(body)) {
    const text = plain(block)
      .replace(ABBREVIATION, (abbreviation) => abbreviation.slice(0, -1))
      .replace(/(\d)\.(\d)/g, '$1$2')
      .replace(ORDINAL, '$1');
    for (const part of text.split(SENTENCE_END)) {
      const ws = words(part);
      if (ws.length) sentences.push(ws);
    }
  }
  return sentences;
}

const isLong = (word: string) => (word.match(LETTERS) ?? []).length > 6;

function count(sentences: string[][]): LixCount {
  const all = sentences.flat();
  if (!all.length) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const longWords = all.filter(isLong).length;
  const value = all.length / sentences.length + (100 * longWords) / all.length;
  return { lix: Math.round(value * 10) / 10, words: all.length, sentences: sentences.length, longWords };
}

/** The LIX of an MDX body (frontmatter already removed), with what it is counted from. */
export const lix = (body: string): LixCount => count(sentencesOf(body));

export interface LixReport extends LixCount {
  /** The longest sentences (most words first), as their words joined by spaces. */
  longest: string[];
  /** The long words (more than 6 letters), most used first, each once. */
  longWordList: string[];
}

/** What a writer needs to bring the LIX down: the count, the longest sentences and the long words. */
export function lixReport(body: string, top = 3): LixReport {
  const sentences = sentencesOf(body);
  const longest = [...sentences]
    .sort((a, b) => b.length - a.length)
    .slice(0, top)
    .map((ws) => ws.join(' '));
  const uses = new Map<string, number>();
  for (const word of sentences.flat().filter(isLong)) uses.set(word.toLowerCase(), (uses.get(word.toLowerCase()) ?? 0) + 1);
  const longWordList = [...uses].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return { ...count(sentences), longest, longWordList };
}
