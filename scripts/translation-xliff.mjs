// XLIFF 1.2 out and in for professional translators (README "Sending texts to a translator").
// One unit per block of a Danish body (heading, paragraph, list item, table cell, text in a component), found with the
// same mdast parser the CMS entry check uses, plus the frontmatter texts. Inline Markdown (emphasis, links, line
// breaks, code, components) becomes XLIFF inline codes, so a translator moves them but cannot break them: the
// Markdown of each code is rebuilt from the current Danish text on import, never read from the file.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { jsToXliff12, xliff12ToJs } from 'xliff';

/** The library's writer, for tests that act as a translator's CAT tool. */
export { jsToXliff12 };
import { DANISH_TERMS } from '../src/i18n/danish-terms.ts';
import { SOURCE_LOCALE } from '../src/lib/model.ts';

/** Blocks whose inline content is one unit. */
const LEAF_BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);
/** Inline nodes whose content the translator translates, between a protected start and end. */
const SPANS = { emphasis: 'italic', strong: 'bold', link: 'x-link', delete: 'x-strike' };
/** What a block is, in the notes (staff and translators read Danish). */
const KIND_NAMES = { heading: 'overskrift', paragraph: 'afsnit', tableCell: 'tabelcelle', 'list item': 'punkt i en liste' };
/** The id of the unit that carries the translator's name. */
export const TRANSLATOR_UNIT = 'translator';

const parse = (body) => fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

/**
 * The units of a body: each with its id, its kind, its place in the body (start, end) and its content as a list of
 * text and codes; each code knows the Markdown it stands for (open/close around a span, or the whole of a standalone).
 */
export function bodyUnits(body) {
  const units = [];
  const visit = (node, kind) => {
    if (LEAF_BLOCKS.has(node.type)) {
      if (!node.children.length) return;
      const first = node.children[0].position.start.offset;
      const last = node.children.at(-1).position.end.offset;
      const counter = { n: 0 };
      const what = node.type === 'heading' ? 'heading' : (kind ?? node.type);
      units.push({
        id: `body.${units.length + 1}`,
        kind: KIND_NAMES[what] ?? what,
        start: first,
        end: last,
        content: inline(node.children, body, counter),
      });
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return;
    const inner = node.type === 'listItem' ? 'list item' : node.type === 'mdxJsxFlowElement' ? `tekst i <${node.name}>` : kind;
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(parse(body));
  return units;
}

/** Inline nodes as text and codes. */
function inline(nodes, body, counter) {
  const out = [];
  for (const node of nodes) {
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    if (node.type === 'text') out.push(node.value);
    else if (SPANS[node.type] && node.children?.length) {
      const id = String(++counter.n);
      const a = node.children[0].position.start.offset;
      const b = node.children.at(-1).position.end.offset;
      out.push({
        code: 'span',
        id,
        ctype: SPANS[node.type],
        open: body.slice(start, a),
        close: body.slice(b, end),
        contents: inline(node.children, body, counter),
      });
    } else {
      const id = String(++counter.n);
      out.push({ code: 'standalone', id, ctype: node.type === 'break' ? 'lb' : `x-${node.type}`, markdown: body.slice(start, end) });
    }
  }
  return out;
}

/** Content as the library's source/target value: strings and inline elements (<g> for spans, <x/> for standalones). */
export function toXliffValue(content) {
  const value = content.map((part) =>
    typeof part === 'string'
      ? part
      : part.code === 'span'
        ? { GenericSpan: { id: part.id, ctype: part.ctype, contents: toXliffValue(part.contents) } }
        : { Standalone: { id: part.id, ctype: part.ctype } },
  );
  return value.length === 1 && typeof value[0] === 'string' ? value[0] : value;
}

/** Plain text of a value, codes written as {id}…{/id} and {id/}: for comparing a file's source with the current Danish. */
export function signature(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (!Array.isArray(value)) value = [value];
  return value
    .map((part) => {
      if (typeof part === 'string') return part.replace(/\s+/g, ' ');
      const [type, el] = Object.entries(part)[0];
      return type === 'Standalone' ? `{${el.id}/}` : `{${el.id}}${signature(el.contents)}{/${el.id}}`;
    })
    .join('')
    .trim();
}

/** Translated text as Markdown: characters Markdown or MDX would read as syntax are escaped; soft hyphens dropped (the site adds its own). */
const markdownText = (text) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>{}&|#]/g, (c) => `\\${c}`);

/**
 * A target value back to Markdown, each code rebuilt from the Danish unit's code of the same id.
 * Throws a message naming what is wrong: a code missing, unknown, repeated or of another kind.
 */
export function targetMarkdown(target, unit, localiseLink, escapeText = markdownText) {
  const codes = new Map();
  const collect = (content) => content.forEach((p) => typeof p !== 'string' && (codes.set(p.id, p), p.contents && collect(p.contents)));
  collect(unit.content);
  const used = new Set();
  const write = (value) => {
    if (value == null) return '';
    if (typeof value === 'string') return escapeText(value);
    if (!Array.isArray(value)) value = [value];
    return value
      .map((part) => {
        if (typeof part === 'string') return escapeText(part);
        const [type, el] = Object.entries(part)[0];
        const code = codes.get(String(el.id));
        if (!code) throw new Error(`an inline code with id ${el.id} that the Danish text does not have`);
        if (used.has(code.id)) throw new Error(`the inline code ${code.id} twice`);
        used.add(code.id);
        if (code.code === 'standalone') {
          if (type !== 'Standalone') throw new Error(`the inline code ${code.id} changed from a standalone code to a span`);
          return code.markdown;
        }
        if (type !== 'GenericSpan') throw new Error(`the inline code ${code.id} changed from a span to a standalone code`);
        return `${code.open}${write(el.contents)}${code.ctype === 'x-link' ? localiseLink(code.close) : code.close}`;
      })
      .join('');
  };
  const markdown = write(target).trim();
  const missing = [...codes.keys()].filter((id) => !used.has(id));
  if (missing.length)
    throw new Error(`the inline code${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing (a link or emphasis was deleted)`);
  return markdown;
}

/** The notes a translator sees on a unit: where it is, what kind, and the Danish system words it holds. */
function unitNotes(text, where, kind, extra = []) {
  const plain = typeof text === 'string' ? text : signature(text);
  const terms = DANISH_TERMS.filter((term) => plain.includes(term));
  return [`${where} — ${kind}.`, ...(terms.length ? [`Danske systemord, som skal stå på dansk: ${terms.join(', ')}.`] : []), ...extra].join(
    '\n',
  );
}

/**
 * The XLIFF units of one Danish original: its frontmatter texts and its body blocks, with notes.
 * `changed` (optional): the unit signatures of the Danish version the old translation follows, to mark what is new.
 */
export function originalUnits({ kind, slug, data, body, previous }) {
  const where = `${kind === 'guides' ? 'Guide' : 'Side'} "${data.title}" (content/${kind}/${SOURCE_LOCALE}/${slug}.mdx)`;
  const fields = [
    ['title', data.title, 'titel'],
    ['summary', data.summary, 'kort resumé under titlen'],
    ...(data.image?.alt ? [['imageAlt', data.image.alt, 'billedtekst for blinde (alt-tekst)']] : []),
    ...(data.keywords?.length
      ? [['keywords', data.keywords.join(', '), 'søgeord, adskilt af komma; behold danske ord fra breve og skilte, og tilføj grønlandske']]
      : []),
  ];
  const units = [
    ...fields.map(([id, text, what]) => ({ id, kind: what, content: [String(text)], front: true })),
    ...bodyUnits(body).map((u) => ({ ...u, kind: `tekst: ${u.kind}` })),
  ];
  return units.map((u) => {
    const value = toXliffValue(u.content);
    const extra = [];
    if (previous) {
      const before = previous.get(u.id);
      if (before === undefined) extra.push('NY: denne blok fandtes ikke i den danske tekst, som den gamle oversættelse følger.');
      else if (before !== signature(value)) extra.push(`ÆNDRET siden den oversatte version. Før: ${before}`);
    }
    return { ...u, value, note: unitNotes(value, where, u.kind, extra) };
  });
}

/** Interface strings need no Markdown escapes: soft hyphens dropped, white space kept to single spaces. */
export const plainText = (text) => {
  const brace = /\{\w*\}/.exec(text);
  if (brace) throw new Error(`the text "${brace[0]}" would be read as a placeholder: write it without { }, or move the code instead`);
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
};

/** The units of the interface strings: one per string, its {placeholders} as protected codes; the month names one by one. */
export function uiUnits(strings) {
  const units = [];
  for (const [key, value] of Object.entries(strings)) {
    const values = Array.isArray(value) ? value.map((v, i) => [`${key}.${i + 1}`, String(v)]) : [[key, String(value)]];
    for (const [id, text] of values) {
      let n = 0;
      const content = text
        .split(/(\{\w+\})/)
        .filter(Boolean)
        .map((part) => (/^\{\w+\}$/.test(part) ? { code: 'standalone', id: String(++n), ctype: 'x-placeholder', markdown: part } : part));
      const note = [
        `Tekst i brugerfladen (content/ui/${SOURCE_LOCALE}.yml), ${id}${key === 'months' ? ': et månedsnavn' : ''}.`,
        ...(n ? ['Koderne står for noget, siden sætter ind (et navn, en dato, et tal): flyt dem, slet dem ikke.'] : []),
      ].join('\n');
      units.push({ id, plain: true, content, value: toXliffValue(content), note });
    }
  }
  return units;
}

/**
 * An XLIFF 1.2 document: one <file> per text, the translator's name as its own unit in the first.
 * `prefill`: each target starts as a copy of its source, for tools that translate targets in place (OmegaT 3.x reads
 * only units that have a <target>); Trados and memoQ take the file without.
 */
export async function writeXliff(texts, targetLanguage, { prefill = false } = {}) {
  const resources = {};
  texts.forEach((text, index) => {
    const units = {};
    if (index === 0) {
      units[TRANSLATOR_UNIT] = {
        source: 'Oversætterens navn',
        target: prefill ? 'Oversætterens navn' : '',
        note: 'Skriv dit navn som oversættelse af denne enhed. Det står på siden som den, der har oversat teksterne.',
      };
    }
    for (const u of text.units)
      units[u.id] = { source: u.value, ...(prefill ? { target: u.value } : {}), note: u.note, additionalAttributes: { resname: u.id } };
    resources[text.name ?? `${text.kind}/${text.slug}`] = units;
  });
  // No indentation: white space inside <source> would become part of the text.
  return jsToXliff12({ sourceLanguage: SOURCE_LOCALE, targetLanguage, resources }, { indent: '' });
}

/** A translator's XLIFF file as { targetLanguage, files: { 'guides/slug': { unitId: { source, target } } } }. */
export async function readXliff(xml) {
  const js = await xliff12ToJs(xml);
  if (js instanceof Error) throw js;
  return { targetLanguage: js.targetLanguage, files: js.resources ?? {} };
}
