// Prepares the Greenlandic text of a built page: soft hyphens in long words, and lang="da" on Danish system words.
// It works on the finished HTML so that titles, bodies, interface strings and notices all get the same treatment.
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { hyphenateKl } from './hyphenate';
import { TEXT_PASS_LOCALES } from './model';

type Location = { startOffset: number; endOffset: number };
const langOf = (element: Tree.Element) => element.attrs.find((a) => a.name === 'lang')?.value;

/** Elements whose text is not prose for the reader, or is raw text to the parser: left exactly as they are. */
const VERBATIM = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'pre',
  'code',
  'svg',
  'math',
  'template',
  'noscript',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/** A character reference stays whole: its name is not a word to hyphenate or mark. */
const CHARACTER_REFERENCE = /&(?:#x[\da-f]+|#\d+|[a-z][a-z\d]*);?/gi;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<readonly string[], RegExp | undefined>();

function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  if (patterns.has(terms)) return patterns.get(terms);
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A term is a whole word or the stem before a Greenlandic ending joined by a hyphen ("MitID-mik").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  patterns.set(terms, pattern);
  return pattern;
}

function prepareText(text: string, terms: RegExp | undefined, exceptions: readonly string[]): string {
  if (!terms) return hyphenateKl(text, { exceptions });
  let out = '';
  let last = 0;
  for (const match of text.matchAll(terms)) {
    out += hyphenateKl(text.slice(last, match.index), { exceptions }) + `<span lang="da">${match[0]}</span>`;
    last = match.index + match[0].length;
  }
  return out + hyphenateKl(text.slice(last), { exceptions });
}

/** The source text of one text node, as written (with character references), prepared between its references. */
function prepareSource(source: string, terms: RegExp | undefined, exceptions: readonly string[]): string {
  let out = '';
  let last = 0;
  for (const reference of source.matchAll(CHARACTER_REFERENCE)) {
    out += prepareText(source.slice(last, reference.index), terms, exceptions) + reference[0];
    last = reference.index + reference[0].length;
  }
  return out + prepareText(source.slice(last), terms, exceptions);
}

/** Where the text nodes in `langs` under `node` are in the source; `lang` is the nearest language above it. */
function greenlandicText(node: Tree.ParentNode, lang: string | undefined, langs: readonly string[], found: Location[]) {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') {
      if (lang !== undefined && langs.includes(lang) && child.sourceCodeLocation) found.push(child.sourceCodeLocation);
    } else if ('tagName' in child && !VERBATIM.has(child.tagName)) {
      greenlandicText(child, langOf(child) ?? lang, langs, found);
    }
  }
  return found;
}

const element = (nodes: Tree.ChildNode[] | undefined, name: string) =>
  nodes?.find((n): n is Tree.Element => 'tagName' in n && n.tagName === name);

const VERBATIM_TAG = new RegExp(`<(/?)(${[...VERBATIM].join('|')})[\\s/>]`, 'gi');

/** Whether any of `positions` (ascending, in `html`) is inside an element the pass leaves alone; unsure is yes. */
function insideVerbatim(html: string, positions: number[]): boolean {
  const open = new Map<string, number>();
  const tags = [...html.slice(0, positions.at(-1)).matchAll(VERBATIM_TAG)];
  let t = 0;
  for (const index of positions) {
    for (; t < tags.length && tags[t].index < index; t++) {
      const name = tags[t][2].toLowerCase();
      const depth = (open.get(name) ?? 0) + (tags[t][1] ? -1 : 1);
      if (depth < 0) return true;
      open.set(name, depth);
    }
    if ([...open.values()].some((depth) => depth > 0)) return true;
  }
  return false;
}

/**
 * A page in another language holds the text-pass language only in a few marked words (the language switch's
 * "Kalaallisut"). When every element marked with it is an <a> or <span> holding only text, outside any element
 * the pass leaves alone, those texts are prepared here as the full pass would, without parsing the whole page
 * (half the pass's time went to parsing Danish pages for one word). Anything else gives undefined: parse.
 */
function preparedMarkedWords(html: string, terms: RegExp | undefined, exceptions: readonly string[], langs: readonly string[]) {
  const pageLang = /<html\b[^<>]*\slang="([^"]*)"/i.exec(html)?.[1];
  const start = html.search(/<body[\s>]/i);
  if (pageLang === undefined || langs.includes(pageLang) || start < 0) return undefined;
  const names = langs.map(escapeRegExp).join('|');
  // Every lang= of those languages, however written; one that is not a simple element below means: parse.
  const marked = html.slice(start).match(new RegExp(`\\slang\\s*=\\s*["']?(?:${names})(?=["'\\s/>])`, 'gi'))?.length ?? 0;
  const simple = [...html.matchAll(new RegExp(`<(a|span)(?:\\s[^<>]*?)?\\slang="(?:${names})"[^<>]*>([^<]*)</\\1>`, 'g'))].filter(
    (m) => m.index > start,
  );
  if (simple.length !== marked) return undefined;
  if (
    insideVerbatim(
      html,
      simple.map((m) => m.index),
    )
  )
    return undefined;
  let out = '';
  let last = 0;
  for (const m of simple) {
    const textStart = m.index + m[0].length - m[2].length - `</${m[1]}>`.length;
    out += html.slice(last, textStart) + prepareSource(m[2], terms, exceptions);
    last = textStart + m[2].length;
  }
  return out + html.slice(last);
}

/** Processes the text of every element in a text-pass language (Greenlandic); the <head>, attributes and raw text are never touched. */
export function prepareGreenlandicHtml(
  html: string,
  danishTerms: readonly string[] = [],
  langs: readonly string[] = TEXT_PASS_LOCALES,
): string {
  const quick = preparedMarkedWords(html, termPattern(danishTerms), danishTerms, langs);
  if (quick !== undefined) return quick;
  const root = element(parse(html, { sourceCodeLocationInfo: true }).childNodes, 'html');
  const body = element(root?.childNodes, 'body');
  if (!root || !body) return html;
  const terms = termPattern(danishTerms);
  let out = '';
  let last = 0;
  for (const { startOffset, endOffset } of greenlandicText(body, langOf(body) ?? langOf(root), langs, [])) {
    const source = html.slice(startOffset, endOffset);
    // Text that spans markup (merged by the parser across a stray tag) or holds a bare "<" is left as it is.
    if (source.includes('<')) continue;
    out += html.slice(last, startOffset) + prepareSource(source, terms, danishTerms);
    last = endOffset;
  }
  return out + html.slice(last);
}
