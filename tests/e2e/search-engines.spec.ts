// What search engines and shared links see: the sitemap with language alternates, robots.txt, and a share card
// per guide. (A renamed guide's old address: tests/e2e/fixture/renamed-guide.spec.ts.)
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { expect, guides, LANGS, readable, test } from './site';

const SITE = 'https://ny-i-aalborg.example';

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
      const { data, info } = await sharp(await image.body())
        .greyscale()
        .extract({ left: 0, top: 100, width: width!, height: 200 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const ink = data.filter((grey) => grey < 80).length / (info.width * info.height);
      expect(ink).toBeGreaterThan(0.02);
      cards.add(
        createHash('sha256')
          .update(await image.body())
          .digest('hex'),
      );
    }
  }
  expect(cards.size).toBe(LANGS.length * slugs.length);
});
