import { describe, expect, it } from 'vitest';
import { translationState } from '../../src/lib/translation';

const d = (iso: string) => new Date(iso);

describe('translationState', () => {
  it('is missing without a translation', () => {
    expect(translationState(d('2026-11-22'))).toEqual({ state: 'missing' });
  });
  it('is the recorded state while the Danish text has not changed since', () => {
    expect(translationState(d('2026-11-22'), { status: 'draft', translatedFrom: d('2026-11-22') })).toEqual({ state: 'draft' });
    expect(
      translationState(d('2026-11-22'), { status: 'reviewed', translatedFrom: d('2026-11-01'), reviewedOn: d('2026-11-22') }),
    ).toEqual({ state: 'reviewed' });
  });
  it('is out of date from the day the Danish text changed after translation or review', () => {
    expect(translationState(d('2026-12-01'), { status: 'draft', translatedFrom: d('2026-11-22') })).toEqual({
      state: 'outdated',
      since: d('2026-12-01'),
    });
    expect(
      translationState(d('2026-12-01'), { status: 'reviewed', translatedFrom: d('2026-11-01'), reviewedOn: d('2026-11-22') }),
    ).toEqual({ state: 'outdated', since: d('2026-12-01') });
  });
});
