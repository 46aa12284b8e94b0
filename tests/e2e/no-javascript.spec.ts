import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES, allPages } from './site';

// Only the journey (ticks kept in the browser) and search pages have scripts; schema.org data does not run.
const READING_PAGES = allPages().filter((path) => !/\/(forste-uger|soeg)\/$/.test(path));

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`a ${lang} guide can be read and navigated without JavaScript`, async ({ page }) => {
    await page.goto(PAGE_TYPES.guide(lang));
    await expect(page.locator('h1')).toBeVisible();
    const firstSection = page.locator('.contents-list a').nth(1);
    const target = await firstSection.getAttribute('href');
    await firstSection.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(target!)).toBeInViewport();
    await page.locator('.breadcrumbs a').last().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/emne/`));
    await page.locator('.language-switch a').click();
    await expect(page.locator('html')).not.toHaveAttribute('lang', lang);
  });
}

test('no page but the journey ships JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of READING_PAGES) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
  expect(scripts).toEqual([]);
});
