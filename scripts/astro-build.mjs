// `astro build`, from scratch (`--force`) only when something Astro's caches cannot see has changed since the last
// build in this folder. Astro keeps validated content by each file's digest, and with experimental.incrementalBuild
// the pages whose key and code are unchanged (src/data/site.ts, guideCacheKeys). It does not see a change to the
// schemas, loaders and rules content passes through (src/), to public/ files pages read as they render, to the
// config or to the packages: a change to any of these builds everything afresh. Keep .cache/ between builds (CI,
// hosts) to rebuild only what changed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inputsHash } from '../src/lib/inputs-hash.ts';

const INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMP = '.cache/astro/build-inputs.sha256';

/** Every file of the inputs that exist, by its path in the project. */
const inputFiles = () =>
  INPUTS.filter((part) => existsSync(part))
    .flatMap((part) =>
      statSync(part).isDirectory()
        ? readdirSync(part, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => join(entry.parentPath, entry.name))
        : [part],
    )
    .sort();

if (import.meta.main) {
  // This Node too: another version may build differently.
  const current = inputsHash(inputFiles(), process.version);
  const fresh = !existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== current;
  // Until this build succeeds, the next one starts from scratch.
  rmSync(STAMP, { force: true });
  // From scratch, dist/ is emptied too (Astro does not: see src/integrations/stale-output.ts).
  if (fresh) rmSync('dist', { recursive: true, force: true });
  const args = ['node_modules/astro/bin/astro.mjs', 'build', ...(fresh ? ['--force'] : [])];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status === 0) {
    mkdirSync(dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, current);
  }
  process.exit(status ?? 1);
}
