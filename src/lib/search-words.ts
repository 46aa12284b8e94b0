// Words as search compares them, shared by the search page (its own quick answer), its script and the index build.
// Languages the table marks with our own stemmer (Greenlandic) compare folded words and query stems (kl-stem.ts);
// the others compare lowercase words, and Pagefind's own stemmer does the rest.
import { klFold, klStem, wordsOf } from './kl-stem';

/** A text's words as the search page compares them, each once. */
export const pageWords = (ownStems: boolean, text: string): string[] => [...new Set(wordsOf(text).map(ownStems ? klFold : (w) => w))];

/** A query's words as beginnings to look for. */
export const queryStems = (ownStems: boolean, query: string): string[] => wordsOf(query).map(ownStems ? klStem : (w) => w);

/** What the search page knows of a guide, in its A–Å list. */
export interface PageEntry {
  title: string[];
  keywords: string[];
  summary: string[];
}

/** How well a guide matches: every query word must begin a word of it; a title counts most, then keywords. */
export function pageScore(entry: PageEntry, stems: string[]): number {
  let score = 0;
  for (const stem of stems) {
    const begins = (words: string[]) => words.some((w) => w.startsWith(stem));
    const best = begins(entry.title) ? 3 : begins(entry.keywords) ? 2 : begins(entry.summary) ? 1 : 0;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** The entries that match, best first; equal scores keep their A–Å order. */
export const pageMatches = <T extends PageEntry>(entries: T[], stems: string[]): T[] =>
  stems.length === 0
    ? []
    : entries
        .map((entry, order) => ({ entry, order, score: pageScore(entry, stems) }))
        .filter((m) => m.score > 0)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .map((m) => m.entry);
