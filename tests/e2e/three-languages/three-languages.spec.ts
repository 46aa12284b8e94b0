// A third language needs only its record in the language table and its content: its pages have the right lang,
// hreflang among all three languages, and a language switch to the other two.
import { expect, readable, readContent, slugs, test } from '../site';

const LANGS = ['kl', 'da', 'en'];

test('the English guide is in English, and every language version names all three as alternates', async ({ page, site }) => {
  const [slug] = slugs(site, 'guides/en');
  await page.goto(`/en/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await readable(page.locator('h1'))).toBe(readContent(site, `guides/en/${slug}.mdx`).title);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
  for (const lang of LANGS) {
    await page.goto(`/${lang}/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates.filter((a) => !a.startsWith('x-default')).sort(), lang).toEqual(LANGS.map((l) => `${l} /${l}/${slug}/`).sort());
  }
});

test('the language switch on every page offers the same page in the two other languages', async ({ page, site }) => {
  const [slug] = slugs(site, 'guides/en');
  for (const path of ['/', `/${slug}/`, '/forste-uger/', '/steder/']) {
    for (const lang of LANGS) {
      if (path === '/' && lang !== 'en') continue;
      const here = path === '/' ? `/${lang}/` : `/${lang}${path}`;
      await page.goto(here);
      const links = await page
        .locator('.language-switch a')
        .evaluateAll((as) => as.map((a) => `${a.getAttribute('lang') ?? a.getAttribute('hreflang')} ${a.getAttribute('href')}`));
      const others = LANGS.filter((l) => l !== lang);
      expect(links.map((l) => l.split(' ')[1]).sort(), here).toEqual(others.map((l) => here.replace(`/${lang}/`, `/${l}/`)).sort());
    }
  }
});

test('a guide without English shows the Danish text under an English notice, and the front door offers English', async ({ page, site }) => {
  const untranslated = slugs(site, 'guides/da').find((s) => !slugs(site, 'guides/en').includes(s))!;
  await page.goto(`/en/${untranslated}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.article > .callout--missing')).toHaveAttribute('lang', 'en');
  expect(await readable(page.locator('.article > .callout--missing'))).toContain(readContent(site, 'ui/en.yml').translation_missing);
  await page.goto('/');
  await expect(page.locator('.language-choice__options li[lang="en"] a')).toHaveAttribute('href', '/en/');
});

test('English search finds the English guide', async ({ page, site }) => {
  const [slug] = slugs(site, 'guides/en');
  const { keywords } = readContent(site, `guides/en/${slug}.mdx`);
  await page.goto(`/en/soeg/?q=${encodeURIComponent(keywords.at(-1))}`);
  await expect(page.locator('.search-results__list a').first()).toHaveAttribute('href', `/en/${slug}/`);
});
