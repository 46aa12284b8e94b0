// Editor components for the rich-text mode: each turns a body component into a form and writes it back
// exactly as it was. The last one keeps any other JSX block or {…} as written, so nothing in a body is lost.
export interface EditorComponent {
  id: string;
  label: string;
  fields: { name: string; label: string; widget: string }[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string>) => string;
  toPreview: (data: Record<string, string>) => string;
}

const escapeHtml = (text = '') => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export const EDITOR_COMPONENTS: EditorComponent[] = [
  {
    id: 'callout',
    label: 'Fremhævet boks',
    fields: [{ name: 'text', label: 'Tekst', widget: 'text' }],
    pattern: /^<Callout>\n([\s\S]*?)\n<\/Callout>/,
    fromBlock: (match) => ({ text: match[1] ?? '' }),
    toBlock: ({ text = '' }) => `<Callout>\n${text}\n</Callout>`,
    toPreview: ({ text }) => `<div class="callout" role="note">${escapeHtml(text)}</div>`,
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
    id: 'keepAsWritten',
    label: 'Kode (bevares som skrevet)',
    fields: [{ name: 'raw', label: 'Som skrevet', widget: 'text' }],
    pattern: /^(<([A-Z][\w.]*)[^>]*\/>|<([A-Z][\w.]*)[^>]*>[\s\S]*?<\/\3>|\{[\s\S]*?\})/,
    fromBlock: (match) => ({ raw: match[0] }),
    toBlock: ({ raw = '' }) => raw,
    toPreview: ({ raw }) => `<pre>${escapeHtml(raw)}</pre>`,
  },
];
