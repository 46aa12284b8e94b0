// Prepares the Greenlandic text of a built page: soft hyphens in long words, and lang="da" on Danish system words.
// It works on the finished HTML so that titles, bodies, interface strings and notices all get the same treatment.
import { hyphenateKl } from './hyphenate';
import { VOID_ELEMENTS } from './text';

/** Elements whose text is not prose for the reader: left exactly as they are. */
const VERBATIM = new Set(['script', 'style', 'textarea', 'title', 'pre', 'code', 'svg']);

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

interface Open {
  name: string;
  lang?: string;
}

/** Processes the text of every element whose language is Greenlandic; the <head> and attributes are never touched. */
export function prepareGreenlandicHtml(html: string, danishTerms: readonly string[] = []): string {
  const bodyStart = html.search(/<body[\s>]/i);
  if (bodyStart < 0) return html;
  const rootLang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  const terms = termPattern(danishTerms);
  const stack: Open[] = [{ name: '#root', lang: rootLang }];
  const langNow = () => stack.findLast((open) => open.lang !== undefined)?.lang;

  let out = html.slice(0, bodyStart);
  const tokens = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)[^>]*>|[^<]+|</g;
  tokens.lastIndex = bodyStart;
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [token, tagName] = m;
    if (!tagName) {
      out += !token.startsWith('<') && langNow() === 'kl' ? prepareText(token, terms, danishTerms) : token;
      continue;
    }
    const name = tagName.toLowerCase();
    if (token.startsWith('</')) {
      const at = stack.findLastIndex((open) => open.name === name);
      if (at > 0) stack.length = at;
      out += token;
    } else if (VERBATIM.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = tokens.lastIndex;
      const end = closing.exec(html)?.index ?? html.length;
      out += token + html.slice(tokens.lastIndex, end);
      tokens.lastIndex = end;
    } else {
      if (!VOID_ELEMENTS.has(name) && !token.endsWith('/>')) stack.push({ name, lang: /\slang="([^"]*)"/.exec(token)?.[1] });
      out += token;
    }
  }
  return out;
}
