// The hash of a Danish original's texts, as the build and the unit tests compute it (Node's SHA-256).
import { createHash } from 'node:crypto';
import { HASH_LENGTH, canonicalDanish, type DanishTexts } from './translation';

/** The same texts give the same hash whatever the file's name, date or field order. */
export const danishHash = (texts: DanishTexts): string =>
  createHash('sha256').update(canonicalDanish(texts)).digest('hex').slice(0, HASH_LENGTH);
