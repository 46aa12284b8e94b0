import { allPages, expect, isRedirect, test } from './site';

// WCAG 1.4.10: at 320 CSS px nothing may need sideways scrolling, even with the longest Greenlandic words.
test.use({ viewport: { width: 320, height: 640 } });

test('no page scrolls sideways at 320 px', async ({ page, site }) => {
  test.setTimeout(300_000);
  const tooWide: string[] = [];
  for (const path of allPages(site)) {
    await page.goto(path);
    // A former address sends the reader on at once: measure the page it lands on, not one being left.
    if (path.endsWith('/') && isRedirect(site, path)) await page.waitForURL((url) => url.pathname !== path);
    const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    if (scroll > view) tooWide.push(`${path} is ${scroll}px wide in a ${view}px window`);
  }
  expect(tooWide).toEqual([]);
});
