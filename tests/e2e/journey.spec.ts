import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES, guidePages, readable } from './site';

for (const lang of LANGS) {
  test(`${lang}: follow the journey from step 1 to the last step with the next links`, async ({ page }) => {
    await page.goto(PAGE_TYPES.journey(lang));
    const steps = page.locator('.step');
    const total = await steps.count();
    expect(total).toBe(9);
    const titles = await Promise.all((await steps.locator('.step__title > span[lang], .step__title > span:not(.step__number)').all()).map(readable));

    await steps.first().getByRole('link').click();
    for (let n = 1; n <= total; n++) {
      const header = page.locator('.journey-header');
      await expect(header).toContainText(new RegExp(`\\b${n}\\b.*\\b${total}\\b`));
      expect(await readable(page.locator('h1'))).toBe(titles[n - 1]);
      const next = page.locator('.journey-pager a[rel="next"]');
      if (n === total) {
        await expect(next).toHaveCount(0);
        await expect(page.locator('.journey-pager a[rel="prev"]')).toHaveCount(1);
      } else {
        await next.click();
      }
    }
  });

  test(`${lang}: ticks stay after a reload and nothing leaves the site`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(PAGE_TYPES.journey(lang));
    await expect(page.locator('.journey-privacy')).toBeVisible();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(9);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    await boxes.nth(0).uncheck();
    await page.reload();
    await expect(boxes.nth(0)).not.toBeChecked();
    expect(requests.filter((r) => !r.startsWith(`GET ${baseURL}`))).toEqual([]);
  });

  test(`${lang}: every step is open and readable without JavaScript, and steps open and close`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE_TYPES.journey(lang));
    const bodies = page.locator('.step__body');
    await expect(bodies).toHaveCount(9);
    for (const body of await bodies.all()) await expect(body.getByRole('link')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeHidden();
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeVisible();
    await context.close();
  });
}

test('the help block is in the same place on every guide: right after the guide text', async ({ page }) => {
  for (const path of guidePages()) {
    await page.goto(path);
    const help = page.locator('main > article + aside.help-block');
    await expect(help, path).toHaveCount(1);
    await expect(help.locator('.organisation').first(), path).toBeVisible();
    await expect(help.locator('.help-block__interpreter'), path).not.toBeEmpty();
  }
});

for (const lang of LANGS) {
  test(`${lang}: the directory lists every organisation and each page carries schema.org data`, async ({ page }) => {
    await page.goto(PAGE_TYPES.directory(lang));
    const names = page.locator('.organisation__name a');
    expect(await names.count()).toBeGreaterThanOrEqual(8);
    await page.goto(PAGE_TYPES.organisation(lang));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('Organization');
    expect(data.name).toBe(await readable(page.locator('h1')));
    // Details the sources leave uncertain are marked for readers and kept out of the machine-readable data.
    await expect(page.locator('.unconfirmed').first()).toBeVisible();
    expect(data.telephone).toBeUndefined();
    const map = page.getByRole('link', { name: /OpenStreetMap/ });
    expect(await map.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    await expect(page.locator('iframe')).toHaveCount(0);
    await expect(page.locator('.guide-list a').first()).toBeVisible();
  });
}
