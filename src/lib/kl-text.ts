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

/** Processes the text of every element in a text-pass language (Greenlandic); the <head>, attributes and raw text are never touched. */
export function prepareGreenlandicHtml(
  html: string,
  danishTerms: readonly string[] = [],
  langs: readonly string[] = TEXT_PASS_LOCALES,
): string {
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
