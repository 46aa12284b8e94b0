// What partner organisations rely on: addresses that keep working, print versions and posters that fit
// one A4 sheet, and QR codes that lead to the right page.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { copyProject, PROJECT_ROOT as root } from '../../scripts/copy-project.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { LANGS } from './site';

const SITE = 'https://ny-i-aalborg.example';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const guides = readdirSync('content/guides/da').map((f) => f.replace('.mdx', ''));
/** Pages in a PDF that Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printedPages(page: Page, path: string) {
  await page.goto(path);
  return pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

test('every guide prints on one A4 sheet from its print version, in both languages, and its print link leads there', async ({ page }) => {
  await page.goto('/da/mitid/');
  await page.getByRole('link', { name: 'Udskriv guiden' }).click();
  await expect(page).toHaveURL('/da/mitid/udskriv/');
  await expect(page.locator('header, footer, .language-switch, .search-form')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  for (const slug of guides) for (const lang of LANGS) expect(await printedPages(page, `/${lang}/${slug}/udskriv/`), `${lang}/${slug}`).toBe(1);
});

test('every poster fits one A4 sheet, in both languages, and its QR codes lead to the guide', async ({ page }) => {
  for (const slug of guides) {
    expect(await printedPages(page, `/plakat/${slug}/`), slug).toBe(1);
    const codes = page.locator('.poster__qr svg');
    await expect(codes).toHaveCount(2);
    for (const [i, lang] of LANGS.entries()) {
      const url = `${SITE}/${lang}/${slug}/`;
      await expect(page.locator('.poster__url').nth(i)).toHaveText(url.replace('https://', ''));
      // At least 2 cm on paper: 2 cm is 75.6 CSS px.
      expect((await codes.nth(i).boundingBox())!.width).toBeGreaterThanOrEqual(76);
      const { data, info } = await sharp(await codes.nth(i).screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, `${slug} ${lang}`).toBe(url);
    }
  }
});

for (const path of ['/plakat/mitid/', '/kl/mitid/udskriv/', '/da/netvaerk-og-fritid/udskriv/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('a renamed guide', () => {
  test.describe.configure({ mode: 'serial' });
  let dir: string;
  let server: Server;
  const base = 'http://127.0.0.1:4362';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = copyProject({ prefix: 'renamed' });
    for (const lang of LANGS) renameSync(join(dir, `content/guides/${lang}/mitid.mdx`), join(dir, `content/guides/${lang}/mit-id.mdx`));
    const file = join(dir, 'content/guides/da/mit-id.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ntheme:', '\npreviousSlugs: [mitid]\ntheme:'));
    for (const setting of ['content/settings/site.yml', 'content/journey/forste-uger.yml']) {
      writeFileSync(join(dir, setting), readFileSync(join(dir, setting), 'utf8').replace(/\bmitid\b/g, 'mit-id'));
    }
    for (const lang of LANGS) {
      for (const name of readdirSync(join(dir, `content/guides/${lang}`))) {
        const path = join(dir, `content/guides/${lang}`, name);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`/${lang}/mitid/`, `/${lang}/mit-id/`));
      }
    }
    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    server = await serve(join(dir, 'dist'), 4362);
  });
  test.afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of LANGS) {
    test(`${lang}: the old address leads to the new page`, async ({ page }) => {
      await page.goto(`${base}/${lang}/mitid/`);
      await expect(page).toHaveURL(`${base}/${lang}/mit-id/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toContainText('MitID');
    });
  }

  test('hosts that read _redirects get a permanent redirect for both languages', () => {
    const redirects = readFileSync(join(dir, 'dist/_redirects'), 'utf8');
    expect(redirects).toContain('/da/mitid/ /da/mit-id/ 301');
    expect(redirects).toContain('/kl/mitid/ /kl/mit-id/ 301');
  });
});

for (const lang of LANGS) {
  test(`${lang}: the feed parses as Atom, lists every guide with its change notes, and every page links to it`, async ({ page, request }) => {
    const xml = await (await request.get(`/${lang}/feed.xml`)).text();
    await page.goto(`/${lang}/`);
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ATOM = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        lang: doc.documentElement.getAttribute('xml:lang'),
        self: doc.querySelector('link[rel="self"]')?.getAttribute('href'),
        entries: entries.map((e) => ({
          link: e.getElementsByTagNameNS(ATOM, 'link')[0]!.getAttribute('href')!,
          updated: e.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent!,
          content: e.getElementsByTagNameNS(ATOM, 'content')[0]?.textContent ?? '',
        })),
      };
    }, xml);
    expect(feed.error).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.lang).toBe(lang);
    expect(feed.self).toBe(`${SITE}/${lang}/feed.xml`);
    expect(feed.entries.map((e) => e.link).sort()).toEqual(guides.map((slug) => `${SITE}/${lang}/${slug}/`).sort());
    expect(feed.entries.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e.updated) && /^\d{4}-\d{2}-\d{2}: ./.test(e.content))).toBe(true);

    // Linked from each page's head and footer; the "what changed" page lists the same notes.
    for (const path of [`/${lang}/`, `/${lang}/mitid/`, `/${lang}/steder/`]) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/${lang}/feed.xml`);
      await expect(page.locator(`footer a[href="/${lang}/feed.xml"]`)).toBeVisible();
    }
    await page.locator(`footer a[href="/${lang}/aendringer/"]`).click();
    const notes = feed.entries.flatMap((e) => e.content.split('\n'));
    await expect(page.locator('.changes li')).toHaveCount(notes.length);
  });
}

test('the sitemap lists both languages, with alternates that point at pages that exist and name each other', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const xml = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
    loc: loc!,
    links: [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`).sort(),
  }));
  const locs = new Set(urls.map((u) => u.loc));
  for (const lang of LANGS) expect(locs.has(`${SITE}/${lang}/mitid/`)).toBe(true);
  // A guide without Greenlandic is listed in Danish only; CMS, staff pages, print versions and posters not at all.
  expect(locs.has(`${SITE}/kl/netvaerk-og-fritid/`)).toBe(false);
  expect([...locs].filter((u) => /\/(admin|status|udskriv|plakat)\//.test(u))).toEqual([]);
  for (const { loc, links } of urls) {
    expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200);
    for (const link of links) {
      const href = link.split(' ')[1]!;
      expect(locs.has(href), `${loc} → ${href}`).toBe(true);
      expect(urls.find((u) => u.loc === href)!.links, `${href} names the same alternates as ${loc}`).toEqual(links);
    }
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  expect(robots).toContain('Disallow: /admin/');
});

test('a shared link shows a picture with the guide title in its language', async ({ page, request }) => {
  const cards = new Set<string>();
  for (const lang of LANGS) {
    for (const slug of ['mitid', 'netvaerk-og-fritid']) {
      await page.goto(`/${lang}/${slug}/`);
      const meta = (property: string) => page.locator(`meta[property="og:${property}"]`).getAttribute('content');
      expect(await meta('title')).toBe((await page.locator('h1').innerText()).replaceAll('\u00AD', ''));
      expect(await meta('locale')).toBe(lang === 'kl' ? 'kl_GL' : 'da_DK');
      const image = await request.get(new URL((await meta('image'))!).pathname);
      expect(image.headers()['content-type']).toContain('image/jpeg');
      const { width, height } = await sharp(await image.body()).metadata();
      expect([width, height]).toEqual([Number(await meta('image:width')), Number(await meta('image:height'))]);
      // The title is drawn: dark ink across the middle of the card, different for every guide and language.
      const { data, info } = await sharp(await image.body()).greyscale().extract({ left: 0, top: 100, width: width!, height: 200 }).raw().toBuffer({ resolveWithObject: true });
      const ink = data.filter((grey) => grey < 80).length / (info.width * info.height);
      expect(ink).toBeGreaterThan(0.02);
      cards.add(createHash('sha256').update(await image.body()).digest('hex'));
    }
  }
  expect(cards.size).toBe(LANGS.length * 2);
});
