// One hash of what a build step is made from, for the caches that let a rebuild skip work: scripts/astro-build.mjs
// (the code Astro's caches cannot see), the CMS bundle (src/integrations/cms-bundle.ts) and the offline worker
// (scripts/service-worker.mjs). No imports of our own: the scripts load it with Node's type stripping.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Options as text, each function by its source, so that a changed callback changes the hash too. */
export const optionsText = (options: unknown) =>
  JSON.stringify(options, (_, value: unknown) => (typeof value === 'function' ? String(value) : value));

/** One SHA-256 of `texts`, then of each file's path and content (a file that is not there: its path, marked missing). */
export function inputsHash(files: readonly string[], ...texts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  for (const file of files) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}
