// Driving the search page (/<lang>/soeg/) as a reader does, for the fixture's search tests and the real site's.
import type { Page } from '@playwright/test';
import { expect, uiText, type Site } from './site';

export const searchPage = (lang: string) => `/${lang}/soeg/`;
export const firstResult = (page: Page) => page.locator('.search-results__list a').first();
export const results = (page: Page) => page.locator('.search-results__list li');

/** Pagefind's full-text results have merged in: the list is no longer busy. */
export const fullText = (page: Page) => expect(page.locator('.search-results__list[aria-busy]')).toHaveCount(0);

/** Types a query into the search page, opened afresh, and waits for the full-text results. */
export async function search(page: Page, site: Site, lang: string, query: string) {
  await page.goto(searchPage(lang));
  await page.getByLabel(uiText(site, lang).search_label).pressSequentially(query, { delay: 20 });
  await expect(page.getByRole('status')).toContainText(query.slice(0, 20));
  await fullText(page);
}

/** Every result shown, after "show more" until there is no more. */
export async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('.search-results__more');
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  return page.locator('.search-results__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}
