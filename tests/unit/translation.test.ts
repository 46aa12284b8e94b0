import { describe, expect, it } from 'vitest';
import { danishHash } from '../../src/lib/danish-hash';
import { originalTexts, readerState, transition, TransitionError, translationStatus, type DanishVersion } from '../../src/lib/translation';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const v1: DanishVersion = { hash: danishHash({ title: 'Nyt ID', body: 'Første tekst.' }), updated: d('2026-11-01') };
const v2: DanishVersion = { hash: danishHash({ title: 'Nyt ID', body: 'Anden tekst.' }), updated: d('2026-11-20') };
const draft = transition(undefined, { type: 'draft', provenance: 'person', by: 'udviklingsteamet', on: d('2026-11-02'), danish: v1 });
const sent = transition(draft, { type: 'send', to: 'Oversætter A/S', on: d('2026-11-03') });
const translated = transition(sent, { type: 'translate', by: 'Aviaja', on: d('2026-11-10'), danish: v1 });
const reviewed = transition(translated, { type: 'review', by: 'Nuka', on: d('2026-11-12') });

describe('transitions', () => {
  it('missing → draft, with provenance and author', () => {
    expect(translationStatus(undefined, v1)).toEqual({ state: 'missing' });
    expect(draft).toEqual({ state: 'draft', provenance: 'person', by: 'udviklingsteamet', written: d('2026-11-02'), follows: v1 });
    const machine = transition(undefined, {
      type: 'draft',
      provenance: 'machine',
      by: 'DeepL via Aviaja',
      on: d('2026-11-02'),
      danish: v1,
    });
    expect(machine.provenance).toBe('machine');
  });

  it('draft → sent to translator, keeping the Danish version it follows', () => {
    expect(sent).toMatchObject({ state: 'sent', sentTo: 'Oversætter A/S', sentOn: d('2026-11-03'), follows: v1 });
  });

  it('sent → translated (by whom, when), following the Danish it was made from', () => {
    expect(translated).toMatchObject({ state: 'translated', provenance: 'person', by: 'Aviaja', written: d('2026-11-10'), follows: v1 });
  });

  it('missing → translated: an imported translation needs no earlier file', () => {
    expect(transition(undefined, { type: 'translate', by: 'Aviaja', on: d('2026-11-10'), danish: v1 }).state).toBe('translated');
  });

  it('translated → reviewed (by whom, when)', () => {
    expect(reviewed).toMatchObject({ state: 'reviewed', reviewedBy: 'Nuka', reviewedOn: d('2026-11-12'), by: 'Aviaja', follows: v1 });
  });

  it('draft → reviewed: a competent person may review a draft directly', () => {
    expect(transition(draft, { type: 'review', by: 'Nuka', on: d('2026-11-12') }).state).toBe('reviewed');
  });

  it('reviewed → sent again clears the review: the next text is not reviewed yet', () => {
    const again = transition(reviewed, { type: 'send', on: d('2026-11-21') });
    expect(again.state).toBe('sent');
    expect(again.reviewedBy).toBeUndefined();
  });

  it('a new draft or translation replaces a review', () => {
    expect(transition(reviewed, { type: 'translate', by: 'Ane', on: d('2026-11-22'), danish: v2 })).not.toHaveProperty('reviewedBy');
    expect(transition(reviewed, { type: 'draft', provenance: 'machine', by: 'Ane', on: d('2026-11-22'), danish: v2 }).state).toBe('draft');
  });

  it('refuses to review what is with the translator, or what does not exist', () => {
    expect(() => transition(sent, { type: 'review', by: 'Nuka', on: d('2026-11-12') })).toThrow(TransitionError);
    expect(() => transition(undefined, { type: 'review', by: 'Nuka', on: d('2026-11-12') })).toThrow(TransitionError);
    expect(() => transition(undefined, { type: 'send', on: d('2026-11-12') })).toThrow(TransitionError);
    expect(() => transition(undefined, { type: 'confirm', by: 'Nuka', on: d('2026-11-12'), danish: v2 })).toThrow(TransitionError);
  });
});

describe('outdated', () => {
  it('a Danish change makes every state outdated', () => {
    for (const record of [draft, sent, translated, reviewed]) {
      expect(translationStatus(record, v2)).toEqual({ state: 'outdated', was: record.state, record });
      expect(translationStatus(record, v1).state).toBe(record.state);
    }
  });

  it('reviewing after the Danish changed does NOT clear outdated (the bug of the old date rule)', () => {
    const late = transition(translated, { type: 'review', by: 'Nuka', on: d('2026-12-01') });
    expect(translationStatus(late, v2).state).toBe('outdated');
  });

  it('"checked, still correct" of the new Danish clears it and keeps the state and its reviewer', () => {
    const checked = transition(reviewed, { type: 'confirm', by: 'Nuka', on: d('2026-11-21'), danish: v2 });
    expect(translationStatus(checked, v2)).toMatchObject({ state: 'reviewed' });
    expect(checked).toMatchObject({ reviewedBy: 'Nuka', checkedBy: 'Nuka', checkedOn: d('2026-11-21'), follows: v2 });
  });

  it('a new translation of the new Danish clears it', () => {
    const next = transition(transition(reviewed, { type: 'send', on: d('2026-11-21') }), {
      type: 'translate',
      by: 'Ane',
      on: d('2026-11-25'),
      danish: v2,
    });
    expect(translationStatus(next, v2).state).toBe('translated');
  });

  it('a Danish change back to the translated text is no longer outdated', () => {
    expect(translationStatus(reviewed, { hash: danishHash({ body: 'Første tekst.', title: 'Nyt ID' }) }).state).toBe('reviewed');
  });
});

describe('what readers are told', () => {
  it('maps every status to one of four reader states', () => {
    expect(readerState(translationStatus(undefined, v1))).toEqual({ state: 'missing' });
    expect(readerState(translationStatus(reviewed, v1))).toEqual({ state: 'reviewed', by: 'Nuka', on: d('2026-11-12') });
    expect(readerState(translationStatus(draft, v1))).toEqual({ state: 'unreviewed', machine: false });
    expect(readerState(translationStatus(sent, v1))).toEqual({ state: 'unreviewed', machine: false });
    expect(readerState(translationStatus(translated, v1))).toEqual({ state: 'unreviewed', machine: false });
    expect(readerState(translationStatus(reviewed, v2))).toEqual({ state: 'outdated', follows: v1.updated, machine: false });
  });

  it('says machine-generated text is machine-generated until a person reviews it', () => {
    const machine = transition(undefined, { type: 'draft', provenance: 'machine', by: 'Ane', on: d('2026-11-02'), danish: v1 });
    expect(readerState(translationStatus(machine, v1))).toEqual({ state: 'unreviewed', machine: true });
    expect(readerState(translationStatus(machine, v2))).toMatchObject({ state: 'outdated', machine: true });
    expect(readerState(translationStatus(transition(machine, { type: 'review', by: 'Nuka', on: d('2026-11-03') }), v1)).state).toBe(
      'reviewed',
    );
  });
});

describe('danishHash', () => {
  const texts = { title: 'Nyt ID', summary: 'Sådan får du MitID.', body: '## Hvad\n\nTekst.', keywords: ['MitID'] };
  it('is the same whatever the field order, line endings, Unicode form or outer space', () => {
    const h = danishHash(texts);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(
      danishHash({ keywords: ['MitID'], body: '## Hvad\r\n\r\nTekst.\n', summary: 'Sa\u030adan får du MitID.', title: ' Nyt ID' }),
    ).toBe(h);
    expect(danishHash({ ...texts, imageAlt: undefined, extra: [] })).toBe(h);
  });
  it('changes with any text: title, summary, body, keyword, picture text', () => {
    const h = danishHash(texts);
    for (const change of [
      { title: 'Nyt id' },
      { summary: 'Sådan.' },
      { body: '## Hvad\n\nTekst!' },
      { keywords: ['MitID', 'NemID'] },
      { imageAlt: 'Et kort.' },
    ]) {
      expect(danishHash({ ...texts, ...change })).not.toBe(h);
    }
  });
  it('does not depend on the file or its date: originalTexts takes texts only', () => {
    expect(originalTexts({ title: 'A', summary: 'B', image: { alt: 'C' } }, 'D')).toEqual({
      title: 'A',
      summary: 'B',
      imageAlt: 'C',
      keywords: undefined,
      body: 'D',
    });
  });
});

describe('danishChanges', () => {
  it('lists only changed fields: words in short texts, whole paragraphs in the body', async () => {
    const { danishChanges } = await import('../../src/lib/danish-diff');
    const before = { title: 'Find en bolig', summary: 'Kort.', body: '## Søg\n\nDu kan søge boligstøtte.\n\nHusk kontrakten.' };
    const now = {
      title: 'Find en bolig i byen',
      summary: 'Kort.',
      body: '## Søg\n\nDu kan søge boligstøtte.\n\nSkriv dig på venteliste.\n\nHusk kontrakten.',
    };
    const changes = danishChanges(before, now);
    expect(changes.map((c) => c.field)).toEqual(['title', 'body']);
    expect(changes[0]!.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['i byen']);
    expect(changes[1]!.parts).toEqual([
      { value: '[2 uændrede afsnit]' },
      { value: 'Skriv dig på venteliste.', added: true, removed: false },
      { value: '[1 uændrede afsnit]' },
    ]);
  });
});

describe('interface strings', () => {
  it('follow the Danish strings by the same hash: a changed or added string outdates them, the state itself does not count', async () => {
    const { uiTexts } = await import('../../src/lib/translation');
    const da = { home_link: 'Forside', months: ['januar', 'februar'] };
    const follows = { hash: danishHash(uiTexts(da)), updated: d('2026-11-29') };
    const record = transition(undefined, {
      type: 'draft',
      provenance: 'person',
      by: 'udviklingsteamet',
      on: d('2026-11-29'),
      danish: follows,
    });
    expect(translationStatus(record, { hash: danishHash(uiTexts({ ...da, translation: { state: 'x' } })) }).state).toBe('draft');
    expect(translationStatus(record, { hash: danishHash(uiTexts({ ...da, home_link: 'Til forsiden' })) }).state).toBe('outdated');
    expect(translationStatus(record, { hash: danishHash(uiTexts({ ...da, search_label: 'Søg' })) }).state).toBe('outdated');
  });
});
