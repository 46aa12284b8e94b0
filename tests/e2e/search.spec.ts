import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGS, PAGE_TYPES, guidePages } from './site';

const searchPage = (lang: string) => `/${lang}/soeg/`;

async function search(page: Page, lang: string, query: string) {
  await page.goto(searchPage(lang));
  await page.getByLabel(lang === 'da' ? 'Søg i guiderne' : 'Ilitsersuutini ujarlerit').pressSequentially(query, { delay: 20 });
  await expect(page.getByRole('status')).toContainText(query.slice(0, 20));
}

const firstResult = (page: Page) => page.locator('.search-results__list a').first();

for (const [lang, query, slug] of [
  ['da', 'sundhedskort', 'sundhedskort-og-laege'],
  ['da', 'tolk', 'tolk'],
  ['kl', 'MitID', 'mitid'],
  ['kl', 'kontanthjælp', 'jobcenter-og-kontanthjaelp'],
  ['kl', 'oqalutsi', 'tolk'],
  ['kl', 'NemKonto', 'nemkonto-og-skat'],
] as const) {
  test(`${lang}: "${query}" finds ${slug} first, in the page's own language`, async ({ page }) => {
    await search(page, lang, query);
    await expect(firstResult(page)).toHaveAttribute('href', `/${lang}/${slug}/`);
    // The count read out is every match; "show more" brings the rest a few at a time.
    const more = page.locator('.search-results__more');
    const items = page.locator('.search-results__list li');
    while (await more.isVisible()) {
      const shown = await items.count();
      await more.click();
      await expect(items).not.toHaveCount(shown);
    }
    const count = await items.count();
    await expect(page.getByRole('status')).toContainText(count === 1 ? '1 ' : String(count));
    for (const href of await page.locator('.search-results__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^/${lang}/`));
    }
  });
}

test('the index holds only guide text: not navigation, footers or notices', async ({ page }) => {
  await search(page, 'da', 'Kalaallisut'); // the language switch on every Danish page
  await expect(page.locator('.search-results__list li')).toHaveCount(0);
  await search(page, 'kl', 'Saqqaa'); // the Greenlandic breadcrumb
  await expect(page.locator('.search-results__list li')).toHaveCount(0);
  // The translation notices: Pagefind may still match other words, but never shows the notice's text.
  for (const [lang, word] of [['kl', 'missingiiaavoq'], ['da', 'kladde']] as const) {
    await search(page, lang, word);
    for (const excerpt of await page.locator('.search-results__list p').allInnerTexts()) expect(excerpt).not.toContain(word);
  }
});

test('a search that finds nothing offers the other language and the themes', async ({ page }) => {
  await search(page, 'kl', 'kontanthjlp');
  await expect(page.locator('.search-results__list li')).toHaveCount(0);
  const other = page.locator('.search-results__other');
  await expect(other).toHaveAttribute('href', '/da/soeg/?q=kontanthjlp');
  await expect(page.locator('.search-results__none').getByRole('link', { name: /Suliffik/ })).toBeVisible();
  await other.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('#search-page-field')).toHaveValue('kontanthjlp');
  await expect(page.getByRole('status')).toContainText('Ingen guider');
});

test('odd, empty and very long queries do not break the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  for (const query of ['<img src=x onerror=alert(1)>', '%%% "; --', 'æøå ĸ ûâ', 'a'.repeat(1000), '   ']) {
    await page.goto(`${searchPage('da')}?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).not.toHaveText('Søger …');
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto(searchPage('da'));
  const field = page.locator('#search-page-field');
  await field.fill('mitid');
  await expect(firstResult(page)).toBeVisible();
  await field.fill('');
  await expect(page.locator('.search-results__list li')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
  expect(errors).toEqual([]);
});

test('the files the search page preloads exist', async ({ page, request }) => {
  for (const lang of LANGS) {
    await page.goto(searchPage(lang));
    for (const href of await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!))) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
});

test('search code and index load only on the search page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(PAGE_TYPES.guide('kl'));
  await page.locator('#site-search').focus();
  await page.locator('#site-search').fill('MitID');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL('/kl/soeg/?q=MitID');
  await expect(firstResult(page)).toHaveAttribute('href', '/kl/mitid/');
  expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

for (const lang of LANGS) {
  test(`${lang}: without JavaScript the search page lists every guide from A to Å`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.guide(lang));
    await page.locator('#site-search').fill('MitID');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(`/${lang}/soeg/?q=MitID`);
    const guides = guidePages().filter((p) => p.startsWith(`/${lang}/`)).length;
    await expect(page.locator('#a-aa + .guide-list li')).toHaveCount(guides);
    const titles = await page.locator('#a-aa + .guide-list a').allInnerTexts();
    const clean = titles.map((t) => t.replace(/\u00AD/g, ''));
    expect(clean).toEqual([...clean].sort((a, b) => a.localeCompare(b, lang)));
    await context.close();
  });

  test(`${lang}: axe finds no violations with results showing, and results fit 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await search(page, lang, lang === 'da' ? 'hjælp' : 'ikiorneqarneq');
    await expect(firstResult(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
}

test('keyboard only: tab to the field, type, and reach the first result', async ({ page }) => {
  await page.goto(searchPage('da'));
  const field = page.locator('#search-page-field');
  for (let i = 0; i < 20 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('digital post');
  await expect(firstResult(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(firstResult(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/da/digital-post/');
});
