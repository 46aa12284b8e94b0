// Both languages on every page: lang, hreflang and the language switch, for any valid content.
import { allPages, expect, layoutPages, LANGS, test } from './site';

test('every page has a lang, and its hreflang alternates are reciprocal and point only at pages in that language', async ({
  page,
  request,
  site,
}) => {
  test.setTimeout(300_000);
  const seen = new Map<string, string[]>();
  for (const path of allPages(site)) {
    await page.goto(path);
    expect(await page.locator('html').getAttribute('lang'), path).toMatch(/^[a-z]{2}/);
    const links = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => ({ lang: el.getAttribute('hreflang')!, href: new URL(el.getAttribute('href')!).pathname })));
    seen.set(path, links.map((l) => `${l.lang} ${l.href}`).sort());
    for (const link of links) {
      const response = await request.get(link.href);
      expect(response.status(), `${path} announces ${link.href}`).toBe(200);
      const html = await response.text();
      if (link.lang !== 'x-default') expect(html, `${link.href} is not in ${link.lang}`).toContain(`<html lang="${link.lang}"`);
    }
    if (links.length > 0 && path !== '/')
      expect(
        links.map((l) => l.href),
        `${path} lists itself`,
      ).toContain(path);
  }
  for (const [path, links] of seen) {
    for (const link of links) {
      const [lang, href] = link.split(' ');
      if (lang === 'x-default' || href === path) continue;
      expect(seen.get(href!), `${href} must list the same alternates as ${path}`).toEqual(links);
    }
  }
});

test('the language switch on every page lands on the same page in each other language', async ({ page, site }) => {
  test.setTimeout(300_000);
  const prefix = new RegExp(`^/(${LANGS.join('|')})/`);
  for (const path of layoutPages(site).filter((p) => prefix.test(p))) {
    const lang = path.split('/')[1]!;
    await page.goto(path);
    const targets = await page.locator('.language-switch a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets.sort(), path).toEqual(
      LANGS.filter((l) => l !== lang)
        .map((l) => path.replace(prefix, `/${l}/`))
        .sort(),
    );
    for (const target of targets) expect((await page.goto(target!))?.status(), target!).toBe(200);
  }
});
