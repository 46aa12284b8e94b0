// What changed in a Danish original since the version a translation follows, field by field, as a readable diff:
// short texts word by word, the body paragraph by paragraph. Pure: the build (/status/) and the CMS both use it.
import { diffArrays, diffWords } from 'diff';
import type { DanishTexts } from './translation';

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}
/** What staff call each field whose changes are shown, on /status/ and in the CMS. */
export const CHANGED_FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'Titel',
  summary: 'Kort resumé',
  imageAlt: 'Billedtekst',
  keywords: 'Søgeord',
  body: 'Tekst',
};

export interface FieldChange {
  field: string;
  parts: DiffPart[];
}

const asText = (value: DanishTexts[string]) => (Array.isArray(value) ? value.join(', ') : (value ?? '').trim());
/** A body's blocks: paragraphs, headings and list items as written, blank lines between them dropped. */
const blocks = (body: string) =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);

/** Every field whose text differs; the body as whole paragraphs removed and added, with words marked inside a changed one. */
export function danishChanges(before: DanishTexts, now: DanishTexts): FieldChange[] {
  const fields = [...new Set([...Object.keys(now), ...Object.keys(before)])];
  return fields.flatMap((field) => {
    const a = asText(before[field]);
    const b = asText(now[field]);
    if (a === b) return [];
    if (field !== 'body') return [{ field, parts: diffWords(a, b) }];
    const parts: DiffPart[] = [];
    for (const change of diffArrays(blocks(a), blocks(b))) {
      if (!change.added && !change.removed) parts.push({ value: `[${change.value.length} uændrede afsnit]` });
      else for (const block of change.value) parts.push({ value: block, added: change.added, removed: change.removed });
    }
    return [{ field, parts }];
  });
}
