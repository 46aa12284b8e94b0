import { allPages, expect, test } from './site';

// Reading pages ship no script: only the journey (ticks), the search page and a provider video's play button do.
// schema.org data is not run. (A guide read without JavaScript: tests/e2e/fixture/reading.spec.ts.)
test('no page ships JavaScript but the journey, the search page and a provider video', async ({ page, site }) => {
  test.setTimeout(300_000);
  const withScripts: string[] = [];
  for (const path of allPages(site).filter((p) => !/\/(forste-uger|soeg)\/$/.test(p))) {
    await page.goto(path);
    if ((await page.locator('.provider-video').count()) > 0) continue;
    if ((await page.locator('script:not([type="application/ld+json"])').count()) > 0) withScripts.push(path);
  }
  expect(withScripts).toEqual([]);
});
