// The stored copies of Danish versions that translations follow (content/danish-versions/<hash>.json, written by
// npm run translation:import / translation:confirm), so staff can see what changed in the Danish since.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DanishTexts } from '../lib/translation';

const DIR = join(process.cwd(), 'content', 'danish-versions');
const HASH = /^[0-9a-f]{16}$/;

/** The Danish texts of a stored version, or undefined when no copy was kept (e.g. a version recorded in the CMS). */
export function storedDanish(hash: string): { updated: string; texts: DanishTexts } | undefined {
  const file = join(DIR, `${hash}.json`);
  if (!HASH.test(hash) || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every stored version's hash. */
export const storedHashes = (): string[] =>
  existsSync(DIR)
    ? readdirSync(DIR)
        .map((n) => n.replace(/\.json$/, ''))
        .filter((h) => HASH.test(h))
    : [];
