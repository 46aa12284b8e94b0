// WCAG 2.2 "consistent help": the help block in the same place on every guide, for any valid content.
import { expect, guidePages, test } from './site';

test('the help block is in the same place on every guide: right after the guide text', async ({ page, site }) => {
  test.setTimeout(300_000);
  for (const path of guidePages(site)) {
    await page.goto(path);
    const help = page.locator('main > article + aside.help-block');
    await expect(help, path).toHaveCount(1);
    await expect(help.locator('.organisation').first(), path).toBeVisible();
    await expect(help.locator('.help-block__interpreter'), path).not.toBeEmpty();
  }
});
