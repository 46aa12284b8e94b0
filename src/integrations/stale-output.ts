// With the incremental build, dist/ is not emptied before a build (see astro.config.mjs): Astro leaves the pages
// it did not need to render where they are, instead of copying each back from its cache. What the build did not
// write or keep is then removed: pages of guides that are gone, pictures no page uses any more, the last search
// index and worker (the steps after Astro write them again). scripts/astro-build.mjs empties dist/ itself when it
// builds from scratch.
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function staleOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      // Listed first in astro.config.mjs, so it runs before the other integrations write their files.
      'astro:build:done': ({ dir, assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const site = fileURLToPath(dir);
        let removed = 0;
        const clean = (folder: string) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
              clean(path);
              if (readdirSync(path).length === 0) rmdirSync(path);
            } else if (!kept.has(path) && statSync(path).mtimeMs < started) {
              unlinkSync(path);
              removed++;
            }
          }
        };
        clean(site);
        if (removed) logger.info(`removed ${removed} file(s) of earlier builds that this one did not make`);
      },
    },
  };
}
