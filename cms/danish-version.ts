// The "Følger den danske tekst" widget of a translation: shows whether the Danish text has changed since the version
// the translation follows, and records the Danish as it is now (its hash and date) when staff say the translation
// follows it: after translating it, or after checking that the translation is still correct.
import { createElement as h, useEffect, useState } from 'react';
import { CHANGED_FIELD_NAMES, danishChanges, type FieldChange } from '../src/lib/danish-diff';
import { HASH_LENGTH, canonicalDanish, originalTexts, type DanishTexts } from '../src/lib/translation';

interface Immutable {
  get: (key: string) => unknown;
  getIn: (path: string[]) => unknown;
  toJS?: () => unknown;
}
interface ControlProps {
  value?: Immutable | { hash?: string; updated?: string };
  onChange: (value: { hash: string; updated: string }) => void;
  entry: Immutable;
  /** The entry as it is now (the `entry` prop can be stale: Decap renders this control only when its own value changes). */
  getEntry?: () => Immutable;
  forID: string;
  classNameWrapper: string;
}

const plain = (value: unknown) =>
  ((value as Immutable | undefined)?.toJS ? (value as Immutable).toJS!() : value) as Record<string, unknown> | undefined;
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').slice(0, 10));

/** The Danish original of the entry being edited, as the build hashes it. */
async function currentDanish(entry: Immutable) {
  const data = plain(entry.get('data')) ?? {};
  const texts = originalTexts(
    {
      title: String(data.title ?? ''),
      summary: String(data.summary ?? ''),
      keywords: (data.keywords as string[] | undefined)?.map(String),
      image: data.image as { alt: string } | undefined,
    },
    String(data.body ?? ''),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalDanish(texts)));
  const hash = [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_LENGTH);
  return { hash, updated: day(data.updated), texts };
}

export function DanishVersionControl({ value, onChange, entry, getEntry, forID, classNameWrapper }: ControlProps) {
  const follows = plain(value) ?? {};
  const now = useDanish(entry);
  const same = now && follows.hash === now.hash;
  const changes = useChanges(same === false ? String(follows.hash ?? '') : '', now?.texts);
  return h('div', { className: classNameWrapper, id: forID }, [
    h(
      'p',
      { key: 'state', role: 'status' },
      follows.hash
        ? same
          ? `Følger den danske tekst, som den er nu (opdateret ${day(follows.updated)}).`
          : `Forældet: den danske tekst er ændret siden den version, oversættelsen følger (opdateret ${day(follows.updated)}). Se ændringerne på /status/.`
        : 'Ikke registreret: oversættelsen tæller som forældet, indtil du trykker på knappen.',
    ),
    changes && h(Changes, { key: 'changes', changes }),
    h(
      'button',
      {
        key: 'button',
        type: 'button',
        disabled: !now || same,
        onClick: async () => {
          const { hash, updated } = await currentDanish(getEntry?.() ?? entry);
          onChange({ hash, updated });
        },
      },
      'Oversættelsen svarer til den danske tekst, som den er nu',
    ),
  ]);
}

/** The Danish changes since the version the translation follows, as on /status/. */
function Changes({ changes }: { changes: FieldChange[] | 'none' }) {
  if (changes === 'none')
    return h('p', null, 'Der er ingen kopi af den danske version, oversættelsen følger: se ændringerne i Git-historikken.');
  return h('div', { className: 'danish-changes' }, [
    h('p', { key: 'intro' }, 'Ændringer i den danske tekst siden (tilføjet er understreget, fjernet er overstreget):'),
    ...changes.map((change) =>
      h('div', { key: change.field }, [
        h('strong', { key: 'f' }, CHANGED_FIELD_NAMES[change.field] ?? change.field),
        h(
          'p',
          { key: 'p', style: { whiteSpace: 'pre-line' } },
          change.parts.map((part, i) => h(part.added ? 'ins' : part.removed ? 'del' : 'span', { key: i }, part.value)),
        ),
      ]),
    ),
  ]);
}

/** Fetches the stored copy of the followed version (built at /admin/danish-versions/<hash>.json) and compares. */
function useChanges(hash: string, texts?: DanishTexts) {
  const [changes, setChanges] = useState<FieldChange[] | 'none'>();
  const key = texts ? canonicalDanish(texts) : '';
  useEffect(() => {
    if (!hash || !texts) return void setChanges(undefined);
    let live = true;
    fetch(`/admin/danish-versions/${encodeURIComponent(hash)}.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((old) => live && setChanges(old?.texts ? danishChanges(old.texts, texts) : 'none'))
      .catch(() => live && setChanges('none'));
    return () => void (live = false);
  }, [hash, key]);
  return changes;
}

function useDanish(entry: Immutable) {
  const [now, setNow] = useState<{ hash: string; updated: string; texts: DanishTexts }>();
  useEffect(() => {
    let live = true;
    currentDanish(entry).then((v) => live && setNow(v));
    return () => void (live = false);
  }, [entry]);
  return now;
}
