// Builds the Pagefind search index of the built site: one index per page language (<html lang>). Only elements
// marked data-pagefind-body are indexed: the guide's own text, never navigation or footers. `npm run build` runs
// it after `astro build` has ended: inside Astro's build, Pagefind's ~250 MB came on top of Astro's own peak.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { builtPages } from '../src/integrations/built-pages.ts';
import { hasOwnStemmer } from '../src/lib/model.ts';
import { klFoldedTerms } from '../src/lib/kl-stem.ts';
import { withExtraTerms } from '../src/lib/search-index-terms.ts';
import { scriptJson } from '../src/lib/text.ts';

// Soft hyphens help long Greenlandic words wrap on screen, but in the index they split words into
// "compound" parts: the kl index grew by half. The index is built from the pages without them.
const SOFT_HYPHEN = /\u00AD|&shy;/g;

/** Pagefind's files decompressed: "pagefind_dcd" and the content, gzipped unless they start with the signature. */
const decompress = (buffer) => (buffer.subarray(0, 12).toString() === 'pagefind_dcd' ? buffer : gunzipSync(buffer)).subarray(12);

/**
 * Each page's address and title by Pagefind's result id (the name of its fragment), read from the fragments it
 * wrote, so the search page can show Pagefind's results, and tell which it already shows, without fetching them.
 * @returns {Promise<Record<string, { url: string, title: string }>>}
 */
async function pagesById(site) {
  const folder = join(site, 'pagefind/fragment');
  const pages = {};
  for (const name of await readdir(folder)) {
    const fragment = JSON.parse(decompress(await readFile(join(folder, name))).toString());
    const id = name.replace(/\.pf_fragment$/, '');
    // A fragment is one page, or a group of pages by id.
    const entries = typeof fragment.url === 'string' ? [[id, fragment]] : Object.entries(fragment);
    for (const [pageId, page] of entries) pages[pageId] = { url: page.url, title: page.meta?.title ?? page.url };
  }
  return pages;
}

/**
 * After indexing, each language's search page gets preloads of exactly what Pagefind fetches before a first query,
 * whose names Pagefind only decides now: its entry file (under a tag the script passes as metaCacheTag, instead of
 * Pagefind's default of the time of day) and that language's metadata. With pagefind.js and the engine, preloaded
 * by the page itself, they travel in parallel with the page. It also gets the address (and for pages not in its
 * A–Å list, the title) of each of Pagefind's result ids, so results merge without a guide twice or a fetch each.
 * @param {string} site the built site's folder
 * @param {(lang: string) => string} searchPage the search page's file for a language, relative to the site
 */
async function prepareSearchPages(site, searchPage) {
  const entryText = await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8');
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const pages = await pagesById(site);
  for (const [lang, { hash }] of Object.entries(JSON.parse(entryText).languages)) {
    const file = join(site, searchPage(lang));
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (!html) continue;
    const links = [`/pagefind/pagefind-entry.json?ts=${tag}`, `/pagefind/pagefind.${hash}.pf_meta`].map(
      (href) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`,
    );
    const ours = Object.entries(pages).filter(([id]) => id.startsWith(`${lang}_`));
    // Titles only for pages the A–Å list does not name (information pages): the script reads the others there.
    const az = html.slice(html.indexOf('id="a-aa"'));
    const known = (url) => az.slice(0, az.indexOf('</ul>')).includes(`<a href="${url}">`);
    const data = {
      urls: Object.fromEntries(ours.map(([id, { url }]) => [id, url])),
      titles: Object.fromEntries(ours.filter(([, { url }]) => !known(url)).map(([, { url, title }]) => [url, title])),
    };
    const script = `<script type="application/json" id="pagefind-pages">${scriptJson(data)}</script>`;
    await writeFile(file, html.replace('</head>', `${links.join('')}</head>`).replace('</body>', `${script}</body>`));
  }
}

/**
 * Waits until Pagefind's binary has ended: close() only signals it, and a binary that outlives this script has its
 * CPU time and memory counted by nothing that times the build (scripts/measure-build.mjs included).
 */
async function childrenEnded() {
  const ours = () =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .some((pid) => {
        try {
          return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(process.pid);
        } catch {
          return false;
        }
      });
  for (let tries = 0; existsSync('/proc/self') && tries < 500 && ours(); tries++) await sleep(10);
}

/**
 * withExtraTerms with Greenlandic terms, remembered between builds in .cache/ by the page's text (only where the
 * terms go and what they are), so a rebuild derives terms only for pages that changed.
 */
function termsAdder(site) {
  const file = join(site, '../.cache/search-terms.json');
  const known = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const used = {};
  const add = (text) => {
    const key = createHash('sha256').update(text).digest('base64url');
    if (!known[key]) {
      const withTerms = withExtraTerms(text, klFoldedTerms);
      let at = 0;
      while (at < text.length && text[at] === withTerms[at]) at++;
      known[key] = [at, withTerms.slice(at, at + withTerms.length - text.length)];
    }
    const [at, terms] = (used[key] = known[key]);
    return text.slice(0, at) + terms + text.slice(at);
  };
  return { add, save: () => writeFileSync(file, JSON.stringify(used)) };
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
  const terms = termsAdder(site);
  let pages = 0;
  let indexed = 0;
  // Pages are sent without waiting for each answer (the indexer works while the next is read), a few at a time.
  const sending = new Set();
  const send = async (file, content) => {
    const added = await index.addHTMLFile({ sourcePath: file, content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  };
  for await (const [file, html] of builtPages(site)) {
    pages++;
    // Pagefind skips pages without a data-pagefind-body part; not sending them halves its time and memory.
    if (!html.includes('data-pagefind-body')) continue;
    indexed++;
    const text = html.replace(SOFT_HYPHEN, '');
    // Languages with our own stemmer get the folded forms of their words indexed too (src/lib/kl-stem.ts).
    const lang = /^<!DOCTYPE html><html lang="([^"]+)"/i.exec(text)?.[1] ?? '';
    const sent = send(file, hasOwnStemmer(lang) ? terms.add(text) : text).finally(() => sending.delete(sent));
    sending.add(sent);
    if (sending.size >= 16) await Promise.race(sending);
  }
  await Promise.all(sending);
  terms.save();
  const written = await index.writeFiles({ outputPath: `${site}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await prepareSearchPages(site, searchPage);
  await pagefind.close();
  await childrenEnded();
  return `indexed ${indexed} of ${pages} pages; only their data-pagefind-body parts`;
}

if (import.meta.main) console.log(`[search-index] ${await buildSearchIndex(`${process.cwd()}/dist/`)}`);
