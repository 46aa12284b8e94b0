// How a translation's body is built next to its original: headings, list items, paragraphs, callouts and links.
// A lost paragraph or link is easy to miss in another language, so /status/ lists the differences for translators
// and reviewers. Only a warning: drafts may be unfinished, and nothing here may stop the build.
import { parseBody } from './body-rules';
import type { Locale } from './model';

/** The parts of a body the comparison counts, read from its MDX syntax tree. */
export interface BodyStructure {
  headings: number;
  /** List items, nested ones too. */
  listItems: number;
  /** Paragraphs outside lists (a list item's text counts as the item), inside callouts too. */
  paragraphs: number;
  callouts: number;
  /** Every link's address, in the order they come. */
  links: string[];
}

export interface TreeNode {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  children?: TreeNode[];
}

/** The structure of one MDX body; throws when the text is not MDX (the build refuses such a body anyway). */
export const bodyStructure = (body: string): BodyStructure => structureOf(parseBody(body) as TreeNode);

/**
 * The structure of a body's syntax tree: from parseBody, or the tree a guide is rendered from (src/loaders/
 * rendered-mdx.ts keeps it with the guide, so /status/ does not parse every body again).
 */
export function structureOf(tree: TreeNode): BodyStructure {
  const structure: BodyStructure = { headings: 0, listItems: 0, paragraphs: 0, callouts: 0, links: [] };
  const definitions = new Map<string, string>();
  const references: string[] = [];
  const visit = (node: TreeNode, inListItem: boolean) => {
    if (node.type === 'heading') structure.headings++;
    else if (node.type === 'listItem') structure.listItems++;
    else if (node.type === 'paragraph' && !inListItem) structure.paragraphs++;
    else if (node.name === 'Callout' && /^mdxJsx(Flow|Text)Element$/.test(node.type)) structure.callouts++;
    else if (node.type === 'link') structure.links.push(node.url ?? '');
    else if (node.type === 'linkReference') references.push(node.identifier ?? '');
    else if (node.type === 'definition') definitions.set(node.identifier ?? '', node.url ?? '');
    for (const child of node.children ?? []) visit(child, inListItem || node.type === 'listItem');
  };
  visit(tree, false);
  structure.links.push(...references.map((id) => definitions.get(id) ?? `[${id}]`));
  return structure;
}

/** An address on the site in one language as the same address in another: /da/tolk/ → /kl/tolk/. */
export function inLanguage(url: string, from: Locale, to: Locale): string {
  return url === `/${from}` || url.startsWith(`/${from}/`) || url.startsWith(`/${from}#`) ? `/${to}${url.slice(from.length + 1)}` : url;
}

const PARTS = [
  ['headings', 'overskrift', 'overskrifter'],
  ['listItems', 'punkt i en liste', 'punkter i lister'],
  ['paragraphs', 'afsnit', 'afsnit'],
  ['callouts', 'fremhævet boks', 'fremhævede bokse'],
] as const;

/** What a link is compared by: an address on the site without its #part, which names a heading in the page's own language. */
const comparedTarget = (url: string) => (/^[/#]/.test(url) ? url.replace(/#.*$/, '') || 'et afsnit på samme side' : url);

const countOf = (list: readonly string[]) => list.reduce((m, item) => m.set(item, (m.get(item) ?? 0) + 1), new Map<string, number>());

/**
 * What differs in a translation's structure from its original, in Danish for staff ("2 punkter i lister færre",
 * "link til /kl/tolk/ mangler"); empty when they match. Links compare by address, the original's own-site
 * addresses in the translation's language and without their #part. A body that cannot be read gives one difference saying so.
 */
export function structureDifferences(
  original: string | BodyStructure,
  translation: string | BodyStructure,
  from: Locale,
  to: Locale,
): string[] {
  const read = (body: string | BodyStructure) => (typeof body === 'string' ? bodyStructure(body) : body);
  let da: BodyStructure, other: BodyStructure;
  try {
    [da, other] = [read(original), read(translation)];
  } catch (error) {
    return [`teksten kan ikke læses som Markdown: ${(error as Error).message.replace(/\s+/g, ' ')}`];
  }
  const differences = PARTS.flatMap(([part, one, many]) => {
    const by = other[part] - da[part];
    return by === 0 ? [] : [`${Math.abs(by)} ${Math.abs(by) === 1 ? one : many} ${by < 0 ? 'færre' : 'flere'}`];
  });
  const expected = countOf(da.links.map((url) => comparedTarget(inLanguage(url, from, to))));
  const found = countOf(other.links.map(comparedTarget));
  for (const url of new Set([...expected.keys(), ...found.keys()])) {
    const by = (found.get(url) ?? 0) - (expected.get(url) ?? 0);
    const times = Math.abs(by) === 1 ? '' : ` (${Math.abs(by)} gange)`;
    if (by < 0) differences.push(`link til ${url} mangler${times}`);
    if (by > 0) differences.push(`link til ${url} er ikke i den danske tekst${times}`);
  }
  return differences;
}
