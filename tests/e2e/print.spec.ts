// What partner organisations print: every guide's print version, and its poster on one A4 sheet whose QR codes
// lead to the guide. Every guide is read from the content. (Print styles of a guide page:
// tests/e2e/fixture/reading.spec.ts; axe on print versions and posters: accessibility.spec.ts.)
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, guides, LANGS, readable, test, uiText } from './site';

const SITE = 'https://ny-i-aalborg.example';

/** Pages in a PDF that Chromium printed. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function printedPages(page: Page, path: string) {
  await page.goto(path);
  return pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

// How many sheets a guide takes depends on how long staff write it, so the one-sheet layout is proven on the
// fixture site (fixture/print-sheet.spec.ts); here every guide's print version must print, and the longer
// ones are listed in the test output for staff.
test('every guide has a print version in both languages, reached from its print link, that prints with its title', async ({
  page,
  site,
}) => {
  test.setTimeout(300_000);
  const all = guides(site);
  const first = all[0]!.slug;
  await page.goto(`/da/${first}/`);
  await page.getByRole('link', { name: uiText(site, 'da').print_link }).click();
  await expect(page).toHaveURL(`/da/${first}/udskriv/`);
  await expect(page.locator('header, footer, .language-switch, .search-form')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  const long: string[] = [];
  for (const guide of all) {
    for (const lang of LANGS) {
      const sheets = await printedPages(page, `/${lang}/${guide.slug}/udskriv/`);
      expect(sheets, `${lang}/${guide.slug}`).toBeGreaterThan(0);
      expect(await readable(page.locator('h1')), `${lang}/${guide.slug}`).toBe(String((guide[lang] ?? guide.da).title).trim());
      if (sheets > 1) long.push(`/${lang}/${guide.slug}/udskriv/ (${sheets} sheets)`);
    }
  }
  if (long.length)
    console.log(`Print versions longer than one A4 sheet (shorten the guide to fit partners' notice boards):\n  ${long.join('\n  ')}`);
  test.info().annotations.push(...long.map((description) => ({ type: 'longer than one sheet', description })));
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
      const { data, info } = await sharp(await codes.nth(i).screenshot())
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, `${slug} ${lang}`).toBe(url);
    }
  }
});
