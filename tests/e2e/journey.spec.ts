// The step-by-step journey, for any valid content: the steps come from content/journey.
import { expect, LANGS, readable, readContent, test, type Site } from './site';

const stepCount = (site: Site) => readContent<{ steps: string[] }>(site, 'journey/forste-uger.yml').steps.length;

for (const lang of LANGS) {
  test(`${lang}: follow the journey from step 1 to the last step with the next links`, async ({ page, site }) => {
    await page.goto(`/${lang}/forste-uger/`);
    const steps = page.locator('.step');
    const total = stepCount(site);
    await expect(steps).toHaveCount(total);
    const titles = await Promise.all(
      (await steps.locator('.step__title > span[lang], .step__title > span:not(.step__number)').all()).map(readable),
    );

    await steps.first().getByRole('link').click();
    for (let n = 1; n <= total; n++) {
      await expect(page.locator('.journey-header')).toContainText(new RegExp(`\\b${n}\\b.*\\b${total}\\b`));
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

  test(`${lang}: ticks stay after a reload and nothing leaves the site`, async ({ page, baseURL, site }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(`/${lang}/forste-uger/`);
    await expect(page.locator('.journey-privacy')).toBeVisible();
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(stepCount(site));
    await boxes.nth(0).check();
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await boxes.nth(0).uncheck();
    await page.reload();
    await expect(boxes.nth(0)).not.toBeChecked();
    expect(requests.filter((r) => !r.startsWith(`GET ${baseURL}`))).toEqual([]);
  });

  test(`${lang}: every step is open and readable without JavaScript, and steps open and close`, async ({ browser, baseURL, site }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/${lang}/forste-uger/`);
    const bodies = page.locator('.step__body');
    await expect(bodies).toHaveCount(stepCount(site));
    for (const body of await bodies.all()) await expect(body.getByRole('link')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeHidden();
    await page.locator('.step summary').first().click();
    await expect(bodies.first()).toBeVisible();
    await context.close();
  });
}
