// What partner organisations print: every guide's print version and its poster fit one A4 sheet, and the
// poster's QR codes lead to the guide. Every guide is read from the content. (Print styles of a guide page:
// tests/e2e/fixture/reading.spec.ts; axe on print versions and posters: accessibility.spec.ts.)
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, guides, LANGS, test, uiText } from './site';

const SITE = 'https://ny-i-aalborg.example';

/** Pages in a PDF that Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printedPages(page: Page, path: string) {
  await page.goto(path);
  return pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

test('every guide prints on one A4 sheet from its print version, in both languages, and its print link leads there', async ({ page, site }) => {
  test.setTimeout(300_000);
  const slugs = guides(site).map((g) => g.slug);
  await page.goto(`/da/${slugs[0]}/`);
  await page.getByRole('link', { name: uiText(site, 'da').print_link }).click();
  await expect(page).toHaveURL(`/da/${slugs[0]}/udskriv/`);
  await expect(page.locator('header, footer, .language-switch, .search-form')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  for (const slug of slugs) for (const lang of LANGS) expect(await printedPages(page, `/${lang}/${slug}/udskriv/`), `${lang}/${slug}`).toBe(1);
});

test('every poster fits one A4 sheet, in both languages, and its QR codes lead to the guide', async ({ page, site }) => {
  test.setTimeout(300_000);
  for (const { slug } of guides(site)) {
    expect(await printedPages(page, `/plakat/${slug}/`), slug).toBe(1);
    const codes = page.locator('.poster__qr svg');
    await expect(codes).toHaveCount(2);
    for (const [i, lang] of LANGS.entries()) {
      const url = `${SITE}/${lang}/${slug}/`;
      await expect(page.locator('.poster__url').nth(i)).toHaveText(url.replace('https://', ''));
      // At least 2 cm on paper: 2 cm is 75.6 CSS px.
      expect((await codes.nth(i).boundingBox())!.width).toBeGreaterThanOrEqual(76);
      const { data, info } = await sharp(await codes.nth(i).screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, `${slug} ${lang}`).toBe(url);
    }
  }
});
