// The staff edits of edits.setup.ts show on the built copy (the content-independent specs run on it as well).
import { readFileSync } from 'node:fs';
import { expect, guides, readable, readContent, test } from '../site';
import { STAFF_EDITS_FILE as EDITS_FILE } from '../builds';

const edits = () => JSON.parse(readFileSync(EDITS_FILE, 'utf8'));

test('a newly translated guide is Greenlandic, without the missing-translation notice', async ({ page, site }) => {
  const { translated } = edits();
  expect(translated.length).toBeGreaterThan(0);
  for (const slug of translated) {
    await page.goto(`/kl/${slug}/`);
    await expect(page.locator('.callout--missing')).toHaveCount(0);
    expect(await readable(page.locator('h1'))).toBe(readContent(site, `guides/kl/${slug}.mdx`).title);
    await expect(page.locator('link[rel="alternate"][hreflang="kl"]')).toHaveCount(1);
  }
});

test('the reviewed guide names its reviewer, and drafts show the reworded notice in both languages', async ({ page, site }) => {
  const { reviewed, reviewer, notices } = edits();
  await page.goto(`/kl/${reviewed}/`);
  expect(await readable(page.locator('.translation-status'))).toContain(reviewer);
  const draft = guides(site).find((g) => g.kl?.translation.state === 'draft' && g.kl.translation.provenance === 'person' && !g.outdated)!;
  for (const lang of ['kl', 'da'] as const) {
    await page.goto(`/${lang}/${draft.slug}/`);
    expect(await readable(page.locator('.translation-status'))).toContain(notices[lang]);
  }
});

test('the new information page is in the footer, and the journey has the new step last', async ({ page, site }) => {
  const { page: slug, added } = edits();
  await page.goto('/da/');
  await expect(page.locator(`footer a[href="/da/${slug}/"]`)).toBeVisible();
  await page.goto('/da/forste-uger/');
  await expect(page.locator('.step').last().getByRole('link')).toHaveAttribute('href', `/da/${added}/`);
  expect(await page.locator('.step').count()).toBe(readContent(site, 'journey/forste-uger.yml').steps.length);
});
