// The state of a translation, as one state machine for guides, pages, places' texts and interface strings:
// missing → draft (by a person or machine-assisted, and by whom) → sent to a translator → translated (by whom,
// when) → reviewed (by whom, when). Which Danish text a translation follows is recorded as a hash of that text,
// so a Danish change after it makes the translation outdated, whatever its state, until a new translation or an
// explicit "checked, still correct" of that Danish version. Reviewing does not change which Danish it follows.
// Pure and without imports at run time, so the build, the scripts (plain Node) and the CMS (a browser) share it; each
// hashes canonicalDanish() with its own SHA-256 (src/lib/danish-hash.ts, scripts/translation-files.mjs, cms/danish-version.ts).
import type { PROVENANCES, TRANSLATION_STATES } from './model';

export type RecordedState = (typeof TRANSLATION_STATES)[number];
/** Written by a person, or with a machine's help (EU AI Act art. 50(4): readers are told until it is reviewed). */
export type Provenance = (typeof PROVENANCES)[number];

/** One version of the Danish text: its hash and the "updated" date it carried. */
export interface DanishVersion {
  hash: string;
  updated: Date;
}

/** What a translation file records under `translation:`. */
export interface TranslationRecord {
  state: RecordedState;
  provenance: Provenance;
  /** Who wrote the text (the draft's author or the translator). */
  by: string;
  /** When the text was written or delivered. */
  written?: Date;
  sentTo?: string;
  sentOn?: Date;
  reviewedBy?: string;
  reviewedOn?: Date;
  /** The last explicit "checked, still correct" of the Danish version in `follows`. */
  checkedBy?: string;
  checkedOn?: Date;
  /** The Danish text this translation was made from (or last checked against). */
  follows: DanishVersion;
}

export type TranslationEvent =
  | { type: 'draft'; provenance: Provenance; by: string; on: Date; danish: DanishVersion }
  | { type: 'send'; to?: string; on: Date }
  | { type: 'translate'; provenance?: Provenance; by: string; on: Date; danish: DanishVersion }
  | { type: 'review'; by: string; on: Date }
  | { type: 'confirm'; by: string; on: Date; danish: DanishVersion };

export class TransitionError extends Error {}

/** The record after an event; missing is `undefined`. Throws TransitionError for an event its state does not allow. */
export function transition(record: TranslationRecord | undefined, event: TranslationEvent): TranslationRecord {
  switch (event.type) {
    case 'draft':
      // A new draft replaces whatever was there: nobody has translated or reviewed this text yet.
      return { state: 'draft', provenance: event.provenance, by: event.by, written: event.on, follows: event.danish };
    case 'translate':
      return { state: 'translated', provenance: event.provenance ?? 'person', by: event.by, written: event.on, follows: event.danish };
    case 'send':
      if (!record) throw new TransitionError('there is no translation file to mark as sent: export the Danish text instead');
      return { ...withoutReview(record), state: 'sent', sentTo: event.to, sentOn: event.on };
    case 'review':
      if (!record) throw new TransitionError('there is no translation to review');
      if (record.state === 'sent') throw new TransitionError('the text is with the translator: import the translation before reviewing it');
      // Reviewing keeps `follows`: it vouches for the translation, not for a Danish text it was never made from.
      return { ...record, state: 'reviewed', reviewedBy: event.by, reviewedOn: event.on };
    case 'confirm':
      if (!record) throw new TransitionError('there is no translation to check against the Danish text');
      return { ...record, follows: event.danish, checkedBy: event.by, checkedOn: event.on };
  }
}

function withoutReview(record: TranslationRecord): TranslationRecord {
  const { reviewedBy: _by, reviewedOn: _on, ...rest } = record;
  return rest;
}

/** The state shown to staff: the recorded state, or outdated when the Danish differs from the version it follows. */
export type TranslationStatus =
  | { state: 'missing' }
  | { state: RecordedState; record: TranslationRecord }
  | { state: 'outdated'; was: RecordedState; record: TranslationRecord };

export function translationStatus(record: TranslationRecord | undefined, current: Pick<DanishVersion, 'hash'>): TranslationStatus {
  if (!record) return { state: 'missing' };
  if (record.follows.hash !== current.hash) return { state: 'outdated', was: record.state, record };
  return { state: record.state, record };
}

/** What a reader is told: four states in plain words. */
export type ReaderState =
  | { state: 'missing' }
  | { state: 'reviewed'; by: string; on: Date }
  | { state: 'unreviewed'; machine: boolean }
  | { state: 'outdated'; follows: Date; machine: boolean };

export function readerState(status: TranslationStatus): ReaderState {
  if (status.state === 'missing') return status;
  const machine = status.record.provenance === 'machine' && status.record.state !== 'reviewed';
  if (status.state === 'outdated') return { state: 'outdated', follows: status.record.follows.updated, machine };
  if (status.state === 'reviewed') return { state: 'reviewed', by: status.record.reviewedBy!, on: status.record.reviewedOn! };
  return { state: 'unreviewed', machine };
}

/** The translatable texts of a Danish original, by field; lists (keywords) as lists. */
export type DanishTexts = Record<string, string | string[] | undefined>;

/** Line endings, Unicode form and outer white space do not make a new version. */
const normalise = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** The texts as one string: sorted fields, empty ones left out, so the file's name, date or field order do not count. */
export function canonicalDanish(texts: DanishTexts): string {
  const fields = Object.keys(texts)
    .sort()
    .flatMap((key) => {
      const value = texts[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
      return [[key, Array.isArray(value) ? value.map(normalise) : normalise(value)]];
    });
  return JSON.stringify(fields);
}

/** The texts of a guide or page that a translation translates. */
export function originalTexts(
  data: { title: string; summary: string; keywords?: string[]; image?: { alt: string } },
  body: string,
): DanishTexts {
  return { title: data.title, summary: data.summary, imageAlt: data.image?.alt, keywords: data.keywords, body };
}

/** The interface strings of the original language as texts to hash: every string and the month names, not the state. */
export function uiTexts(data: Record<string, unknown>): DanishTexts {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => key !== 'translation')
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value)]),
  );
}

/** A place's texts in the original language: its name, what it helps with and its note. */
export function organisationTexts(
  data: { name: Record<string, string>; helpsWith: Record<string, string>; note?: Record<string, string | undefined> },
  source: string,
): DanishTexts {
  return { name: data.name[source], helpsWith: data.helpsWith[source], note: data.note?.[source] };
}

/** How many hex characters of the SHA-256 a translation records: 64 bits, plenty to tell versions of one text apart. */
export const HASH_LENGTH = 16;
