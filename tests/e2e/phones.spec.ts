import { expect, test } from '@playwright/test';
import { allPages } from './site';

// WCAG 1.4.10: at 320 CSS px nothing may need sideways scrolling, even with the longest Greenlandic words.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of allPages()) {
  test(`no sideways scroll at 320 px: ${path}`, async ({ page }) => {
    await page.goto(path);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll, `page is ${widths.scroll}px wide in a ${widths.view}px window`).toBeLessThanOrEqual(widths.view);
  });
}
