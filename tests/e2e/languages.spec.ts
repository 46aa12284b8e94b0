import { expect, test } from '@playwright/test';
import { allPages, LANGS, layoutPages, PAGE_TYPES, readable } from './site';

test('hreflang alternates are reciprocal and point only at pages that exist', async ({ page, request }) => {
  const seen = new Map<string, string[]>();
  for (const path of allPages()) {
    await page.goto(path);
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) =>
      els.map((el) => ({ lang: el.getAttribute('hreflang')!, href: new URL(el.getAttribute('href')!).pathname })),
    );
    seen.set(path, links.map((l) => `${l.lang} ${l.href}`).sort());
    for (const link of links) {
      const response = await request.get(link.href);
      expect(response.status(), `${path} announces ${link.href}`).toBe(200);
      const html = await response.text();
      if (link.lang !== 'x-default') expect(html, `${link.href} is not in ${link.lang}`).toContain(`<html lang="${link.lang}"`);
    }
    if (links.length > 0 && path !== '/') expect(links.map((l) => l.href), `${path} lists itself`).toContain(path);
  }
  for (const [path, links] of seen) {
    for (const link of links) {
      const [lang, href] = link.split(' ');
      if (lang === 'x-default' || href === path) continue;
      expect(seen.get(href!), `${href} must list the same alternates as ${path}`).toEqual(links);
    }
  }
});

test('the language switch on every page lands on the same page in the other language', async ({ page }) => {
  for (const path of layoutPages().filter((p) => /^\/(kl|da)\//.test(p))) {
    await page.goto(path);
    const target = await page.locator('.language-switch a').getAttribute('href');
    expect(target).toBe(path.replace(/^\/(kl|da)\//, (_, lang) => `/${lang === 'kl' ? 'da' : 'kl'}/`));
    const response = await page.goto(target!);
    expect(response?.status()).toBe(200);
  }
});

test('a guide without Greenlandic shows the Danish text under a Greenlandic notice', async ({ page }) => {
  const slug = PAGE_TYPES.untranslatedGuide;
  await page.goto(`/kl/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kl');
  const notice = page.locator('.article > .callout--missing');
  await expect(notice).toHaveAttribute('lang', 'kl');
  await expect(notice).toContainText('kalaallisuunngortinneqarnera');
  const danish = page.locator('.article > div[lang="da"]');
  await expect(danish.locator('h1')).toBeVisible();
  const danishTitle = await readable(danish.locator('h1'));
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/da/${slug}/$`));

  await page.goto(`/da/${slug}/`);
  await expect(page.locator('link[rel="alternate"][hreflang="kl"]')).toHaveCount(0);
  expect(await readable(page.locator('h1'))).toBe(danishTitle);
});

test('the staff status page lists every guide and is kept out of search engines', async ({ page }) => {
  await page.goto('/status/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(await page.locator('.status-table tbody tr').count()).toBeGreaterThanOrEqual(13);
  await expect(page.locator('tr', { hasText: 'Netværk og fritid' }).locator('td').nth(2)).toHaveText('Mangler');
  await expect(page.locator('tr', { hasText: 'Meld flytning' }).locator('td').nth(2)).toHaveText('Kladde');
});

test('each Greenlandic guide tells whether its translation is a draft or reviewed', async ({ page }) => {
  await page.goto(PAGE_TYPES.guide('kl'));
  await expect(page.locator('.translation-status')).toContainText('missingiiaavoq');
  await page.goto(PAGE_TYPES.guide('da'));
  await expect(page.locator('.translation-status')).toContainText('kladde');
});

for (const lang of LANGS) {
  test(`Danish system words in ${lang} text are marked as Danish`, async ({ page }) => {
    await page.goto(PAGE_TYPES.guide(lang));
    // On a Danish page the whole page is Danish, so no word needs its own mark.
    const marked = page.locator('.prose span[lang="da"]', { hasText: /^CPR$/ });
    if (lang === 'kl') await expect(marked.first()).toBeAttached();
    else await expect(marked).toHaveCount(0);
  });
}
