// WCAG 2.1 A and AA, checked by axe in the real browser on one page of every type in both languages, picked from
// the content. An untranslated guide exists only while staff have not translated it, so its pages are checked on
// the fixture site (fixture/untranslated-accessibility.spec.ts), which always has one.
import { axe, expect, guides, PAGE_TYPE_NAMES, pageTypes, test, type Site } from './site';

const printTypes = (site: Site): Record<string, string> => {
  const all = guides(site);
  const translated = all.find((g) => g.kl)?.slug ?? all[0]!.slug;
  const untranslated = all.find((g) => !g.kl)?.slug;
  return {
    poster: `/plakat/${translated}/`,
    'print version (kl)': `/kl/${translated}/udskriv/`,
    'print version (da)': `/da/${translated}/udskriv/`,
    ...(untranslated ? { 'print version of an untranslated guide (kl)': `/kl/${untranslated}/udskriv/` } : {}),
  };
};
const PRINT_TYPE_NAMES = ['poster', 'print version (kl)', 'print version (da)', 'print version of an untranslated guide (kl)'];

const ANY_CONTENT = [...PAGE_TYPE_NAMES, ...PRINT_TYPE_NAMES].filter((type) => !type.includes('untranslated'));

for (const type of ANY_CONTENT) {
  test(`axe finds no WCAG 2.1 AA violations: ${type}`, async ({ page, site }) => {
    const path = { ...pageTypes(site), ...printTypes(site) }[type];
    expect(path, `the content has no ${type}`).toBeTruthy();
    await page.goto(path!);
    expect(await axe(page), path).toEqual([]);
  });
}
