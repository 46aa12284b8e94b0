// Every guide is found by its Danish system word (its first Danish keyword, the word on the letter), searched from
// the Danish and from the Greenlandic search page: its page in that language is among the results, not necessarily first. One page per
// language, reused for every query. Holds for any valid content: guides and words come from content/guides/.
import { allResults, fullText, searchPage } from './search-helpers';
import { expect, guides, LANGS, test, uiText } from './site';

for (const lang of LANGS) {
  test(`${lang}: every guide is among the results for its first Danish keyword`, async ({ page, site }) => {
    test.setTimeout(180_000);
    await page.goto(searchPage(lang));
    const box = page.getByLabel(uiText(site, lang).search_label);
    const missing: string[] = [];
    for (const guide of guides(site)) {
      // A guide without keywords is looked for by its title.
      const word = ((guide.da.keywords as string[] | undefined) ?? [])[0] ?? (guide.da.title as string);
      await box.fill(word);
      await expect(page.getByRole('status')).toContainText(word.slice(0, 20));
      await fullText(page);
      const hrefs = await allResults(page);
      if (!hrefs.includes(`/${lang}/${guide.slug}/`)) missing.push(`${guide.slug}: "${word}" found ${hrefs.join(' ') || 'nothing'}`);
    }
    expect(missing).toEqual([]);
  });
}
