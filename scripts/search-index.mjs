// Builds the Pagefind search index of the built site: one index per page language (<html lang>). Only elements
// marked data-pagefind-body are indexed: the guide's own text, never navigation or footers. `npm run build` runs
// it after `astro build` has ended: inside Astro's build, Pagefind's ~250 MB came on top of Astro's own peak.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages } from '../src/integrations/built-pages.ts';

// Soft hyphens help long Greenlandic words wrap on screen, but in the index they split words into
// "compound" parts: the kl index grew by half. The index is built from the pages without them.
const SOFT_HYPHEN = /\u00AD|&shy;/g;

/**
 * After indexing, each language's search page gets a preload of that language's index metadata, whose name
 * Pagefind only decides now: one round trip less before the first results on a slow phone connection.
 * @param {string} site the built site's folder
 * @param {(lang: string) => string} searchPage the search page's file for a language, relative to the site
 */
async function preloadIndexMeta(site, searchPage) {
  const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
  for (const [lang, { hash }] of Object.entries(entry.languages)) {
    const file = join(site, searchPage(lang));
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (!html) continue;
    const link = `<link rel="preload" as="fetch" crossorigin="anonymous" href="/pagefind/pagefind.${hash}.pf_meta">`;
    await writeFile(file, html.replace('</head>', `${link}</head>`));
  }
}

/** The search page of a language, relative to the site folder. */
const searchPage = (lang) => `${lang}/soeg/index.html`;

/**
 * Indexes the site in `site` (a folder path ending in /) and writes the index to its pagefind/ folder.
 * @returns {Promise<string>} what was indexed, for the log
 */
export async function buildSearchIndex(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  let indexed = 0;
  for await (const [file, html] of builtPages(site)) {
    pages++;
    // Pagefind skips pages without a data-pagefind-body part; not sending them halves its time and memory.
    if (!html.includes('data-pagefind-body')) continue;
    indexed++;
    const added = await index.addHTMLFile({ sourcePath: file, content: html.replace(SOFT_HYPHEN, '') });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await preloadIndexMeta(site, searchPage);
  await pagefind.close();
  return `indexed ${indexed} of ${pages} pages; only their data-pagefind-body parts`;
}

if (import.meta.main) console.log(`[search-index] ${await buildSearchIndex(`${process.cwd()}/dist/`)}`);
