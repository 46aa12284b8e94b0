import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './site';

for (const lang of LANGS) {
  test(`a ${lang} guide prints without navigation and with link addresses written out`, async ({ page }) => {
    await page.goto(PAGE_TYPES.guide(lang));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.contents-list']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    await expect(page.locator('.print-only')).toContainText(`${PAGE_TYPES.guide(lang)}`);
    // Links in the text get their address written after them; a website's link text is its address already.
    const link = page.locator('.prose a[href]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href!);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
}
