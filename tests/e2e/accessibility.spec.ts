import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './site';

// WCAG 2.1 A and AA, checked by axe in the real browser on every page type in both languages.
const pages = [
  PAGE_TYPES.languageChoice,
  PAGE_TYPES.notFound,
  '/status/',
  ...LANGS.flatMap((lang) => [
    PAGE_TYPES.home(lang),
    PAGE_TYPES.theme(lang),
    PAGE_TYPES.guide(lang),
    `/${lang}/${PAGE_TYPES.untranslatedGuide}/`,
    PAGE_TYPES.professionals(lang),
    PAGE_TYPES.accessibility(lang),
    PAGE_TYPES.journey(lang),
    PAGE_TYPES.directory(lang),
    PAGE_TYPES.organisation(lang),
    `/${lang}/aendringer/`,
  ]),
];

for (const path of pages) {
  test(`axe finds no WCAG 2.1 AA violations: ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
}
