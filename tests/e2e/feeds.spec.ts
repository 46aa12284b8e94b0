// What changed, for partners who follow the site: an Atom feed per language with every guide and its change
// notes, linked from every page, and the same notes on the "what changed" page.
import { expect, guides, LANGS, test } from './site';

const SITE = 'https://ny-i-aalborg.example';

for (const lang of LANGS) {
  test(`${lang}: the feed parses as Atom, lists every guide with its change notes, and every page links to it`, async ({
    page,
    request,
    site,
  }) => {
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
