// What partner organisations rely on: addresses that keep working, print versions and posters that fit
// one A4 sheet, and QR codes that lead to the right page.
// (The old address of a renamed guide: tests/e2e/fixture/renamed-guide.spec.ts; axe on print versions and
// posters: accessibility.spec.ts.) Every guide is read from the content, so these hold for any valid content.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, guides, LANGS, readable, test, uiText } from './site';

const SITE = 'https://ny-i-aalborg.example';
/** Pages in a PDF that Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printedPages(page: Page, path: string) {
  await page.goto(path);
  return pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

test('every guide prints on one A4 sheet from its print version, in both languages, and its print link leads there', async ({ page, site }) => {
  test.setTimeout(300_000);
  const slugs = guides(site).map((g) => g.slug);
  await page.goto(`/da/${slugs[0]}/`);
  await page.getByRole('link', { name: uiText(site, 'da').print_link }).click();
  await expect(page).toHaveURL(`/da/${slugs[0]}/udskriv/`);
  await expect(page.locator('header, footer, .language-switch, .search-form')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  for (const slug of slugs) for (const lang of LANGS) expect(await printedPages(page, `/${lang}/${slug}/udskriv/`), `${lang}/${slug}`).toBe(1);
});

test('every poster fits one A4 sheet, in both languages, and its QR codes lead to the guide', async ({ page, site }) => {
  test.setTimeout(300_000);
  for (const { slug } of guides(site)) {
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

for (const lang of LANGS) {
  test(`${lang}: the feed parses as Atom, lists every guide with its change notes, and every page links to it`, async ({ page, request, site }) => {
    const slugs = guides(site).map((g) => g.slug);
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
    expect(feed.entries.map((e) => e.link).sort()).toEqual(slugs.map((slug) => `${SITE}/${lang}/${slug}/`).sort());
    // A guide without change notes (they are optional) has an entry without content.
    for (const e of feed.entries) expect(`${e.updated} ${e.content}`, e.link).toMatch(/^\d{4}-\d{2}-\d{2}T\S* (\d{4}-\d{2}-\d{2}: .|$)/);

    // Linked from each page's head and footer; the "what changed" page lists the same notes.
    for (const path of [`/${lang}/`, `/${lang}/${slugs[0]}/`, `/${lang}/steder/`]) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/${lang}/feed.xml`);
      await expect(page.locator(`footer a[href="/${lang}/feed.xml"]`)).toBeVisible();
    }
    await page.locator(`footer a[href="/${lang}/aendringer/"]`).click();
    const notes = feed.entries.flatMap((e) => (e.content ? e.content.split('\n') : []));
    await expect(page.locator('.changes li')).toHaveCount(notes.length);
  });
}

test('the sitemap lists both languages, with alternates that point at pages that exist and name each other', async ({ request, site }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const xml = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
    loc: loc!,
    links: [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`).sort(),
  }));
  const locs = new Set(urls.map((u) => u.loc));
  // Every guide in Danish, and in Greenlandic where it is translated; CMS, staff pages, print versions and posters not at all.
  for (const { slug, kl } of guides(site)) {
    expect(locs.has(`${SITE}/da/${slug}/`), slug).toBe(true);
    expect(locs.has(`${SITE}/kl/${slug}/`), slug).toBe(!!kl);
  }
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

test('a shared link shows a picture with the guide title in its language', async ({ page, request, site }) => {
  const cards = new Set<string>();
  // A translated guide, and an untranslated one if there is one (its Greenlandic page shows the Danish title).
  const slugs = [guides(site).find((g) => g.kl), guides(site).find((g) => !g.kl)].filter((g) => g).map((g) => g!.slug);
  for (const lang of LANGS) {
    for (const slug of slugs) {
      await page.goto(`/${lang}/${slug}/`);
      const meta = (property: string) => page.locator(`meta[property="og:${property}"]`).getAttribute('content');
      expect(await meta('title')).toBe(await readable(page.locator('h1')));
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
  expect(cards.size).toBe(LANGS.length * slugs.length);
});
