// Editor components for the rich-text mode: each turns a body component into a form and writes it back
// exactly as it was. The last one keeps any other JSX block or {…} as written, so nothing in a body is lost.
import { calloutHtml, escapeHtml } from '../src/lib/text';

export interface EditorComponent {
  id: string;
  label: string;
  fields: { name: string; label: string; widget: string }[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string>) => string;
  toPreview: (data: Record<string, string>) => string;
}

export const EDITOR_COMPONENTS: EditorComponent[] = [
  {
    id: 'callout',
    label: 'Fremhævet boks',
    fields: [{ name: 'text', label: 'Tekst', widget: 'text' }],
    pattern: /^<Callout>\n([\s\S]*?)\n<\/Callout>/,
    fromBlock: (match) => ({ text: match[1] ?? '' }),
    toBlock: ({ text = '' }) => `<Callout>\n${text}\n</Callout>`,
    toPreview: ({ text = '' }) => calloutHtml(escapeHtml(text)),
  },
  {
    id: 'officialStatementLink',
    label: 'Link til tilgængelighedserklæringen',
    fields: [],
    pattern: /^<OfficialStatementLink \/>/,
    fromBlock: () => ({}),
    toBlock: () => '<OfficialStatementLink />',
    toPreview: () => '<p class="callout callout--missing">Link til tilgængelighedserklæringen</p>',
  },
  {
    id: 'translationOverview',
    label: 'Oversigt over oversættelser (fra indholdet)',
    fields: [],
    pattern: /^<TranslationOverview \/>/,
    fromBlock: () => ({}),
    toBlock: () => '<TranslationOverview />',
    toPreview: () => '<p class="callout">Oversigt: hvilke tekster findes på grønlandsk, og er de kontrolleret</p>',
  },
  {
    id: 'keepAsWritten',
    label: 'Kode (bevares som skrevet)',
    fields: [{ name: 'raw', label: 'Som skrevet', widget: 'text' }],
    pattern: /^(<([A-Z][\w.]*)[^>]*\/>|<([A-Z][\w.]*)[^>]*>[\s\S]*?<\/\3>|\{[\s\S]*?\})/,
    fromBlock: (match) => ({ raw: match[0] }),
    toBlock: ({ raw = '' }) => raw,
    toPreview: ({ raw = '' }) => `<pre>${escapeHtml(raw)}</pre>`,
  },
];
