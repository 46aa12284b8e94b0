// Whether a Greenlandic text can still be trusted to say what the Danish original says.

export type TranslationState =
  | { state: 'missing' }
  | { state: 'draft' | 'reviewed' }
  | { state: 'outdated'; since: Date };

export interface TranslationRecord {
  status: 'draft' | 'reviewed';
  /** The Danish "updated" date the translation was made from. */
  translatedFrom: Date;
  reviewedOn?: Date;
}

/** A translation is out of date when the Danish text changed after the version it was made or reviewed from. */
export function translationState(danishUpdated: Date, translation?: TranslationRecord): TranslationState {
  if (!translation) return { state: 'missing' };
  const basis = Math.max(translation.translatedFrom.getTime(), translation.reviewedOn?.getTime() ?? 0);
  if (danishUpdated.getTime() > basis) return { state: 'outdated', since: danishUpdated };
  return { state: translation.status };
}
