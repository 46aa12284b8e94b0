// `npm run bench`: prints what a reader's phone downloads for a guide, and how that holds as the site grows.
// It builds the real site, then synthetic copies with N guides per language, and reports figures (never pass/fail).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { changeGuide, fillCorpus } from './bench-corpus.mjs';
import { copyProject, PROJECT_ROOT as root } from './copy-project.mjs';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';
import { LOCALES } from '../src/lib/model.ts';

const SAMPLE = 'flytning-og-cpr';
const SIZES = (process.env.BENCH_SIZES ?? '200,1000').split(',').filter(Boolean).map(Number);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Builds the project in `dir`, timing it in its own process so CPU time and peak memory are the build's alone. */
function build(dir) {
  // Pictures Astro optimised (not taken from its cache): each writes a new file to the cache folder.
  const cache = join(dir, '.cache/astro/assets');
  const cached = () => (existsSync(cache) ? readdirSync(cache).filter((f) => !f.endsWith('.json')).length : 0);
  const before = cached();
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(root, 'scripts/measure-build.mjs')], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${run.stdout}\n${run.stderr}`);
  const usage = JSON.parse(run.stdout.trim().split('\n').pop());
  return { ...usage, wall: (Date.now() - started) / 1000, pictures: cached() - before };
}

/** What a phone downloads for one guide page: its HTML and every stylesheet and script it links. */
function guideWeight(dist, lang) {
  const html = readFileSync(join(dist, lang, SAMPLE, 'index.html'));
  const assets = (pattern) => [...html.toString().matchAll(pattern)].map((m) => readFileSync(join(dist, m[1])));
  const css = assets(/<link rel="stylesheet" href="\/([^"]+)"/g);
  const js = assets(/<script[^>]*src="\/([^"]+)"/g);
  const inlineJs = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  return {
    html: gz(html),
    css: css.reduce((sum, b) => sum + gz(b), 0),
    js: [...js, ...inlineJs].reduce((sum, b) => sum + gz(b), 0),
  };
}

const countPages = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;

/** A copy of the project with `n` guides per language (scripts/bench-corpus.mjs); returns it and a generated guide. */
async function syntheticCopy(n) {
  const dir = copyProject({ prefix: `bench-${n}` });
  return { dir, changed: await fillCorpus(dir, n) };
}

// Chrome DevTools' "Slow 4G" profile, and a phone about four times slower than this machine.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1e6) / 8) * 0.9,
  uploadThroughput: ((750 * 1e3) / 8) * 0.9,
};
const SEARCHES = [
  ['da', 'sundhedskort'],
  ['kl', 'oqalutsi'],
];

/** A throttled, cold-cache page in Chromium, recording every response (the search worker's too). */
async function throttledPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const fetched = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const url = new URL(request.url());
    fetched.push({
      path: url.pathname,
      local: url.hostname === '127.0.0.1',
      type: request.resourceType(),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      at: Date.now(),
    });
  });
  return { context, page, fetched };
}

/** What opening a guide with a video costs a phone: no video bytes and no third-party bytes before play. */
async function measureGuide(browser, lang) {
  const { context, page, fetched } = await throttledPage(browser);
  const opened = Date.now();
  await page.goto(`http://127.0.0.1:4350/${lang}/${SAMPLE}/`, { waitUntil: 'load' });
  const loaded = Date.now();
  await page.waitForTimeout(300);
  await context.close();
  const of = (type) => kb(fetched.filter((f) => f.type === type).reduce((sum, f) => sum + f.bytes, 0));
  const all = kb(fetched.reduce((sum, f) => sum + f.bytes, 0));
  return `  opening /${lang}/${SAMPLE}/ (with its video): ${all} in ${((loaded - opened) / 1000).toFixed(2)} s: HTML ${of('document')}, CSS ${of('stylesheet')}, JS ${of('script')}, images ${of('image')}, video ${of('media')}, other hosts ${fetched.filter((f) => !f.local).length} requests`;
}

// A phone as Playwright's "Pixel 7" (412 px at 2.625×), the same phone at 1×, and a desktop.
const SCREENS = [
  ['412 px phone at 2.625×', { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true }],
  ['412 px phone at 1×', { viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }],
  ['desktop 1280 px', { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }],
];

/** Which width of a guide's picture each screen picks from the srcset, and the bytes of every picture it loads, scrolled through. */
async function measurePicture(browser, dist, slug) {
  if (!existsSync(join(dist, 'da', slug, 'index.html'))) return [];
  const rows = [];
  for (const [name, options] of SCREENS) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const sizes = [];
    page.on('requestfinished', (request) => request.resourceType() === 'image' && sizes.push(request.sizes()));
    await page.goto(`http://127.0.0.1:4350/da/${slug}/`, { waitUntil: 'load' });
    const hero = page.locator('img.hero');
    await hero.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('img.hero')?.complete);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size.responseBodySize, 0);
    const chosen = await hero.evaluate((img) => img.currentSrc.split('/').pop());
    const heroBytes = readFileSync(join(dist, '_astro', chosen)).length;
    rows.push(`  /da/${slug}/ on a ${name}: picture ${chosen} (${kb(heroBytes)}); every image it loads ${kb(bytes)}`);
    await context.close();
  }
  return rows;
}

/**
 * From a cold cache: open a guide, type a query in its header and send it with Enter, as a reader does. Times from
 * Enter to the first result on screen (the search page's own answer) and to Pagefind's full-text results merged in
 * (the list no longer aria-busy), and the bytes fetched from Enter until then.
 */
async function measureSearch(dist) {
  const server = await serve(dist, 4350);
  const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_FLAGS });
  const rows = [];
  try {
    for (const lang of LOCALES) rows.push(await measureGuide(browser, lang));
    for (const slug of [SAMPLE, 'eksempel-2']) rows.push(...(await measurePicture(browser, dist, slug)));
    for (const lang of LOCALES) rows.push(await measureSaveJourney(browser, server, lang));
    for (const [lang, query] of SEARCHES) {
      const { context, page, fetched } = await throttledPage(browser);
      await page.goto(`http://127.0.0.1:4350/${lang}/${SAMPLE}/`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.locator('#site-search').fill(query);
      const before = fetched.length;
      const sent = Date.now();
      await page.locator('#site-search').press('Enter');
      await page.locator('.search-results__list li').first().waitFor({ timeout: 60_000 });
      const first = Date.now();
      // While the list is aria-busy, what it shows is the page's own answer, not Pagefind's.
      const fromPage = (await page.locator('.search-results__list[aria-busy]').count()) > 0;
      await page.locator('.search-results__list:not([aria-busy])').waitFor({ state: 'attached', timeout: 60_000 });
      const full = Date.now();
      await page.waitForTimeout(300);
      const after = fetched.slice(before).filter((f) => f.at <= full + 300);
      const sum = (list) => kb(list.reduce((total, f) => total + f.bytes, 0));
      const searchPage = after.filter((f) => f.type === 'document');
      const pagefind = after.filter((f) => f.path.startsWith('/pagefind/'));
      if (process.env.BENCH_VERBOSE)
        console.log(after.map((f) => `    ${f.path} ${f.bytes} B, done ${f.at - sent} ms after Enter`).join('\n'));
      const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
      rows.push(
        `  search "${query}" typed on /${lang}/${SAMPLE}/ and sent with Enter: first result ${s(first - sent)} after Enter ` +
          `(${fromPage ? "the page's own answer" : "Pagefind's"}), full text ${s(full - sent)}; ` +
          `${sum(after)} fetched (search page HTML ${sum(searchPage)}, Pagefind ${sum(pagefind)})`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/**
 * "Save the journey" (issue 18) on an unthrottled phone: what the button says it will download (the build's count)
 * and what the server then sends, counted at the server, since the service worker's own requests do not show in the page.
 */
async function measureSaveJourney(browser, server, lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:4350/${lang}/forste-uger/`, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller);
  // The journey page keeps itself for offline reading as it opens; wait for that before counting.
  await page.waitForTimeout(1000);
  const served = [];
  const count = (request, response) => {
    let bytes = 0;
    const write = response.write;
    response.write = (chunk, ...rest) => ((bytes += chunk?.length ?? 0), write.call(response, chunk, ...rest));
    response.on('finish', () => served.push({ path: request.url, bytes }));
  };
  server.on('request', count);
  await page.locator('.save-offline button').click();
  await page.waitForFunction(() => document.querySelector('.save-offline [role=status]')?.textContent);
  server.off('request', count);
  const said = Number(await page.locator('.save-offline').getAttribute('data-bytes'));
  await context.close();
  const videos = served.filter((f) => f.path.startsWith('/videos/')).length;
  return `  "save the journey" on /${lang}/forste-uger/: the button says ${kb(said)}; the server sent ${kb(served.reduce((sum, f) => sum + f.bytes, 0))} in ${served.length} requests, ${videos} of them video`;
}

const SECOND = 'sundhedskort-og-laege';

/**
 * A returning reader: after one guide, what a second guide costs over the network, served by Cloudflare's runtime
 * (`wrangler pages dev`) with the build's _headers, so hashed files come from the browser's cache unasked.
 */
async function measureReturning(dir) {
  const port = 4351;
  const server = spawn(
    join(root, 'node_modules/.bin/wrangler'),
    ['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date=2026-05-01'],
    {
      cwd: dir,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
      stdio: 'ignore',
    },
  );
  const browser = await chromium.launch({ executablePath: (await findChromium()).path, args: CHROMIUM_FLAGS });
  try {
    for (
      let tries = 0;
      !(await fetch(`http://127.0.0.1:${port}/da/`).then(
        (r) => r.ok,
        () => false,
      ));
      tries++
    ) {
      if (tries > 120) throw new Error('wrangler pages dev did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const seen = { requests: 0, cached: 0, bytes: 0 };
    // Only requests to the site: Chromium's own media controls load data: pictures.
    const own = new Set();
    cdp.on('Network.requestWillBeSent', (event) => event.request.url.startsWith('http') && own.add(event.requestId) && seen.requests++);
    cdp.on('Network.requestServedFromCache', (event) => own.has(event.requestId) && seen.cached++);
    cdp.on('Network.loadingFinished', (event) => (seen.bytes += event.encodedDataLength));
    await page.goto(`http://127.0.0.1:${port}/da/${SAMPLE}/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const first = { ...seen };
    Object.assign(seen, { requests: 0, cached: 0, bytes: 0 });
    await page.goto(`http://127.0.0.1:${port}/da/${SECOND}/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    return `  returning reader: /da/${SECOND}/ after /da/${SAMPLE}/ downloads ${kb(seen.bytes)} (${seen.requests} requests, ${seen.cached} of them from the browser's cache without asking); the first guide took ${kb(first.bytes)}`;
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

const pagefindSize = (dist) =>
  readdirSync(join(dist, 'pagefind'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(pf_index|pf_fragment|pf_meta)$/.test(e.name))
    .reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).length, 0);

const buildLine = (what, usage) =>
  `  ${what}: ${usage.wall.toFixed(1)} s wall, ${usage.cpu.toFixed(1)} s CPU, ${usage.maxRssMb} MB peak memory (the search indexer at most ${usage.indexerRssMb} MB)`;

// BENCH_BROWSER=0 leaves out the measures in Chromium (what a phone downloads, search, returning reader).
const BROWSER = process.env.BENCH_BROWSER !== '0';

async function report(label, dir, usage, rebuild) {
  const dist = join(dir, 'dist');
  console.log(
    [
      `${label}`,
      `${buildLine('build with search index, cold', usage)}, ${countPages(dist)} pages, ${usage.pictures} pictures optimised`,
      ...(rebuild ? [`${buildLine(`rebuild after ${rebuild.what}`, rebuild.usage)}, ${rebuild.usage.pictures} pictures optimised`] : []),
      `  search index: ${kb(pagefindSize(dist))} in all (index and fragments, every language)`,
      ...LOCALES.map((lang) => {
        const weight = guideWeight(dist, lang);
        return `  guide /${lang}/${SAMPLE}/: HTML ${kb(weight.html)} gzip, CSS ${kb(weight.css)} gzip, JS ${kb(weight.js)} gzip (the offline worker's registration, its only script)`;
      }),
      `  offline worker: /sw.js ${kb(gz(readFileSync(join(dist, 'sw.js'))))} gzip, fetched once in the background and checked again on later visits`,
      ...(BROWSER ? [...(await measureSearch(dist)), await measureReturning(dir)] : []),
    ].join('\n'),
  );
}

console.log(
  `Budgets: guide HTML ≤ 6 KB gzip and not growing with the number of guides, CSS ≤ 8 KB gzip, JS ≤ 1 KB gzip (the offline worker's registration only);`,
);
console.log(`a guide with a video fetches no video and nothing from other hosts before play, and ≤ 1 KB gzip of JS.\n`);
console.log(`Search goal, on Slow 4G with a 4× slower CPU: the first result ≤ 1.5 s after Enter, full-text results ≤ 3 s.\n`);
// The site as it is, built in a copy: the project's own dist/ is left alone.
const now = copyProject({ prefix: 'bench-now' });
try {
  await report('The site as it is', now, build(now));
} finally {
  rmSync(now, { recursive: true, force: true });
}
for (const n of SIZES) {
  const { dir, changed } = await syntheticCopy(n);
  try {
    const cold = build(dir);
    // A rebuild as CI or a host runs it: the same folder, its cache (.cache/) kept from the build before.
    await changeGuide(dir, changed);
    const rebuild = { what: `one guide changed (/da/${changed}/: a sentence and a new picture)`, usage: build(dir) };
    await report(`\nSynthetic site, ${n} guides per language, each with its own picture`, dir, cold, rebuild);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
