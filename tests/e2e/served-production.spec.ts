// The same HTTP checks on every engine the site runs on in production (see served-engines.ts), against the fixture
// site (tests/fixtures/site: guide nyt-id was gammelt-id) built as for production, with the CMS on GitHub and an
// official accessibility statement: headers per page type, 301s and /was, caching, pre-compressed files, 404 in
// the reader's language, search, and axe on the pages as served there.
import { get } from 'node:http';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { buildCopy, copyProject } from '../../scripts/copy-project.mjs';
import { FIXTURE } from './builds';
import { ENGINES, startEngine } from './served-engines';
import { LANGS } from './site';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const WORKER_CACHE = 'no-cache';
const CMS = {
  PUBLIC_CMS_BACKEND: 'github',
  PUBLIC_CMS_REPO: 'aalborg/ny-i-aalborg',
  PUBLIC_CMS_BASE_URL: 'https://login.ny-i-aalborg.example/auth',
};
const STATEMENT = 'https://www.was.digst.dk/ny-i-aalborg-example';

test.describe.configure({ mode: 'serial' });

let dir = '';

test.beforeAll(() => {
  test.setTimeout(180_000);
  dir = copyProject({ prefix: 'production', fixture: FIXTURE });
  appendFileSync(join(dir, 'content/settings/site.yml'), `accessibilityStatementUrl: ${STATEMENT}\n`);
  Object.assign(process.env, CMS);
  try {
    const { status, output } = buildCopy(dir);
    if (status !== 0) throw new Error(output);
  } finally {
    for (const name of Object.keys(CMS)) delete process.env[name];
  }
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A response as it came over the wire: status, headers and the body still encoded. */
function raw(
  url: string,
  encoding = 'br, gzip',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** The largest pre-compressed script in /_astro/ (the build writes .br and .gz next to it). */
function compressedAsset(): string {
  const folder = join(dir, 'dist/_astro');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js') && readdirSync(folder).includes(`${name}.br`))
    .sort((a, b) => statSync(join(folder, b)).size - statSync(join(folder, a)).size)[0]!;
}

const kinds = {
  reader: (csp: string) =>
    csp.startsWith("default-src 'self'; script-src 'self'; style-src 'self'") && csp.endsWith("frame-ancestors 'self'"),
  search: (csp: string) => csp.startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"),
  file: (csp: string) => csp === "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  engine: (csp: string) => csp === "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
};

for (const engine of ENGINES) {
  test.describe(engine.name, () => {
    const origin = `http://127.0.0.1:${engine.port}`;
    let stop: (() => void) | undefined;
    test.beforeAll(async () => {
      test.setTimeout(90_000);
      stop = await startEngine(engine, dir);
    });
    test.afterAll(() => stop?.());

    test('every page type gets its one policy and the common headers; only the search page may compile WebAssembly', async () => {
      const expected: [string, keyof typeof kinds][] = [
        ['/', 'reader'],
        ['/da/', 'reader'],
        ['/kl/nyt-id/', 'reader'],
        ['/da/nyt-id/udskriv/', 'reader'],
        ['/kl/emne/penge/', 'reader'],
        ['/da/steder/', 'reader'],
        ['/plakat/nyt-id/', 'reader'],
        ['/status/', 'reader'],
        ['/da/soeg/', 'search'],
        ['/kl/soeg/', 'search'],
        ['/da/feed.xml', 'file'],
        ['/og/da/nyt-id.jpg', 'file'],
        ['/sitemap-index.xml', 'file'],
        ['/robots.txt', 'file'],
        ['/favicon.svg', 'file'],
        [`/_astro/${compressedAsset()}`, 'file'],
        ['/pagefind/pagefind.js', 'engine'],
        ['/pagefind/pagefind-entry.json', 'engine'],
        // The service worker runs under the reader policy: it may fetch from the site only.
        ['/sw.js', 'reader'],
      ];
      const wrong: string[] = [];
      for (const [path, kind] of expected) {
        const { status, headers } = await raw(`${origin}${path}`);
        const csp = String(headers['content-security-policy'] ?? '');
        if (status !== 200 || !kinds[kind](csp)) wrong.push(`${path}: ${status} ${csp}`);
        if (
          headers['x-content-type-options'] !== 'nosniff' ||
          headers['referrer-policy'] !== 'same-origin' ||
          headers['cross-origin-opener-policy'] !== 'same-origin' ||
          !headers['permissions-policy']
        )
          wrong.push(`${path}: common headers`);
      }
      expect(wrong).toEqual([]);
      const captions = (await raw(`${origin}/videos/eksempel/eksempel.da.vtt`)).headers['content-type'];
      expect(String(captions)).toMatch(/^text\/vtt/);
      // Every page the build wrote: WebAssembly only under /<lang>/soeg/.
      const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('index.html') && !file.startsWith('admin') && !/^(da|kl)\/gammelt-id\//.test(file))
        .map((file) => `/${file.replace(/index\.html$/, '')}`);
      const wasm = [];
      for (const path of pages)
        if (String((await raw(`${origin}${path}`)).headers['content-security-policy']).includes('wasm-unsafe-eval')) wasm.push(path);
      expect(wasm.sort()).toEqual(['/da/soeg/', '/kl/soeg/']);
    });

    test('the CMS built for GitHub may reach GitHub and its login server, and nothing of the local backend', async () => {
      const { headers } = await raw(`${origin}/admin/`);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("connect-src 'self' https://api.github.com https://login.ny-i-aalborg.example;");
      expect(csp).toContain("form-action 'none'");
      expect(csp).not.toContain('127.0.0.1');
      expect(readFileSync(join(dir, 'dist/admin/index.html'), 'utf8')).not.toContain('127.0.0.1:8081');
      expect(headers['x-robots-tag']).toBe('noindex');
    });

    test('a renamed guide answers 301 in both languages; /was leads to the official accessibility statement', async () => {
      for (const lang of LANGS) {
        const { status, headers } = await raw(`${origin}/${lang}/gammelt-id/`);
        expect(status, lang).toBe(301);
        expect(new URL(String(headers.location), origin).pathname).toBe(`/${lang}/nyt-id/`);
      }
      const was = await raw(`${origin}/was`);
      expect(was.status).toBe(302);
      expect(was.headers.location).toBe(STATEMENT);
    });

    test('hashed files are cached for a year; pages, feeds, sitemaps and the search entry file are revalidated', async () => {
      const entry = JSON.parse(readFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
      const meta = entry.languages.da.hash;
      const fragment = readdirSync(join(dir, 'dist/pagefind/fragment'))[0];
      const index = readdirSync(join(dir, 'dist/pagefind/index'))[0];
      const cache = async (path: string) => (await raw(`${origin}${path}`)).headers['cache-control'];
      expect(await cache(`/_astro/${compressedAsset()}`)).toBe(IMMUTABLE);
      expect(await cache(`/pagefind/fragment/${fragment}`)).toBe(IMMUTABLE);
      expect(await cache(`/pagefind/index/${index}`)).toBe(IMMUTABLE);
      for (const path of [
        '/da/nyt-id/',
        '/kl/',
        '/da/feed.xml',
        '/sitemap-index.xml',
        '/sitemap-0.xml',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        `/pagefind/pagefind.${meta}.pf_meta`,
      ]) {
        expect(await cache(path), path).toBe(REVALIDATE);
      }
      // The service worker is asked for again on every visit, so a new version reaches readers.
      const worker = await raw(`${origin}/sw.js`);
      expect(worker.headers['cache-control']).toBe(WORKER_CACHE);
      expect(String(worker.headers['content-type'])).toMatch(/javascript/);
    });

    test("scripts and styles arrive compressed, with Vary: Accept-Encoding (nginx and Caddy send the build's own .br and .gz)", async () => {
      const name = compressedAsset();
      const file = join(dir, 'dist/_astro', name);
      const br = await raw(`${origin}/_astro/${name}`, 'br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).equals(readFileSync(file))).toBe(true);
      const gzip = await raw(`${origin}/_astro/${name}`, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      // Cloudflare compresses on its own (its local runtime sends no Vary); nginx and Caddy send the build's files.
      if (engine.name !== 'wrangler') {
        for (const response of [br, gzip]) expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
        expect(br.body.equals(readFileSync(`${file}.br`))).toBe(true);
        expect(gzip.body.equals(readFileSync(`${file}.gz`))).toBe(true);
      }
      const page = await raw(`${origin}/da/nyt-id/`, 'gzip');
      expect(page.headers['content-encoding']).toBe('gzip');
    });

    for (const [prefix, first] of [
      ['/kl/', 'kl'],
      ['/da/', 'da'],
      ['/kl/nyt-id/', 'kl'],
      ['/', 'kl'],
    ] as const) {
      test(`a missing page under ${prefix} answers 404, in ${first} first`, async ({ page }) => {
        const response = await page.goto(`${origin}${prefix}findes-ikke/`);
        expect(response?.status()).toBe(404);
        await expect(page.locator('main section').first()).toHaveAttribute('lang', first);
        await expect(page.locator('h1')).toHaveAttribute('id', `not-found-${first}`);
        if (prefix !== '/') await expect(page.locator('html')).toHaveAttribute('lang', first);
      });
    }

    test('pages served here pass axe with no policy violation, search included', async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      for (const path of ['/', '/kl/', '/da/nyt-id/', '/kl/steder/', '/da/findes-ikke/', '/kl/soeg/']) {
        await page.goto(`${origin}${path}`);
        if (path.endsWith('/soeg/')) {
          await page.locator('#search-page-field').fill('testid');
          await expect(page.locator('.search-results__list li').first()).toBeVisible();
        }
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      }
      expect(violations).toEqual([]);
    });
  });
}
