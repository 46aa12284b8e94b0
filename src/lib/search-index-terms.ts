// Extra index terms for languages with our own stemmer (Greenlandic): the build adds terms derived from each
// indexed text (klFoldedTerms in kl-stem.ts) to the page before Pagefind reads it, so a query's stem begins them in
// the index too. No imports of our own: scripts/search-index.mjs loads it with Node's type stripping.
import { parseFragment, type DefaultTreeAdapterTypes as Tree } from 'parse5';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const attr = (element: Tree.Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
type Location = { endTag?: { startOffset: number } };
/** Elements whose text Pagefind does not index. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'svg']);

/**
 * The page's HTML with the terms `derive` makes from its indexed texts, in hidden parts at the end of its
 * data-pagefind-body, weighted like the texts they come from (title 10, summary and keywords 5, text 1). Parts
 * marked data-pagefind-ignore are left out, and a page without a body is returned as it is.
 */
export function withExtraTerms(html: string, derive: (text: string) => string[]): string {
  // Only the part from the body's start tag is parsed: the header and navigation before it are never indexed.
  const start = html.lastIndexOf('<', html.indexOf('data-pagefind-body'));
  if (start < 0 || !html.includes('data-pagefind-body')) return html;
  const document = parseFragment(html.slice(start), { sourceCodeLocationInfo: true });
  const byWeight = new Map<string, Set<string>>();
  let body: Tree.Element | undefined;
  const walk = (node: Tree.ParentNode, inBody: boolean, weight: string) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (!inBody) continue;
        for (const term of derive((child as Tree.TextNode).value))
          (byWeight.get(weight) ?? byWeight.set(weight, new Set()).get(weight)!).add(term);
        continue;
      }
      if (!('tagName' in child) || NOT_TEXT.has(child.tagName)) continue;
      if (inBody && attr(child, 'data-pagefind-ignore') !== undefined) continue;
      const startsBody = !inBody && !body && attr(child, 'data-pagefind-body') !== undefined;
      if (startsBody) body = child;
      walk(child, inBody || startsBody, attr(child, 'data-pagefind-weight') ?? weight);
    }
  };
  walk(document, false, '1');
  const end = (body?.sourceCodeLocation as Location | undefined)?.endTag?.startOffset;
  if (end === undefined || byWeight.size === 0) return html;
  const parts = [...byWeight].map(
    ([weight, words]) => `<p hidden data-pagefind-weight="${escape(weight)}">${escape([...words].join(' '))}</p>`,
  );
  return html.slice(0, start + end) + parts.join('') + html.slice(start + end);
}
