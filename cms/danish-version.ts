// The "Følger den danske tekst" widget of a translation: shows whether the Danish text has changed since the version
// the translation follows, and records the Danish as it is now (its hash and date) when staff say the translation
// follows it: after translating it, or after checking that the translation is still correct.
import { createElement as h, useEffect, useState } from 'react';
import { HASH_LENGTH, canonicalDanish, originalTexts } from '../src/lib/translation';

interface Immutable {
  get: (key: string) => unknown;
  getIn: (path: string[]) => unknown;
  toJS?: () => unknown;
}
interface ControlProps {
  value?: Immutable | { hash?: string; updated?: string };
  onChange: (value: { hash: string; updated: string }) => void;
  entry: Immutable;
  forID: string;
  classNameWrapper: string;
}

const plain = (value: unknown) => ((value as Immutable | undefined)?.toJS ? (value as Immutable).toJS!() : value) as Record<string, unknown> | undefined;
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').slice(0, 10));

/** The Danish original of the entry being edited, as the build hashes it. */
async function currentDanish(entry: Immutable) {
  const data = plain(entry.get('data')) ?? {};
  const texts = originalTexts(
    { title: String(data.title ?? ''), summary: String(data.summary ?? ''), keywords: (data.keywords as string[] | undefined)?.map(String), image: data.image as { alt: string } | undefined },
    String(data.body ?? ''),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalDanish(texts)));
  const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, HASH_LENGTH);
  return { hash, updated: day(data.updated) };
}

export function DanishVersionControl({ value, onChange, entry, forID, classNameWrapper }: ControlProps) {
  const follows = plain(value) ?? {};
  const now = useDanish(entry);
  const same = now && follows.hash === now.hash;
  return h('div', { className: classNameWrapper, id: forID }, [
    h('p', { key: 'state', role: 'status' }, follows.hash
      ? same
        ? `Følger den danske tekst, som den er nu (opdateret ${day(follows.updated)}).`
        : `Forældet: den danske tekst er ændret siden den version, oversættelsen følger (opdateret ${day(follows.updated)}). Se ændringerne på /status/.`
      : 'Ikke registreret: oversættelsen tæller som forældet, indtil du trykker på knappen.'),
    h('button', { key: 'button', type: 'button', disabled: !now || same, onClick: () => now && onChange(now) }, 'Oversættelsen svarer til den danske tekst, som den er nu'),
  ]);
}

function useDanish(entry: Immutable) {
  const [now, setNow] = useState<{ hash: string; updated: string }>();
  useEffect(() => {
    let live = true;
    currentDanish(entry).then((v) => live && setNow(v));
    return () => void (live = false);
  }, [entry]);
  return now;
}
