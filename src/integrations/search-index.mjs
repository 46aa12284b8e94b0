// Builds the Pagefind search index as part of `astro build`: one index per page language (<html lang>).
// Only elements marked data-pagefind-body are indexed: the guide's own text, never navigation or footers.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Soft hyphens help long Greenlandic words wrap on screen, but in the index they split words into
// "compound" parts: the kl index grew by half. The index is built from the pages without them.
const SOFT_HYPHEN = /\u00AD|&shy;/g;

/** @returns {import('astro').AstroIntegration} */
export default function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of files) {
          const content = (await readFile(join(site, file), 'utf8')).replace(SOFT_HYPHEN, '');
          const added = await index.addHTMLFile({ sourcePath: file, content });
          if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        logger.info(`read ${files.length} pages; only their data-pagefind-body parts are indexed`);
        await pagefind.close();
      },
    },
  };
}
