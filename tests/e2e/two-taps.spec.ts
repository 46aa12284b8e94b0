// A reader on a phone finds any guide in two taps from the home page: from /<lang>/, every guide's page in that
// language is at most two link clicks away. Breadth-first over the built pages' links within the site, fetched
// (no browser needed to follow an <a href>). Holds for any valid content: the guides come from content/guides/.
import type { APIRequestContext } from '@playwright/test';
import { expect, guides, LANGS, test } from './site';

/** The site's own pages a page links to, without #fragments or ?queries. */
async function linksOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) return [];
  const html = await response.text();
  const base = new URL(path, 'http://site.invalid');
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].flatMap(([, href]) => {
    const url = new URL(href!.replace(/&amp;/g, '&'), base);
    return url.origin === base.origin ? [url.pathname] : [];
  });
}

for (const lang of LANGS) {
  test(`${lang}: every guide is at most two taps from the home page`, async ({ request, site }) => {
    test.setTimeout(120_000);
    const home = `/${lang}/`;
    const reached = new Set([home]);
    let level = [home];
    for (let taps = 1; taps <= 2; taps++) {
      const next: string[] = [];
      for (const path of level)
        for (const link of await linksOf(request, path))
          if (!reached.has(link)) {
            reached.add(link);
            next.push(link);
          }
      level = next;
    }
    const far = guides(site)
      .map((guide) => `/${lang}/${guide.slug}/`)
      .filter((path) => !reached.has(path));
    expect(far).toEqual([]);
  });
}
